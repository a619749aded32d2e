"""`qabot feedback export`: 👎 votes become gold-question candidates in the gold JSONL format."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import cli
from bot.config import PROJECT_ROOT
from bot.feedback import candidate_id, candidates
from bot.store import Store, StoredAnswer

GOLD_KEYS = list(json.loads((PROJECT_ROOT / "corpus" / "gold.jsonl").read_text().splitlines()[0]))


def stored(ref: str, question: str, doc_ids: list[str]) -> StoredAnswer:
    answer = {"question": question, "citations": [{"doc_id": d} for d in doc_ids]}
    return StoredAnswer(ref, "T1", "C1", "1.0", "U1", question, json.dumps(answer))


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "state.sqlite3"
    monkeypatch.setenv("QABOT_DB_PATH", str(path))
    monkeypatch.setenv("QABOT_DATABASE_URL", "")  # beats a developer's .env
    store = Store(f"sqlite:///{path}")
    a = stored("r1", "How much did emergency admissions rise?", ["care-fund-failures", "rcn-integration-agenda"])
    b = stored("r2", "how much did  emergency admissions rise?", ["nhe-integration-underfunded", "care-fund-failures"])
    c = stored("r3", "Who wrote the CIPFA piece?", [])
    for row, user, vote in [(a, "U1", "down"), (a, "U2", "up"), (b, "U3", "down"), (c, "U1", "down"), (c, "U2", "up")]:
        store.record_vote(row, user, vote)
    store.close()
    return path


def test_only_thumbs_down_questions_are_candidates_merged_by_question(db: Path) -> None:
    cases = candidates(Store(f"sqlite:///{db}").votes())
    assert [c["question"] for c in cases] == ["How much did emergency admissions rise?", "Who wrote the CIPFA piece?"]
    assert cases[0]["doc_ids"] == ["care-fund-failures", "rcn-integration-agenda", "nhe-integration-underfunded"]
    assert cases[1]["doc_ids"] == []


def test_candidates_use_the_gold_format_for_review(db: Path) -> None:
    for case in candidates(Store(f"sqlite:///{db}").votes("down")):
        assert list(case) == GOLD_KEYS
        assert case["answers"] == [] and case["answerable"] is True and case["split"] == "dev"
        assert case["id"] == candidate_id(case["question"]) and case["id"].startswith("fb-")


def test_export_command_writes_jsonl_file(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "review" / "candidates.jsonl"
    assert cli.main(["feedback", "export", "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and lines[0]["question"] == "How much did emergency admissions rise?"
    assert "wrote 2 gold-question candidate(s)" in capsys.readouterr().err


def test_export_command_prints_to_stdout_without_out(db: Path, capsys: pytest.CaptureFixture) -> None:
    assert cli.main(["feedback", "export"]) == 0
    captured = capsys.readouterr()
    assert [json.loads(line)["id"] for line in captured.out.splitlines()] == [
        candidate_id("How much did emergency admissions rise?"), candidate_id("Who wrote the CIPFA piece?")]


def test_unreadable_answer_json_still_exports_the_question(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 's.sqlite3'}")
    store.record_vote(StoredAnswer("r", None, None, None, None, "Q?", "{not json"), "U1", "down")
    assert candidates(store.votes()) == [{"id": candidate_id("Q?"), "question": "Q?", "answers": [], "doc_ids": [],
                                          "answerable": True, "split": "dev"}]
