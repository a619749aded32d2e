"""`qabot bench`: retrieval at scale, answering, cold start and the Slack path.

Every ratio is measured against a baseline in the same run (absolute times drift on
shared machines). Sections (skip any with --skip):

scale   synthetic corpora (bot/synth.py) of --sizes chunks. Per size, a child process
        builds the index from token lists (tqdm bar when stderr is a terminal) and
        saves it as .npy; it reports build time and its peak RSS. The parent loads the
        index, times `top_k(q, 10)` over --queries queries (gold questions + random
        corpus phrases, same tokens for everyone) and the baseline, plain
        rank_bm25 `get_scores` + top-k with the same variant and parameters. At sizes
        above 10k the baseline runs on an evenly spaced subsample of the queries
        (budgeted, reported). Top-10 parity (ids and scores, 1e-6 relative) against
        rank_bm25 on every query at sizes <= 10k; a spot check on the subsample above.
answer  the real corpus in process: retrieval (`QABot.search`) and the full
        question -> cited answer path (`QABot.ask`) p50/p99 over the gold questions,
        batch throughput, and rank_bm25 on the real chunks for comparison.
cold    median wall time of `qabot ask --json "..."` as a fresh process vs the floor
        `python -c "import pydantic, rank_bm25"`, interleaved; plus where the time
        goes (phases and `python -X importtime`).
slack   signed `app_mention` events posted to the app's HTTP endpoint until the
        reply reaches the local mock Slack Web API (p50/p99).

Not part of `make test` (tests/test_bench.py runs a 1k-chunk smoke run).
"""
from __future__ import annotations

import gc
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from .bm25 import BM25Params, SparseBM25, reference_model

K = 10
PARITY_MAX_SIZE = 10_000
PARITY_RTOL = 1e-6
BASELINE_BUDGET_S = 30.0  # per size, for the rank_bm25 queries above PARITY_MAX_SIZE
BASELINE_MIN_QUERIES = 25
COLD_QUESTION = "How much did emergency admissions rise?"
COLD_RUNS = 9
SLACK_EVENTS = 200
SECTIONS = ("scale", "answer", "cold", "slack")

TARGETS = {
    "real_retrieval_p99_ms": ("retrieval on the real corpus p99", "<", 1.0),
    "real_answer_p99_ms": ("full answer path p99", "<", 10.0),
    "100k_p50_ms": ("100k chunks p50", "<=", 2.0),
    "100k_p99_ms": ("100k chunks p99", "<=", 10.0),
    "1m_p50_ms": ("1M chunks p50", "<=", 20.0),
    "1m_peak_rss_gb": ("1M chunks build peak memory", "<", 6.0),
    "cold_ratio": ("cold start / import floor", "<=", 1.3),
    "slack_p50_ms": ("Slack path p50", "<", 50.0),
    "slack_p99_ms": ("Slack path p99", "<", 250.0),
}


# -- helpers -------------------------------------------------------------------------------
def _pct(samples_s: list[float]) -> dict[str, float]:
    ms = np.asarray(samples_s, dtype=np.float64) * 1000
    if not len(ms):
        return {"n": 0}
    return {"n": int(len(ms)), "p50_ms": round(float(np.percentile(ms, 50)), 4),
            "p99_ms": round(float(np.percentile(ms, 99)), 4), "mean_ms": round(float(ms.mean()), 4),
            "max_ms": round(float(ms.max()), 4)}


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())


def peak_rss_bytes() -> int | None:
    """This process's peak resident set (VmHWM), or None where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024
    except (ImportError, OSError):
        return None


def _reset_peak_rss() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def machine_info() -> dict[str, Any]:
    try:
        from importlib.metadata import version

        rb = version("rank-bm25")
    except Exception:  # noqa: BLE001
        rb = "?"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "usable_cpus": usable, "mem_gib": mem, "machine": platform.machine(),
            "processor": _cpu_model(), "python": platform.python_version(), "numpy": np.__version__,
            "rank_bm25": rb, "platform": platform.platform()}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def bot_params() -> BM25Params:
    from .index import BuildOptions

    return BuildOptions().bm25


# -- parity -------------------------------------------------------------------------------
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


# -- queries ------------------------------------------------------------------------------
def load_gold_questions(corpus_dir: Path) -> list[str]:
    path = corpus_dir / "gold.jsonl"
    if not path.exists():
        return []
    return [json.loads(line)["question"] for line in path.read_text("utf-8").splitlines() if line.strip()]


def make_queries(synth, corpus_dir: Path, n: int) -> tuple[list[list[str]], dict[str, int]]:  # noqa: ANN001
    """Up to n/2 gold questions (tokenised), the rest random phrases of 2-8 terms, half
    from the real sentences and half from the first 1,000 synthetic chunks."""
    from .tokens import tokenize

    gold = [t for t in (tokenize(q) for q in load_gold_questions(corpus_dir)) if t][: n // 2]
    rest = n - len(gold)
    real = synth.phrases(rest // 2)
    synthetic = synth.phrases(rest - rest // 2, source=synth.chunks(1000), seed_offset=1)
    return gold + real + synthetic, {"gold": len(gold), "real_phrases": len(real), "synthetic_phrases": len(synthetic)}


# -- scale ---------------------------------------------------------------------------------
def _build_child(n: int, out_dir: Path, corpus_dir: Path, params_json: str) -> dict[str, Any]:
    """In a fresh process: generate the synthetic chunks, build, save .npy; report."""
    from .synth import from_corpus

    params = BM25Params.model_validate_json(params_json)
    t0 = time.perf_counter()
    synth = from_corpus(corpus_dir)
    docs = synth.chunks(n)
    gen_s = time.perf_counter() - t0
    rss_before = peak_rss_bytes()
    reset = _reset_peak_rss()
    t0 = time.perf_counter()
    scorer = SparseBM25.build(docs, params, progress=True, total=n)
    build_s = time.perf_counter() - t0
    peak = peak_rss_bytes()
    del docs
    t0 = time.perf_counter()
    scorer.save_npy(out_dir, metadata={"synthetic": synth.spec.describe(), "chunks": n})
    save_s = time.perf_counter() - t0
    meta = json.loads((out_dir / "bm25.json").read_text())
    return {"gen_s": gen_s, "build_s": build_s, "save_s": save_s, "peak_rss_bytes": peak,
            "rss_before_build_bytes": rss_before, "peak_is_build_only": reset,
            "terms": len(scorer.vocab), "postings": int(len(scorer.doc_ids)),
            "weights_dtype": str(scorer.weights.dtype), "index_sha256": meta["content_sha256"]}


def _run_build_child(n: int, out_dir: Path, corpus_dir: Path, params: BM25Params) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "bot.bench", "_build", str(n), str(out_dir), str(corpus_dir),
           params.model_dump_json()]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"index build for {n:,} chunks failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench_scale(sizes: list[int], n_queries: int, corpus_dir: Path, work: Path) -> dict[str, Any]:
    from .synth import from_corpus

    params = bot_params()
    synth = from_corpus(corpus_dir)
    queries, mix = make_queries(synth, corpus_dir, n_queries)
    out: dict[str, Any] = {"synthetic": synth.spec.describe(), "bm25": params.model_dump(),
                           "baseline": f"rank_bm25.{type(reference_model([['x']], params)).__name__}"
                                       ".get_scores + top-k (argpartition)",
                           "queries": {"count": len(queries), **mix, "k": K}, "sizes": []}
    for n in sizes:
        _say(f"[scale] {n:,} chunks: building (child process)")
        idx_dir = work / f"synth-{n}"
        row: dict[str, Any] = {"chunks": n}
        row.update(_run_build_child(n, idx_dir, corpus_dir, params))
        row["index_bytes"] = _dir_bytes(idx_dir)
        gc.collect()
        t0 = time.perf_counter()
        scorer = SparseBM25.load_npy(idx_dir)
        row["load_s"] = time.perf_counter() - t0

        _say(f"[scale] {n:,} chunks: {len(queries)} queries, ours")
        for q in queries[:20]:  # warm-up
            scorer.top_k(q, K)
        ours_t: list[float] = []
        ours_res: list[list[tuple[int, float]]] = []
        gc.collect()
        for q in queries:
            t0 = time.perf_counter()
            r = scorer.top_k(q, K)
            ours_t.append(time.perf_counter() - t0)
            ours_res.append(r)
        row["ours"] = _pct(ours_t)
        row["postings_per_query"] = _postings_stats(scorer, queries)

        _say(f"[scale] {n:,} chunks: baseline rank_bm25 (generating tokens, building)")
        docs = synth.chunks(n)
        t0 = time.perf_counter()
        ref = reference_model(docs, params)
        row["baseline_build_s"] = time.perf_counter() - t0
        full = n <= PARITY_MAX_SIZE
        if full:
            sample = list(range(len(queries)))
        else:
            probe = [_time_baseline(ref, queries[i]) for i in range(min(3, len(queries)))]
            per_q = max(statistics.mean(t for t, _ in probe), 1e-6)
            m = int(min(len(queries), max(BASELINE_MIN_QUERIES, BASELINE_BUDGET_S / per_q)))
            sample = sorted(set(np.linspace(0, len(queries) - 1, m).round().astype(int).tolist()))
        _say(f"[scale] {n:,} chunks: baseline on {len(sample)} queries")
        inverted = _inverted(docs) if full else None
        base_t: list[float] = []
        parity_ok = identical = checked = 0
        worst = 0.0
        for i in sample:
            dt, (scores, top) = _time_baseline(ref, queries[i])
            base_t.append(dt)
            if inverted is not None:
                matched = _matched(inverted, queries[i])
                ref_top = reference_top_k(scores, K, matched)
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
        row["baseline"] = _pct(base_t) | {"subsample": not full, "queries": len(sample)}
        ours_sub = _pct([ours_t[i] for i in sample])
        row["ours_on_baseline_queries"] = ours_sub
        row["speedup_p50"] = round(row["baseline"]["p50_ms"] / max(ours_sub["p50_ms"], 1e-9), 1)
        row["speedup_mean"] = round(row["baseline"]["mean_ms"] / max(ours_sub["mean_ms"], 1e-9), 1)
        row["parity"] = {"kind": "all queries" if full else "spot check (baseline subsample, queries with 10 hits)",
                         "checked": checked, "ok": parity_ok, "identical_ids": identical, "rtol": PARITY_RTOL,
                         **({"max_rel_score_error_all_docs": worst} if full else {})}
        out["sizes"].append(row)
        _say(f"[scale] {n:,} chunks: ours p50 {row['ours']['p50_ms']:.3f} ms, baseline p50 "
             f"{row['baseline']['p50_ms']:.1f} ms, parity {parity_ok}/{checked}")
        del docs, ref, scorer, inverted
        shutil.rmtree(idx_dir, ignore_errors=True)
        gc.collect()
    return out


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


# -- answer ----------------------------------------------------------------------------------
def _load_bot(settings, work: Path):  # noqa: ANN001, ANN202
    """The bot on the real corpus without touching the repo's index: a stale or missing
    index is rebuilt into the work dir instead."""
    from .errors import QABotError
    from .service import QABot

    try:
        return QABot.load(settings.corpus_dir, settings.index_dir, rebuild=False), None
    except QABotError as exc:
        tmp = work / "real-index"
        return QABot.load(settings.corpus_dir, tmp), f"repo index not usable ({exc}); rebuilt into a temp dir"


def bench_answer(settings, work: Path, rounds: int = 5) -> dict[str, Any]:  # noqa: ANN001
    from .errors import QABotError
    from .tokens import tokenize

    questions = load_gold_questions(settings.corpus_dir)
    if not questions:
        return {"skipped": f"no gold questions in {settings.corpus_dir / 'gold.jsonl'}"}
    bot, note = _load_bot(settings, work)
    out: dict[str, Any] = {"questions": len(questions), "rounds": rounds, "chunks": bot.index.scorer.n_docs}
    if note:
        out["note"] = note
    for q in questions[:10]:
        bot.search(q, K)
    search_t, topk_t, ask_t = [], [], []
    errors = 0
    gc.collect()
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            bot.search(q, K)
            search_t.append(time.perf_counter() - t0)
    terms = [tokenize(q) for q in questions]
    for _ in range(rounds):
        for t in terms:
            t0 = time.perf_counter()
            bot.index.scorer.top_k(t, K)
            topk_t.append(time.perf_counter() - t0)
    for q in questions[:10]:
        try:
            bot.ask(q)
        except QABotError:
            pass
    for _ in range(rounds):
        for q in questions:
            t0 = time.perf_counter()
            try:
                bot.ask(q)
            except QABotError:
                errors += 1
            ask_t.append(time.perf_counter() - t0)
    out["retrieval"] = _pct(search_t) | {"what": "QABot.search(q, 10): tokenize + top-k + hits"}
    out["top_k_only"] = _pct(topk_t)
    out["ask"] = _pct(ask_t) | {"errors": errors // rounds}
    # rank_bm25 on the same chunks and question tokens (same-run reference).
    chunk_terms = [[t for i in c.sentences for t in bot.index.sentence_terms[i]] for c in bot.index.chunks]
    ref = reference_model(chunk_terms, bot.index.scorer.params)
    base_t = []
    for _ in range(rounds):
        for t in terms:
            t0 = time.perf_counter()
            reference_top_k(ref.get_scores(t), K)
            base_t.append(time.perf_counter() - t0)
    out["baseline_top_k"] = _pct(base_t)
    # batch: questions per second, one thread, back to back, for at least a second.
    n = 0
    t0 = time.perf_counter()
    while True:
        for q in questions:
            try:
                bot.ask(q)
            except QABotError:
                pass
        n += len(questions)
        elapsed = time.perf_counter() - t0
        if elapsed >= 1.0:
            break
    out["batch"] = {"questions": n, "seconds": round(elapsed, 3), "qps": round(n / elapsed, 1), "threads": 1}
    return out


# -- cold start -----------------------------------------------------------------------------------
_PHASES = r"""
import json, sys, time
t0 = time.perf_counter()
import bot.cli
t1 = time.perf_counter()
from bot.config import load_settings
from bot.service import QABot
from bot.render import to_json
t2 = time.perf_counter()
s = load_settings(index_dir=sys.argv[2])
bot = QABot.load(s.corpus_dir, s.index_dir)
t3 = time.perf_counter()
a = bot.ask(sys.argv[1])
t4 = time.perf_counter()
json.dumps(to_json(a))
t5 = time.perf_counter()
print(json.dumps({"import_cli_ms": (t1 - t0) * 1e3, "import_core_ms": (t2 - t1) * 1e3,
                  "load_ms": (t3 - t2) * 1e3, "ask_ms": (t4 - t3) * 1e3, "render_ms": (t5 - t4) * 1e3}))
"""


def _qabot_cmd() -> list[str]:
    script = Path(sys.executable).parent / "qabot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, check=False)
    return time.perf_counter() - t0, proc


def bench_cold(settings, work: Path, runs: int = COLD_RUNS) -> dict[str, Any]:  # noqa: ANN001
    index_copy = work / "cold-index"
    if settings.index_dir.exists():
        shutil.copytree(settings.index_dir, index_copy, dirs_exist_ok=True)
    env = dict(os.environ, QABOT_CORPUS_DIR=str(settings.corpus_dir), QABOT_INDEX_DIR=str(index_copy))
    ask = _qabot_cmd() + ["ask", "--json", COLD_QUESTION]
    floor = [sys.executable, "-c", "import pydantic, rank_bm25"]
    # Warm-up (page cache, .pyc files; a stale index is rebuilt into the copy once).
    dt, proc = _wall(ask, env)
    if proc.returncode != 0:
        return {"skipped": f"`qabot ask` failed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}"}
    _wall(floor, env)
    # Reference: the floor plus defining one pydantic model (what any BaseModel on the path costs).
    model_floor = [sys.executable, "-c", "import pydantic, rank_bm25\nclass M(pydantic.BaseModel):\n    x: int"]
    ask_t, floor_t, model_t = [], [], []
    for _ in range(runs):
        floor_t.append(_wall(floor, env)[0])
        ask_t.append(_wall(ask, env)[0])
        model_t.append(_wall(model_floor, env)[0])
    out: dict[str, Any] = {
        "command": " ".join(["qabot", "ask", "--json", json.dumps(COLD_QUESTION)]),
        "floor_command": 'python -c "import pydantic, rank_bm25"', "runs": runs,
        "ask_median_ms": round(statistics.median(ask_t) * 1000, 1),
        "floor_median_ms": round(statistics.median(floor_t) * 1000, 1),
        "ask_all_ms": [round(t * 1000, 1) for t in ask_t], "floor_all_ms": [round(t * 1000, 1) for t in floor_t],
    }
    out["ratio"] = round(out["ask_median_ms"] / out["floor_median_ms"], 2)
    out["floor_plus_one_model_ms"] = round(statistics.median(model_t) * 1000, 1)
    out["floor_plus_one_model_ratio"] = round(out["floor_plus_one_model_ms"] / out["floor_median_ms"], 2)
    out["bare_python_ms"] = round(statistics.median(_wall([sys.executable, "-c", "pass"], env)[0]
                                                    for _ in range(5)) * 1000, 1)
    phases = [json.loads(p.stdout.strip().splitlines()[-1]) for p in
              (_wall([sys.executable, "-c", _PHASES, COLD_QUESTION, str(index_copy)], env)[1] for _ in range(3))
              if p.returncode == 0 and p.stdout.strip()]
    if phases:
        out["phases_ms"] = {k: round(statistics.median(p[k] for p in phases), 1) for k in phases[0]}
    out["imports"] = import_profile(env, index_copy)
    return out


def _importtime(cmd: list[str], env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """{top-level module: (cumulative us, depth)} from `python -X importtime`."""
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True, check=False)
    out: dict[str, tuple[int, int]] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2  # " mod" top level, "   mod" nested
        out[name.strip()] = (int(parts[1]), depth)
    return out


def import_profile(env: dict[str, str], index_dir: Path) -> dict[str, Any]:
    """What `qabot ask` imports beyond the floor, by cumulative import time."""
    code = ("import sys; from bot.cli import main; "
            f"sys.exit(main(['--index', {str(index_dir)!r}, 'ask', '--json', {COLD_QUESTION!r}]))")
    runs = [_importtime([sys.executable, "-X", "importtime", "-c", code], env) for _ in range(3)]
    floor = _importtime([sys.executable, "-X", "importtime", "-c", "import pydantic, rank_bm25"], env)
    names = set(runs[0])
    top = {}
    for name in names:
        vals = [r[name][0] for r in runs if name in r]
        top[name] = (statistics.median(vals), runs[0][name][1])
    total = sum(us for us, d in top.values() if d == 0)  # top-level entries cover everything once
    extra = sorted(((n, us) for n, (us, d) in top.items() if n not in floor and "." not in n),
                   key=lambda x: -x[1])
    bot_mods = sorted(((n, us) for n, (us, d) in top.items() if n.startswith("bot.")), key=lambda x: -x[1])
    return {"total_import_ms": round(total / 1000, 1),
            "floor_import_ms": round(sum(us for us, d in floor.values() if d == 0) / 1000, 1),
            "beyond_floor_top": [{"module": n, "cumulative_ms": round(us / 1000, 1)} for n, us in extra[:12]],
            "bot_modules": [{"module": n, "cumulative_ms": round(us / 1000, 1)} for n, us in bot_mods[:12]]}


# -- slack ------------------------------------------------------------------------------------
def bench_slack(settings, work: Path, events: int = SLACK_EVENTS, warmup: int = 10) -> dict[str, Any]:  # noqa: ANN001
    """Signed app_mention events POSTed one at a time to the app's HTTP endpoint (Bolt under
    waitress, as `qabot slack --http` serves it); latency = until the reply's chat.postMessage
    reaches the local mock Slack Web API."""
    try:
        from pydantic import SecretStr
        from slack_sdk import WebClient

        from .mock_slack import BOT_USER_ID, MockSlack
        from .slack_app import HttpServer, create_app
        from .store import Store
    except ImportError as exc:
        return {"skipped": f"bot.slack_app / bot.mock_slack not usable yet ({exc})"}
    import hashlib
    import hmac
    import logging
    import urllib.error
    import urllib.request

    from . import render

    questions = load_gold_questions(settings.corpus_dir) or [COLD_QUESTION]
    bot, note = _load_bot(settings, work)
    secret = "bench-signing-secret-" + os.urandom(8).hex()
    token = "xoxb-bench-" + os.urandom(8).hex()
    logging.getLogger("qabot").setLevel(logging.WARNING)
    store = Store(f"sqlite:///{work / 'slack-bench.sqlite3'}")
    latencies: list[float] = []
    acks: list[float] = []
    try:
        with MockSlack() as slack:
            s = settings.model_copy(update={"slack_bot_token": SecretStr(token), "slack_api_url": slack.base_url,
                                            "slack_signing_secret": SecretStr(secret)})
            app = create_app(s, bot, store, WebClient(token=token, base_url=slack.base_url))
            server = HttpServer(app, "127.0.0.1", 0).start()
            try:
                for i in range(warmup + events):
                    q = questions[i % len(questions)]
                    body = {"token": "bench", "team_id": "T0MOCK", "api_app_id": "A0QABOT", "type": "event_callback",
                            "event_id": f"Ev{i:010d}", "event_time": int(time.time()),
                            "event": {"type": "app_mention", "user": "U0ASKER", "text": f"<@{BOT_USER_ID}> {q}",
                                      "ts": f"{1_700_000_000 + i}.000100", "channel": "C0BENCH",
                                      "event_ts": f"{1_700_000_000 + i}.000100"}}
                    raw = json.dumps(body).encode()
                    stamp = str(int(time.time()))
                    sig = "v0=" + hmac.new(secret.encode(), f"v0:{stamp}:".encode() + raw, hashlib.sha256).hexdigest()
                    req = urllib.request.Request(server.url, data=raw, method="POST", headers={
                        "Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
                        "X-Slack-Signature": sig})
                    t0_wall, t0 = time.time(), time.perf_counter()
                    with urllib.request.urlopen(req, timeout=10) as resp:
                        resp.read()
                        status = resp.status
                    t_ack = time.perf_counter() - t0
                    if status != 200:
                        return {"skipped": f"the app answered HTTP {status} to a signed event"}
                    call = slack.wait_for("chat.postMessage", count=i + 1, timeout=15)[i]
                    arrived = getattr(call, "at", None)
                    dt = (arrived - t0_wall) if arrived else time.perf_counter() - t0
                    if i >= warmup:
                        latencies.append(dt)
                        acks.append(t_ack)
                forged = urllib.request.Request(server.url, data=raw, method="POST", headers={
                    "Content-Type": "application/json", "X-Slack-Request-Timestamp": stamp,
                    "X-Slack-Signature": "v0=" + "0" * 64})
                try:
                    urllib.request.urlopen(forged, timeout=10).close()
                    forged_status = 200
                except urllib.error.HTTPError as exc:
                    forged_status = exc.code
                error_text = getattr(render, "ERROR_TEXT", None)
                failed = sum(1 for c in slack.calls("chat.postMessage") if error_text and c.body.get("text") == error_text)
            finally:
                try:
                    server.stop()
                except Exception as exc:  # noqa: BLE001 - measurements are already taken
                    _say(f"[slack] stopping the HTTP server failed: {exc!r}")
    except AssertionError as exc:
        return {"skipped": f"no reply reached the mock Slack API: {exc}"}
    finally:
        store.close()
    out: dict[str, Any] = {"events": len(latencies), "warmup": warmup, "transport": "HTTP (Bolt WSGI under waitress)",
                           "sequential": True, **_pct(latencies), "ack": _pct(acks), "error_replies": failed,
                           "forged_signature_status": forged_status}
    if note:
        out["note"] = note
    return out


# -- report -------------------------------------------------------------------------------------
def _targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    values: dict[str, float | None] = dict.fromkeys(TARGETS)
    ans = report.get("answer") or {}
    if "retrieval" in ans:
        values["real_retrieval_p99_ms"] = ans["retrieval"]["p99_ms"]
        values["real_answer_p99_ms"] = ans["ask"]["p99_ms"]
    for row in (report.get("scale") or {}).get("sizes", []):
        if row["chunks"] == 100_000:
            values["100k_p50_ms"], values["100k_p99_ms"] = row["ours"]["p50_ms"], row["ours"]["p99_ms"]
        if row["chunks"] == 1_000_000:
            values["1m_p50_ms"] = row["ours"]["p50_ms"]
            if row.get("peak_rss_bytes"):
                values["1m_peak_rss_gb"] = round(row["peak_rss_bytes"] / 1e9, 2)
    cold = report.get("cold") or {}
    if "ratio" in cold:
        values["cold_ratio"] = cold["ratio"]
    sl = report.get("slack") or {}
    if "p50_ms" in sl:
        values["slack_p50_ms"], values["slack_p99_ms"] = sl["p50_ms"], sl["p99_ms"]
    out = []
    for key, (label, op, limit) in TARGETS.items():
        v = values[key]
        met = None if v is None else (v < limit if op == "<" else v <= limit)
        out.append({"target": key, "what": label, "limit": f"{op} {limit:g}", "value": v, "met": met})
    return out


def format_report(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [f"qabot bench — {m['cpus']} CPUs ({m['usable_cpus']} usable), {m['mem_gib']} GiB, {m['processor']}; "
             f"Python {m['python']}, numpy {m['numpy']}, rank_bm25 {m['rank_bm25']}"]
    sc = report.get("scale")
    if sc and "sizes" in sc:
        q = sc["queries"]
        lines += ["", f"Retrieval at scale: BM25 {sc['bm25']['variant']} (k1={sc['bm25']['k1']}, b={sc['bm25']['b']}, "
                      f"delta={sc['bm25']['delta']}), top-{q['k']}, {q['count']} queries "
                      f"({q['gold']} gold + {q['real_phrases'] + q['synthetic_phrases']} phrases)",
                  f"  synthetic corpus: {sc['synthetic']}",
                  f"  baseline: {sc['baseline']}"]
        hdr = (f"  {'chunks':>9} {'terms':>8} {'postings':>11} {'build s':>8} {'peak RSS':>9} {'index':>9} "
               f"{'load s':>7} {'ours p50':>9} {'p99':>8} {'base p50':>9} {'p99':>9} {'base q':>7} {'speed-up':>9} "
               f"{'parity':>11}")
        lines += [hdr, "  " + "-" * (len(hdr) - 2)]
        for r in sc["sizes"]:
            par = r["parity"]
            ptxt = f"{par['ok']}/{par['checked']}" + ("" if r["chunks"] <= PARITY_MAX_SIZE else "*")
            lines.append(
                f"  {r['chunks']:>9,} {r['terms']:>8,} {r['postings']:>11,} {r['build_s']:>8.2f} "
                f"{_mb(r.get('peak_rss_bytes')):>9} {_mb(r['index_bytes']):>9} {r['load_s']:>7.3f} "
                f"{r['ours']['p50_ms']:>7.3f}ms {r['ours']['p99_ms']:>6.2f}ms {r['baseline']['p50_ms']:>7.1f}ms "
                f"{r['baseline']['p99_ms']:>7.1f}ms {r['baseline']['queries']:>7} {r['speedup_p50']:>8.0f}x "
                f"{ptxt:>11}")
        lines.append("  build s: token lists -> index (excl. generating the synthetic chunks); peak RSS: the build "
                     "process (holds the chunks too); base q: queries the baseline ran (subsample above "
                     f"{PARITY_MAX_SIZE:,}: evenly spaced); speed-up: p50 on those queries; parity: top-10 ids+scores "
                     f"vs rank_bm25 within {PARITY_RTOL:g} rel (* spot check on the subsample)")
    elif sc:
        lines += ["", f"Retrieval at scale: {sc}"]
    an = report.get("answer")
    if an and "ask" in an:
        lines += ["", f"Answering on the real corpus ({an['chunks']} chunks, {an['questions']} gold questions x "
                      f"{an['rounds']} rounds, in process)"]
        for key, label in (("retrieval", "retrieval QABot.search"), ("top_k_only", "  top-k only (ours)"),
                           ("baseline_top_k", "  top-k rank_bm25"), ("ask", "full answer QABot.ask")):
            r = an[key]
            lines.append(f"  {label:<26} p50 {r['p50_ms']:>8.3f} ms   p99 {r['p99_ms']:>8.3f} ms")
        b = an["batch"]
        lines.append(f"  batch throughput           {b['qps']:,.0f} questions/s (1 thread, {b['questions']} questions)")
        if an.get("note"):
            lines.append(f"  note: {an['note']}")
    elif an:
        lines += ["", f"Answering: {an.get('skipped', an)}"]
    co = report.get("cold")
    if co and "ratio" in co:
        lines += ["", f"Cold start (median of {co['runs']} fresh processes, interleaved)",
                  f"  {co['command']:<58} {co['ask_median_ms']:>7.1f} ms",
                  f"  {co['floor_command']:<58} {co['floor_median_ms']:>7.1f} ms",
                  f"  {'  same + defining one pydantic.BaseModel (reference)':<58} {co['floor_plus_one_model_ms']:>7.1f} ms"
                  f"  ({co['floor_plus_one_model_ratio']:.2f}x)",
                  f"  {'python -c pass':<58} {co['bare_python_ms']:>7.1f} ms",
                  f"  ratio {co['ratio']:.2f}x the floor"]
        if "phases_ms" in co:
            lines.append("  phases: " + ", ".join(f"{k[:-3]} {v:.1f} ms" for k, v in co["phases_ms"].items()))
        imp = co.get("imports") or {}
        if imp.get("beyond_floor_top"):
            lines.append(f"  imports: {imp['total_import_ms']:.0f} ms total vs floor {imp['floor_import_ms']:.0f} ms;"
                         " beyond the floor: " + ", ".join(f"{x['module']} {x['cumulative_ms']:.1f}"
                                                           for x in imp["beyond_floor_top"][:8]))
    elif co:
        lines += ["", f"Cold start: {co.get('skipped', co)}"]
    sl = report.get("slack")
    if sl and "p50_ms" in sl:
        lines += ["", f"Slack path ({sl['events']} signed app_mention events -> reply at the mock Web API)",
                  f"  p50 {sl['p50_ms']:.1f} ms   p99 {sl['p99_ms']:.1f} ms   max {sl['max_ms']:.1f} ms"
                  + (f"   ({sl['note']})" if sl.get("note") else "")]
    elif sl:
        lines += ["", f"Slack path: skipped: {sl.get('skipped', sl)}"]
    lines += ["", "Targets"]
    for t in report["targets"]:
        state = "n/a (not measured)" if t["met"] is None else ("met" if t["met"] else "MISSED")
        v = "-" if t["value"] is None else f"{t['value']:g}"
        lines.append(f"  {t['what']:<32} {t['limit']:>8}   measured {v:>9}   {state}")
    return "\n".join(lines)


def _mb(b: int | None) -> str:
    if b is None:
        return "-"
    return f"{b / 2**30:.2f} GiB" if b >= 2**30 else f"{b / 2**20:.1f} MiB"


# -- entry point -------------------------------------------------------------------------------------
def run(args, settings) -> int:  # noqa: ANN001 - argparse.Namespace, Settings
    skip = {s.strip() for s in (args.skip or "").split(",") if s.strip()}
    unknown = skip - set(SECTIONS)
    if unknown:
        from .errors import QABotError

        raise QABotError(f"--skip {','.join(sorted(unknown))}: unknown section; choose from {','.join(SECTIONS)}")
    try:
        sizes = [int(s.replace("_", "")) for s in str(args.sizes).split(",") if s.strip()]
    except ValueError:
        from .errors import QABotError

        raise QABotError(f"--sizes {args.sizes!r}: give chunk counts like 1000,10000") from None
    if any(n < 1 for n in sizes) or args.queries < 1:
        from .errors import QABotError

        raise QABotError("--sizes and --queries must be positive")
    report: dict[str, Any] = {"benchmark": "qabot bench", "version": 1,
                              "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine_info(),
                              "sections": [s for s in SECTIONS if s not in skip]}
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qabot-bench-") as tmp:
        work = Path(tmp)
        if "scale" not in skip:
            report["scale"] = _section("scale", bench_scale, sizes, args.queries, settings.corpus_dir, work)
        if "answer" not in skip:
            _say("[answer] real corpus")
            report["answer"] = _section("answer", bench_answer, settings, work)
        if "cold" not in skip:
            _say("[cold] fresh processes")
            report["cold"] = _section("cold", bench_cold, settings, work)
        if "slack" not in skip:
            _say("[slack] signed events -> mock Slack")
            report["slack"] = _section("slack", bench_slack, settings, work)
    report["seconds"] = round(time.perf_counter() - t_all, 1)
    report["targets"] = _targets(report)
    print(format_report(report))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2) + "\n")
        _say(f"wrote {args.json_out}")
    parity_failed = any(r["parity"]["ok"] != r["parity"]["checked"]
                        for r in (report.get("scale") or {}).get("sizes", []))
    crashed = any("error" in (report.get(s) or {}) for s in SECTIONS)
    return 1 if parity_failed or crashed else 0


def _section(name: str, fn, *args: Any) -> dict[str, Any]:  # noqa: ANN001
    """Run one section; a crash is reported in its place instead of losing the others."""
    try:
        return fn(*args)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - reported, and the exit code says so
        import traceback

        _say(f"[{name}] failed: {exc!r}\n{traceback.format_exc()}")
        return {"error": f"{type(exc).__name__}: {exc}", "skipped": f"failed: {type(exc).__name__}: {exc}"}


def _child_main(argv: list[str]) -> int:
    if len(argv) == 5 and argv[0] == "_build":
        res = _build_child(int(argv[1]), Path(argv[2]), Path(argv[3]), argv[4])
        print(json.dumps(res))
        return 0
    print("usage: python -m bot.bench _build N OUT_DIR CORPUS_DIR PARAMS_JSON (internal; use `qabot bench`)",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(_child_main(sys.argv[1:]))
