"""`qabot bench`: retrieval at scale, answering, cold start and the Slack path.

Every ratio is measured against a baseline in the same run (absolute times drift on
shared machines). Sections (skip any with --skip), one module each:

scale   (scale.py, build.py) synthetic corpora (bot/synth.py) of --sizes chunks. Per
        size, a child process builds the index from token lists (tqdm bar when stderr
        is a terminal) and saves it as .npy; it reports build time and its peak RSS.
        The parent loads the index, times `top_k(q, 10)` over --queries queries (gold
        questions + random corpus phrases, same tokens for everyone) and the baseline,
        plain rank_bm25 `get_scores` + top-k with the same variant and parameters. At
        sizes above 10k the baseline runs on an evenly spaced subsample of the queries
        (budgeted, reported). Top-10 parity (ids and scores, 1e-6 relative) against
        rank_bm25 on every query at sizes <= 10k; a spot check on the subsample above.
answer  (answering.py) the real corpus in process: retrieval (`QABot.search`) and the
        full question -> cited answer path (`QABot.ask`) p50/p99 over the gold
        questions, batch throughput, and rank_bm25 on the real chunks for comparison.
cold    (cold_start.py) median wall time of `qabot ask --json "..."` as a fresh process
        vs the floor `python -c "import pydantic, rank_bm25"`, interleaved; plus where
        the time goes (phases and `python -X importtime`).
slack   (slack_path.py) signed `app_mention` events posted to the app's HTTP endpoint
        until the reply reaches the local mock Slack Web API (p50/p99).

report.py prints the table and checks the targets; `run` (the CLI's entry) writes the
JSON. Not part of `make test` (tests/test_bench.py runs a 1k-chunk smoke run).
"""
from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import QABotError
from .answering import bench_answer
from .cold_start import bench_cold, import_profile
from .common import COLD_QUESTION, K, load_gold_questions, reference_top_k, say
from .machine import machine_info, peak_rss_bytes
from .report import TARGETS, format_report, targets
from .scale import PARITY_MAX_SIZE, PARITY_RTOL, bench_scale, compare_top_k, make_queries

__all__ = ["COLD_QUESTION", "K", "PARITY_MAX_SIZE", "PARITY_RTOL", "SECTIONS", "TARGETS", "bench_answer",
           "bench_cold", "bench_scale", "compare_top_k", "format_report", "import_profile",
           "load_gold_questions", "machine_info", "make_queries", "peak_rss_bytes", "reference_top_k", "run"]

SECTIONS = ("scale", "answer", "cold", "slack")


def run(args, settings) -> int:  # noqa: ANN001 - argparse.Namespace, Settings
    """Run the sections not skipped, print the table, write --json; 1 when parity fails or a section crashed."""
    skip, sizes = _options(args)
    report: dict[str, Any] = {"benchmark": "qabot bench", "version": 1,
                              "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "machine": machine_info(),
                              "sections": [s for s in SECTIONS if s not in skip]}
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="qabot-bench-") as tmp:
        work = Path(tmp)
        if "scale" not in skip:
            report["scale"] = _section("scale", bench_scale, sizes, args.queries, settings.corpus_dir, work)
        if "answer" not in skip:
            say("[answer] real corpus")
            report["answer"] = _section("answer", bench_answer, settings, work)
        if "cold" not in skip:
            say("[cold] fresh processes")
            report["cold"] = _section("cold", bench_cold, settings, work)
        if "slack" not in skip:
            from .slack_path import bench_slack  # urllib/ssl: imported only here, keeping the build child lean

            say("[slack] signed events -> mock Slack")
            report["slack"] = _section("slack", bench_slack, settings, work)
    report["seconds"] = round(time.perf_counter() - t_all, 1)
    report["targets"] = targets(report)
    print(format_report(report))
    if args.json_out:
        Path(args.json_out).write_text(json.dumps(report, indent=2) + "\n")
        say(f"wrote {args.json_out}")
    parity_failed = any(r["parity"]["ok"] != r["parity"]["checked"]
                        for r in (report.get("scale") or {}).get("sizes", []))
    crashed = any("error" in (report.get(s) or {}) for s in SECTIONS)
    return 1 if parity_failed or crashed else 0


def _options(args) -> tuple[set[str], list[int]]:  # noqa: ANN001 - argparse.Namespace
    """(sections to skip, chunk counts) from the command line; QABotError when unusable."""
    skip = {s.strip() for s in (args.skip or "").split(",") if s.strip()}
    unknown = skip - set(SECTIONS)
    if unknown:
        raise QABotError(f"--skip {','.join(sorted(unknown))}: unknown section; choose from {','.join(SECTIONS)}")
    try:
        sizes = [int(s.replace("_", "")) for s in str(args.sizes).split(",") if s.strip()]
    except ValueError:
        raise QABotError(f"--sizes {args.sizes!r}: give chunk counts like 1000,10000") from None
    if any(n < 1 for n in sizes) or args.queries < 1:
        raise QABotError("--sizes and --queries must be positive")
    return skip, sizes


def _section(name: str, fn: Callable[..., dict[str, Any]], *args: Any) -> dict[str, Any]:
    """Run one section; a crash is reported in its place instead of losing the others."""
    try:
        return fn(*args)
    except KeyboardInterrupt:
        raise
    except Exception as exc:  # noqa: BLE001 - reported, and the exit code says so
        import traceback

        say(f"[{name}] failed: {exc!r}\n{traceback.format_exc()}")
        return {"error": f"{type(exc).__name__}: {exc}", "skipped": f"failed: {type(exc).__name__}: {exc}"}
