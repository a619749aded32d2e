"""Comparison questions ("Which went up more: A or B?"): each side asked on its own, then compared."""
import pytest

from bot.answer import Answerer
from bot.compare import comparison
from bot.corpus import load_corpus
from bot.index import build_index
from tests.corpus_fixtures import write_articles

RETURNS = """Widget returns and gadget returns rise

Despite a planned fall of 40,000, widget returns rose by 12,000 in 2016, costing £90m more than planned.
In 2016, gadget returns rose by 7,000, costing £30m more than planned.
"""


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("returns"), {
        "returns.txt": (RETURNS, {"doc_id": "returns", "title": "Returns", "publisher": "Widget Weekly", "published": "2017-02-08"})}))
    return Answerer(build_index(corpus), corpus.documents)


def test_which_more_a_or_b_is_asked_as_one_question_per_side():
    c = comparison("Which went up more in 2016: widget returns or gadget returns?")
    assert c.options == ("widget returns", "gadget returns")
    assert c.questions == ("widget returns went up by how much in 2016?", "gadget returns went up by how much in 2016?")
    assert not c.smaller_wins
    assert comparison("Which rose less, widget returns or gadget returns?").smaller_wins
    assert comparison("Which was larger, the widget fund or the gadget fund?").questions == (
        "How big was widget fund?", "How big was gadget fund?")  # a size, not a change
    assert comparison("Which report said returns rose?") is None  # no two options
    assert comparison("Did widget returns or gadget returns rise?") is None  # not "which ... more"


@pytest.mark.parametrize("question, winner, figures", [
    ("Which went up more in 2016: widget returns or gadget returns?", "widget returns", ("12,000", "7,000")),
    ("Which rose less, widget returns or gadget returns?", "gadget returns", ("7,000", "12,000")),
    ("Which overshot its planned cost by more - gadget returns or widget returns?", "widget returns", ("£90m", "£30m")),
])
def test_the_option_with_the_winning_figure_is_the_answer_and_both_sides_are_quoted(answerer, question, winner, figures):
    a = answerer.answer(question)
    assert not a.abstained and a.short_answer == f"{winner} ({figures[0]})"
    assert a.answer.index(figures[0]) < a.answer.index(figures[1])
    assert len(a.citations) == 2 and all(answerer.docs[c.doc_id].text[c.start : c.end] == c.quote for c in a.citations)
    assert figures[0] in a.citations[0].quote  # the winner's sentence first


def test_a_side_the_articles_do_not_cover_is_no_comparison(answerer):
    a = answerer.answer("Which rose more: widget returns or London waiting times?")
    assert a.abstained and a.short_answer is None  # not "widget returns" by default


def test_one_figure_answering_both_sides_is_no_comparison(answerer):
    a = answerer.answer("Which rose more in 2016: widget returns or returns overall?")  # both sides: "rose by 12,000"
    assert not a.answer.startswith("Neither") and "against" not in a.answer
