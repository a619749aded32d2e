"""Typos put right against the articles' own words (pure; a tiny inline vocabulary)."""
import pytest

from bot.spelling import Speller
from bot.tokens import tokenize

ARTICLE = ("Emergency admissions to hospital rose, the government said. Integration of widget services "
           "and the strategy for the parliament were protected; a roles review was stated, noting gains through 2016.")


@pytest.fixture(scope="module")
def speller():
    return Speller([ARTICLE], set(tokenize(ARTICLE)))


@pytest.mark.parametrize("typed, meant", [
    ("emergncy admisions", "emergency admissions"),   # letters left out
    ("intergration", "integration"),                  # a letter added
    ("goverment strategy", "government strategy"),
    ("parliment", "parliament"),
    ("stratgey", "strategy"),                          # two letters swapped
])
def test_a_slip_is_put_right(speller, typed, meant):
    assert speller.correct(typed) == meant


@pytest.mark.parametrize("typed", [
    "project",       # a word in its own right, one changed letter from "protected"'s stem
    "rules",         # ... and from "roles"
    "councils",      # an inflection the stemmer already folds
    "larger",        # a longer form of another word, not a slip
    "started",       # an everyday word one letter from "stated"
    "nothing",       # ... and from "noting"
    "though",        # ... and from "through"
    "scotland",      # a place: an unknown name is a reason to decline, not a typo
    "Admisions",     # capitalised: a name, kept as typed
    "fnd",           # too short to guess
])
def test_a_word_that_may_be_meant_is_kept(speller, typed):
    assert speller.correct(typed) == typed


def test_a_capitalised_slip_of_a_word_the_articles_capitalise_is_put_right():
    speller = Speller(["Jane Roe, head of the Widget Office, said so."], set(tokenize("Jane Roe head Widget Office said")))
    assert speller.correct("Who is head of the Widget Ofice?") == "Who is head of the Widget Office?"
    assert speller.correct("What did Jane Rowe say?") == "What did Jane Rowe say?"  # not a slip the articles know: a name, kept
