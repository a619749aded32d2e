"""SparseBM25 against rank_bm25 (the oracle): scores, top-k with ties, storage round trips."""
from __future__ import annotations

import json
import random

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import bm25_store
from bot.bm25 import BM25Params, Scorer, SparseBM25, reference_model, reference_scores
from bot.index import BuildOptions

RTOL = 1e-6
VARIANTS = ["okapi", "plus", "l"]


def _corpus(n_docs: int = 400, vocab: int = 80, seed: int = 3) -> list[list[str]]:
    """Zipf-ish random docs, some empty, some exact duplicates (for ties)."""
    rng = random.Random(seed)
    words = [f"w{i}" for i in range(vocab)]
    weights = [1 / (i + 1) for i in range(vocab)]
    docs = [rng.choices(words, weights, k=rng.randint(0, 40)) for _ in range(n_docs)]
    docs[10] = docs[5][:]  # identical documents tie exactly
    docs[200] = docs[5][:]
    docs[7] = []
    return docs


def _queries(docs: list[list[str]], n: int = 150, seed: int = 4) -> list[list[str]]:
    rng = random.Random(seed)
    vocab = sorted({t for d in docs for t in d})
    qs = [[], ["unknown-term"], ["w0", "w0"], ["w1", "unknown-term", "w1", "w50"], docs[5][:3]]
    for _ in range(n):
        q = [rng.choice(vocab) for _ in range(rng.randint(1, 7))]
        if rng.random() < 0.3:
            q.append(rng.choice(q))  # duplicate term
        if rng.random() < 0.2:
            q.append("never-seen")
        qs.append(q)
    return qs


def _reference_top_k(docs: list[list[str]], ref_scores: np.ndarray, query: list[str], k: int) -> list[tuple[int, float]]:
    """rank_bm25's scores ranked over the documents containing a query term; ties by lower index."""
    terms = set(query)
    matched = [d for d, toks in enumerate(docs) if terms.intersection(toks)]
    matched.sort(key=lambda d: (-ref_scores[d], d))
    return [(d, float(ref_scores[d])) for d in matched[:k]]


def _assert_top_k_parity(ours: list[tuple[int, float]], ref: list[tuple[int, float]], ref_scores: np.ndarray) -> None:
    assert len(ours) == len(ref)
    for (d, s), (rd, rs) in zip(ours, ref):
        assert s == pytest.approx(rs, rel=RTOL)
        # the same document, or one the oracle scores the same (a tie within tolerance)
        assert d == rd or ref_scores[d] == pytest.approx(rs, rel=RTOL)


def _assert_same_results(back: SparseBM25, sc: SparseBM25, docs: list[list[str]], n: int) -> None:
    """A reloaded index scores and ranks exactly like the one it was saved from."""
    for q in _queries(docs, n=n):
        np.testing.assert_array_equal(back.scores(q), sc.scores(q))
        assert back.top_k(q, 10) == sc.top_k(q, 10)


@pytest.fixture(scope="module")
def docs() -> list[list[str]]:
    return _corpus()


@pytest.mark.parametrize("variant", VARIANTS)

def test_scores_equal_rank_bm25_for_every_variant(docs: list[list[str]], variant: str) -> None:
    params = BM25Params(variant=variant)
    ours = SparseBM25.build(docs, params)
    ref = reference_model(docs, params)
    for q in _queries(docs):
        np.testing.assert_allclose(ours.scores(q), ref.get_scores(q), rtol=RTOL, atol=0)


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("k", [1, 3, 10])
def test_top_k_equals_rank_bm25_top_k(docs: list[list[str]], variant: str, k: int) -> None:
    params = BM25Params(variant=variant)
    ours = SparseBM25.build(docs, params)
    ref = reference_model(docs, params)
    for q in _queries(docs):
        ref_scores = ref.get_scores(q)
        _assert_top_k_parity(ours.top_k(q, k), _reference_top_k(docs, ref_scores, q, k), ref_scores)


def test_top_k_breaks_ties_by_lower_index_even_at_the_cut(docs: list[list[str]]) -> None:
    ours = SparseBM25.build(docs)
    q = docs[5][:3]
    full = ours.top_k(q, 400)
    pos = {d: i for i, (d, _) in enumerate(full)}
    assert pos[5] < pos[10] < pos[200]  # three identical documents
    assert full[pos[5]][1] == full[pos[10]][1] == full[pos[200]][1]
    # many docs with one identical single-term profile: the k kept are the lowest indices
    tie_docs = [["a", "b"]] * 50 + [["c"]] * 10
    sc = SparseBM25.build(tie_docs)
    assert [d for d, _ in sc.top_k(["a"], 5)] == [0, 1, 2, 3, 4]
    assert [d for d, _ in sc.top_k(["c", "a"], 12)] == [*range(50, 60), 0, 1]


def test_top_k_only_ranks_documents_that_contain_a_query_term() -> None:
    docs = [["x", "y"], ["z"], ["y"], []]
    sc = SparseBM25.build(docs)  # BM25+: every doc gets a constant, matched or not
    assert [d for d, _ in sc.top_k(["y"], 10)] == [2, 0]
    assert sc.top_k([], 10) == []
    assert sc.top_k(["nope"], 10) == []
    assert sc.top_k(["y"], 0) == []
    np.testing.assert_array_equal(sc.scores([]), np.zeros(4))


@pytest.mark.parametrize("variant", VARIANTS)
def test_both_selection_paths_match_brute_force(variant: str) -> None:
    """Rare terms (few postings: the sparse path) and common terms (the block-max path)."""
    rng = np.random.default_rng(11)
    n = 5000
    common = [f"c{i}" for i in range(5)]
    docs = []
    for d in range(n):
        toks = list(rng.choice(common, size=rng.integers(1, 12)))
        if d % 97 == 0:
            toks += [f"r{d % 7}"] * int(rng.integers(1, 4))
        docs.append(toks)
    sc = SparseBM25.build(docs, BM25Params(variant=variant))
    ref = reference_model(docs, BM25Params(variant=variant))
    for q in (["r1"], ["r2", "r3", "r3"], ["c0"], ["c1", "c2"], ["c3", "r4"], ["c4", "c4", "c0", "r5"]):
        ref_scores = ref.get_scores(q)
        for k in (1, 10, 64):
            _assert_top_k_parity(sc.top_k(q, k), _reference_top_k(docs, ref_scores, q, k), ref_scores)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    docs=st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=8), min_size=1, max_size=40),
    query=st.lists(st.sampled_from("abcdefghz"), max_size=5),
    k=st.integers(1, 12),
    variant=st.sampled_from(["plus", "l"]),
)
def test_top_k_property_against_the_oracle(docs: list[list[str]], query: list[str], k: int, variant: str) -> None:
    # (okapi's floored idf can be 0 or negative on tiny corpora; its parity is covered above)
    params = BM25Params(variant=variant)
    if not any(docs):
        return  # rank_bm25 cannot index a corpus without a single token
    ref_scores = reference_scores(docs, query, params)
    ours = SparseBM25.build(docs, params)
    np.testing.assert_allclose(ours.scores(query), ref_scores, rtol=RTOL, atol=1e-12)
    _assert_top_k_parity(ours.top_k(query, k), _reference_top_k(docs, ref_scores, query, k), ref_scores)


def test_bot_uses_bm25_plus_with_rank_bm25_defaults_and_keeps_parity(docs: list[list[str]]) -> None:
    """Pins the variant and parameters the bot indexes with; changing them is a deliberate
    act (it makes every built index stale) and must keep parity with rank_bm25."""
    params = BuildOptions().bm25
    assert params == BM25Params(variant="plus", k1=1.5, b=0.75, delta=1.0, epsilon=0.25)
    ours = SparseBM25.build(docs, params)
    ref = reference_model(docs, params)
    assert type(ref).__name__ == "BM25Plus"
    for q in _queries(docs, n=60):
        ref_scores = ref.get_scores(q)
        np.testing.assert_allclose(ours.scores(q), ref_scores, rtol=RTOL, atol=0)
        _assert_top_k_parity(ours.top_k(q, 10), _reference_top_k(docs, ref_scores, q, 10), ref_scores)


def test_idf_and_vocabulary(docs: list[list[str]]) -> None:
    sc = SparseBM25.build(docs)
    ref = reference_model(docs, BM25Params())
    assert sc.vocab == sorted(ref.idf)
    assert sc.n_docs == len(docs)
    for t in ("w0", "w5", "w60"):
        assert sc.idf_of(t) == pytest.approx(ref.idf[t], rel=1e-12)
    assert sc.idf_of("missing") == 0.0
    assert "w0" in sc and "missing" not in sc
    assert isinstance(sc, Scorer)  # the protocol the answerer codes against (structural)


class _MinimalScorer:
    """Only what the Scorer protocol asks for: another backend could be this small."""

    n_docs = 1
    idf = np.zeros(1)

    def scores(self, query: list[str]) -> np.ndarray:
        return np.zeros(1)

    def top_k(self, query: list[str], k: int) -> list[tuple[int, float]]:
        return []

    def idf_of(self, term: str) -> float:
        return 0.0

    def __contains__(self, term: object) -> bool:
        return False


def test_scorer_protocol_is_an_interface_without_implementation() -> None:
    assert not hasattr(Scorer, "_weights")  # SparseBM25's internals are not part of the contract
    assert isinstance(_MinimalScorer(), Scorer)
    no_idf = type("NoIdf", (), {k: v for k, v in vars(_MinimalScorer).items() if k != "idf"})
    assert not isinstance(no_idf(), Scorer)  # the answerer reads `idf` (its max / median)


def test_build_accepts_a_generator_and_matches_a_list(docs: list[list[str]]) -> None:
    a = SparseBM25.build(docs)
    b = SparseBM25.build(d for d in docs)
    assert a.to_json() == b.to_json()


def test_json_round_trip_keeps_scores(docs: list[list[str]]) -> None:
    sc = SparseBM25.build(docs, BM25Params(variant="l", k1=1.2, b=0.6, delta=0.4))
    data = json.loads(json.dumps(sc.to_json()))
    back = SparseBM25.from_json(data)
    assert back.params == sc.params and back.vocab == sc.vocab
    _assert_same_results(back, sc, docs, n=20)


def test_npy_round_trip_without_pickle(docs: list[list[str]], tmp_path) -> None:  # noqa: ANN001
    sc = SparseBM25.build(docs)
    sc.save_npy(tmp_path / "ix", metadata={"corpus": "test"})
    meta = json.loads((tmp_path / "ix" / "bm25.json").read_text())
    assert meta["params"] == sc.params.model_dump()
    assert meta["counts"] == {"docs": len(docs), "terms": len(sc.vocab), "postings": len(sc.doc_ids)}
    assert meta["metadata"] == {"corpus": "test"} and len(meta["content_sha256"]) == 64
    for f in (tmp_path / "ix").glob("*.npy"):
        arr = np.load(f, allow_pickle=False)  # would raise for object (pickled) arrays
        assert arr.dtype != object
    back = SparseBM25.load_npy(tmp_path / "ix")
    assert back.vocab == sc.vocab and back.params == sc.params
    _assert_same_results(back, sc, docs, n=30)


def test_npy_load_rejects_edited_or_missing_arrays(docs: list[list[str]], tmp_path) -> None:  # noqa: ANN001
    sc = SparseBM25.build(docs)
    d = sc.save_npy(tmp_path / "ix")
    w = np.load(d / "weights.npy")
    w[0] += 1
    np.save(d / "weights.npy", w)
    with pytest.raises(ValueError, match="sha256"):
        SparseBM25.load_npy(d)
    (d / "doc_ids.npy").unlink()
    with pytest.raises(ValueError, match="unreadable"):
        SparseBM25.load_npy(d)


def test_npy_store_returns_the_parts_it_saved(docs: list[list[str]], tmp_path) -> None:  # noqa: ANN001
    sc = SparseBM25.build(docs)
    bm25_store.save_npy(sc, tmp_path / "ix")
    params, vocab, arrays = bm25_store.load_npy(tmp_path / "ix")
    assert params == sc.params.model_dump() and vocab == sc.vocab
    assert set(arrays) == set(bm25_store.NPY_ARRAYS)
    np.testing.assert_array_equal(arrays["weights"], sc.weights)
    assert not list((tmp_path / "ix").glob(".*.tmp"))  # every write renamed into place
    (tmp_path / "ix" / "bm25.json").write_text(json.dumps({"format": "other"}))
    with pytest.raises(ValueError, match="not a qabot BM25 .npy index"):
        bm25_store.load_npy(tmp_path / "ix")


def test_term_frequencies_use_the_smallest_unsigned_dtype() -> None:
    assert bm25_store.smallest_uint(np.array([1, 255])).dtype == np.uint8
    assert bm25_store.smallest_uint(np.array([1, 256])).dtype == np.uint16
    assert bm25_store.smallest_uint(np.array([2**32])).dtype == np.int64
    assert bm25_store.smallest_uint(np.zeros(0, np.int64)).dtype == np.uint8
    with pytest.raises(ValueError, match="negative"):
        bm25_store.smallest_uint(np.array([-1]))


def test_weights_are_float32_only_when_that_keeps_parity() -> None:
    assert SparseBM25.build([["a", "b"], ["b"], ["c"]]).weights.dtype == np.float32
    # Okapi on a tiny corpus: negative idf floor -> negative weights -> float64
    okapi = SparseBM25.build([["a"], ["a"], ["a", "b"]], BM25Params(variant="okapi"))
    assert okapi.weights.dtype == np.float64
