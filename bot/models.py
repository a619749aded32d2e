"""Typed records passed between the pure steps: corpus -> sentences -> index -> answer."""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DocMeta(Model):
    """One metadata entry; a field is null unless the article states it."""

    doc_id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    file: str
    title: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    # The year of the NAO report the article covers (curated, reasoned in `notes`), so "the
    # 2014 NAO report" finds an article that never prints the year.
    report_year: int | None = Field(default=None, ge=1900, le=2100)
    notes: str | None = None


class CorpusMeta(Model):
    articles: list[DocMeta]

    @field_validator("articles")
    @classmethod
    def _unique(cls, articles: list[DocMeta]) -> list[DocMeta]:
        seen: dict[str, str] = {}
        for a in articles:
            for key in (a.doc_id, a.file):
                if key in seen:
                    raise ValueError(f"duplicate doc_id or file {key!r} in metadata; each must appear once")
                seen[key] = a.file
        return articles


class Span(Model):
    start: int
    end: int


class Document(Model):
    doc_id: str
    source_path: str  # repo-relative, e.g. corpus/000_....txt
    title: str | None
    publisher: str | None
    published: dt.date | None
    text: str  # the original file text, unchanged
    kept: list[Span]  # paragraphs that survived cleaning, offsets into `text`
    report_year: int | None = None

    @property
    def years(self) -> frozenset[str]:
        """The years the article is dated by: its own and that of the report it covers."""
        return frozenset(str(y) for y in (self.published.year if self.published else None, self.report_year) if y)


class Sentence(Model):
    doc_id: str
    start: int
    end: int


class Chunk(Model):
    doc_id: str
    start: int
    end: int
    sentences: list[int]  # indices into the index's sentence list


class Hit(Model):
    chunk_id: int
    doc_id: str
    score: float


class Citation(Model):
    doc_id: str
    title: str | None
    publisher: str | None
    published: dt.date | None
    source_path: str
    start: int
    end: int
    quote: str
    score: float


AnswerType = Literal["count", "number", "money", "percent", "date", "duration", "age", "person", "org", "place", "role", "expansion", "reason", "quote", "title", "other"]


class Answer(Model):
    question: str
    answer: str
    short_answer: str | None
    abstained: bool
    citations: list[Citation]
    related: list[Citation] = []  # closest passages, shown when declining
    answer_type: AnswerType = "other"
    latency_ms: float = 0.0
