"""The scale section's index build, in a child process so its peak memory is its own.

The parent runs `python -m bot.bench _build N OUT_DIR CORPUS_DIR PARAMS_JSON`
(bot/bench/__main__.py); the child generates the synthetic chunks, builds the index
(tqdm bar when stderr is a terminal), saves it as .npy and prints one JSON line.
"""
from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from ..bm25 import BM25Params, SparseBM25
from .machine import peak_rss_bytes, reset_peak_rss

CHILD_USAGE = "usage: python -m bot.bench _build N OUT_DIR CORPUS_DIR PARAMS_JSON (internal; use `qabot bench`)"


def build_in_child(n: int, out_dir: Path, corpus_dir: Path, params: BM25Params) -> dict[str, Any]:
    """Parent side: run the child and return its report."""
    cmd = [sys.executable, "-m", "bot.bench", "_build", str(n), str(out_dir), str(corpus_dir),
           params.model_dump_json()]
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"index build for {n:,} chunks failed (exit {proc.returncode})")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def build_and_save(n: int, out_dir: Path, corpus_dir: Path, params_json: str) -> dict[str, Any]:
    """Child side: generate the synthetic chunks, build, save .npy; report."""
    from ..synth import from_corpus

    params = BM25Params.model_validate_json(params_json)
    t0 = time.perf_counter()
    synth = from_corpus(corpus_dir)
    docs = synth.chunks(n)
    gen_s = time.perf_counter() - t0
    rss_before = peak_rss_bytes()
    reset = reset_peak_rss()
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


def child_main(argv: list[str]) -> int:
    if len(argv) == 5 and argv[0] == "_build":
        res = build_and_save(int(argv[1]), Path(argv[2]), Path(argv[3]), argv[4])
        print(json.dumps(res))
        return 0
    print(CHILD_USAGE, file=sys.stderr)
    return 2


def dir_bytes(path: Path) -> int:
    return sum(f.stat().st_size for f in path.iterdir() if f.is_file())
