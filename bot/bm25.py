"""BM25 scoring over an inverted index with numpy, numerically equal to rank_bm25.

rank_bm25 recomputes a full pass over every document's term dict per query term
(O(N) Python work). Here postings are CSR arrays and each term's per-document
weights are precomputed at load, so a query touches only the documents that
contain its terms. rank_bm25 remains the reference: tests check score parity.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal, Protocol

import numpy as np

from .models import Model


class BM25Params(Model):
    """Variant and parameters with rank_bm25's names and defaults."""

    variant: Literal["okapi", "plus", "l"] = "plus"
    k1: float = 1.5
    b: float = 0.75
    delta: float = 1.0  # plus / l
    epsilon: float = 0.25  # okapi's floor for negative idf


class Scorer(Protocol):
    n_docs: int

    def scores(self, query: list[str]) -> np.ndarray: ...

    def top_k(self, query: list[str], k: int) -> list[tuple[int, float]]: ...


class SparseBM25:
    """Inverted-index BM25. Build from token lists, or load from plain JSON arrays."""

    def __init__(self, params: BM25Params, vocab: list[str], doc_len: np.ndarray,
                 term_ptr: np.ndarray, doc_ids: np.ndarray, tfs: np.ndarray) -> None:
        self.params = params
        self.vocab = vocab
        self.term_index = {t: i for i, t in enumerate(vocab)}
        self.doc_len = doc_len.astype(np.float64)
        self.term_ptr = term_ptr.astype(np.int64)
        self.doc_ids = doc_ids.astype(np.int64)
        self.tfs = tfs.astype(np.float64)
        self.n_docs = int(len(doc_len))
        self.avgdl = float(self.doc_len.sum() / self.n_docs) if self.n_docs else 0.0
        self._precompute()

    # -- construction -------------------------------------------------------------
    @classmethod
    def build(cls, docs: Iterable[list[str]], params: BM25Params | None = None) -> SparseBM25:
        params = params or BM25Params()
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths: list[int] = []
        for d, tokens in enumerate(docs):
            lengths.append(len(tokens))
            for term, tf in Counter(tokens).items():
                postings.setdefault(term, []).append((d, tf))
        vocab = sorted(postings)
        ptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        ids: list[int] = []
        tfs: list[int] = []
        for i, term in enumerate(vocab):
            for d, tf in postings[term]:
                ids.append(d)
                tfs.append(tf)
            ptr[i + 1] = len(ids)
        return cls(params, vocab, np.array(lengths, dtype=np.int64), ptr,
                   np.array(ids, dtype=np.int64), np.array(tfs, dtype=np.int64))

    def to_json(self) -> dict:
        return {
            "params": self.params.model_dump(),
            "vocab": self.vocab,
            "doc_len": self.doc_len.astype(np.int64).tolist(),
            "term_ptr": self.term_ptr.tolist(),
            "doc_ids": self.doc_ids.tolist(),
            "tfs": self.tfs.astype(np.int64).tolist(),
        }

    @classmethod
    def from_json(cls, data: dict) -> SparseBM25:
        return cls(BM25Params.model_validate(data["params"]), list(data["vocab"]),
                   np.asarray(data["doc_len"]), np.asarray(data["term_ptr"]),
                   np.asarray(data["doc_ids"]), np.asarray(data["tfs"]))

    # -- scoring --------------------------------------------------------------------
    def _precompute(self) -> None:
        """idf per term and the weight of every posting, as rank_bm25 computes them."""
        p, n = self.params, self.n_docs
        df = np.diff(self.term_ptr).astype(np.float64)
        if p.variant == "okapi":
            idf = np.log(n - df + 0.5) - np.log(df + 0.5)
            eps = p.epsilon * (idf.sum() / len(idf)) if len(idf) else 0.0
            idf = np.where(idf < 0, eps, idf)
        elif p.variant == "plus":
            idf = np.log((n + 1) / df)
        else:
            idf = np.log(n + 1) - np.log(df + 0.5)
        self.idf = idf
        tf = self.tfs
        norm = 1 - p.b + p.b * self.doc_len[self.doc_ids] / (self.avgdl or 1.0)
        term_of_posting = np.repeat(np.arange(len(self.vocab)), np.diff(self.term_ptr))
        idf_p = idf[term_of_posting]
        if p.variant == "okapi":
            w = idf_p * (tf * (p.k1 + 1) / (tf + p.k1 * norm))
        elif p.variant == "plus":
            # The idf*delta part is added to every document (matching or not) in scores().
            w = idf_p * ((tf * (p.k1 + 1)) / (p.k1 * norm + tf))
        else:
            ctd = tf / norm
            w = idf_p * tf * (p.k1 + 1) * (ctd + p.delta) / (p.k1 + ctd + p.delta)
        self.weights = w

    def idf_of(self, term: str) -> float:
        i = self.term_index.get(term)
        return float(self.idf[i]) if i is not None else 0.0

    def _accumulate(self, query: list[str]) -> tuple[np.ndarray, float]:
        scores = np.zeros(self.n_docs, dtype=np.float64)
        constant = 0.0
        for term in query:  # duplicates count, as in rank_bm25
            i = self.term_index.get(term)
            if i is None:
                continue
            lo, hi = self.term_ptr[i], self.term_ptr[i + 1]
            scores[self.doc_ids[lo:hi]] += self.weights[lo:hi]
            if self.params.variant == "plus":
                constant += self.idf[i] * self.params.delta
        return scores, constant

    def scores(self, query: list[str]) -> np.ndarray:
        """Score of every document, equal to rank_bm25's get_scores(query)."""
        scores, constant = self._accumulate(query)
        return scores + constant

    def top_k(self, query: list[str], k: int) -> list[tuple[int, float]]:
        """The k best (doc index, score), best first; ties by lower doc index.

        Only documents containing a query term are ranked: one with none has
        nothing to say about the question.
        """
        scores, constant = self._accumulate(query)
        matched = np.flatnonzero(scores > 0)
        if matched.size == 0 or k <= 0:
            return []
        if matched.size > k:
            part = np.argpartition(-scores[matched], k - 1)[:k]
            matched = matched[part]
        order = np.lexsort((matched, -scores[matched]))
        return [(int(matched[j]), float(scores[matched[j]] + constant)) for j in order]


def reference_scores(docs: list[list[str]], query: list[str], params: BM25Params) -> np.ndarray:
    """rank_bm25's scores for the same tokens: the parity oracle (slow; tests/bench only)."""
    import rank_bm25

    if params.variant == "okapi":
        model = rank_bm25.BM25Okapi(docs, k1=params.k1, b=params.b, epsilon=params.epsilon)
    elif params.variant == "plus":
        model = rank_bm25.BM25Plus(docs, k1=params.k1, b=params.b, delta=params.delta)
    else:
        model = rank_bm25.BM25L(docs, k1=params.k1, b=params.b, delta=params.delta)
    return model.get_scores(query)


