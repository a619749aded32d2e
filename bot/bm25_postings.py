"""Array helpers that build BM25 postings from a token stream (numpy only, no Python loops)."""
from __future__ import annotations

import numpy as np


def postings(tokens: np.ndarray, doc_len: np.ndarray, rank: np.ndarray,
              n_terms: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """CSR postings (term_ptr, doc_ids ascending per term, tfs) from the token stream."""
    n_docs = len(doc_len)
    if not len(tokens):
        return np.zeros(n_terms + 1, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    key = rank[tokens]  # term rank in the sorted vocabulary
    key <<= 32
    key |= np.repeat(np.arange(n_docs, dtype=np.int64), doc_len)
    key.sort()
    first = np.empty(len(key), dtype=bool)
    first[0] = True
    np.not_equal(key[1:], key[:-1], out=first[1:])
    starts = np.flatnonzero(first)
    del first
    tfs = np.diff(starts, append=len(key))
    key = key[starts]
    del starts
    doc_ids = (key & 0xFFFFFFFF).astype(np.int32 if n_docs < 2**31 else np.int64)
    key >>= 32
    term_ptr = np.zeros(n_terms + 1, dtype=np.int64)
    np.cumsum(np.bincount(key, minlength=n_terms), out=term_ptr[1:])
    return term_ptr, doc_ids, tfs


def unique(a: np.ndarray) -> np.ndarray:
    """np.unique without its `np.ma` check (importing numpy.ma costs ~6 ms of cold start)."""
    s = np.sort(a)
    if len(s) < 2:
        return s
    keep = np.empty(len(s), dtype=bool)
    keep[0] = True
    np.not_equal(s[1:], s[:-1], out=keep[1:])
    return s[keep]
