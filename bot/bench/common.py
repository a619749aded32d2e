"""What the `qabot bench` sections share: k, percentiles, timing, progress lines,
the gold questions, the bot on the real corpus and rank_bm25's top-k."""
from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

K = 10
COLD_QUESTION = "How much did emergency admissions rise?"


def pct(samples_s: list[float]) -> dict[str, float]:
    """n, p50, p99, mean and max in milliseconds of samples in seconds."""
    ms = np.asarray(samples_s, dtype=np.float64) * 1000
    if not len(ms):
        return {"n": 0}
    return {"n": int(len(ms)), "p50_ms": round(float(np.percentile(ms, 50)), 4),
            "p99_ms": round(float(np.percentile(ms, 99)), 4), "mean_ms": round(float(ms.mean()), 4),
            "max_ms": round(float(ms.max()), 4)}


def timed(fn: Callable[..., Any], items: Iterable[Any], *args: Any, rounds: int = 1) -> tuple[list[float], list[Any]]:
    """Seconds of each `fn(item, *args)` over the items, `rounds` times, and what each returned."""
    items = list(items)
    times: list[float] = []
    results: list[Any] = []
    for _ in range(rounds):
        for x in items:
            t0 = time.perf_counter()
            r = fn(x, *args)
            times.append(time.perf_counter() - t0)
            results.append(r)
    return times, results


def say(msg: str) -> None:
    """A progress line on stderr (stdout carries the report)."""
    print(msg, file=sys.stderr, flush=True)


def load_gold_questions(corpus_dir: Path) -> list[str]:
    path = corpus_dir / "gold.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["question"] for line in path.read_text("utf-8").splitlines() if line.strip()]


def load_bot(settings, work: Path):  # noqa: ANN001, ANN201 - Settings -> (QABot, note | None)
    """The bot on the real corpus without touching the repo's index: a stale or missing
    index is rebuilt into the work dir instead."""
    from ..errors import QABotError
    from ..service import QABot

    try:
        return QABot.load(settings.corpus_dir, settings.index_dir, rebuild=False), None
    except QABotError as exc:
        tmp = work / "real-index"
        return QABot.load(settings.corpus_dir, tmp), f"repo index not usable ({exc}); rebuilt into a temp dir"


def reference_top_k(scores: np.ndarray, k: int, matched: np.ndarray | None = None) -> list[tuple[int, float]]:
    """Top-k of a full score vector (ties by lower index), among `matched` docs if given."""
    cand = np.arange(len(scores)) if matched is None else matched
    s = scores[cand]
    if len(cand) > k:
        kth = np.partition(s, len(s) - k)[len(s) - k]
        keep = s >= kth
        cand, s = cand[keep], s[keep]
    order = np.lexsort((cand, -s))[:k]
    return [(int(cand[j]), float(s[j])) for j in order]
