"""Deterministic synthetic corpora for `qabot bench`, grown from the real corpus.

A synthetic chunk starts from a window of `chunk_size` consecutive real sentences
(already tokenised by the project's tokenizer). Each of its tokens is kept with
probability `keep`, otherwise replaced by a draw from a Zipf-Mandelbrot
distribution, p(rank r) ~ 1 / (r + q)^s, over a fixed vocabulary of `vocab_size`
terms: the real terms first (ranked by their corpus frequency), then synthetic
terms spelled `<real term>_<n>` (the tokenizer never emits `_`, so they cannot
collide with real terms). Sampling a Zipf law over a large fixed vocabulary makes
the number of distinct terms grow with corpus size as in real text (Heaps' law).

Chunks are generated in blocks of `BLOCK` with a generator seeded by (seed, block
number), so a corpus of n chunks is exactly the first n chunks of any larger one
and the same chunks come out of any process. Generation works on term ids
(numpy) and only turns them into token lists at the end of each block, so
streaming a 1M-chunk corpus into an index build never holds it all in memory.
"""
from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

BLOCK = 8192


@dataclass(frozen=True)
class SynthSpec:
    seed: int = 7
    vocab_size: int = 1 << 18
    zipf_s: float = 1.0
    zipf_q: float = 2.7
    keep: float = 0.5  # share of tokens kept from the real sentence window
    chunk_size: int = 3

    def describe(self) -> str:
        return (f"seed {self.seed}; windows of {self.chunk_size} real sentences, {self.keep:.0%} of tokens kept, "
                f"the rest Zipf-Mandelbrot (s={self.zipf_s}, q={self.zipf_q}) over {self.vocab_size:,} terms "
                f"(real terms by frequency first, then synthetic)")


@dataclass
class SynthCorpus:
    """A generator of synthetic chunks (token lists) from real tokenised sentences."""

    spec: SynthSpec
    vocab: list[str]  # rank order: real terms by frequency, then synthetic terms
    n_real_terms: int
    templates: list[np.ndarray]  # term ids of each real sentence window
    _tmpl_flat: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    _tmpl_start: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    _tmpl_len: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    _cdf: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]
    _vocab_arr: np.ndarray = field(repr=False, default=None)  # type: ignore[assignment]

    @classmethod
    def from_sentences(cls, sentence_terms: list[list[str]], sentence_docs: list[str] | None = None,
                       spec: SynthSpec | None = None) -> SynthCorpus:
        """`sentence_terms`: tokenised real sentences in corpus order; `sentence_docs`:
        the document of each (windows never cross documents)."""
        spec = spec or SynthSpec()
        counts = Counter(t for ts in sentence_terms for t in ts)
        if not counts:
            raise ValueError("the real corpus has no terms to grow a synthetic corpus from")
        real = sorted(counts, key=lambda t: (-counts[t], t))
        n_synth = max(spec.vocab_size - len(real), 0)
        vocab = real + [f"{real[j % len(real)]}_{j // len(real)}" for j in range(n_synth)]
        tid = {t: i for i, t in enumerate(vocab)}
        docs = sentence_docs or [""] * len(sentence_terms)
        templates: list[np.ndarray] = []
        for i in range(len(sentence_terms)):
            window = [j for j in range(i, min(i + spec.chunk_size, len(sentence_terms))) if docs[j] == docs[i]]
            ids = [tid[t] for j in window for t in sentence_terms[j]]
            if ids:
                templates.append(np.asarray(ids, dtype=np.int32))
        self = cls(spec, vocab, len(real), templates)
        self._tmpl_len = np.array([len(t) for t in templates], dtype=np.int64)
        self._tmpl_start = np.concatenate([[0], np.cumsum(self._tmpl_len)[:-1]]).astype(np.int64)
        self._tmpl_flat = np.concatenate(templates)
        ranks = np.arange(1, len(vocab) + 1, dtype=np.float64)
        pmf = 1.0 / (ranks + spec.zipf_q) ** spec.zipf_s
        self._cdf = np.cumsum(pmf / pmf.sum())
        self._cdf[-1] = 1.0
        self._vocab_arr = np.array(vocab, dtype=object)
        return self

    # -- generation -------------------------------------------------------------------
    def block_ids(self, block: int, n: int = BLOCK) -> tuple[np.ndarray, np.ndarray]:
        """(term ids of all tokens, token count per chunk) of the first n chunks of a block."""
        rng = np.random.Generator(np.random.PCG64([self.spec.seed, block]))
        # Always draw a whole block, then cut: chunk i is the same whatever n is.
        tmpl = rng.integers(0, len(self.templates), size=BLOCK)
        lengths = self._tmpl_len[tmpl]
        total = int(lengths.sum())
        chunk_start = np.cumsum(lengths) - lengths
        within = np.arange(total, dtype=np.int64) - np.repeat(chunk_start, lengths)
        real_ids = self._tmpl_flat[np.repeat(self._tmpl_start[tmpl], lengths) + within]
        u = rng.random(total)
        keep = rng.random(total) < self.spec.keep
        drawn = np.searchsorted(self._cdf, u, side="right").astype(np.int32)
        np.minimum(drawn, len(self.vocab) - 1, out=drawn)
        ids = np.where(keep, real_ids, drawn).astype(np.int32)
        return ids[: int(lengths[:n].sum())], lengths[:n]

    def iter_blocks(self, n_chunks: int) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        for b in range((n_chunks + BLOCK - 1) // BLOCK):
            yield self.block_ids(b, min(BLOCK, n_chunks - b * BLOCK))

    def iter_chunks(self, n_chunks: int) -> Iterator[list[str]]:
        """The first n_chunks synthetic chunks as token lists (streamed block by block)."""
        for ids, lengths in self.iter_blocks(n_chunks):
            flat = self._vocab_arr[ids].tolist()
            ends = np.cumsum(lengths).tolist()
            start = 0
            for end in ends:
                yield flat[start:end]
                start = end

    def chunks(self, n_chunks: int) -> list[list[str]]:
        return list(self.iter_chunks(n_chunks))

    def fingerprint(self, n_chunks: int) -> str:
        """sha256 over the term ids and chunk lengths: the same corpus in any run."""
        h = hashlib.sha256()
        for ids, lengths in self.iter_blocks(n_chunks):
            h.update(ids.astype("<i4").tobytes())
            h.update(lengths.astype("<i8").tobytes())
        return h.hexdigest()

    # -- queries ----------------------------------------------------------------------
    def phrases(self, n: int, source: list[list[str]] | None = None, min_len: int = 2, max_len: int = 8,
                seed_offset: int = 0) -> list[list[str]]:
        """n random phrases of min_len..max_len consecutive terms from `source` token lists
        (default: the real sentence windows)."""
        rng = np.random.Generator(np.random.PCG64([self.spec.seed, 1_000_003 + seed_offset]))
        pool = source if source is not None else [self._vocab_arr[t].tolist() for t in self.templates]
        pool = [p for p in pool if len(p) >= min_len]
        out: list[list[str]] = []
        for _ in range(n):
            toks = pool[int(rng.integers(len(pool)))]
            length = int(rng.integers(min_len, min(max_len, len(toks)) + 1))
            start = int(rng.integers(0, len(toks) - length + 1))
            out.append(list(toks[start : start + length]))
        return out


def from_corpus(corpus_dir: Path | str, spec: SynthSpec | None = None) -> SynthCorpus:
    """A SynthCorpus grown from the real corpus's sentences, tokenised by the project tokenizer."""
    from .corpus import load_corpus
    from .index import BuildOptions, build_index

    spec = spec or SynthSpec(chunk_size=BuildOptions().chunk_size)
    index = build_index(load_corpus(Path(corpus_dir)))
    return SynthCorpus.from_sentences(index.sentence_terms, [s.doc_id for s in index.sentences], spec)
