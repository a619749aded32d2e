"""How a question is read before answering: shorthand, typos, asides, a claim, its type (pure)."""
import re

from bot.reading import NEGATED_Q, read_question
from bot.spelling import Speller
from bot.tokens import tokenize

ARTICLE = "Widget admissions rose by 12,000 in 2015-16, Jane Roe, head of the Widget Office, said."
SPELLER = Speller([ARTICLE], set(tokenize(ARTICLE)))
PEOPLE = [(n, re.compile(rf"\b{n}\b", re.I)) for n in ("Jane Roe", "Roe")]


def test_shorthand_typos_and_asides_are_read_through():
    read = read_question("whats the rise in widget admisions 15-16? I heard it was big", SPELLER, PEOPLE)
    assert read.text == "what's the rise in widget admissions 2015-16?"


def test_a_claimed_figure_is_taken_out_and_sets_the_answer_type():
    read = read_question("Someone said widget admissions rose by £3bn - what was the real rise?", SPELLER, PEOPLE)
    assert read.claimed == "£3bn" and "£3bn" not in read.text and read.kind == "money"


def test_the_people_named_are_found_and_asking_what_they_are_is_a_role_question():
    read = read_question("What does Roe do?", SPELLER, PEOPLE)
    assert read.names == ("Roe", "Jane Roe") and read.kind == "role"


def test_a_negated_question_is_one_whose_asked_for_thing_is_not_done_not_one_with_a_negated_condition():
    assert NEGATED_Q.search("What does the widget office say it doesn't examine?")
    assert NEGATED_Q.search("Which body did not agree with the widget changes?")
    assert not NEGATED_Q.search("What risk if councils aren't engaged in widget plans?")
    assert not NEGATED_Q.search("What target was set before the office said it would not be met?")


def test_the_rest_of_a_fund_is_asked_but_the_remainder_of_a_parliament_is_a_time():
    from bot.reading import REST_Q
    assert REST_Q.search("What was the remainder of the widget fund spent on?")
    assert not REST_Q.search("Over the remainder of the then parliament, how big was the widget boost?")
    assert not REST_Q.search("What share of people were remaining at home?")
