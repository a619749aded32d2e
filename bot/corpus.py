"""Read corpus files and their metadata into Documents (the only file I/O of the core)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from .clean import first_heading, kept_spans
from .errors import CorpusError
from .models import CorpusMeta, DocMeta, Document

METADATA_FILE = "metadata.json"
ARTICLE_SUFFIXES = (".txt", ".md")


@dataclass
class Corpus:
    documents: list[Document]
    sha256: str  # over every article's bytes and the metadata file
    warnings: list[str] = field(default_factory=list)

    def by_id(self) -> dict[str, Document]:
        return {d.doc_id: d for d in self.documents}


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", Path(name).stem.lower()).strip("-")
    return (slug or "article")[:64]


def read_metadata(path: Path) -> CorpusMeta:
    if not path.exists():
        return CorpusMeta(articles=[])
    try:
        return CorpusMeta.model_validate_json(path.read_bytes())
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise CorpusError(f"{path}: {where}: {first['msg']} — fix the entry and run `qabot index`") from None
    except OSError as exc:
        raise CorpusError(f"{path}: cannot read metadata ({exc.strerror}) — check the file's permissions") from None


def decode_article(path: Path, data: bytes) -> str:
    """UTF-8 text of an article, or a CorpusError naming the file."""
    if b"\x00" in data:
        raise CorpusError(f"{path}: looks like a binary file (contains NUL bytes) — remove it from the corpus folder")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(
            f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) — re-save it as UTF-8"
        ) from None


def load_corpus(corpus_dir: Path) -> Corpus:
    """Load every .txt/.md article in `corpus_dir` with its metadata entry.

    A file without an entry still loads (doc_id from its name, title from its first
    heading) with a warning; an empty file, or one with no body text, is skipped with
    a warning; a binary or non-UTF-8 file, or an entry for a missing file, is an error.
    """
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found — create it and add the articles")
    meta_path = corpus_dir / METADATA_FILE
    meta = read_metadata(meta_path)
    by_file = {a.file: a for a in meta.articles}
    files = sorted(p for p in corpus_dir.iterdir() if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES)
    names = {p.name for p in files}
    for entry in meta.articles:
        if entry.file not in names:
            raise CorpusError(
                f"{meta_path}: entry {entry.doc_id!r} names {entry.file!r}, which is not in {corpus_dir} — "
                "add the file or remove the entry"
            )
    digest = hashlib.sha256(meta_path.read_bytes() if meta_path.exists() else b"")
    docs: list[Document] = []
    warnings: list[str] = []
    seen_ids: dict[str, str] = {}
    for path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CorpusError(f"{path}: cannot read ({exc.strerror}) — check the file's permissions") from None
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(data).digest())
        text = decode_article(path, data)
        kept = kept_spans(text)
        if not kept:
            warnings.append(f"{path}: skipped — no article text after cleaning (empty or boilerplate only)")
            continue
        entry = by_file.get(path.name)
        if entry is None:
            entry = DocMeta(doc_id=_slug(path.name), file=path.name, title=first_heading(text))
            warnings.append(f"{path}: no entry in {METADATA_FILE}; using doc_id {entry.doc_id!r} and title {entry.title!r}")
        if entry.doc_id in seen_ids:
            raise CorpusError(
                f"{path}: doc_id {entry.doc_id!r} is already used by {seen_ids[entry.doc_id]} — give it its own doc_id in {METADATA_FILE}"
            )
        seen_ids[entry.doc_id] = path.name
        docs.append(
            Document(
                doc_id=entry.doc_id,
                source_path=f"{corpus_dir.name}/{path.name}",
                title=entry.title,
                publisher=entry.publisher,
                published=entry.published,
                text=text,
                kept=kept,
                report_year=entry.report_year,
            )
        )
    if not docs:
        raise CorpusError(f"{corpus_dir}: no usable articles (.txt or .md) — add at least one")
    return Corpus(documents=docs, sha256=digest.hexdigest(), warnings=warnings)
