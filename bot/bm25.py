"""BM25 scoring over an inverted index with numpy, numerically equal to rank_bm25.

rank_bm25 scans every document's term dict for every query term (O(N) Python work
per term). Here postings are CSR arrays (term -> doc ids ascending) with each
posting's BM25 weight precomputed once at build/load, so a query only touches the
postings of its terms:

* `scores(q)`: one `np.bincount` over the concatenated postings of the query terms
  (+ the per-term constant of BM25+), equal to `rank_bm25...get_scores(q)`.
* `top_k(q, k)`: the same accumulation, then a selection whose cost follows the
  postings, not the corpus: when the postings are few relative to N it works on
  the touched documents only; otherwise it takes a lower bound of the k-th best
  score from the maxima of 64-document blocks and keeps the documents above it,
  avoiding a full argpartition over N. Ties are broken by the lower doc index,
  exactly, including at the k-th place.

Weights are stored as float32 when they are all non-negative (relative error
< 1e-7 per weight, so sums of them stay within 1e-6 of rank_bm25 — the parity
tests and `qabot bench` check it); otherwise (Okapi's negative idf floor on a
tiny corpus) as float64. Accumulation is always float64.

Storage: `to_json`/`from_json` (the real index's plain-JSON payload), and
`save_npy`/`load_npy` for large indexes (bot/bm25_store.py: one `.npy` per array,
checked against a sha256 at load). `rank_bm25` stays the reference (`reference_scores`).
"""
from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterable
from itertools import count
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

import numpy as np

from . import bm25_store
from .models import Model
from .bm25_postings import postings, unique

BLOCK = 64  # documents per block for the top-k threshold in the dense path
SPARSE_FRACTION = 4  # postings < N / SPARSE_FRACTION: select among touched documents only


class BM25Params(Model):
    """Variant and parameters with rank_bm25's names and defaults."""

    variant: Literal["okapi", "plus", "l"] = "plus"
    k1: float = 1.5
    b: float = 0.75
    delta: float = 1.0  # plus / l
    epsilon: float = 0.25  # okapi's floor for negative idf


@runtime_checkable
class Scorer(Protocol):
    """What the answerer needs from a retriever backend (swap implementations here)."""

    n_docs: int
    idf: np.ndarray  # per term, in vocabulary order (the answerer takes its max / median)

    def scores(self, query: list[str]) -> np.ndarray: ...

    def top_k(self, query: list[str], k: int) -> list[tuple[int, float]]: ...

    def idf_of(self, term: str) -> float: ...

    def __contains__(self, term: object) -> bool: ...


class SparseBM25:
    """Inverted-index BM25. Build from token lists, or load from JSON / .npy arrays."""

    def __init__(self, params: BM25Params, vocab: list[str], doc_len: np.ndarray,
                 term_ptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray,
                 *, weights: np.ndarray | None = None) -> None:
        self.params = params
        self.vocab = vocab
        self.term_index = {t: i for i, t in enumerate(vocab)}
        self.doc_len = np.asarray(doc_len, dtype=np.int64)
        self.term_ptr = np.asarray(term_ptr, dtype=np.int64)
        self.doc_ids = np.asarray(doc_ids, dtype=np.int32 if len(doc_len) < 2**31 else np.int64)
        self.tfs = bm25_store.smallest_uint(np.asarray(tfs))
        self.n_docs = int(len(self.doc_len))
        self.avgdl = float(self.doc_len.sum() / self.n_docs) if self.n_docs else 0.0
        if len(self.term_ptr) != len(vocab) + 1 or self.term_ptr[-1] != len(self.doc_ids) \
                or len(self.tfs) != len(self.doc_ids):
            raise ValueError("inconsistent BM25 arrays (term_ptr / doc_ids / tfs / vocab lengths)")
        self._precompute(weights)

    # -- construction -------------------------------------------------------------
    @classmethod
    def build(cls, docs: Iterable[list[str]], params: BM25Params | None = None, *,
              progress: bool = False, total: int | None = None) -> SparseBM25:
        """Index token lists (any iterable, consumed once: it may be a generator).

        Terms are mapped to ids in one C-level pass per document, then postings are
        made with one sort of (term, doc) keys: memory stays a few bytes per token.
        `progress` shows a tqdm bar when stderr is a terminal and tqdm is installed.
        """
        params = params or BM25Params()
        ids: dict[str, int] = defaultdict(count().__next__)
        lookup = ids.__getitem__
        tokens = array("i")
        lengths = array("q")
        bar = bm25_store.progress_bar(total, "indexing chunks") if progress else None
        for n, doc in enumerate(docs, 1):
            before = len(tokens)
            tokens.extend(map(lookup, doc))
            lengths.append(len(tokens) - before)
            if bar is not None and n % 4096 == 0:
                bar.update(4096)
        if bar is not None:
            bar.update(len(lengths) - bar.n)
            bar.set_postfix_str("sorting postings")
        vocab_first_seen = list(ids)
        order = sorted(range(len(vocab_first_seen)), key=vocab_first_seen.__getitem__)
        vocab = [vocab_first_seen[i] for i in order]
        rank = np.empty(len(order), dtype=np.int64)
        rank[np.asarray(order, dtype=np.int64)] = np.arange(len(order), dtype=np.int64)
        del ids, vocab_first_seen, order
        n_docs = len(lengths)
        doc_len = np.frombuffer(lengths, dtype=np.int64).copy() if n_docs else np.zeros(0, np.int64)
        term_ptr, doc_ids, tfs = postings(np.frombuffer(tokens, dtype=np.int32) if len(tokens) else
                                           np.zeros(0, np.int32), doc_len, rank, len(vocab))
        del tokens, lengths
        if bar is not None:
            bar.set_postfix_str("weights")
        out = cls(params, vocab, doc_len, term_ptr, doc_ids, tfs)
        if bar is not None:
            bar.set_postfix_str("done")
            bar.close()
        return out

    def to_json(self) -> dict:
        return {
            "params": self.params.model_dump(),
            "vocab": self.vocab,
            "doc_len": self.doc_len.tolist(),
            "term_ptr": self.term_ptr.tolist(),
            "doc_ids": self.doc_ids.tolist(),
            "tfs": self.tfs.tolist(),
        }

    @classmethod
    def from_json(cls, data: dict) -> SparseBM25:
        return cls(BM25Params.model_validate(data["params"]), list(data["vocab"]),
                   np.asarray(data["doc_len"], dtype=np.int64), np.asarray(data["term_ptr"], dtype=np.int64),
                   np.asarray(data["doc_ids"], dtype=np.int64), np.asarray(data["tfs"], dtype=np.int64))

    # -- .npy storage (bot/bm25_store.py) ------------------------------------------
    def save_npy(self, directory: Path | str, metadata: dict | None = None) -> Path:
        """Write the index as .npy arrays + JSON; see `bm25_store.save_npy`."""
        return bm25_store.save_npy(self, directory, metadata)

    @classmethod
    def load_npy(cls, directory: Path | str, verify: bool = True) -> SparseBM25:
        """Load what `save_npy` wrote; ValueError if missing, edited or truncated."""
        params, vocab, arrays = bm25_store.load_npy(directory, verify)
        return cls(BM25Params.model_validate(params), vocab, arrays["doc_len"],
                   arrays["term_ptr"], arrays["doc_ids"], arrays["tfs"], weights=arrays["weights"])

    # -- scoring --------------------------------------------------------------------
    def _precompute(self, weights: np.ndarray | None) -> None:
        """idf per term and the weight of every posting, as rank_bm25 computes them."""
        p, n = self.params, self.n_docs
        df = np.diff(self.term_ptr).astype(np.float64)
        with np.errstate(divide="ignore"):
            if p.variant == "okapi":
                idf = np.log(n - df + 0.5) - np.log(df + 0.5)
                eps = p.epsilon * (idf.sum() / len(idf)) if len(idf) else 0.0
                idf = np.where(idf < 0, eps, idf)
            elif p.variant == "plus":
                idf = np.log((n + 1) / df)
            else:
                idf = np.log(n + 1) - np.log(df + 0.5)
        self.idf = idf
        # BM25+ adds idf * delta to every document, matching or not: a per-term constant.
        self._constant = idf * p.delta if p.variant == "plus" else None
        if weights is None:
            weights = self._weights(idf)
        elif len(weights) != len(self.doc_ids):
            raise ValueError("weights do not match the postings")
        self.weights = weights
        self._nonneg = bool(not len(weights) or weights.min() >= 0)

    def _weights(self, idf: np.ndarray, chunk: int = 1 << 22) -> np.ndarray:
        """Every posting's weight, computed in float64 in chunks (bounded temporaries);
        stored as float32 unless a weight is negative (then float64 throughout)."""
        p = self.params
        norm_doc = 1 - p.b + p.b * self.doc_len / (self.avgdl or 1.0)
        total = len(self.doc_ids)
        out = np.empty(total, dtype=np.float32)
        for lo in range(0, total, chunk):
            hi = min(lo + chunk, total)
            tf = self.tfs[lo:hi].astype(np.float64)
            norm = norm_doc[self.doc_ids[lo:hi]]
            terms = np.searchsorted(self.term_ptr, np.arange(lo, hi), side="right") - 1
            if p.variant in ("okapi", "plus"):  # BM25+'s idf * delta is added per term in scoring
                norm *= p.k1
                norm += tf
                w = tf * (p.k1 + 1)
                w /= norm
            else:
                ctd = tf / norm
                ctd += p.delta
                w = tf * (p.k1 + 1)
                w *= ctd
                ctd += p.k1
                w /= ctd
            w *= idf[terms]
            if out.dtype == np.float32 and len(w) and w.min() < 0:
                out = out.astype(np.float64)
            out[lo:hi] = w
        return out

    def __contains__(self, term: object) -> bool:
        """Whether the term occurs in the indexed documents (`term in scorer`)."""
        return term in self.term_index

    def idf_of(self, term: str) -> float:
        i = self.term_index.get(term)
        return float(self.idf[i]) if i is not None else 0.0

    def _gather(self, query: list[str]) -> tuple[np.ndarray, np.ndarray, float, int]:
        """Doc ids and weights of every query-term posting (duplicates count, as in
        rank_bm25), the BM25+ constant, and how many query terms were known."""
        spans: list[tuple[int, int]] = []
        constant = 0.0
        for term in query:
            i = self.term_index.get(term)
            if i is None:
                continue
            spans.append((int(self.term_ptr[i]), int(self.term_ptr[i + 1])))
            if self._constant is not None:
                constant += float(self._constant[i])
        if len(spans) == 1:
            lo, hi = spans[0]
            return self.doc_ids[lo:hi], self.weights[lo:hi], constant, 1
        if not spans:
            return self.doc_ids[:0], self.weights[:0], constant, 0
        ids = np.concatenate([self.doc_ids[lo:hi] for lo, hi in spans])
        ws = np.concatenate([self.weights[lo:hi] for lo, hi in spans])
        return ids, ws, constant, len(spans)

    def scores(self, query: list[str]) -> np.ndarray:
        """Score of every document, equal to rank_bm25's get_scores(query)."""
        ids, ws, constant, _ = self._gather(query)
        acc = np.bincount(ids, weights=ws, minlength=self.n_docs) if len(ids) else np.zeros(self.n_docs)
        if constant:
            acc += constant
        return acc

    def top_k(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """The k best (doc index, score), best first; ties by lower doc index.

        Only documents containing a query term are ranked: one with none has
        nothing to say about the question.
        """
        ids, ws, constant, n_terms = self._gather(query)
        if k <= 0 or not len(ids):
            return []
        acc = np.bincount(ids, weights=ws, minlength=self.n_docs)
        cand: np.ndarray | None = None
        if self._nonneg and len(ids) > k * n_terms:
            if len(ids) * SPARSE_FRACTION < self.n_docs:
                # Few postings: the (k * terms)-th best posting value is a lower bound of
                # the k-th best document (a document has at most `terms` postings).
                vals = acc[ids]
                m = len(vals) - k * n_terms
                threshold = np.partition(vals, m)[m]
                if threshold > 0:
                    cand = unique(ids[vals >= threshold])
            else:
                # Many postings: the k-th best of the 64-document block maxima is a lower
                # bound of the k-th best document; keep the documents at or above it.
                n_blocks = self.n_docs // BLOCK
                maxima = acc[: n_blocks * BLOCK].reshape(n_blocks, BLOCK).max(axis=1)
                if n_blocks * BLOCK < self.n_docs:
                    maxima = np.append(maxima, acc[n_blocks * BLOCK :].max())
                if len(maxima) >= k:
                    threshold = np.partition(maxima, len(maxima) - k)[len(maxima) - k]
                    if threshold > 0:
                        cand = np.flatnonzero(acc >= threshold)
        if cand is None:  # exact: every touched document
            cand = unique(ids)
        s = acc[cand]
        if len(cand) > k:
            kth = np.partition(s, len(s) - k)[len(s) - k]
            keep = s >= kth  # all documents tied with the k-th stay in the race
            cand, s = cand[keep], s[keep]
        order = np.lexsort((cand, -s))[:k]
        return [(int(cand[j]), float(s[j] + constant)) for j in order]


def reference_scores(docs: list[list[str]], query: list[str], params: BM25Params) -> np.ndarray:
    """rank_bm25's scores for the same tokens: the parity oracle (slow; tests/bench only)."""
    return reference_model(docs, params).get_scores(query)


def reference_model(docs: list[list[str]], params: BM25Params):  # noqa: ANN201 - rank_bm25.BM25
    """The rank_bm25 model for the variant and parameters (the baseline in `qabot bench`)."""
    import rank_bm25

    if params.variant == "okapi":
        return rank_bm25.BM25Okapi(docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    if params.variant == "plus":
        return rank_bm25.BM25Plus(docs, k1=params.k1, b=params.b, delta=params.delta)
    return rank_bm25.BM25L(docs, k1=params.k1, b=params.b, delta=params.delta)
