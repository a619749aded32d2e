"""Build, save and load the index: sentences, chunks and BM25 postings as plain JSON.

`index/meta.json` records how the index was built (corpus hash, tokenizer version,
BM25 variant and parameters, chunking) and the sha256 of `index/index.json`, so a
changed corpus or tokenizer makes it stale and a truncated or hand-edited payload
is caught at load instead of answering from half an index.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from .bm25 import BM25Params, SparseBM25
from .corpus import Corpus
from .errors import IndexStateError
from .models import Chunk, Model, Sentence
from .sentences import make_chunks, split_sentences
from .tokens import TOKENIZER_VERSION, tokenize

FORMAT_VERSION = 1
META_FILE = "meta.json"
PAYLOAD_FILE = "index.json"
REBUILD_HINT = "run `qabot index` to rebuild it"


class IndexCounts(Model):
    articles: int
    chunks: int
    sentences: int
    terms: int


class IndexMeta(Model):
    format_version: int
    corpus_sha256: str
    tokenizer_version: str
    bm25: BM25Params
    chunk_size: int
    chunk_overlap: int
    counts: IndexCounts
    payload_sha256: str


class BuildOptions(Model):
    bm25: BM25Params = BM25Params()
    chunk_size: int = 3
    chunk_overlap: int = 1


@dataclass
class Index:
    meta: IndexMeta
    doc_ids: list[str]
    sentences: list[Sentence]
    sentence_terms: list[list[str]]
    chunks: list[Chunk]
    scorer: SparseBM25

    def is_fresh_for(self, corpus: Corpus, options: BuildOptions) -> bool:
        m = self.meta
        return (
            m.format_version == FORMAT_VERSION
            and m.corpus_sha256 == corpus.sha256
            and m.tokenizer_version == TOKENIZER_VERSION
            and m.bm25 == options.bm25
            and (m.chunk_size, m.chunk_overlap) == (options.chunk_size, options.chunk_overlap)
        )


def build_index(corpus: Corpus, options: BuildOptions | None = None) -> Index:
    options = options or BuildOptions()
    sentences: list[Sentence] = []
    chunks: list[Chunk] = []
    for doc in corpus.documents:
        doc_sentences = split_sentences(doc.doc_id, doc.text, doc.kept)
        chunks += make_chunks(doc_sentences, len(sentences), options.chunk_size, options.chunk_overlap)
        sentences += doc_sentences
    texts = {d.doc_id: d.text for d in corpus.documents}
    sentence_terms = [tokenize(texts[s.doc_id][s.start : s.end]) for s in sentences]
    chunk_terms = [[t for i in c.sentences for t in sentence_terms[i]] for c in chunks]
    scorer = SparseBM25.build(chunk_terms, options.bm25)
    meta = IndexMeta(
        format_version=FORMAT_VERSION,
        corpus_sha256=corpus.sha256,
        tokenizer_version=TOKENIZER_VERSION,
        bm25=options.bm25,
        chunk_size=options.chunk_size,
        chunk_overlap=options.chunk_overlap,
        counts=IndexCounts(articles=len(corpus.documents), chunks=len(chunks), sentences=len(sentences),
                           terms=len(scorer.vocab)),
        payload_sha256="",
    )
    return Index(meta, [d.doc_id for d in corpus.documents], sentences, sentence_terms, chunks, scorer)


def _payload(index: Index) -> bytes:
    doc_pos = {d: i for i, d in enumerate(index.doc_ids)}
    data = {
        "doc_ids": index.doc_ids,
        "sentences": [[doc_pos[s.doc_id], s.start, s.end] for s in index.sentences],
        "sentence_terms": index.sentence_terms,
        "chunks": [[doc_pos[c.doc_id], c.sentences[0], c.sentences[-1]] for c in index.chunks],
        "bm25": index.scorer.to_json(),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode()


def save_index(index: Index, directory: Path) -> Index:
    """Write payload then meta, each atomically (a reader never sees half a file)."""
    directory.mkdir(parents=True, exist_ok=True)
    payload = _payload(index)
    meta = index.meta.model_copy(update={"payload_sha256": hashlib.sha256(payload).hexdigest()})
    _atomic_write(directory / PAYLOAD_FILE, payload)
    _atomic_write(directory / META_FILE, (meta.model_dump_json(indent=2) + "\n").encode())
    index.meta = meta
    return index


def _atomic_write(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def load_index(directory: Path) -> Index:
    meta_path, payload_path = directory / META_FILE, directory / PAYLOAD_FILE
    if not meta_path.exists() or not payload_path.exists():
        raise IndexStateError(f"{directory}: no built index found — {REBUILD_HINT}")
    try:
        meta = IndexMeta.model_validate_json(meta_path.read_bytes())
    except (ValidationError, ValueError):
        raise IndexStateError(f"{meta_path}: unreadable or edited index metadata — {REBUILD_HINT}") from None
    payload = payload_path.read_bytes()
    if hashlib.sha256(payload).hexdigest() != meta.payload_sha256:
        raise IndexStateError(f"{payload_path}: contents do not match the hash in {META_FILE} "
                              f"(truncated or edited) — {REBUILD_HINT}")
    try:
        data = json.loads(payload)
        doc_ids = list(data["doc_ids"])
        sentences = [Sentence(doc_id=doc_ids[d], start=s, end=e) for d, s, e in data["sentences"]]
        chunks = [
            Chunk(doc_id=doc_ids[d], start=sentences[a].start, end=sentences[b].end, sentences=list(range(a, b + 1)))
            for d, a, b in data["chunks"]
        ]
        scorer = SparseBM25.from_json(data["bm25"])
        terms = [list(t) for t in data["sentence_terms"]]
    except (ValueError, KeyError, TypeError, IndexError):
        raise IndexStateError(f"{payload_path}: malformed index payload — {REBUILD_HINT}") from None
    return Index(meta, doc_ids, sentences, terms, chunks, scorer)


def ensure_index(corpus: Corpus, directory: Path, options: BuildOptions | None = None,
                 rebuild: bool = True, repair: bool = True) -> tuple[Index, str | None]:
    """Load the index. A missing or stale one (the corpus, tokenizer or settings
    changed) is rebuilt when `rebuild`; a corrupted one (hash mismatch, malformed)
    is rebuilt when `repair`, else raised as a clear error. Never half-read.
    Returns the index and why it was rebuilt, if it was."""
    options = options or BuildOptions()
    missing = not (directory / META_FILE).exists() and not (directory / PAYLOAD_FILE).exists()
    try:
        index = load_index(directory)
        if index.is_fresh_for(corpus, options):
            return index, None
        reason = "stale (the corpus, tokenizer or BM25 settings changed)"
    except IndexStateError as exc:
        if not (missing and rebuild) and not repair:
            raise
        reason = "missing" if missing else str(exc)
    if not rebuild:
        raise IndexStateError(f"{directory}: index is {reason} — {REBUILD_HINT}")
    return save_index(build_index(corpus, options), directory), reason
