"""Other articles stating the same answer are cited beside the best passage (tiny inline corpus)."""
import pytest

from bot.corroborate import corroborating
from tests.test_answer_rules import _answerer

FIRST = """Widget pot

The widget fund is worth £5.3bn, the office said.
"""
SECOND = """Widget review

The widget fund was a pooled £5.3bn budget.
The widget fund was reviewed in 2016.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("c"), first=FIRST, second=SECOND)


def _passages(answerer, question):
    from bot.tokens import tokenize_spans
    spans = tokenize_spans(question)
    weights = answerer.weights(question, spans)
    terms = [t for t, _, _ in spans]
    return answerer.passages.from_hits(answerer.retrieve(terms, 8), weights, sum(weights.values()), terms)


def test_another_article_stating_the_same_figure_is_cited_and_one_stating_another_is_not(answerer):
    cands = _passages(answerer, "How big is the widget fund?")
    top = next(c for c in cands if answerer.passages.doc_id(c.sid) == "first")
    found = corroborating(answerer.passages, top, "£5.3 billion", cands, "money", 0.5)
    assert [answerer.passages.quote(c) for c in found] == ["The widget fund was a pooled £5.3bn budget."]
    assert corroborating(answerer.passages, top, "£2bn", cands, "money", 0.5) == []
    assert corroborating(answerer.passages, top, None, cands, "money", 0.5) == []
