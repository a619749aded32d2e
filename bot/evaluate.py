"""`qabot eval`: score the bot against a gold JSONL file, print/write reports, gate on thresholds.

Metric definitions are in `bot.metrics` and the README; this module loads gold cases,
runs the bot, keeps one record per case and aggregates the records of the chosen split.
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import metrics as m
from .eval_report import Report, _write, missed, parse_thresholds
from .errors import QABotError
from .models import Answer, Citation, Document, Hit

if TYPE_CHECKING:
    from .config import Settings

SEARCH_DEPTH = 50  # chunks retrieved before collapsing to documents
RECALL_CUTOFFS = (1, 3, 5)
GOLD_FORMAT = ('one JSON object per line: {"id": "q1", "question": "...", "answers": ["87,000"], '
               '"doc_ids": ["..."], "answerable": true, "split": "dev"} ("split" optional)')

NonEmpty = Annotated[str, Field(min_length=1, pattern=r"\S")]


class GoldCase(BaseModel):
    """One gold question. Unanswerable cases have no answers and no doc_ids."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    id: NonEmpty
    question: NonEmpty
    answers: list[NonEmpty]
    doc_ids: list[NonEmpty]
    answerable: bool
    split: Literal["dev", "test"] | None = None

    @model_validator(mode="after")
    def _consistent(self) -> GoldCase:
        if self.answerable and not (self.answers and self.doc_ids):
            raise ValueError("an answerable case needs at least one answer and one doc_id")
        if not self.answerable and (self.answers or self.doc_ids):
            raise ValueError('an unanswerable case must have "answers": [] and "doc_ids": []')
        return self


class Bot(Protocol):
    """What the harness needs from `bot.service.QABot`."""

    @property
    def documents(self) -> list[Document]: ...

    def ask(self, question: str) -> Answer: ...

    def search(self, question: str, k: int = 10) -> list[Hit]: ...


# -- gold ---------------------------------------------------------------------------------------

def load_gold(path: Path, known_doc_ids: set[str] | None = None) -> list[GoldCase]:
    """Validated cases of a gold file; every error names the file, line and fix."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise QABotError(f"{path}: cannot read gold file ({exc.strerror}) — check the --gold path") from None
    except UnicodeDecodeError as exc:
        raise QABotError(f"{path}: not UTF-8 (offset {exc.start}) — re-save it as UTF-8") from None
    cases: list[GoldCase] = []
    first_line: dict[str, int] = {}
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): JSON may hold U+2028
        if not line.strip():
            continue
        try:
            case = GoldCase.model_validate_json(line)
        except ValidationError as exc:
            err = exc.errors()[0]
            where = ".".join(str(p) for p in err["loc"])
            raise QABotError(f"{path}:{n}: {where + ': ' if where else ''}{err['msg']} — fix this line; "
                             f"expected {GOLD_FORMAT}") from None
        if case.id in first_line:
            raise QABotError(f"{path}:{n}: duplicate id {case.id!r} (first on line {first_line[case.id]}) "
                             "— give each case its own id")
        unknown = [d for d in case.doc_ids if known_doc_ids is not None and d not in known_doc_ids]
        if unknown:
            raise QABotError(f"{path}:{n}: unknown doc_id {unknown[0]!r} — use one of "
                             f"{', '.join(sorted(known_doc_ids or ()))} (see corpus/metadata.json)")
        first_line[case.id] = n
        cases.append(case)
    if not cases:
        raise QABotError(f"{path}: no gold cases — add {GOLD_FORMAT}")
    return cases


def select_split(cases: list[GoldCase], split: str, path: Path) -> list[GoldCase]:
    chosen = cases if split == "all" else [c for c in cases if c.split == split]
    if not chosen:
        raise QABotError(f"{path}: no cases with \"split\": \"{split}\" — use --split all, or add the field")
    return chosen


# -- running ------------------------------------------------------------------------------------

@dataclass
class CaseResult:
    case: GoldCase
    answer: Answer
    ranked_docs: list[str]
    scores: dict[str, float | None]
    bad_quotes: list[str] = field(default_factory=list)  # why each non-verbatim quote is not
    n_quotes: int = 0
    reasons: list[str] = field(default_factory=list)

    @property
    def cited(self) -> list[str]:
        """Doc ids of the answer's citations; a declined answer cites nothing."""
        return [] if self.answer.abstained else [c.doc_id for c in self.answer.citations]

    @property
    def prediction(self) -> str | None:
        return None if self.answer.abstained else self.answer.short_answer


class SourceFiles:
    """Reads each cited file from disk once per run, as bytes decoded like the corpus loader."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._texts: dict[str, str | None] = {}

    def text(self, source_path: str) -> str | None:
        if source_path not in self._texts:
            try:
                self._texts[source_path] = (self.root / source_path).read_bytes().decode("utf-8")
            except (OSError, UnicodeDecodeError):
                self._texts[source_path] = None
        return self._texts[source_path]

    def check(self, c: Citation) -> str | None:
        """None if the quote is an exact slice of its file, else why not."""
        source = self.text(c.source_path)
        if source is None:
            return f"{c.doc_id}: cannot read {c.source_path}"
        if not m.is_verbatim(c.quote, source, c.start, c.end):
            return f"{c.doc_id}[{c.start}:{c.end}] is not {c.source_path}[{c.start}:{c.end}]"
        return None


def evaluate_case(bot: Bot, case: GoldCase, k: int, files: SourceFiles) -> CaseResult:
    try:
        answer = bot.ask(case.question)
        hits = bot.search(case.question, k=max(SEARCH_DEPTH, k))
    except QABotError as exc:
        raise QABotError(f"gold case {case.id!r}: {exc}") from None
    ranked = m.rank_documents((h.doc_id for h in hits), k)
    res = CaseResult(case, answer, ranked, {})
    quotes = [*answer.citations, *answer.related]
    res.n_quotes = len(quotes)
    res.bad_quotes = [why for c in quotes if (why := files.check(c))]
    if case.answerable:
        res.scores = {"exact_match": m.exact_match(res.prediction, case.answers),
                      "f1": m.f1(res.prediction, case.answers),
                      "answer_correct": float(m.answer_correct(res.prediction, case.answers)),
                      **{f"recall@{c}": m.recall_at_k(ranked, case.doc_ids, c) for c in RECALL_CUTOFFS},
                      f"rr@{k}": m.reciprocal_rank(ranked, case.doc_ids, k)}
    res.reasons = _reasons(res)
    return res


def _reasons(r: CaseResult) -> list[str]:
    """Why the case failed: declined / should have declined / wrong article / wrong answer / misquote."""
    out = []
    if r.case.answerable and r.answer.abstained:
        out.append("declined")
    if not r.case.answerable and not r.answer.abstained:
        out.append("should have declined")
    if r.case.answerable and not r.answer.abstained:
        if not set(r.cited) & set(r.case.doc_ids):
            out.append("wrong article")
        if not r.scores["answer_correct"]:
            out.append("wrong answer")
    if r.bad_quotes:
        out.append("misquote")
    return out


# -- aggregate and thresholds ---------------------------------------------------------------------

def metric_names(k: int) -> list[str]:
    return [*(f"recall@{c}" for c in RECALL_CUTOFFS), f"mrr@{k}", "exact_match", "f1", "answer_correct",
            "citation_precision", "citation_coverage", "verbatim_rate", "decline_precision",
            "decline_recall", "false_decline_rate", "latency_p50_ms", "latency_p95_ms"]


def aggregate(results: list[CaseResult], k: int) -> dict[str, m.Ratio | float | None]:
    """Every metric of the run: a Ratio for rates, milliseconds (or None) for latency."""
    ans = [r for r in results if r.case.answerable]
    answered = [r for r in ans if not r.answer.abstained]
    means = {f"recall@{c}": f"recall@{c}" for c in RECALL_CUTOFFS} | {f"mrr@{k}": f"rr@{k}"}
    means |= {name: name for name in ("exact_match", "f1", "answer_correct")}  # metric: per-case score
    out: dict[str, m.Ratio | float | None] = {
        name: m.Ratio(sum(r.scores[key] for r in ans), len(ans)) for name, key in means.items()}
    out["citation_precision"] = m.citation_precision([r.cited for r in answered], [r.case.doc_ids for r in answered])
    out["citation_coverage"] = m.citation_coverage([r.cited for r in ans], [r.case.doc_ids for r in ans])
    out["verbatim_rate"] = m.Ratio(sum(r.n_quotes - len(r.bad_quotes) for r in results),
                                   sum(r.n_quotes for r in results))
    out |= m.decline_metrics((r.case.answerable, r.answer.abstained) for r in results)
    latencies = [r.answer.latency_ms for r in results]
    out["latency_p50_ms"], out["latency_p95_ms"] = m.percentile(latencies, 50), m.percentile(latencies, 95)
    return out


def evaluate(bot: Bot, cases: list[GoldCase], k: int, root: Path) -> list[CaseResult]:
    files = SourceFiles(root)
    return [evaluate_case(bot, c, k, files) for c in cases]


def run(args: argparse.Namespace, settings: Settings) -> int:
    """`qabot eval`: 0 when every threshold is met, 1 when one is missed."""
    from .cli import load_bot

    if args.k < RECALL_CUTOFFS[-1]:
        raise QABotError(f"--k {args.k}: must be at least {RECALL_CUTOFFS[-1]} (Recall@5 needs 5 articles)")
    root = settings.corpus_dir.parent
    gold = args.gold or settings.corpus_dir / "gold.jsonl"
    thresholds = parse_thresholds(args.fail_under, root / "pyproject.toml", metric_names(args.k))
    load_gold(gold)  # fail on a malformed file before loading the bot
    bot = load_bot(settings)
    cases = select_split(load_gold(gold, {d.doc_id for d in bot.documents}), args.split, gold)
    results = evaluate(bot, cases, args.k, root)
    metrics = aggregate(results, args.k)
    report = Report(gold, args.split, args.k, results, metrics, thresholds, missed(metrics, thresholds))
    print(report.terminal())
    if args.json_out:
        _write(args.json_out, json.dumps(report.to_json(), indent=2, ensure_ascii=False) + "\n")
    if args.markdown:
        _write(args.markdown, report.markdown())
    return 1 if report.misses else 0
