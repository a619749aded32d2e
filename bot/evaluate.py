"""`qabot eval`: score the bot against a gold JSONL file, print/write reports, gate on thresholds.

Metric definitions are in `bot.metrics` and the README; this module loads gold cases,
runs the bot, keeps one record per case and aggregates the records of the chosen split.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from . import metrics as m
from .errors import QABotError
from .models import Answer, Citation, Document, Hit

if TYPE_CHECKING:
    from .config import Settings

SEARCH_DEPTH = 50  # chunks retrieved before collapsing to documents
RECALL_CUTOFFS = (1, 3, 5)
UPPER_BOUNDS = frozenset({"false_decline_rate", "latency_p50_ms", "latency_p95_ms"})
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


def value(metric: m.Ratio | float | None) -> float | None:
    return metric.value if isinstance(metric, m.Ratio) else metric


def parse_thresholds(specs: list[str], pyproject: Path, names: list[str]) -> dict[str, float]:
    """METRIC=VALUE pairs (later wins); 'config' reads [tool.qabot.eval] fail_under."""
    pairs: list[tuple[str, object, str]] = []
    for spec in specs:
        if spec.strip() == "config":
            pairs += [(str(k), v, f"{pyproject} [tool.qabot.eval] fail_under") for k, v in _config(pyproject).items()]
        elif "=" in spec:
            name, raw = spec.split("=", 1)
            pairs.append((name.strip(), raw.strip(), "--fail-under"))
        else:
            raise QABotError(f"--fail-under {spec!r}: expected METRIC=VALUE (e.g. answer_correct=0.85) or 'config'")
    out: dict[str, float] = {}
    for name, raw, where in pairs:
        if name not in names:
            raise QABotError(f"{where}: unknown metric {name!r} — use one of {', '.join(names)}")
        try:
            if isinstance(raw, bool):
                raise ValueError
            limit = float(raw)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise QABotError(f"{where}: {name}={raw!r} is not a number — e.g. {name}=0.9") from None
        if not math.isfinite(limit) or limit < 0 or (not name.startswith("latency") and limit > 1):
            raise QABotError(f"{where}: {name}={raw!r} is out of range — rates are 0..1, latency is ms >= 0")
        out[name] = limit
    return out


def _config(pyproject: Path) -> dict[str, object]:
    try:
        data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except OSError as exc:
        raise QABotError(f"{pyproject}: cannot read ({exc.strerror}) — --fail-under config needs it") from None
    except tomllib.TOMLDecodeError as exc:
        raise QABotError(f"{pyproject}: invalid TOML ({exc}) — fix the file") from None
    table = data.get("tool", {}).get("qabot", {}).get("eval", {}).get("fail_under")
    if not isinstance(table, dict) or not table:
        raise QABotError(f'{pyproject}: no thresholds in [tool.qabot.eval] fail_under — add e.g. '
                         f'fail_under = {{ "answer_correct" = 0.85 }}, or pass METRIC=VALUE instead of config')
    return table


def missed(metrics: dict[str, m.Ratio | float | None], thresholds: dict[str, float]) -> list[str]:
    """One line per threshold not met (an undefined metric misses its threshold)."""
    out = []
    for name, limit in thresholds.items():
        v = value(metrics[name])
        upper = name in UPPER_BOUNDS
        if v is None:
            out.append(f"{name} is undefined on this split (nothing to count) — threshold {_limit(name, limit)}")
        elif (v > limit) if upper else (v < limit):
            out.append(f"{name} = {_fmt(name, v)} {'>' if upper else '<'} {limit:g}")
    return out


# -- output -------------------------------------------------------------------------------------

def _fmt(name: str, v: float | None) -> str:
    return "n/a" if v is None else f"{v:.1f}" if name.startswith("latency") else f"{v:.3f}"


def _limit(name: str, limit: float) -> str:
    return f"{'<=' if name in UPPER_BOUNDS else '>='} {limit:g}"


def metric_rows(metrics: dict, thresholds: dict[str, float], n_cases: int) -> list[list[str]]:
    rows = []
    for name, metric in metrics.items():
        v = value(metric)
        count = (f"{round(metric.num, 2):g}/{metric.den}" if isinstance(metric, m.Ratio) else f"{n_cases} cases")
        limit, status = "", ""
        if name in thresholds:
            limit = _limit(name, thresholds[name])
            status = "FAIL" if missed({name: metric}, {name: thresholds[name]}) else "ok"
        rows.append([name, _fmt(name, v), count, limit, status])
    return rows


FAILURE_HEADER = ["id", "reason", "question", "expected", "got", "cited", "misquotes"]
METRIC_HEADER = ["metric", "value", "n", "threshold", "status"]
TERMINAL_WIDTHS = [8, 34, 48, 28, 28, 40, 60]


def failure_rows(results: list[CaseResult], widths: list[int] | None = None) -> tuple[list[str], list[list[str]]]:
    """Header and one row per failed case (the misquotes column only when there are some)."""
    rows = []
    for r in (r for r in results if r.reasons):
        got = "(declined)" if r.answer.abstained else (r.answer.short_answer or "(no short answer)")
        rows.append([r.case.id, "; ".join(r.reasons), r.case.question, " | ".join(r.case.answers) or "(decline)",
                     got, ",".join(dict.fromkeys(r.cited)) or "-", "; ".join(r.bad_quotes)])
    keep = len(FAILURE_HEADER) - (not any(row[-1] for row in rows))
    rows = [[_cut(c, w) for c, w in zip(row, widths or [0] * len(row), strict=True)][:keep] for row in rows]
    return FAILURE_HEADER[:keep], rows


def _cut(s: str, width: int) -> str:
    s = " ".join(s.split())
    return s if not width or len(s) <= width else s[: width - 1] + "…"


def text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(x) for x in col) for col in zip(header, *rows, strict=True)]
    lines = ("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in [header, *rows])
    return "\n".join(line.rstrip() for line in lines)


def md_table(header: list[str], rows: list[list[str]]) -> str:
    def esc(s: str) -> str:  # keep | inside cells and stop "<tag" from becoming HTML
        return re.sub(r"<(?=[A-Za-z/!])", "&lt;", s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " "))

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return "\n".join(lines + ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows])


@dataclass
class Report:
    gold: Path
    split: str
    k: int
    results: list[CaseResult]
    metrics: dict[str, m.Ratio | float | None]
    thresholds: dict[str, float]
    misses: list[str]

    def summary(self) -> str:
        n_ans = sum(r.case.answerable for r in self.results)
        return (f"{_shown(self.gold)} · split {self.split} · {len(self.results)} cases "
                f"({n_ans} answerable, {len(self.results) - n_ans} unanswerable) · k={self.k}")

    def verdict(self) -> str:
        if self.misses:
            return "FAIL: " + "; ".join(self.misses)
        n = len(self.thresholds)
        return f"PASS: {n} threshold{'s' * (n != 1)} met" if n else "no thresholds given"

    def terminal(self) -> str:
        header, fails = failure_rows(self.results, TERMINAL_WIDTHS)
        parts = [f"qabot eval — {self.summary()}", "",
                 text_table(METRIC_HEADER, metric_rows(self.metrics, self.thresholds, len(self.results))), "",
                 f"Failures: {len(fails)} of {len(self.results)} cases"]
        if fails:
            parts.append(text_table(header, fails))
        return "\n".join([*parts, "", self.verdict()])

    def markdown(self) -> str:
        header, fails = failure_rows(self.results)
        parts = [f"### qabot eval: split `{self.split}`", "", self.summary(), "",
                 md_table(METRIC_HEADER, metric_rows(self.metrics, self.thresholds, len(self.results))), "",
                 f"**{self.verdict()}**", "",
                 "Thresholds are minimums except " + ", ".join(sorted(UPPER_BOUNDS)) + " (maximums).", "",
                 f"<details><summary>Failures: {len(fails)} of {len(self.results)} cases</summary>", ""]
        parts += [md_table(header, fails) if fails else "None.", "", "</details>"]
        return "\n".join(parts) + "\n"

    def to_json(self) -> dict:
        return {
            "gold": str(self.gold), "split": self.split, "k": self.k, "n_cases": len(self.results),
            "metrics": {name: value(v) for name, v in self.metrics.items()},
            "counts": {name: {"num": v.num, "den": v.den} for name, v in self.metrics.items()
                       if isinstance(v, m.Ratio)},
            "thresholds": {name: {"limit": t, "bound": "max" if name in UPPER_BOUNDS else "min"}
                           for name, t in self.thresholds.items()},
            "missed": self.misses, "passed": not self.misses,
            "cases": [{**r.case.model_dump(), "retrieved_docs": r.ranked_docs, "scores": r.scores,
                       "reasons": r.reasons, "misquotes": r.bad_quotes,
                       "prediction": r.answer.model_dump(mode="json")} for r in self.results],
        }


def _shown(path: Path) -> str:
    """The path relative to the working directory when it is under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise QABotError(f"{path}: cannot write report ({exc.strerror}) — choose another path") from None


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
