"""`qabot eval`: gold loading, thresholds, per-case reasons, aggregates, reports and exit codes."""
from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot import cli
from bot import eval_report
from bot import evaluate as ev
from bot.errors import QABotError
from bot.models import Answer, Citation, Hit

ARTICLES = {
    "harbour-budget": ("a.txt", "Harbour Council Budget\n\nThe Harbour Council approved a budget of £2.5bn for the "
                                "coming year.\nMayor Jane Porter said the plan was \"a bold step\" for the town.\n"),
    "lighthouse": ("b.txt", "Lighthouse Restoration\n\nThe old lighthouse was restored by a team of 40 volunteers.\n"
                            "Engineer Tom Reed described the lamp as \"a beacon of hope\".\n"),
}
GOLD = [
    {"id": "c1", "question": "How big is the harbour budget?", "answers": ["£2.5 billion"],
     "doc_ids": ["harbour-budget"], "answerable": True, "split": "dev"},
    {"id": "c2", "question": "How many volunteers restored the lighthouse?", "answers": ["40"],
     "doc_ids": ["lighthouse"], "answerable": True, "split": "test"},
    {"id": "c3", "question": "Who is the mayor?", "answers": ["Jane Porter"], "doc_ids": ["harbour-budget"],
     "answerable": True, "split": "dev"},
    {"id": "c4", "question": "What is the population of Mars?", "answers": [], "doc_ids": [],
     "answerable": False, "split": "test"},
    {"id": "c5", "question": "Who won the 1966 World Cup?", "answers": [], "doc_ids": [], "answerable": False,
     "split": "dev"},
    {"id": "c6", "question": "Who said the plan was a bold step?", "answers": ["Jane Porter"],
     "doc_ids": ["harbour-budget"], "answerable": True, "split": "test"},
]


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for file, text in ARTICLES.values():
        (corpus / file).write_bytes(text.encode())
    meta = [{"doc_id": d, "file": f, "title": None, "publisher": None, "published": None}
            for d, (f, _) in ARTICLES.items()]
    (corpus / "metadata.json").write_text(json.dumps({"articles": meta}))
    return corpus


def write_gold(path: Path, rows: list[dict] | list[str]) -> Path:
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    return path


def cite(doc_id: str, phrase: str, shift: int = 0) -> Citation:
    file, text = ARTICLES[doc_id]
    start = text.index(phrase) + shift
    return Citation(doc_id=doc_id, title=None, publisher=None, published=None, source_path=f"corpus/{file}",
                    start=start, end=start + len(phrase), quote=phrase, score=1.0)


def said(short: str | None, *cites: Citation, latency: float) -> dict:
    return {"short_answer": short, "abstained": False, "citations": list(cites), "latency_ms": latency}


def declined(*related: Citation, latency: float) -> dict:
    return {"short_answer": None, "abstained": True, "citations": [], "related": list(related), "latency_ms": latency}


class FakeBot:
    """Canned answers and rankings for GOLD (c1 right; c2 wrong article; c3 declined with a
    misquote; c4 should have declined; c5 rightly declined; c6 wrong answer)."""

    answers = {
        "c1": said("£2.5bn", cite("harbour-budget", "a budget of £2.5bn"), latency=1),
        "c2": said("40", cite("harbour-budget", "The Harbour Council approved"), latency=2),
        "c3": declined(cite("harbour-budget", "Mayor Jane Porter", shift=1), latency=3),
        "c4": said("Jane Porter", cite("harbour-budget", "Mayor Jane Porter"), latency=4),
        "c5": declined(latency=5),
        "c6": said("Tom Reed", cite("harbour-budget", "a bold step"), latency=6),
    }
    rankings = {"c1": ["harbour-budget", "harbour-budget", "lighthouse"], "c2": ["harbour-budget", "lighthouse"],
                "c3": ["lighthouse", "harbour-budget"], "c6": ["harbour-budget"]}

    def __init__(self) -> None:
        self.documents = [SimpleNamespace(doc_id=d) for d in ARTICLES]
        self.ids = {g["question"]: g["id"] for g in GOLD}

    def ask(self, question: str) -> Answer:
        return Answer(question=question, answer="...", **self.answers[self.ids[question]])

    def search(self, question: str, k: int = 10) -> list[Hit]:
        docs = self.rankings.get(self.ids[question], [])
        return [Hit(chunk_id=i, doc_id=d, score=1.0 / (i + 1)) for i, d in enumerate(docs)][:k]


@pytest.fixture
def project(tmp_path: Path) -> SimpleNamespace:
    corpus = write_corpus(tmp_path)
    return SimpleNamespace(root=tmp_path, corpus=corpus, gold=write_gold(tmp_path / "gold.jsonl", GOLD))


def fake_run(project: SimpleNamespace, monkeypatch: pytest.MonkeyPatch, *extra: str) -> int:
    monkeypatch.setattr(cli, "load_bot", lambda settings, quiet=False: FakeBot())
    return cli.main(["--corpus", str(project.corpus), "--index", str(project.root / "index"), "eval",
                     "--gold", str(project.gold), *extra])


# -- gold loading -------------------------------------------------------------------------------

def test_gold_loads_valid_cases_skipping_blank_lines_and_bom(tmp_path):
    path = tmp_path / "g.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + (json.dumps(GOLD[0]) + "\n\n" + json.dumps(GOLD[3]) + "\n").encode())
    cases = ev.load_gold(path, {"harbour-budget"})
    assert [c.id for c in cases] == ["c1", "c4"]
    assert cases[0].answers == ["£2.5 billion"] and cases[1].answerable is False


def test_gold_split_field_is_optional(tmp_path):
    row = {k: v for k, v in GOLD[0].items() if k != "split"}
    assert ev.load_gold(write_gold(tmp_path / "g.jsonl", [row]))[0].split is None


@pytest.mark.parametrize(("line2", "message"), [
    ("{not json", r"g.jsonl:2: .*Invalid JSON"),
    (json.dumps(GOLD[1] | {"notes": "x"}), r"g.jsonl:2: notes: Extra inputs are not permitted"),
    (json.dumps({k: v for k, v in GOLD[1].items() if k != "answers"}), r"g.jsonl:2: answers: Field required"),
    (json.dumps(GOLD[1] | {"answers": []}), r"g.jsonl:2: .*answerable case needs at least one answer"),
    (json.dumps(GOLD[3] | {"answers": ["x"]}), r"g.jsonl:2: .*unanswerable case must have"),
    (json.dumps(GOLD[1] | {"answerable": "yes"}), r"g.jsonl:2: answerable: Input should be a valid boolean"),
    (json.dumps(GOLD[1] | {"split": "train"}), r"g.jsonl:2: split: Input should be 'dev' or 'test'"),
    (json.dumps(GOLD[1] | {"question": "  "}), r"g.jsonl:2: question: String should match"),
    (json.dumps(GOLD[1] | {"id": "c1"}), r"g.jsonl:2: duplicate id 'c1' \(first on line 1\)"),
    (json.dumps(GOLD[1] | {"doc_ids": ["lighthous"]}), r"g.jsonl:2: unknown doc_id 'lighthous' — use one of"),
])
def test_gold_errors_name_the_line_and_the_problem(tmp_path, line2, message):
    path = write_gold(tmp_path / "g.jsonl", [json.dumps(GOLD[0]), line2])
    with pytest.raises(QABotError, match=message):
        ev.load_gold(path, set(ARTICLES))


def test_gold_file_missing_or_empty_is_an_error(tmp_path):
    with pytest.raises(QABotError, match="cannot read gold file"):
        ev.load_gold(tmp_path / "nope.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n")
    with pytest.raises(QABotError, match="no gold cases"):
        ev.load_gold(tmp_path / "empty.jsonl")


def test_select_split_keeps_only_that_split_and_all_keeps_everything(tmp_path):
    cases = ev.load_gold(write_gold(tmp_path / "g.jsonl", GOLD))
    assert [c.id for c in ev.select_split(cases, "dev", tmp_path)] == ["c1", "c3", "c5"]
    assert len(ev.select_split(cases, "all", tmp_path)) == 6
    with pytest.raises(QABotError, match='no cases with "split": "test"'):
        ev.select_split(cases[:1], "test", tmp_path)


# -- thresholds ----------------------------------------------------------------------------------

NAMES = ev.metric_names(10)


def test_metric_names_follow_the_k_of_mrr():
    assert NAMES[:4] == ["recall@1", "recall@3", "recall@5", "mrr@10"] and "mrr@20" in ev.metric_names(20)


def test_thresholds_from_flags_and_config_later_wins(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.qabot.eval]\nfail_under = { "answer_correct" = 0.85, "latency_p95_ms" = 50 }\n')
    got = ev.parse_thresholds(["recall@3=0.9", "config", "answer_correct=0.8"], pyproject, NAMES)
    assert got == {"recall@3": 0.9, "answer_correct": 0.8, "latency_p95_ms": 50.0}


def test_thresholds_config_accepts_a_subtable(tmp_path):
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text('[tool.qabot.eval.fail_under]\n"mrr@10" = 0.9\nverbatim_rate = 1\n')
    assert ev.parse_thresholds(["config"], pyproject, NAMES) == {"mrr@10": 0.9, "verbatim_rate": 1.0}


@pytest.mark.parametrize(("spec", "toml", "message"), [
    ("answer_correct:0.8", "", r"expected METRIC=VALUE"),
    ("accuracy=0.8", "", r"unknown metric 'accuracy' — use one of recall@1"),
    ("mrr@5=0.8", "", r"unknown metric 'mrr@5'"),
    ("f1=high", "", r"f1='high' is not a number"),
    ("f1=1.5", "", r"out of range"),
    ("f1=nan", "", r"out of range"),
    ("config", "[tool.qabot.eval]\nfail_under = {}\n", r"no thresholds in \[tool.qabot.eval\] fail_under"),
    ("config", "[tool.other]\n", r"no thresholds"),
    ("config", "[tool.qabot.eval]\nfail_under = { f1 = true }\n", r"f1=True is not a number"),
    ("config", "[tool.qabot.eval\n", r"invalid TOML"),
])
def test_bad_thresholds_are_errors_that_name_the_problem(tmp_path, spec, toml, message):
    (tmp_path / "pyproject.toml").write_text(toml)
    with pytest.raises(QABotError, match=message):
        ev.parse_thresholds([spec], tmp_path / "pyproject.toml", NAMES)


def test_missed_treats_latency_and_false_declines_as_upper_bounds():
    metrics = {"answer_correct": ev.m.Ratio(17, 20), "false_decline_rate": ev.m.Ratio(2, 25),
               "latency_p95_ms": 12.0, "decline_precision": ev.m.Ratio(0, 0)}
    assert ev.missed(metrics, {"answer_correct": 0.85, "latency_p95_ms": 50}) == []  # equal is enough
    assert ev.missed(metrics, {"answer_correct": 0.9}) == ["answer_correct = 0.850 < 0.9"]
    assert ev.missed(metrics, {"false_decline_rate": 0.05}) == ["false_decline_rate = 0.080 > 0.05"]
    assert ev.missed(metrics, {"latency_p95_ms": 10}) == ["latency_p95_ms = 12.0 > 10"]
    assert "undefined" in ev.missed(metrics, {"decline_precision": 0.9})[0]


# -- scoring a run (fake bot) -----------------------------------------------------------------------

def test_each_failure_gets_its_reason(project):
    cases = ev.load_gold(project.gold)
    results = ev.evaluate(FakeBot(), cases, 10, project.root)
    assert {r.case.id: r.reasons for r in results} == {
        "c1": [], "c2": ["wrong article"], "c3": ["declined", "misquote"], "c4": ["should have declined"],
        "c5": [], "c6": ["wrong answer"]}
    assert results[2].bad_quotes == ["harbour-budget[94:111] is not corpus/a.txt[94:111]"]


def test_aggregate_metrics_hand_computed(project):
    results = ev.evaluate(FakeBot(), ev.load_gold(project.gold), 10, project.root)
    got = {name: eval_report.value(v) for name, v in ev.aggregate(results, 10).items()}
    assert got == pytest.approx({
        "recall@1": 2 / 4, "recall@3": 1.0, "recall@5": 1.0, "mrr@10": (1 + 1 / 2 + 1 / 2 + 1) / 4,
        "exact_match": 1 / 4,  # only c2's "40"; "£2.5bn" vs "£2.5 billion" differs in tokens
        "f1": 1 / 4, "answer_correct": 2 / 4,  # c1 by number, c2 exact
        "citation_precision": 2 / 3,  # answered answerable c1, c2, c6: c2 cites the wrong article
        "citation_coverage": 2 / 4, "verbatim_rate": 4 / 5,
        "decline_precision": 1 / 2, "decline_recall": 1 / 2, "false_decline_rate": 1 / 4,
        "latency_p50_ms": 3.5, "latency_p95_ms": 5.75})


def test_verbatim_check_rereads_file_bytes_without_newline_translation(tmp_path):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "w.txt").write_bytes(b"Line one.\r\nLine two.")
    files = ev.SourceFiles(tmp_path)
    c = Citation(doc_id="w", title=None, publisher=None, published=None, source_path="corpus/w.txt",
                 start=11, end=20, quote="Line two.", score=0)
    assert files.check(c) is None
    assert "cannot read" in files.check(c.model_copy(update={"source_path": "corpus/gone.txt"}))


def test_cli_eval_writes_json_and_markdown_and_exits_0(project, monkeypatch, capsys):
    out_json, out_md = project.root / "r" / "eval.json", project.root / "eval.md"
    code = fake_run(project, monkeypatch, "--json", str(out_json), "--markdown", str(out_md),
                    "--fail-under", "recall@3=1.0", "--fail-under", "false_decline_rate=0.25")
    assert code == 0
    printed = capsys.readouterr().out
    assert "PASS: 2 thresholds met" in printed and re.search(r"\nc6 +wrong answer +Who said", printed)
    data = json.loads(out_json.read_text())
    assert data["passed"] is True and data["n_cases"] == 6 and data["metrics"]["answer_correct"] == 0.5
    assert set(data["metrics"]) == set(NAMES)
    case = {c["id"]: c for c in data["cases"]}["c2"]
    assert case["reasons"] == ["wrong article"] and case["retrieved_docs"] == ["harbour-budget", "lighthouse"]
    assert case["scores"]["exact_match"] == 1.0 and case["prediction"]["short_answer"] == "40"
    md = out_md.read_text()
    assert "| answer_correct | 0.500 | 2/4 |  |  |" in md
    assert "| false_decline_rate | 0.250 | 1/4 | <= 0.25 | ok |" in md
    assert "| c3 | declined; misquote |" in md and "**PASS: 2 thresholds met**" in md


def test_cli_eval_exits_1_when_a_threshold_is_missed(project, monkeypatch, capsys):
    code = fake_run(project, monkeypatch, "--split", "dev", "--fail-under", "answer_correct=0.9",
                    "--fail-under", "latency_p50_ms=2")
    assert code == 1
    out = capsys.readouterr().out
    assert "split dev · 3 cases (2 answerable, 1 unanswerable)" in out
    assert "FAIL: answer_correct = 0.500 < 0.9; latency_p50_ms = 3.0 > 2" in out


@pytest.mark.parametrize(("extra", "message"), [
    (["--fail-under", "bogus=1"], "unknown metric 'bogus'"),
    (["--k", "3"], "--k 3: must be at least 5"),
    (["--split", "test", "--gold", "MISSING"], "cannot read gold file"),
])
def test_cli_eval_usage_errors_exit_2(project, monkeypatch, capsys, extra, message):
    if "MISSING" in extra:
        extra = [str(project.root / "missing.jsonl") if x == "MISSING" else x for x in extra]
    assert fake_run(project, monkeypatch, *extra) == 2
    assert message in capsys.readouterr().err


# -- end to end with the real bot ---------------------------------------------------------------------

def test_real_bot_end_to_end_on_a_tiny_corpus(project, capsys):
    write_gold(project.gold, [{k: v for k, v in g.items()} for g in GOLD[:4]])
    base = ["--corpus", str(project.corpus), "--index", str(project.root / "index"), "eval",
            "--gold", str(project.gold)]
    out_json, out_md = project.root / "e2e.json", project.root / "e2e.md"
    assert cli.main([*base, "--json", str(out_json), "--markdown", str(out_md),
                     "--fail-under", "verbatim_rate=1.0"]) == 0
    data = json.loads(out_json.read_text())
    assert data["n_cases"] == 4 and data["passed"] and data["metrics"]["verbatim_rate"] == 1.0
    assert [c["id"] for c in data["cases"]] == ["c1", "c2", "c3", "c4"]
    assert all(c["prediction"]["question"] == c["question"] for c in data["cases"])
    assert data["counts"]["false_decline_rate"]["den"] == 3 and data["counts"]["decline_recall"]["den"] == 1
    assert "| verbatim_rate | 1.000 |" in out_md.read_text()
    # p50 latency is above 0 ms, so a 0 ms ceiling is missed
    assert cli.main([*base, "--split", "test", "--fail-under", "latency_p50_ms=0"]) == 1
    out = capsys.readouterr().out
    assert "split test · 2 cases (1 answerable, 1 unanswerable)" in out and "FAIL: latency_p50_ms" in out


def test_real_bot_rejects_gold_with_unknown_article(project, capsys):
    write_gold(project.gold, [GOLD[0] | {"doc_ids": ["nowhere"]}])
    assert cli.main(["--corpus", str(project.corpus), "--index", str(project.root / "index"), "eval",
                     "--gold", str(project.gold)]) == 2
    assert "gold.jsonl:1: unknown doc_id 'nowhere'" in capsys.readouterr().err


def test_markdown_cells_keep_pipes_and_tags_literal():
    table = eval_report.md_table(["a", "b"], [["x | y", "<b>bold</b> <= 3"]])
    assert table.splitlines()[-1] == "| x \\| y | &lt;b>bold&lt;/b> <= 3 |"
