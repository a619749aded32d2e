"""`qabot bench` section `answer`: the real corpus, in process.

Retrieval (`QABot.search`), our top-k alone, rank_bm25's top-k on the same chunks and
question tokens, and the full question -> cited answer path (`QABot.ask`): p50/p99
over the gold questions x rounds, each round with the questions new to the tokenizer's
cache (the corpus sentences stay cached, as in a running bot); then batch throughput.
"""
from __future__ import annotations

import gc
import time
from pathlib import Path
from typing import Any

from ..bm25 import reference_model
from ..errors import QABotError
from .common import K, load_bot, load_gold_questions, pct, reference_top_k, timed


def bench_answer(settings, work: Path, rounds: int = 5) -> dict[str, Any]:  # noqa: ANN001
    from ..tokens import tokenize

    questions = load_gold_questions(settings.corpus_dir)
    if not questions:
        return {"skipped": f"no gold questions in {settings.corpus_dir / 'gold.jsonl'}"}
    bot, note = load_bot(settings, work)
    scorer = bot.index.scorer
    out: dict[str, Any] = {"questions": len(questions), "rounds": rounds, "chunks": scorer.n_docs}
    if note:
        out["note"] = note
    for q in questions[:10]:
        bot.search(q, K)
    gc.collect()
    search_t, _ = _each_round_new(bot.search, questions, bot, rounds, K)
    terms = [tokenize(q) for q in questions]
    topk_t, _ = timed(scorer.top_k, terms, K, rounds=rounds)
    for q in questions[:10]:
        _ask(q, bot)
    ask_t, answered = _each_round_new(_ask, questions, bot, rounds, bot)
    errors = answered.count(False)
    out["retrieval"] = pct(search_t) | {"what": "QABot.search(q, 10): tokenize + top-k + hits"}
    out["top_k_only"] = pct(topk_t)
    out["ask"] = pct(ask_t) | {"errors": errors // rounds}
    # rank_bm25 on the same chunks and question tokens (same-run reference).
    chunk_terms = [[t for i in c.sentences for t in bot.index.sentence_terms[i]] for c in bot.index.chunks]
    ref = reference_model(chunk_terms, scorer.params)
    base_t, _ = timed(lambda t: reference_top_k(ref.get_scores(t), K), terms, rounds=rounds)
    out["baseline_top_k"] = pct(base_t)
    out["batch"] = _batch(bot, questions)
    return out


def _each_round_new(fn, questions: list[str], bot, rounds: int, *args: Any) -> tuple[list[float], list[Any]]:  # noqa: ANN001
    """Time `fn` over the questions `rounds` times, each round as if the questions were new:
    the tokenizer's cache keeps the corpus sentences (as in a running bot), not the questions."""
    from ..tokens import _tokenize_spans_cached, tokenize_spans

    times: list[float] = []
    results: list[Any] = []
    sentences = [bot.answerer.passages.text(i) for i in range(len(bot.index.sentences))]
    for _ in range(rounds):
        _tokenize_spans_cached.cache_clear()
        for text in sentences:
            tokenize_spans(text)
        t, r = timed(fn, questions, *args)
        times += t
        results += r
    return times, results


def _ask(question: str, bot) -> bool:  # noqa: ANN001 - QABot
    """Ask; False when the bot raised a QABotError (counted, not fatal)."""
    try:
        bot.ask(question)
    except QABotError:
        return False
    return True


def _batch(bot, questions: list[str]) -> dict[str, Any]:  # noqa: ANN001 - QABot
    """Questions per second, one thread, back to back, for at least a second."""
    n = 0
    t0 = time.perf_counter()
    while True:
        for q in questions:
            _ask(q, bot)
        n += len(questions)
        elapsed = time.perf_counter() - t0
        if elapsed >= 1.0:
            break
    return {"questions": n, "seconds": round(elapsed, 3), "qps": round(n / elapsed, 1), "threads": 1}
