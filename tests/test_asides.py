"""The asker's own words around a question: shorthand, asides, lead-ins, glosses (pure)."""
import pytest

from bot.asides import expand_informal, without_asides
from bot.question_types import classify_question


def test_slack_shorthand_is_spelt_out():

    assert expand_informal("whats the report called, and didnt they say") == "what's the report called, and didn't they say"
    assert expand_informal("Whats up") == "What's up"
    assert expand_informal("how much of its money") == "how much of its money"  # "its" is a word of its own
    assert classify_question(expand_informal("whats the nao report actually called")) == "title"


def test_slack_handles_are_left_out_and_hashtags_read_as_words():
    assert expand_informal("@U123 how big is the widget pot?") == "how big is the widget pot?"
    assert expand_informal("how big is the widget pot, @alice.smith?") == "how big is the widget pot?"
    assert expand_informal("What did the #BCF report say?") == "What did the BCF report say?"  # a hashtag's word is asked about
    assert expand_informal("mail widgets@nhs.uk about the #1 pot") == "mail widgets@nhs.uk about the #1 pot"
    assert expand_informal("@alice") == ""  # nothing is asked: the answerer declines, naming no "alice"


def test_the_askers_aside_is_left_out():
    q = "How much did widget plans save? I heard it was embarrassingly low"
    assert without_asides(q) == "How much did widget plans save?"
    assert without_asides("I work on a widget ward. How many returns were there?") == "How many returns were there?"
    assert without_asides("How big is the widget pot we keep hearing about?") == "How big is the widget pot?"
    assert without_asides("How big is the widget pot everyone keeps going on about?") == "How big is the widget pot?"
    assert without_asides("Matron here, we're swamped. How big is the widget pot?") == "How big is the widget pot?"
    assert without_asides("Commissioner here – how big is the widget pot?") == "how big is the widget pot?"
    assert without_asides("What was decided here, in the widget plan?") == "What was decided here, in the widget plan?"
    assert without_asides("How big is the widget pot? finance want the number") == "How big is the widget pot?"
    assert without_asides("For the purposes of these minutes, how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("For the record, why did widgets fail?") == "why did widgets fail?"
    assert without_asides("For the briefing note, how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("For this week's board paper, how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("For the Widget report, how big was the pot?") == "For the Widget report, how big was the pot?"
    assert without_asides("For the minutes, when was the widget paper delayed until?") == "when was the widget paper delayed until?"
    assert without_asides("any good news - what did the widget fund bring down?") == "what did the widget fund bring down?"
    q = "Ahead of Thursday's meeting with council leaders, I need the widget returns headline: what fall had been planned?"
    assert without_asides(q) == "what fall had been planned?"
    q = "Widgets sent back by shops for repair — by how much did these widget returns increase in 2016?"
    assert without_asides(q) == "by how much did these widget returns increase in 2016?"  # named again: the lead only glosses
    assert without_asides("The 3.5% widget cut — which year's levels was it measured against?").startswith("The 3.5% widget cut")
    q = "By how much did widget returns - widgets sent back by shops - rise in 2016?"
    assert without_asides(q) == "By how much did widget returns rise in 2016?"  # the asker's gloss between dashes
    assert without_asides("planned fall in widgets – what was the number") == "planned fall in widgets – what was the number"
    assert without_asides("What did we hear about the widget pot?") == "What did we hear about the widget pot?"  # the question itself


def test_one_sentence_or_a_second_question_is_no_aside():
    q = "I read that the deadline moved - what did she say had happened?"
    assert without_asides(q) == q
    assert without_asides("did areas think it worked? what % said so") == "did areas think it worked? what % said so"
    assert without_asides("How much was £5.3bn in 2015? R.C.N. figures please.") == "How much was £5.3bn in 2015? R.C.N. figures please."


def test_the_askers_lead_in_is_left_out():
    assert without_asides("For my board report on widget returns: by how much did they rise?") == "by how much did they rise?"
    assert without_asides("For the 2014 report: how much?") == "For the 2014 report: how much?"
    assert without_asides("quick one for a board paper - how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("I'm an ICS lead pulling figures together: how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("A trust board member asks: how big was the widget pot?") == "how big was the widget pot?"
    assert without_asides("A comms officer wants to know: who said it?") == "who said it?"
    assert without_asides("We'll be talking timescales with the trust - by when?") == "by when?"
    assert without_asides("I've got widget returns down by 12k - is that right?") == "I've got widget returns down by 12k - is that right?"  # a claim, kept
    assert without_asides("What the office asks: is it on track?") == "What the office asks: is it on track?"  # a question, not a lead-in


@pytest.mark.parametrize("question, asked", [
    ("Quick check: what cut in widget returns was planned?", "what cut in widget returns was planned?"),
    ("Before we commit to a timetable: why could widget integration take years?", "why could widget integration take years?"),
    ("For the board paper: who was responsible for the widget fund?", "who was responsible for the widget fund?"),
    ("Jane Roe: what did she say?", "Jane Roe: what did she say?"),  # a name is the subject, not an occasion
])
def test_the_askers_occasion_before_a_colon_is_left_out(question, asked):
    assert without_asides(question) == asked


def test_a_claim_then_is_that_right_asks_whether_the_claim_is_true():
    q = "I remember reading that widget returns went down by 40,000 last year. Is that right?"
    assert without_asides(q) == "Is it true that widget returns went down by 40,000 last year?"


def test_a_short_financial_year_is_spelt_out():
    assert expand_informal("dtoc rise 15-16?") == "dtoc rise 2015-16?"
    assert expand_informal("cut 10-11 to 16-17 %") == "cut 2010-11 to 2016-17 %"
    assert expand_informal("aged 16-18") == "aged 16-18"  # not consecutive: no financial year
