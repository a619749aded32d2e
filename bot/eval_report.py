"""Thresholds and reports for `qabot eval`: the terminal table, Markdown for a PR, JSON."""
from __future__ import annotations

import math
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import metrics as m
from .errors import QABotError

if TYPE_CHECKING:
    from .evaluate import CaseResult

UPPER_BOUNDS = frozenset({"false_decline_rate", "latency_p50_ms", "latency_p95_ms"})


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
