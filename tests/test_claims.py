"""A question that checks a claim: the asker's figure is looked up, not required (pure)."""
import pytest

from bot.claims import checked_claim, contradicts, without_claim


@pytest.mark.parametrize("question, figure, kind", [
    ("Someone said the widget pot was £3bn - what was the real size?", "£3bn", "money"),
    ("Was it only about 75% of widget areas that said so?", "about 75%", "percent"),
    ("Councils cut widget spending by 3.5% between 2010-11 and 2016-17, yes?", "3.5%", "percent"),
    ("Widget checks - was that measured at 90 days after discharge?", "90 days", "duration"),
    ("Was the extra widget money £1.8bn?", "£1.8bn", "money"),
    ("What did the widget overshoot cost against plan — something like £200m extra?", "£200m", "money"),
    ("A measure of widget returns a set time after discharge — 90 days, was it?", "90 days", "duration"),
    ("How much did councils cut widget spending over 2010-11 to 2016-17 — about 10%?", "about 10%", "percent"),
    ("Was it about three-quarters of widget areas that said the plan helped?", "about three-quarters", "percent"),
])
def test_the_askers_figure_in_a_check_is_the_claim(question, figure, kind):
    claim = checked_claim(question)
    assert claim is not None and question[claim.start : claim.end] == figure and claim.kind == kind
    assert figure not in without_claim(question, claim)


@pytest.mark.parametrize("question", [
    "How much did widget returns rise, when a fall of 40,000 was planned?",  # context, not a check
    "By how many days in total were widget transfers delayed in 2015-16?",  # "-16?" is no tag
    "Was the £5.3bn widget fund a success?",  # the figure names the fund
    "Are the widget plans on track to hit the original £1bn savings?",  # ... or the savings
    "Was the widget fund a success?",  # no figure at all
])
def test_a_figure_that_is_context_or_a_name_is_no_claim(question):
    assert checked_claim(question) is None


def test_was_it_someone_who_puts_that_person_in_doubt():
    q = "Was it Jane Roe who called the widget planning a shambles?"
    claim = checked_claim(q)
    assert claim is not None and q[claim.start : claim.end] == "Jane Roe" and claim.kind == "person"
    assert checked_claim("Is it true that Jane Roe said the plans had failed?") is None


def test_an_answer_contradicts_a_claim_of_another_figure_or_person():
    assert contradicts("£3bn", "£5.3 billion") and not contradicts("£5.3bn", "£5.3 billion")
    assert contradicts("Jane Roe", "John Doe") and not contradicts("Jane Roe", "Ms Jane Roe")
