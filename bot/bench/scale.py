"""`qabot bench` section `scale`: retrieval on synthetic corpora against rank_bm25.

Per size, a child process builds and saves the index (bot/bench/build.py); here it is
loaded and `top_k(q, 10)` timed over the queries, then the baseline (plain rank_bm25
`get_scores` + top-k, same variant and parameters) on the same tokens. Parity of the
top-10 (ids and scores within PARITY_RTOL) is checked on every query up to
PARITY_MAX_SIZE chunks; above it the baseline runs on an evenly spaced, time-budgeted
subsample of the queries and parity is a spot check on those.
"""
from __future__ import annotations

import gc
import shutil
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from ..bm25 import BM25Params, SparseBM25, reference_model
from .build import build_in_child, dir_bytes
from .common import K, load_gold_questions, pct, reference_top_k, say, timed

PARITY_MAX_SIZE = 10_000
PARITY_RTOL = 1e-6
BASELINE_BUDGET_S = 30.0  # per size, for the rank_bm25 queries above PARITY_MAX_SIZE
BASELINE_MIN_QUERIES = 25


def bot_params() -> BM25Params:
    from ..index import BuildOptions

    return BuildOptions().bm25


def make_queries(synth, corpus_dir: Path, n: int) -> tuple[list[list[str]], dict[str, int]]:  # noqa: ANN001
    """Up to n/2 gold questions (tokenised), the rest random phrases of 2-8 terms, half
    from the real sentences and half from the first 1,000 synthetic chunks."""
    from ..tokens import tokenize

    gold = [t for t in (tokenize(q) for q in load_gold_questions(corpus_dir)) if t][: n // 2]
    rest = n - len(gold)
    real = synth.phrases(rest // 2)
    synthetic = synth.phrases(rest - rest // 2, source=synth.chunks(1000), seed_offset=1)
    return gold + real + synthetic, {"gold": len(gold), "real_phrases": len(real), "synthetic_phrases": len(synthetic)}


def bench_scale(sizes: list[int], n_queries: int, corpus_dir: Path, work: Path) -> dict[str, Any]:
    from ..synth import from_corpus

    params = bot_params()
    synth = from_corpus(corpus_dir)
    queries, mix = make_queries(synth, corpus_dir, n_queries)
    out: dict[str, Any] = {"synthetic": synth.spec.describe(), "bm25": params.model_dump(),
                           "baseline": f"rank_bm25.{type(reference_model([['x']], params)).__name__}"
                                       ".get_scores + top-k (argpartition)",
                           "queries": {"count": len(queries), **mix, "k": K}, "sizes": []}
    for n in sizes:
        out["sizes"].append(_bench_size(n, synth, queries, params, corpus_dir, work))
    return out


def _bench_size(n: int, synth, queries: list[list[str]], params: BM25Params,  # noqa: ANN001 - SynthCorpus
                corpus_dir: Path, work: Path) -> dict[str, Any]:
    """One row of the table: build (child), load, ours, the baseline and parity."""
    say(f"[scale] {n:,} chunks: building (child process)")
    idx_dir = work / f"synth-{n}"
    row: dict[str, Any] = {"chunks": n}
    row.update(build_in_child(n, idx_dir, corpus_dir, params))
    row["index_bytes"] = dir_bytes(idx_dir)
    gc.collect()
    t0 = time.perf_counter()
    scorer = SparseBM25.load_npy(idx_dir)
    row["load_s"] = time.perf_counter() - t0

    say(f"[scale] {n:,} chunks: {len(queries)} queries, ours")
    for q in queries[:20]:  # warm-up
        scorer.top_k(q, K)
    gc.collect()
    ours_t, ours_res = timed(scorer.top_k, queries, K)
    row["ours"] = pct(ours_t)
    row["postings_per_query"] = _postings_stats(scorer, queries)

    say(f"[scale] {n:,} chunks: baseline rank_bm25 (generating tokens, building)")
    docs = synth.chunks(n)
    t0 = time.perf_counter()
    ref = reference_model(docs, params)
    row["baseline_build_s"] = time.perf_counter() - t0
    full = n <= PARITY_MAX_SIZE
    sample = list(range(len(queries))) if full else _baseline_sample(ref, queries)
    say(f"[scale] {n:,} chunks: baseline on {len(sample)} queries")
    base_t, parity = _baseline_with_parity(ref, scorer, queries, sample, ours_res, _inverted(docs) if full else None)
    row["baseline"] = pct(base_t) | {"subsample": not full, "queries": len(sample)}
    ours_sub = pct([ours_t[i] for i in sample])
    row["ours_on_baseline_queries"] = ours_sub
    row["speedup_p50"] = round(row["baseline"]["p50_ms"] / max(ours_sub["p50_ms"], 1e-9), 1)
    row["speedup_mean"] = round(row["baseline"]["mean_ms"] / max(ours_sub["mean_ms"], 1e-9), 1)
    row["parity"] = parity
    say(f"[scale] {n:,} chunks: ours p50 {row['ours']['p50_ms']:.3f} ms, baseline p50 "
        f"{row['baseline']['p50_ms']:.1f} ms, parity {parity['ok']}/{parity['checked']}")
    del docs, ref, scorer
    shutil.rmtree(idx_dir, ignore_errors=True)
    gc.collect()
    return row


def _baseline_sample(ref, queries: list[list[str]]) -> list[int]:  # noqa: ANN001 - rank_bm25 model
    """Evenly spaced query indices, as many as BASELINE_BUDGET_S allows (at least BASELINE_MIN_QUERIES)."""
    probe = [_time_baseline(ref, queries[i]) for i in range(min(3, len(queries)))]
    per_q = max(statistics.mean(t for t, _ in probe), 1e-6)
    m = int(min(len(queries), max(BASELINE_MIN_QUERIES, BASELINE_BUDGET_S / per_q)))
    return sorted(set(np.linspace(0, len(queries) - 1, m).round().astype(int).tolist()))


def _baseline_with_parity(ref, scorer: SparseBM25, queries: list[list[str]], sample: list[int],  # noqa: ANN001
                          ours_res: list[list[tuple[int, float]]],
                          inverted: dict[str, list[int]] | None) -> tuple[list[float], dict[str, Any]]:
    """The baseline's time per sampled query, and the parity of our top-k with it: over the
    matched documents of every query when `inverted` is given (full check), else a spot
    check on the queries where we found K documents."""
    base_t: list[float] = []
    parity_ok = identical = checked = 0
    worst = 0.0
    for i in sample:
        dt, (scores, top) = _time_baseline(ref, queries[i])
        base_t.append(dt)
        if inverted is not None:
            ref_top = reference_top_k(scores, K, _matched(inverted, queries[i]))
            ours_scores = scorer.scores(queries[i])
            denom = np.maximum(np.abs(scores), 1e-12)
            worst = max(worst, float(np.max(np.abs(ours_scores - scores) / denom)) if len(scores) else 0.0)
        elif len(ours_res[i]) == K:
            ref_top = top  # over all docs: with K matched docs, the best K are matched ones
        else:
            continue
        ok, same = compare_top_k(ours_res[i], ref_top, scores)
        checked += 1
        parity_ok += ok
        identical += same
    full = inverted is not None
    parity = {"kind": "all queries" if full else "spot check (baseline subsample, queries with 10 hits)",
              "checked": checked, "ok": parity_ok, "identical_ids": identical, "rtol": PARITY_RTOL,
              **({"max_rel_score_error_all_docs": worst} if full else {})}
    return base_t, parity


def compare_top_k(ours: list[tuple[int, float]], ref: list[tuple[int, float]], ref_scores: np.ndarray,
                  rtol: float = PARITY_RTOL) -> tuple[bool, bool]:
    """(parity, identical ids). Parity: same length, rank-wise scores within rtol, and each of
    our docs has (by the reference) the reference's score at that rank, so only documents
    tied within rtol may trade places."""
    if len(ours) != len(ref):
        return False, False
    ok = True
    for (d, s), (_, rs) in zip(ours, ref):
        tol = rtol * max(abs(rs), 1e-12)
        if abs(s - rs) > tol or abs(float(ref_scores[d]) - rs) > tol:
            ok = False
    return ok, [d for d, _ in ours] == [d for d, _ in ref]


def _time_baseline(ref, query: list[str]) -> tuple[float, tuple[np.ndarray, list[tuple[int, float]]]]:  # noqa: ANN001
    t0 = time.perf_counter()
    scores = ref.get_scores(query)
    top = reference_top_k(scores, K)
    return time.perf_counter() - t0, (scores, top)


def _inverted(docs: list[list[str]]) -> dict[str, list[int]]:
    inv: dict[str, list[int]] = {}
    for d, toks in enumerate(docs):
        for t in set(toks):
            inv.setdefault(t, []).append(d)
    return inv


def _matched(inverted: dict[str, list[int]], query: list[str]) -> np.ndarray:
    docs: set[int] = set()
    for t in set(query):
        docs.update(inverted.get(t, ()))
    return np.array(sorted(docs), dtype=np.int64)


def _postings_stats(scorer: SparseBM25, queries: list[list[str]]) -> dict[str, float]:
    counts = []
    for q in queries:
        c = 0
        for t in q:
            i = scorer.term_index.get(t)
            if i is not None:
                c += int(scorer.term_ptr[i + 1] - scorer.term_ptr[i])
        counts.append(c)
    a = np.asarray(counts)
    return {"p50": float(np.percentile(a, 50)), "p99": float(np.percentile(a, 99)), "max": int(a.max())}
