"""What a figure in a sentence counts or measures (pure)."""
import pytest

from bot.extract import typed_spans
from bot.measures import other_quantity


def _figure(text: str, value: str, kind: str = "number"):
    (span,) = [s for s in typed_spans(text, kind) if s.text == value]
    return span


@pytest.mark.parametrize("text, figure, not_a_time, a_time", [
    ("Older people still at home 91 days after discharge.", "91",
     "How many older people were still at home?", "How many days after discharge?"),
    # a time named in the question ("in the final year") is not a time asked for
    ("The widget fund will be boosted by £2.4bn in the last two years of this parliament.", "two",
     "Of the £2.4bn top-up, how much lands in the final year?", "Over how many years is the top-up spread?"),
])
def test_a_time_is_not_a_count(text, figure, not_a_time, a_time):
    assert other_quantity(text, _figure(text, figure), not_a_time)
    assert not other_quantity(text, _figure(text, figure), a_time)


def test_a_saving_does_not_say_what_something_cost():
    text = "The ambition to save £900m through seven new care models."
    assert other_quantity(text, _figure(text, "£900m", "money"), "How much did the new care models cost?")


def test_a_percentage_cut_is_a_change_not_a_share():
    text = "Local areas were targeted with a 3.5% cut on 2014 levels."
    assert other_quantity(text, _figure(text, "3.5%", "percent"), "What proportion of the fund went on social care?")
    assert not other_quantity(text, _figure(text, "3.5%", "percent"), "How big a reduction were areas targeted with?")


def test_money_spent_is_no_answer_to_what_was_saved_even_when_the_verb_follows():
    text = "The report found the £5.3bn spent through the fund did not achieve its targets."
    assert other_quantity(text, _figure(text, "£5.3bn", "money"), "How much did the plans promise to save?")
    assert not other_quantity(text, _figure(text, "£5.3bn", "money"), "How much was spent through the fund?")


def test_a_date_something_was_delayed_until_is_not_when_it_was_published():
    text = "The green paper, now delayed until autumn, was discussed in a report published today."
    (autumn,) = [s for s in typed_spans(text, "date") if s.text == "autumn"]
    assert other_quantity(text, autumn, "When was the report published?")


def test_a_report_comes_out_on_a_day_not_over_a_financial_year():
    text = "Funding per person rose by just 0.5% between 2013-14 and 2018-19, the report said."
    span = _figure(text, "2013-14", "date")
    assert other_quantity(text, span, "When did the 2018 report on widgets come out?")
    assert not other_quantity(text, span, "Over which years did funding per person rise?")


def test_a_figure_standing_for_things_named_before_it_counts_those_things():
    from bot.measures import counts_something_else
    from bot.tokens import tokenize
    text = "The office tested different models of widget care, to identify around a dozen that could be rolled out."
    span = _figure(text, "around a dozen")
    assert counts_something_else(text, span, [tokenize("people")[0]])
    assert not counts_something_else(text, span, tokenize("widget models"))
