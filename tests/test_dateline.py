"""When was the article published: the question rule, the printed dateline, and the answer."""
import datetime as dt

import pytest

from bot.answer import Answerer
from bot.corpus import load_corpus
from bot.dateline import asks_publication_date, dateline_span
from bot.index import build_index
from bot.models import Document
from tests.corpus_fixtures import write_articles

PUBLISHERS = {"NHE", "Widget Weekly", "Gadget Gazette"}

DATED = """Widget fund misses its target

08.02.17

Ms Jane Roe, head of the Widget Office, said the results were “deeply disappointing”.
Widget returns rose by 12,000 last year.
Ahead of the gadget green paper, now delayed until autumn, a new widget report published today by the Widget Office calls for faster progress.
"""

UNDATED = """Gadget plans delayed

The Gadget Board met in 2016 to review its gadget plans.
"""


def _doc(text: str, published: dt.date | None) -> Document:
    return Document(doc_id="d", source_path="corpus/d.txt", title=None, publisher=None,
                    published=published, text=text, kept=[])


@pytest.fixture(scope="module")
def answerer(tmp_path_factory):
    corpus = load_corpus(write_articles(tmp_path_factory.mktemp("c"), {
        "dated.txt": (DATED, {"doc_id": "widget", "title": "Widget fund misses its target",
                              "publisher": "Widget Weekly", "published": "2017-02-08"}),
        # The metadata knows the date, but the article never prints it.
        "undated.txt": (UNDATED, {"doc_id": "gadget", "title": "Gadget plans delayed",
                                  "publisher": "Gadget Gazette", "published": "2017-03-01"}),
    }))
    return Answerer(build_index(corpus), corpus.documents)


@pytest.mark.parametrize("question", [
    "When was the NHE article published?",
    "what date was the Widget Weekly piece posted",
    "What is the date on the NHE article reporting that widgets were underfunded?",
    "What publication date appears on the article reporting that widgets were underfunded?",
    "When was the NHE piece saying widget integration is undermined by underfunded widget councils published?",
    "When did NHE run its story on widgets being underfunded?",
    "On what date did NHE report the office's widget underfunding findings?",  # the outlet reporting: when it published
])
def test_asking_when_an_article_was_published_is_a_publication_date_question(question):
    assert asks_publication_date(question, PUBLISHERS)


def test_asking_when_a_report_was_published_is_not_about_the_article():
    assert not asks_publication_date("When was the NAO report published?", PUBLISHERS)


def test_dateline_is_found_near_the_top_in_its_printed_form():
    text = "Widget fund misses its target\n\n08.02.17\n\nWidget returns rose by 12,000.\n"
    start, end = dateline_span(_doc(text, dt.date(2017, 2, 8)))
    assert text[start:end] == "08.02.17"


def test_dateline_is_none_when_the_text_prints_no_date():
    assert dateline_span(_doc("Widget fund misses its target\n\nWidget returns rose by 12,000.\n", dt.date(2017, 2, 8))) is None


def test_dateline_is_none_when_the_article_has_no_known_date():
    assert dateline_span(_doc("08.02.17\n\nWidget returns rose by 12,000.\n", None)) is None


def test_publication_date_is_answered_with_the_quoted_dateline(answerer):
    a = answerer.answer("When was the Widget Weekly article published?")
    assert not a.abstained and a.short_answer == "08.02.17"
    (c,) = a.citations
    assert c.doc_id == "widget" and c.quote == "08.02.17" and DATED[c.start : c.end] == c.quote


def test_article_that_prints_no_date_declines_and_says_so(answerer):
    a = answerer.answer("When was the Gadget Gazette article published?")
    assert a.abstained and a.short_answer is None and a.citations == []
    assert "does not print the date" in a.answer


@pytest.mark.parametrize("question", [
    "What date does the NHE article give for the plans to be submitted?",
    "When does the NHE piece say the fund will run until?",
])
def test_dates_an_article_reports_are_not_its_publication_date(question):
    assert not asks_publication_date(question, {"NHE"})


def test_a_report_published_today_is_dated_by_the_articles_dateline(answerer):
    a = answerer.answer("On what date was the 2017 widget report published?")
    assert not a.abstained and a.short_answer == "08.02.17"
    said, dated = a.citations
    assert "published today" in said.quote and dated.quote == "08.02.17" and DATED[dated.start : dated.end] == "08.02.17"
    assert "today" in a.answer


@pytest.mark.parametrize("question", [
    "When was the 2017 gadget green paper published?",  # delayed until autumn: not the report published today
    "On what date did the Widget Office publish its report?",  # no year or title picks out the article
])
def test_today_dates_only_the_thing_said_to_come_out_today_in_the_article_asked_about(answerer, question):
    assert answerer.answer(question).short_answer != "08.02.17"


def test_a_question_naming_the_article_by_its_title_finds_the_report_it_dates(tmp_path):
    other = ("Gadget review\n\nOn 7 February, the Widget Office published a substantial report on widget integration.\n")
    corpus = load_corpus(write_articles(tmp_path, {
        "dated.txt": (DATED, {"doc_id": "widget", "title": "Widget fund misses its target", "publisher": "Widget Weekly",
                              "published": "2017-02-08"}),
        "other.txt": (other, {"doc_id": "other", "title": "Gadget review"}),
    }))
    a = Answerer(build_index(corpus), corpus.documents)
    # the question's words are the dated article's title, not its "published today" sentence
    assert a.answer("When was the Widget Office report saying the widget fund misses its target published?").short_answer == "08.02.17"
