"""`qabot feedback export`: 👎 votes as gold-question candidates for a person to review.

Each line is in the gold JSONL format of corpus/gold.jsonl:
{"id", "question", "answers": [], "doc_ids": [cited], "answerable": true, "split": "dev"} —
the reviewer fills in `answers`, fixes `doc_ids`/`answerable`, and moves it into the gold file.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import QABotError
from .store import Store, Vote

if TYPE_CHECKING:
    from .config import Settings


def _cited(answer_json: str) -> list[str]:
    """Doc ids the answer cited, in order, without repeats ([] if the JSON is unreadable)."""
    try:
        data = json.loads(answer_json)
    except ValueError:
        return []
    ids = [c.get("doc_id") for c in data.get("citations") or [] if isinstance(c, dict)]
    return list(dict.fromkeys(i for i in ids if isinstance(i, str)))


def candidate_id(question: str) -> str:
    """A stable id from the folded question, so re-exports name the same case alike."""
    key = " ".join(question.lower().split())
    return "fb-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:10]


def candidates(votes: list[Vote]) -> list[dict]:
    """One candidate per distinct 👎 question (first-seen order); cited doc ids merged."""
    out: dict[str, dict] = {}
    for v in votes:
        if v.vote != "down":
            continue
        cid = candidate_id(v.question)
        case = out.setdefault(cid, {"id": cid, "question": " ".join(v.question.split()), "answers": [],
                                    "doc_ids": [], "answerable": True, "split": "dev"})
        case["doc_ids"] = list(dict.fromkeys(case["doc_ids"] + _cited(v.answer_json)))
    return list(out.values())


def to_jsonl(cases: list[dict]) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def _write_atomic(path: Path, data: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Write the 👎 candidates to --out (or stdout); the count goes to stderr."""
    store = Store.from_settings(settings)
    try:
        cases = candidates(store.votes("down"))
    finally:
        store.close()
    data = to_jsonl(cases)
    out: Path | None = getattr(args, "out", None)
    if out:
        try:
            _write_atomic(Path(out), data)
        except OSError as exc:
            raise QABotError(f"{out}: cannot write ({exc.strerror}) — check the folder exists and is writable") from None
        print(f"wrote {len(cases)} gold-question candidate(s) to {out} — review them before adding to the gold file",
              file=sys.stderr)
    else:
        sys.stdout.write(data)
        print(f"{len(cases)} gold-question candidate(s) — review them before adding to the gold file", file=sys.stderr)
    return 0
