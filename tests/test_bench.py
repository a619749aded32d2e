"""`qabot bench` smoke run (1k chunks, scale + answer) and the synthetic corpus generator.
No timing assertions: only the shape of the report and determinism."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot import bench
from bot.bench.report import format_report, targets
from bot.bench.scale import compare_top_k
from bot.config import load_settings
from bot.errors import QABotError
from bot.synth import SynthCorpus, SynthSpec, from_corpus

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> dict:  # noqa: ANN001
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    args = argparse.Namespace(sizes="1000", queries=20, json_out=out, skip="cold,slack")
    settings = load_settings(corpus_dir=CORPUS, index_dir=ROOT / "index")
    assert bench.run(args, settings) == 0  # non-zero only when parity fails
    return json.loads(out.read_text())


def test_report_has_machine_sections_and_targets(report: dict) -> None:
    assert report["sections"] == ["scale", "answer"]
    assert report["machine"]["cpus"] >= 1
    assert {"python", "numpy", "rank_bm25"} <= set(report["machine"])
    assert [t["target"] for t in report["targets"]] == list(bench.TARGETS)
    for t in report["targets"]:
        assert set(t) == {"target", "what", "limit", "value", "met"}
    assert "cold" not in report and "slack" not in report


def test_scale_row_shape_and_parity(report: dict) -> None:
    scale = report["scale"]
    assert scale["bm25"]["variant"] == "plus"
    assert scale["queries"]["count"] == 20 and scale["queries"]["gold"] == 10
    (row,) = scale["sizes"]
    assert row["chunks"] == 1000
    for key in ("build_s", "gen_s", "load_s", "index_bytes", "terms", "postings", "speedup_p50", "index_sha256"):
        assert key in row
    for side in ("ours", "baseline"):
        assert row[side]["n"] == 20
        assert {"p50_ms", "p99_ms", "mean_ms"} <= set(row[side])
    assert row["baseline"]["subsample"] is False
    par = row["parity"]
    assert par["checked"] == 20 and par["ok"] == 20 and par["max_rel_score_error_all_docs"] <= 1e-6


def test_answer_section_shape(report: dict) -> None:
    ans = report["answer"]
    assert ans["questions"] > 0 and ans["chunks"] > 0
    for key in ("retrieval", "top_k_only", "baseline_top_k", "ask"):
        assert {"n", "p50_ms", "p99_ms"} <= set(ans[key])
    assert ans["batch"]["qps"] > 0


def test_synthetic_corpus_is_deterministic_and_nested() -> None:
    a = from_corpus(CORPUS)
    b = from_corpus(CORPUS)
    big = a.chunks(9000)  # crosses a block boundary
    assert b.chunks(9000) == big
    assert a.chunks(1000) == big[:1000]
    assert a.fingerprint(1000) == b.fingerprint(1000)
    assert a.phrases(5) == b.phrases(5)
    assert all(2 <= len(p) <= 8 for p in a.phrases(50))


def test_synthetic_vocabulary_real_terms_first_then_unique_synthetic_ones() -> None:
    sents = [["care", "fund", "care"], ["nhs", "fund"], ["care"]]
    sc = SynthCorpus.from_sentences(sents, ["d1", "d1", "d2"], SynthSpec(vocab_size=50, chunk_size=2))
    assert sc.vocab[:3] == ["care", "fund", "nhs"]
    assert len(sc.vocab) == len(set(sc.vocab)) == 50
    assert all("_" in t for t in sc.vocab[3:])
    # windows never cross documents: sentence 1's window is sentences 1-2 of d1 only
    assert [len(t) for t in sc.templates] == [5, 2, 1]
    chunks = sc.chunks(500)
    assert len(chunks) == 500 and all(t in set(sc.vocab) for c in chunks for t in c)
    counts = np.bincount([sc.vocab.index(t) for c in chunks for t in c], minlength=50)
    assert counts[0] > counts[10] > 0  # head of the Zipf law dominates


@pytest.mark.parametrize(("skip", "sizes", "queries", "message"), [
    ("cold,nope", "1000", 5, "unknown section"),
    ("", "1k", 5, "give chunk counts"),
    ("", "0", 5, "must be positive"),
    ("", "1000", 0, "must be positive"),
])
def test_run_rejects_bad_options_before_measuring(skip: str, sizes: str, queries: int, message: str) -> None:
    args = argparse.Namespace(sizes=sizes, queries=queries, json_out=None, skip=skip)
    with pytest.raises(QABotError, match=message):
        bench.run(args, settings=None)


def test_report_prints_skipped_and_failed_sections() -> None:
    report = {"machine": {"cpus": 2, "usable_cpus": 2, "mem_gib": 4.0, "processor": "cpu", "python": "3.11",
                          "numpy": "2", "rank_bm25": "0.2.2"},
              "answer": {"skipped": "no gold questions"}, "cold": {"error": "X: y", "skipped": "failed: X: y"},
              "slack": {"skipped": "no Slack extras"}}
    report["targets"] = targets(report)
    assert all(t["met"] is None for t in report["targets"])
    text = format_report(report)
    assert "Answering: no gold questions" in text
    assert "Cold start: failed: X: y" in text
    assert "Slack path: skipped: no Slack extras" in text
    assert "Retrieval at scale" not in text and text.count("n/a (not measured)") == len(bench.TARGETS)


def test_parity_allows_only_ties_to_trade_places() -> None:
    ref_scores = np.array([3.0, 2.0, 2.0, 1.0])
    ref = [(0, 3.0), (1, 2.0)]
    assert compare_top_k([(0, 3.0), (1, 2.0)], ref, ref_scores) == (True, True)
    assert compare_top_k([(0, 3.0), (2, 2.0)], ref, ref_scores) == (True, False)  # tied with doc 1
    assert compare_top_k([(0, 3.0), (3, 2.0)], ref, ref_scores) == (False, False)  # doc 3 scores 1.0
    assert compare_top_k([(0, 3.0)], ref, ref_scores) == (False, False)
    assert bench.reference_top_k(ref_scores, 2) == [(0, 3.0), (1, 2.0)]  # ties by lower index


def test_build_child_entry_point_prints_usage_on_bad_arguments() -> None:
    proc = subprocess.run([sys.executable, "-m", "bot.bench"], capture_output=True, text=True, check=False)
    assert proc.returncode == 2 and "usage: python -m bot.bench _build" in proc.stderr
