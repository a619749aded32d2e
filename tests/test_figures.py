"""Which figure in a sentence answers an amount question (pure)."""
import pytest

from bot.extract import typed_spans
from bot.figures import FigureQuestion, asked_changes, period_spans
from bot.tokens import tokenize


def _figure(text: str, value: str, kind: str = "number"):
    (span,) = [s for s in typed_spans(text, kind) if s.text == value]
    return span


def _fit(q: FigureQuestion, text: str, value: str, kind: str | None = None) -> float | None:
    """How well the figure `value` in `text` answers `q` (None: it does not answer it)."""
    return q.factor(text, _figure(text, value, kind or ("money" if "£" in value else "number")))


def test_a_planned_figure_answers_only_a_question_about_the_plan():
    text = "Despite a planned fall of 40,000, returns rose by 12,000."
    actual = FigureQuestion("How much did returns rise?", "number", {"return", "increas"})
    plan = FigureQuestion("What was the planned fall in returns?", "number", {"plan", "decreas", "return"})
    assert _fit(actual, text, "40,000") < 1 <= _fit(actual, text, "12,000")
    assert _fit(plan, text, "12,000") < 1 <= _fit(plan, text, "40,000")


def test_a_plan_named_in_a_when_clause_is_context():
    q = FigureQuestion("By how many did returns rise, when a fall had been planned?", "number", set())
    assert not q.asks_plan


def test_a_target_is_no_answer_to_what_was_actually_saved():
    text = "NHS England's ambition to save £900m may be optimistic."
    q = FigureQuestion("How much have the models actually saved so far?", "money", set())
    assert _fit(q, text, "£900m") is None


def test_how_many_counts_the_head_noun():
    text = "It introduced seven new care models."
    q = FigureQuestion("How many integrated care systems are there?", "count", set())
    assert _fit(q, text, "seven") is None


def test_what_a_subject_numbers_counts_that_subject():
    text = "The widget sites currently number around 50 and were chosen to develop new care models."
    models = FigureQuestion("How many care models were they meant to narrow it down to?", "count", set())
    assert _fit(models, text, "around 50") is None  # the sites number 50, not the models
    sites = FigureQuestion("How many widget sites are there?", "count", set())
    assert _fit(sites, text, "around 50") is not None


def test_what_was_originally_planned_is_not_todays_forecast():
    text = "Councils are on track to save £314m, short of the £1 billion targeted by the government."
    q = FigureQuestion("How much was the fund originally supposed to save?", "money", {"plan", "save", "fund"})
    assert _fit(q, text, "£314m") is None
    assert _fit(q, text, "£1 billion") >= 1.0  # "targeted" follows it: the original aim


def test_an_original_figure_named_in_the_question_is_no_plan_question():
    q = FigureQuestion("Are the plans on track to hit the original £1bn savings?", "money", {"plan", "save"})
    assert not q.original


def test_the_size_of_a_fund_is_neither_a_part_of_it_nor_what_it_paid_out_nor_a_boost():
    q = FigureQuestion("How big was the widget fund for 2016-17?", "money", {"fund", "widget", "2016-17"})
    text = "Of the £2.1bn widget fund for 2016-17, £1.8 billion was allocated to cover deficits."
    assert _fit(q, text, "£1.8 billion") is None
    assert _fit(q, text, "£2.1bn") >= 1
    part = "Revisions to the £1-billion performance part of the pot were made."
    assert _fit(q, part, "£1-billion") is None
    boost = "The widget fund will be boosted by £2.4bn in 2019."
    assert _fit(q, boost, "£2.4bn") is None
    aim = "The widget fund will fail to generate its projected £1 billion savings target."
    assert _fit(q, aim, "£1 billion") is None


def test_the_total_of_one_thing_is_not_the_size_of_another_named_beside_it():
    text = "Of the £2.1bn widget sustainability fund for 2016-17, £1.8 billion was allocated to cover deficits."
    deficit = FigureQuestion("What was the total widget deficit in 2016-17?", "money", {"total", "widget", "deficit", "2016-17"})
    assert _fit(deficit, text, "£2.1bn") is None
    pooled = FigureQuestion("How large was the pooled budget?", "money", set(tokenize("How large was the pooled budget")))
    assert _fit(pooled, "The fund was a pooled £5.3bn budget to encourage joint work.", "£5.3bn") >= 1  # "pooled budget", around the figure
    # a fund named otherwise (the STF) is not the size of the fund asked about (the BCF)
    bcf = FigureQuestion("bcf size?", "money", set(tokenize("bcf size?")))
    stf = "The report said of the £2.1bn NHS sustainability and transformation fund for 2016-17, £1.8 billion was allocated."
    assert _fit(bcf, stf, "£2.1bn") is None
    assert _fit(FigureQuestion("stf size?", "money", set(tokenize("stf size?"))), stf, "£2.1bn") >= 1


def test_a_question_about_the_part_or_the_allocation_still_gets_it():
    part = "Revisions to the £1-billion performance part of the pot were made."
    q = FigureQuestion("How big is the performance part of the pot?", "money", {"perform", "part", "pot"})
    assert _fit(q, part, "£1-billion") is not None
    text = "Of the £2.1bn widget fund, £1.8 billion was allocated to cover deficits."
    q = FigureQuestion("How big a sum was allocated to cover deficits?", "money", {"allocat", "cover", "deficit"})
    assert _fit(q, text, "£1.8 billion") is not None


@pytest.mark.parametrize("text, figure, other, other_terms, same, same_terms", [
    # what something cost is a cost stated for that thing
    ("Days lost to delayed transfers rose by 185,000, costing £146m, said the office in its report.", "£146m",
     "How much did the office's report cost to produce?", {"offic", "report", "cost"},
     "How much did the delayed transfers cost?", {"delay", "transfer", "cost"}),
    # what was spent on something is a figure about that thing
    ("The £5.3bn widget fund was spent through councils in 2015-16.", "£5.3bn",
     "How much did the NHS spend on agency staff in 2015-16?", {"nhs", "spend", "agenc", "staff"},
     "How much was spent on the widget fund?", {"spend", "widget", "fund"}),
])
def test_money_said_of_one_thing_is_no_answer_about_another(text, figure, other, other_terms, same, same_terms):
    assert _fit(FigureQuestion(other, "money", other_terms), text, figure) is None
    assert _fit(FigureQuestion(same, "money", same_terms), text, figure) is not None


def test_an_instead_of_or_before_clause_is_context():
    up = FigureQuestion("Returns went up by how many instead of falling as planned?", "count", {"return", "increas", "plan"})
    assert not up.asks_plan
    plan = FigureQuestion("What fall in returns had been planned before they actually went up?", "number", {"plan", "decreas"})
    assert plan.asks_plan and not plan.actual


def test_an_aim_is_no_answer_to_what_was_projected():
    text = "Local plans projected savings of just £55 million, far from the £1 billion targeted by the government."
    q = FigureQuestion("How much did the local plans project to save?", "money", {"local", "plan", "project", "save"})
    assert _fit(q, text, "£1 billion") is None
    assert _fit(q, text, "just £55 million") is not None
    aim = FigureQuestion("What savings target did the government set?", "money", {"save", "target", "govern"})
    assert _fit(aim, text, "£1 billion") is not None


def test_what_was_originally_expected_is_the_target_not_what_the_plans_projected():
    text = "Local plans projected savings of just £55 million, far from the £1 billion targeted by the government."
    q = FigureQuestion("How much was the fund originally expected to save?", "money", {"origin", "expect", "fund", "save"})
    assert _fit(q, text, "just £55 million") < 1.0 < _fit(q, text, "£1 billion")
    plans = FigureQuestion("What did the original plans project it would save?", "money", {"origin", "plan", "project", "save"})
    assert _fit(plans, text, "just £55 million") is not None and _fit(plans, text, "£1 billion") is None


def test_what_cut_is_answered_by_the_figure_that_names_a_cut():
    text = "Revisions to the £1-billion widget part of the pot now target areas with a 3.5% cut in widget returns on 2014 levels."
    q = FigureQuestion("What cut in widget returns were areas targeted with under the £1bn part?", "number", {"decreas", "target", "part"})
    assert _fit(q, text, "3.5%") > 1.0
    # asked as a reduction, after a scene-setting clause: "a 3.5% cut" still names it
    q = FigureQuestion("Under the revised widget part, what reduction in widget returns were areas targeted with?", "number",
                       {"decreas", "target", "part"})
    assert _fit(q, text, "3.5%") > 1.0
    # ... or as "how big a cut"
    q = FigureQuestion("How big a cut in widget returns, relative to 2014, were areas asked to achieve?", "number",
                       {"decreas", "target", "part"})
    assert _fit(q, text, "3.5%") > 1.0


def test_by_what_year_is_answered_by_a_date_after_by():
    text = "Compared with 2014-15, widget returns rose, and the plan for widget integration by 2020 is at risk."
    q = FigureQuestion("What year was widget integration supposed to be achieved by?", "date", {"integr", "plan", "achiev"})
    assert _fit(q, text, "2014-15", "date") is None
    assert _fit(q, text, "2020", "date") is not None


def test_how_many_more_than_planned_is_the_change_not_the_plan():
    text = "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000."
    q = FigureQuestion("How many more widget returns were there than planned?", "count", {"widget", "return", "plan"})
    assert _fit(q, text, "12,000") > 1.0 > _fit(q, text, "40,000")


def test_a_share_of_one_thing_is_no_answer_about_a_share_of_another():
    text = "Ninety percent of local areas agreed that the widget plan had improved joint working."
    pot = FigureQuestion("What share of the widget pot came from the NHS?", "percent", {"widget", "pot", "nhs"})
    assert _fit(pot, text, "Ninety percent", "percent") is None
    areas = FigureQuestion("What percentage of areas agreed the plan improved joint working?", "percent", {"area", "plan"})
    assert _fit(areas, text, "Ninety percent", "percent") is not None


def test_a_sum_in_a_sentence_saying_nothing_of_savings_is_no_answer_to_what_was_saved():
    q = FigureQuestion("How much did the widget fund actually save?", "money", {"widget", "fund", "save"})
    assert _fit(q, "The widget fund will be boosted by £2.4bn next year.", "£2.4bn") is None
    assert _fit(q, "The widget fund saved £20m last year.", "£20m") is not None


def test_did_it_fall_by_the_planned_figure_asks_what_happened():
    text = "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000."
    q = FigureQuestion("Did widget returns fall by ?", "number", {"widget", "return", "decreas"})  # the claimed figure taken out
    assert _fit(q, text, "40,000") is None
    assert _fit(q, text, "12,000") is not None


def test_which_year_is_answered_by_a_year_not_a_month():
    q = FigureQuestion("In which year did the widget fund miss its targets?", "date", {"widget", "fund", "target"})
    assert _fit(q, "The widget fund will be implemented in April.", "April", "date") is None
    assert _fit(q, "In 2015-16 the widget fund missed its targets.", "2015-16", "date") is not None


REVISED = ("Local widget plans projected savings of just £55 million, and so all had to be resubmitted. "
           "Current widget plans are now on track to save at least £314 million.")


def test_the_first_round_is_the_figure_before_the_revision_and_after_is_the_current_one():
    first = FigureQuestion("How much did the first round of widget plans expect to save?", "money", {"plan", "save"})
    assert _fit(first, REVISED, "at least £314 million") is None
    assert _fit(first, REVISED, "just £55 million") is not None
    later = FigureQuestion("After the plans were resubmitted, what savings were they on track for?", "money", {"plan", "save"})
    assert _fit(later, REVISED, "just £55 million") is None  # the sentence marks another figure as current
    assert _fit(later, REVISED, "at least £314 million") is not None


def test_a_figure_the_question_excludes_is_no_answer():
    text = "Widget delays cost £146m more than planned."
    whole = FigureQuestion("What was the whole cost of widget delays, not just the overspend against plan?", "money", {"cost"})
    assert _fit(whole, text, "£146m") is None
    assert _fit(FigureQuestion("How much more than planned did widget delays cost?", "money", {"cost"}), text, "£146m") is not None


def test_a_figure_for_another_period_is_no_answer():
    text = "Councils cut widget spending by 5.3% between 2010-11 and 2016-17."
    q = FigureQuestion("By what % did widget spending fall between 2016-17 and 2018-19?", "percent", {"decreas", "spend"})
    assert q.factor(text, _figure(text, "5.3%", "percent")) is None
    same = FigureQuestion("By what % did widget spending fall between 2010-11 and 2016-17?", "percent", {"decreas", "spend"})
    assert same.factor(text, _figure(text, "5.3%", "percent")) is not None


def test_a_budget_for_something_is_a_figure_about_that_thing():
    q = FigureQuestion("What's the budget for the gadget programme?", "money", {"budget", "gadget", "programm"})
    assert _fit(q, "The £5.3bn spent through the widget fund in 2015-16.", "£5.3bn") is None


def test_a_cut_in_something_else_is_no_answer():
    text = "Widget areas were targeted with a 3.5% cut in gadget returns on 2014 levels."
    other = FigureQuestion("what % cut in widget delays were areas targeted with?", "percent", {"decreas", "widget", "delay"})
    assert other.factor(text, _figure(text, "3.5%", "percent")) is None
    same = FigureQuestion("what % cut in gadget returns were areas targeted with?", "percent", {"decreas", "gadget", "return"})
    assert same.factor(text, _figure(text, "3.5%", "percent")) is not None


def test_what_the_office_says_a_named_scheme_would_save_is_said_of_that_scheme():
    text = "The office hoped to save £900m through new widget models."
    q = FigureQuestion("How much did the office say integrated gadget systems would save?", "money", {"save"})
    assert _fit(q, text, "£900m") is None


@pytest.mark.parametrize("text, question", [
    # a period written without "from" is still a period, and another one
    ("NHS widget funding per head rose by just 0.9% a year from 2013-14 to 2018-19.", "widget funding per head rise 2010-11 to 2016-17 %"),
    # what is excluded in brackets may stand before the figure
    ("Widget funding per person rose by just 0.9% a year.", "What was the growth in the total widget budget (not per person)?"),
])
def test_a_share_the_question_rules_out_is_no_answer(text, question):
    q = FigureQuestion(question, "percent", {"increas"})
    assert q.factor(text, _figure(text, "just 0.9%", "percent")) is None


def test_the_periods_a_sentence_states():
    text = "Spending fell by 5.3% between 2010-11 and 2016-17, while funding rose 2013-14 to 2018-19."
    assert [s.text for s in period_spans(text)] == ["between 2010-11 and 2016-17", "2013-14 to 2018-19"]


def test_rather_than_in_a_statement_before_the_question_is_context():
    text = "Widget delays rose by 7,000, against a planned fall of 29,000."
    q = FigureQuestion("Widget delays rose by 7,000 rather than falling. How big a fall had been planned?", "number", {"plan", "decreas"})
    assert q.factor(text, _figure(text, "29,000")) is not None


def test_money_that_went_to_something_else_is_no_answer():
    text = "Of the £2bn gadget fund, £1.5bn was allocated to cover hospital deficits."
    q = FigureQuestion("Of the £2bn gadget fund, how much went to council social care?", "money", {"council", "social", "care"})
    assert _fit(q, text, "£1.5bn") is None


def test_what_the_plans_actually_projected_is_the_projection():
    text = "Local widget plans projected savings of just £55 million, far from the £1 billion targeted."
    q = FigureQuestion("How much in savings did the first round of widget plans actually project?", "money", {"plan", "save", "project"})
    assert _fit(q, text, "just £55 million") is not None
    actual = FigureQuestion("Widget plans were meant to save money. How much did they actually save?", "money", {"save"})
    assert _fit(actual, text, "just £55 million") is None  # a projection is no answer to what was actually saved


def test_by_how_many_did_plans_expect_a_fall_is_the_planned_figure():
    text = "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000."
    # what is counted ("the Widget Care Fund plans expect ... returns") is mostly not named beside 40,000
    q = FigureQuestion("By how many did the Widget Care Fund plans expect emergency widget returns to drop?", "count",
                       {"widget", "care", "fund", "plan", "expect", "emergenc", "return", "decreas"})
    assert _fit(q, text, "40,000") > _fit(q, text, "12,000")


@pytest.mark.parametrize("question", [
    "How much more did widget returns cost than had been budgeted?",
    "How far over budget did the rise in widget returns put the fund?",
    "What was the extra cost, beyond plan, of the rise in widget returns?",
])
def test_an_excess_over_plan_is_a_sum_stated_as_more_than_planned(question):
    text = "The £5.3bn widget fund missed its targets: widget returns rose by 12,000, costing £311m more than planned."
    q = FigureQuestion(question, "money", {"widget", "return", "cost", "plan"})
    assert _fit(q, text, "£5.3bn") is None
    assert _fit(q, text, "£311m") is not None


def test_a_plan_in_a_clause_setting_the_scene_is_not_what_is_asked():
    text = "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000."
    q = FigureQuestion("Despite a planned cut in widget returns, by how many did they actually rise?", "count",
                       {"plan", "decreas", "widget", "return", "increas"})
    planned = _fit(q, text, "40,000")
    assert planned is None or _fit(q, text, "12,000") > planned


def test_a_trailing_against_a_planned_clause_is_scene_too():
    text = "Widget delays increased by 185,000, against a planned reduction of 293,000, costing £146m more than planned."
    q = FigureQuestion("By how much did widget delays increase, against a planned fall of 293,000?", "number",
                       {"widget", "delay", "increas", "plan", "decreas", "293000"})
    assert not q.asks_plan and _fit(q, text, "185,000") > _fit(q, text, "£146m")


def test_after_the_plans_were_redone_asks_for_the_current_figure():
    q = FigureQuestion("After the widget plans were redone, how much were they expected to save?", "money", {"widget", "plan", "save"})
    assert _fit(q, REVISED, "just £55 million") is None
    assert _fit(q, REVISED, "at least £314 million") is not None


def test_the_initial_local_plans_are_the_first_round():
    q = FigureQuestion("How much were the initial local widget plans projected to save?", "money", {"plan", "project", "save"})
    assert _fit(q, REVISED, "at least £314 million") is None


def test_what_plans_initially_projected_is_not_the_target_they_missed():
    text = "The widget fund will fail to generate anywhere near its projected £1 billion savings target."
    q = FigureQuestion("How much did local widget plans initially project in savings?", "money", {"plan", "save", "project"})
    assert _fit(q, text, "£1 billion") is None
    fund = FigureQuestion("What savings was the widget fund originally projected to deliver?", "money", {"fund", "save", "project"})
    assert _fit(fund, text, "£1 billion") is not None  # the fund's own projection is that target


def test_the_original_plans_projection_is_not_the_original_target():
    text = "The widget fund will fail to generate anywhere near its projected £1 billion savings target."
    q = FigureQuestion("How much in savings did the original local widget plans project?", "money", {"plan", "save", "project"})
    assert _fit(q, text, "£1 billion") is None  # "original" belongs to the plans: the first round, not the first target


@pytest.mark.parametrize("question", ["How much of the widget fund went on social care?",
                                      "Of the widget fund, how much ended up going on social care?"])
def test_how_much_of_the_whole_is_never_the_whole(question):
    q = FigureQuestion(question, "money", {"widget", "fund", "social", "care"})
    assert _fit(q, "The £5.3bn widget fund spent in 2015-16 missed its targets.", "£5.3bn") is None


@pytest.mark.parametrize("question", ["Instead of falling as planned, by how many did widget returns rise?",
                                      "Against a planned fall of 40,000, what rise in widget returns was reported?"])
def test_a_leading_clause_naming_the_plan_is_scene_not_the_plan_asked(question):
    text = "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000."
    q = FigureQuestion(question, "number", {"widget", "return", "increas", "plan"})
    planned = _fit(q, text, "40,000")
    assert planned is None or _fit(q, text, "12,000") > planned


def test_an_attribution_after_what_money_went_on_is_not_part_of_it():
    q = FigureQuestion("What amount of the widget fund was allocated to covering deficits, according to the National Audit Office?", "money",
                       {"widget", "fund", "alloc", "cover", "deficit", "offic"})
    assert _fit(q, "Of the £2.1bn widget fund, £1.8 billion was allocated to cover deficits.", "£1.8 billion") is not None


def test_the_total_cost_is_not_the_overrun_against_plan():
    text = "Widget delays cost £146m more than planned."
    total = FigureQuestion("What was the total cost of widget delays?", "money", {"total", "cost", "widget", "delay"})
    assert _fit(total, text, "£146m") is None
    excess = FigureQuestion("How much more than planned did widget delays cost?", "money", {"cost", "widget", "delay", "plan"})
    assert _fit(excess, text, "£146m") is not None


def test_a_combined_total_is_not_what_was_allocated_out_of_a_fund():
    q = FigureQuestion("What was the combined deficit of widget trusts in 2016-17?", "money", {"combin", "deficit", "widget", "trust"})
    assert _fit(q, "Of the £2.1bn widget fund, £1.8 billion was allocated to cover widget deficits.", "£1.8 billion") is None


def test_a_count_of_something_the_question_does_not_name_is_no_answer():
    text = "Revisions have cut the number of related widget indicators from six to one."
    q = FigureQuestion("Widget returns were meant to come down in the first year - by how many?", "count", set(tokenize("widget returns meant come down first year")))
    assert _fit(q, text, "six") is None  # it counts indicators


def test_where_a_range_began_is_what_was_originally_required():
    text = "The government plans to simplify widget checks, with the number of conditions areas must meet set to reduce from eight to three."
    q = FigureQuestion("How many conditions did areas originally have to meet for widget checks?", "count",
                       set(tokenize("conditions areas originally have to meet widget checks")))
    assert _fit(q, text, "eight") is not None


def test_what_areas_had_to_achieve_is_a_target():
    q = FigureQuestion("Is it right that local areas had to get widget returns down by 5% on 2014 levels?", "percent",
                       {"local", "area", "widget", "return", "decreas"})
    assert q.asks_plan
    text = "Local areas were targeted with a 3.5% cut in widget returns on 2014 levels."
    assert _fit(q, text, "3.5%", "percent") is not None  # a target answers a question about what was required


def test_an_overrun_is_a_sum_stated_as_more_than_planned():
    text = "Widget delays rose by 185,000, costing £146m more than planned, from a £90m budget."
    q = FigureQuestion("What was the financial overrun linked to widget delays?", "money", {"widget", "delay", "cost"})
    assert _fit(q, text, "£90m") is None and _fit(q, text, "£146m") is not None


def test_the_size_of_a_fund_named_in_other_words_answers_how_big_its_money_was():
    from bot.spans import _figure_question
    q = "How big was the NHS transformation and sustainability money for 2016-17?"
    text = "The report said of the £2.1bn NHS sustainability and transformation fund for 2016-17, £1.8 billion was allocated to cover NHS deficits."
    fq = _figure_question(q, "money", frozenset(t for t in tokenize(q) if t != tokenize("money")[0]))  # "money" only names the type
    (fund,) = [s for s in typed_spans(text, "money") if s.text == "£2.1bn"]
    assert fq.factor(text, fund) is not None
    assert not FigureQuestion("How big is the widget Fund?", "money", set(tokenize("widget fund"))).money_named  # "Fund" is no "funding"


def test_a_change_that_caused_the_amount_asked_is_not_the_change_asked():
    assert asked_changes("What was the extra bill from widget delays rising instead of falling?") == frozenset()
    assert asked_changes("By how much did widget delays rise?") == frozenset(tokenize("rise"))
