import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from bot.answer import MAX_QUESTION_CHARS, Answerer
from bot.question_rules import validate_question
from bot.corpus import load_corpus
from bot.errors import QuestionError
from bot.index import build_index
from tests.corpus_fixtures import ARTICLE_A, ARTICLE_B, write_corpus


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    corpus = load_corpus(write_corpus(tmp_path_factory.mktemp("c")))
    return Answerer(build_index(corpus), corpus.documents)


def test_short_answer_is_the_risen_figure_not_the_planned_one(answerer):
    a = answerer.answer("How much did widget returns rise?")
    assert a.short_answer == "12,000" and not a.abstained


def test_fact_stated_by_two_articles_cites_both(answerer):
    a = answerer.answer("By how many did widget returns go up?")
    assert {c.doc_id for c in a.citations} == {"widget-fund", "widget-speech"}


def test_citation_carries_title_publisher_date_and_offsets(answerer):
    (c,) = [c for c in answerer.answer("How much did widget returns rise?").citations if c.doc_id == "widget-fund"]
    assert (c.title, c.publisher, str(c.published)) == ("Widget fund misses its target", "Widget Weekly", "2017-02-08")
    assert ARTICLE_A[c.start : c.end] == c.quote and c.source_path == "corpus/a.txt"


def test_money_question_gets_an_amount(answerer):
    assert answerer.answer("How much did the Widget Fund spend?").short_answer == "£2.5bn"


def test_who_question_gets_a_person(answerer):
    assert answerer.answer("Who is head of the Widget Office?").short_answer == "Jane Roe"


def test_describe_question_gets_the_quoted_words(answerer):
    assert answerer.answer("How did Jane Roe describe the results?").short_answer == "deeply disappointing"


def test_off_topic_question_declines_with_plain_message(answerer):
    a = answerer.answer("What is the capital of France?")
    assert a.abstained and a.short_answer is None and a.citations == []
    assert "couldn't find" in a.answer


def test_question_about_an_unknown_name_declines_and_shows_related_passages(answerer):
    a = answerer.answer("How much did widget returns rise in Scotland?")
    assert a.abstained
    assert all(ARTICLE_A[r.start : r.end] == r.quote or ARTICLE_B[r.start : r.end] == r.quote for r in a.related)


def test_question_naming_a_place_no_article_mentions_declines_and_says_why(answerer):
    a = answerer.answer("How much did widget returns rise in Scotland?")
    assert a.abstained and "Scotland" in a.answer


def test_only_stop_words_declines(answerer):
    assert answerer.answer("what is it that they were?").abstained


def test_same_question_same_answer(answerer):
    q = "How much did widget returns rise?"
    assert answerer.answer(q) == answerer.answer(q)


def test_follow_up_uses_the_previous_question_as_context(answerer):
    a = answerer.answer("and what did that cost?", context="How much did widget returns rise?")
    assert a.short_answer == "£90m"


def test_a_short_question_that_stands_alone_is_answered_even_after_another(answerer):
    # short enough to be read as a follow-up, but the previous question's words only mislead it
    alone = answerer.answer("Who is head of the Widget Office?")
    after = answerer.answer("Who is head of the Widget Office?", context="How much did widget returns rise?")
    assert not alone.abstained and after.short_answer == alone.short_answer


@pytest.mark.parametrize("bad", ["", "   \n\t ", "\x00"])
def test_empty_question_is_an_error_with_an_example(bad):
    with pytest.raises(QuestionError, match="empty"):
        validate_question(bad)


def test_over_long_question_is_an_error_naming_the_limit():
    with pytest.raises(QuestionError, match=f"{MAX_QUESTION_CHARS:,}"):
        validate_question("why " * 1000)


WORDS = ("widget returns rise fund spend planned fall cost head office results rose "
         "parliament poor planning million how much who what why 12,000 £90m").split()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), st.sampled_from(["How much", "Who", "Why", "What", ""]))
def test_every_returned_quote_is_an_exact_slice_of_its_source(answerer, words, lead):
    a = answerer.answer(f"{lead} {' '.join(words)}?")
    for c in a.citations + a.related:
        assert answerer.docs[c.doc_id].text[c.start : c.end] == c.quote
    assert a.abstained == (a.short_answer is None and not a.citations) or not a.abstained
