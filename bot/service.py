"""QABot: the loaded corpus + index + answerer, the one object transports talk to."""
from __future__ import annotations

import time
from pathlib import Path

from .answer import Answerer, AnswerSettings
from .corpus import Corpus, load_corpus
from .index import BuildOptions, Index, ensure_index
from .models import Answer, Document, Hit
from .tokens import tokenize


class QABot:
    def __init__(self, corpus: Corpus, index: Index, settings: AnswerSettings | None = None) -> None:
        self.corpus = corpus
        self.index = index
        self.answerer = Answerer(index, corpus.documents, settings)
        self.rebuilt_because: str | None = None

    @classmethod
    def load(cls, corpus_dir: Path, index_dir: Path, rebuild: bool = True, repair: bool = True,
             options: BuildOptions | None = None, settings: AnswerSettings | None = None) -> QABot:
        """Load the corpus and its index; rebuild a missing or stale index when `rebuild`,
        a corrupted one when `repair` (else a clear IndexStateError)."""
        corpus = load_corpus(corpus_dir)
        index, reason = ensure_index(corpus, index_dir, options, rebuild=rebuild, repair=repair)
        bot = cls(corpus, index, settings)
        bot.rebuilt_because = reason
        return bot

    @property
    def documents(self) -> list[Document]:
        return self.corpus.documents

    def ask(self, question: str, context: str | None = None, **overrides: object) -> Answer:
        """Answer one question (optionally a follow-up to `context`), with its latency."""
        t0 = time.perf_counter()
        answer = self.answerer.answer(question, context=context, **overrides)
        return answer.model_copy(update={"latency_ms": round((time.perf_counter() - t0) * 1000, 3)})

    def search(self, question: str, k: int = 10) -> list[Hit]:
        """Top-k chunks for the question (the retrieval step alone, for evaluation)."""
        return self.answerer.retrieve(tokenize(question), k)
