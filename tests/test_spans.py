"""Short-answer spans inside a chosen sentence (pure functions, no corpus)."""
import pytest

from bot.extract import numeric_value, person_spans, typed_spans
from bot.open_spans import modifier_spans
from bot.spans import best_span, same_answer, scored_spans
from bot.tokens import tokenize

SENTENCE = ("Despite a planned reduction in emergency admissions of 106,000, the numbers rose by 87,000, "
            "resulting in costs of £311m more than planned.")


def _weights(question: str) -> dict[str, float]:
    return {t: 1.0 for t in tokenize(question)}


def _best(text: str, question: str, kind: str) -> str | None:
    found = best_span(text, question, kind, _weights(question))
    return found[0].text if found else None


def test_the_risen_figure_beats_the_planned_one():
    assert _best(SENTENCE, "How much did emergency admissions rise?", "number") == "87,000"


def test_a_question_about_the_plan_gets_the_planned_figure():
    assert _best(SENTENCE, "What reduction in emergency admissions was planned?", "number") == "106,000"


def test_a_plan_before_but_sets_the_scene_for_what_happened_instead():
    question = "Emergency admissions were supposed to go down but went up instead - by how many?"
    assert _best(SENTENCE, question, "number") == "87,000"
    assert _best(SENTENCE, "Admissions went up, but what fall was planned?", "number") == "106,000"


def test_what_cut_after_a_leading_phrase_still_names_the_change_asked_for():
    text = ("Revisions to the £1-billion pay-for-widgets part of the pot pay for reducing total emergency admissions, "
            "with local areas targeted with a 3.5% cut on 2014 levels.")
    question = "For the pay-for-widgets element, what cut in total emergency admissions were local areas targeted with?"
    assert _best(text, question, "number") == "3.5%"


def test_the_kind_of_cause_asked_for_is_part_of_the_answer_not_a_word_to_cut_at():
    text = "The report said widgets have been hindered by rising demand at a time of financial pressures on councils."
    found = _best(text, "What two pressures held back the widgets?", "reason")
    assert found.startswith("rising demand") and "financial pressures" in found


def test_words_wedged_into_the_questions_own_phrase_are_not_the_answer():
    text = ("It will be important to learn from the over-optimism of such plans when implementing "
            "the much larger widget sustainability and transformation plans.")
    question = "What did Jane Roe say should be learned from when implementing the widget sustainability and transformation plans?"
    assert _best(text, question, "other") == "the over-optimism"


def test_what_something_is_seen_as_stops_before_what_it_is_for():
    text = "Integration is not the answer to improving widgets, but should be seen as the means to an end to transform services."
    assert _best(text, "Jane Roe says integration should be seen as what, rather than the answer to improving widgets?",
                 "other") == "the means to an end"


@pytest.mark.parametrize("question", ["Which leadership roles did the office find were absent from the widget fund?",
                                      "What leadership post was missing when the widget fund was set up?",
                                      "What key leadership role was missing from the widget fund's set-up?"])
def test_a_post_asked_for_by_what_it_is_is_answered_by_words_naming_a_post(question):
    text = "The widget fund requires strong leadership and effective widget working, both of which have been lacking."
    assert _best(text, question, "other") is None  # lacking leadership, but no post named
    text = "Errors include the absence of a central management team or programme director to lead the widget fund."
    assert _best(text, question, "other") == "a central management team or programme director"


@pytest.mark.parametrize("question", ["Who was given the job of drawing up widget plans?", "Who was tasked with drawing up widget plans?"])
def test_who_was_tasked_with_something_is_whoever_the_sentence_says_was_tasked(question):
    text = "But local areas were tasked with developing widget plans for spending the Fund with minimal central input."
    assert _best(text, question, "person") == "local areas"
    assert _best(text, "Who drew the widget plans?", "person") is None  # no person named, nor asked who was tasked


def test_whose_thing_is_the_owner_the_sentence_gives_it():
    text = "Perhaps unsurprisingly, local widget plans failed to meet Ministers’ expectations, with savings of £55m."
    assert _best(text, "Whose expectations did the first widget plans fail to meet?", "person") == "Ministers"
    assert _best(text, "Whose savings did the widget plans report?", "person") is None  # nobody's savings named


def test_which_things_runs_on_through_the_noun_asked_for():
    text = "New widget roles are difficult to implement because of the divide between the health and social care workforces."
    assert _best(text, "Which workforces are divided, making new widget roles hard to implement?", "other") == "the health and social care workforces"


def test_which_fund_is_the_phrase_headed_by_fund():
    text = "The report said of the £2.1bn NHS widget and gadget fund for 2016-17, £1.8 billion was allocated to cover deficits."
    assert _best(text, "Which fund allocated £1.8 billion to cover deficits?", "other") == "NHS widget and gadget fund"
    spaced = text.replace("£2.1bn", "£2.1 billion")  # a sum written with a space is no part of the name
    assert _best(spaced, "Which fund allocated £1.8 billion to cover deficits?", "other") == "NHS widget and gadget fund"


def test_money_question_gets_the_amount():
    assert _best(SENTENCE, "How much more than planned did the admissions cost?", "money") == "£311m"


def test_figures_named_in_the_question_are_not_the_answer():
    text = "NHS England’s ambition to save £900m through introducing seven new care models may be optimistic."
    assert _best(text, "How many new care models were meant to save £900m?", "count") == "seven"


def test_a_count_of_something_else_is_not_an_answer():
    text = "The NAO wants seven new care models in place."
    assert _best(text, "How many sustainability plans are there?", "count") is None


def test_from_to_gives_the_new_figure_unless_asked_where_it_started():
    text = "The number of conditions is set to reduce from eight to three."
    assert _best(text, "How many conditions will areas have to meet?", "count") == "three"
    assert _best(text, "How many conditions were there originally, before the change?", "count") == "eight"


def test_ages_are_not_amounts():
    assert [s.text for s in typed_spans("admissions of people over 65 fell by 2,000", "number")] == ["2,000"]


def test_what_kind_of_takes_the_qualifying_words():
    text = "The NAO said it had found “no compelling evidence” that integration saves money."
    assert [s.text for s in modifier_spans(text, tokenize("evidence"))] == ["no compelling evidence"]


def test_names_drop_titles_and_organisation_words():
    names = [s.text for s in person_spans("The Rt Hon Margaret Hodge MP, Chair of the Committee of Public Accounts, spoke.")]
    assert names == ["Margaret Hodge"]


def test_numbers_compare_by_value():
    assert numeric_value("£5.3bn") == numeric_value("£5.3 billion") == "5300000000"
    assert same_answer("87,000", "they rose by 87000 in all")
    assert not same_answer("87,000", "they rose by 106,000")


def test_ordinals_are_not_fractions():
    assert typed_spans("in the third year", "percent") == []
    assert [s.text for s in typed_spans("less than two-thirds of it", "percent")] == ["less than two-thirds"]


def test_quoted_and_role_spans_slice_exactly():
    from bot.extract import quoted_spans, role_spans

    text = "she said “ hello world” today"
    assert all(text[s.start : s.end] == s.text for s in quoted_spans(text))
    assert role_spans("He showed no remorse, the head of it, said", ["Morse"]) == []


def test_the_cause_before_meaning_answers_why_the_effect_happened():
    text = "But local areas were given minimal central input, meaning no central programme team."
    # (a cause stops where the question's own words resume, but not inside its last noun phrase: "central input")
    assert _best(text, "Why was there no central programme team?", "reason") == "local areas were given minimal central input"
    assert not (_best(text, "Why were local areas given minimal input?", "reason") or "").startswith("local areas")


def test_the_clause_before_and_so_answers_why_what_follows_happened():
    from bot.reasons import reason_spans
    text = ("Perhaps unsurprisingly, local widget plans failed to meet expectations with savings of just £5m - "
            "far from the £1 billion targeted - and so all proposals had to be resubmitted.")
    found = [s.text for s in reason_spans(text, set(tokenize("Why did every proposal have to be sent in again?")))]
    assert found == ["local widget plans failed to meet expectations with savings of just £5m"]  # not the aside between dashes


@pytest.mark.parametrize("text, question, cause", [
    ("“Success depends on goodwill but delays and changes to the widget design have weakened its credibility,” she said.",
     "What eroded the widget fund's credibility?", "delays and changes to the widget design"),
    ("“Years of cuts to council budgets have led to a significant squeeze on widget care.”",
     "What does the widget union blame for the squeeze on widget care?", "Years of cuts to council budgets"),
    ("Such incompetence is unacceptable at a time when widget demand is rising, and funding is falling.",
     "Why was the incompetence especially unacceptable?", "widget demand is rising"),
    ("It adds that without full council engagement, there is a risk that widgets could become sidelined.",
     "Under what circumstances could widgets be pushed aside?", "without full council engagement"),  # the condition keeps "without"
])
def test_what_brought_the_effect_about_is_the_cause(text, question, cause):
    from bot.reasons import reason_spans
    assert cause in [s.text for s in reason_spans(text, set(tokenize(question)))]


def test_a_passive_causal_verb_names_its_cause_after_by_not_before():
    from bot.reasons import reason_spans
    text = "A report said the integration of widget services have been hindered by rising demand for widgets."
    found = [s.text for s in reason_spans(text, set(tokenize("What did the office say had hindered the integration of widget services?")))]
    assert not any(f.startswith("A report said") for f in found)
    assert "rising demand for widgets" in found


@pytest.mark.parametrize("text, question, reason", [
    ("“The need for widget co-ordination is clear – increasing numbers of people are unable to get widgets, and fall back on gadgets.",
     "Why did she say widget co-ordination was clearly needed?", "increasing numbers of people are unable to get widgets"),
    ("Jo Bloggs emphasised that the office does not look at the efficacy of policy – it has no view on whether widgets work.",
     "Why does the office have no view on whether widgets work?", "the office does not look at the efficacy of policy"),
])
def test_one_side_of_a_lone_dash_explains_the_other(text, question, reason):
    from bot.reasons import reason_spans
    assert reason in [s.text for s in reason_spans(text, set(tokenize(question)))]


def test_no_dash_explanation_across_an_aside_or_from_an_unreported_claim():
    from bot.reasons import reason_spans
    aside = "Plans saved just £5m - far from the £1bn targeted - and so all were resubmitted."
    assert "far from the £1bn targeted" not in [s.text for s in reason_spans(aside, set(tokenize("why were plans resubmitted")))]
    text = "“The need for widgets is clear – more people fall back on gadgets.”"
    assert "The need for widgets is clear" not in [s.text for s in reason_spans(text, set(tokenize("why do people fall back on gadgets")))]


def test_a_cause_stating_a_figure_the_question_lacks_is_not_cut_as_a_restatement():
    text = "Despite a planned fall of 40,000, widget returns rose by 12,000, resulting in costs of £90m more than planned."
    assert _best(text, "What was behind the £90m by which widget costs exceeded plans?", "reason") == "widget returns rose by 12,000"


def test_the_body_drawing_a_conclusion_is_its_source_not_its_subject():
    text = "The National Audit Office draws similar conclusions of a lack of demonstrable results from the Integration Pioneers to date."
    assert _best(text, "Which other initiative showed a similar lack of demonstrable results?", "org") == "Integration Pioneers"
    assert _best(text, "Which body drew similar conclusions about the Integration Pioneers?", "org") == "National Audit Office"


def test_since_and_as_are_times_and_examples_not_causes():
    from bot.reasons import reason_spans
    assert reason_spans("Since 2015, it has risen by 10%.", set(tokenize("why has it risen since 2015"))) == []
    text = "Because of rising demand, this creates the risk of delays."
    found = [s.text for s in reason_spans(text, set(tokenize("why does rising demand matter")))]
    assert found == ["delays"]  # the restated cause is not offered


def test_nurses_who_left_are_not_what_is_left_of_a_range():
    from bot.spans import _TO_HOW_MANY
    assert not _TO_HOW_MANY.search("How many nurses left the NHS last year?")
    assert _TO_HOW_MANY.search("After the revisions, how many indicators were left?")
    assert _TO_HOW_MANY.search("the widget bit - how many indicators did it go down to")
    assert _TO_HOW_MANY.search("How many indicators are now attached to the widget part?")
    assert _TO_HOW_MANY.search("The number of widget indicators was reduced from six to what?")


# One sentence, one question, the short answer expected (open questions, reasons, descriptions).
OPEN_CASES = [
    pytest.param('Arguably, those plans and targets were always unrealistic, given they included targets to reduce emergency admissions, an achievement which would have required a major reversal of long-term trends.',
                 'Why were the plans and targets always unrealistic?', 'reason', 'a major reversal of long-term trends',
                 id='a_reason_that_only_restates_the_question_gives_way_to_the_real_one'),
    pytest.param('“This aim has been buried under a slew of poorly designed integration initiatives,” she said.',
                 'How did she describe the integration initiatives?', 'quote', 'poorly designed integration initiatives',
                 id='how_something_was_described_is_the_words_qualifying_it'),
    pytest.param('Jane Roe said: “Integrating the widget and gadget sectors is a significant challenge in normal times, let alone now.”',
                 'How did Jane Roe describe integrating widgets and gadgets, even in calm times?', 'quote', 'a significant challenge in normal times',
                 id='describing_an_activity_is_what_it_is_said_to_be'),
    pytest.param('The office said it had found “no compelling evidence” that widget integration would save money, with evaluations inhibited.',
                 'What evidence did the office find that widget integration saves money?', 'other', 'no compelling evidence',
                 id='what_evidence_takes_how_the_evidence_is_qualified'),
    pytest.param('The office said it had found “no compelling evidence” that widget integration would lead to savings.',
                 'Did the office find proof that widget integration leads to savings? what did they say', 'other', 'no compelling evidence',
                 id='a_yes_no_question_followed_by_a_what_is_still_yes_no'),
    pytest.param('Revisions to the fund have cut the number of related indicators from six to one, and more.',
                 'What did the revisions do to the number of indicators?', 'other', 'from six to one',
                 id='what_happened_to_the_number_of_something_is_its_range'),
    pytest.param('The report argues that because organisations struggle with their own viability, this increases the risk of unhealthy competition and a culture of blame when things go wrong, rather than encouraging integration.',
                 'Why might organisations struggling with their own viability hinder integration?', 'reason', 'unhealthy competition and a culture of blame',
                 id='a_cause_that_restates_the_question_gives_way_to_what_it_leads_to'),
    pytest.param('“But that could leave gaps in delivering what is needed – an integrated service. Serious political leadership is needed.”',
                 'What did Morse say is needed?', 'other', 'Serious political leadership',
                 id='what_is_needed_takes_the_subject_of_is_needed'),
    pytest.param('The vanguard sites were selected to lead the development of new care models that will act as “blueprints” for the future.',
                 'What are the new care models meant to serve as for the future?', 'other', 'blueprints',
                 id='the_slot_after_the_questions_verb_may_open_a_quotation'),
    pytest.param("Local government has reservations about sacrificing over half of its financial resources towards NHS England's priorities.",
                 'How much of its money were councils wary of giving up?', 'money', 'over half',
                 id='how_much_of_its_money_may_be_a_share'),
    pytest.param('Margaret Willcox said the case for a “single, shared and sustainable funding settlement” for health and social care was “overwhelming”.',
                 'How did Margaret Willcox describe the case for a single funding deal?', 'quote', 'overwhelming',
                 id='a_quoted_word_said_of_the_subject_describes_it'),
    pytest.param('“So far, benefits have fallen far short of plans, despite much effort.”',
                 'What did Morse say had happened to the benefits so far compared with the plans?', 'other', 'fallen far short of plans',
                 id='what_happened_to_a_thing_so_far_is_its_predicate'),
    pytest.param('Jane Roe has expressed “dismay” that “planning for the widget fund has been such a shambles”.',
                 'jane roe described the planning for the widget money as a what?', 'quote', 'such a shambles',
                 id='described_as_a_what_is_what_the_subject_is_said_to_be'),
    pytest.param('Willcox said the case for a shared settlement was "overwhelming".',
                 'How did Willcox describe the case for a shared settlement?', 'quote', 'overwhelming',
                 id='straight_quotes_count_like_curly_ones'),
]


@pytest.mark.parametrize("text, question, kind, expected", OPEN_CASES)
def test_open_question_answers(text, question, kind, expected):
    assert _best(text, question, kind) == expected


@pytest.mark.parametrize("question, expected", [
    ("What word did Jane Roe use to describe the departments' incompetence?", "unacceptable"),
    ("jane roe's one-word verdict on the widget fund planning", "such a shambles"),
    ("Jane Roe described the departments' incompetence with a particular word - what was it?", "unacceptable"),
])
def test_what_word_answers_with_a_word_not_a_clause(question, expected):
    text = ("Jane Roe has expressed “dismay” that “planning for the widget fund has been such a shambles”, and "
            "such incompetence from departments is unacceptable at a time when demand is rising.")
    assert _best(text, question, "quote") == expected


def test_what_word_finds_no_word_in_a_sentence_that_only_restates_the_subject():
    text = "The report hit the headlines for its conclusion that widgets have been slower and less successful than envisaged."
    assert _best(text, "What word did Jane Roe use to describe the office's conclusions?", "quote") is None
    assert _best("The office’s conclusions are salutary.", "What word did Jane Roe use to describe the office's conclusions?",
                 "quote") == "salutary"
    assert _best("The office’s conclusions are salutary.", "What word did Jane Roe use for the office's conclusions?", "quote") == "salutary"


def test_by_how_much_in_pounds_is_not_a_percentage():
    assert _best("Councils cut widget spending by 5.3% between 2010-11 and 2016-17.",
                 "By how much in pounds did councils cut widget spending?", "money") is None
    for asked in ("By how many pounds did councils' widget spending fall?", "how much in £ did councils cut from widget spending"):
        assert _best("Councils cut widget spending by 5.3% between 2010-11 and 2016-17.", asked, "money") is None


def test_over_what_period_takes_the_period_and_a_baseline_the_year_measured_against():
    text = "Councils cut widget spending by 5.3% between 2010-11 and 2016-17."
    assert _best(text, "Over what period did councils cut widget spending by 5.3%?", "date") == "between 2010-11 and 2016-17"
    target = "Widget areas were targeted with a 3.5% cut on 2014 levels, by 2016."
    assert _best(target, "What was the baseline for the 3.5% widget cut?", "date") == "2014"


def test_which_programme_names_a_scheme_not_a_body():
    text = "The Widget Office draws similar conclusions from the Gadget Pioneers, a scheme run by NHS England."
    assert _best(text, "Which other programme did the office find had little to show?", "org") == "Gadget Pioneers"
    assert _best("The NHS and the NAO found little.", "Which programme had little to show?", "org") is None


@pytest.mark.parametrize("question", ["Jane Roe was commenting as chair of what?", "What was Jane Roe chief executive of?"])
def test_a_post_of_what_is_answered_by_the_body_after_the_post(question):
    text = "Jane Roe MP, Chair of the Widget Committee, and Jo Bloggs, chief executive and general secretary of the WCU, spoke."
    assert _best(text, question, "org") == ("Widget Committee" if "chair" in question else "WCU")


def test_a_surname_after_an_honorific_is_a_person_when_no_full_name_is_given():
    assert [s.text for s in person_spans("“We would welcome it,” said Ms Roe.")] == ["Ms Roe"]
    assert [s.text for s in person_spans("Ms Jane Roe said it.")] == ["Jane Roe"]  # the full name, once


def test_a_quoted_remark_is_no_title_but_a_short_quoted_name_may_be():
    remark = "“The union supports widgets but, as this report identifies, the aim has been buried under a slew of poorly designed initiatives,” she said."
    assert _best(remark, "What was the widget report actually called?", "title") is None
    assert _best("The office's report, “Widget integration”, came out in May.", "What was the report called?", "title") == "Widget integration"


def test_a_reason_is_not_cut_short_at_a_minor_question_word():
    text = "The office said the widget fund had improved joint working, but not achieved its potential – due to increased demand for care and constrained finances."
    weights = {**_weights("What held the widget fund back from reaching its potential?"), **{t: 0.1 for t in tokenize("care")}}
    found = best_span(text, "What held the widget fund for care back from reaching its potential?", "reason", weights)
    assert found and found[0].text == "increased demand for care and constrained finances"


def test_a_question_ending_at_a_preposition_is_answered_by_what_follows_it_in_the_sentence():
    text = ("The failure of the widget fund to deliver savings has put the government’s plan for health and social care "
            "integration by 2020 at “significant risk”, the office has found.")
    q = "What did the office say the widget fund's failures have put the government's 2020 integration plan at?"
    assert _best(text, q, "other") == "significant risk"


def test_over_what_period_is_answered_by_a_stretch_of_time_not_any_stretch():
    q = "What period did the widget spending cut cover?"
    assert _best("Without full local authority engagement in the widget process, there is a risk.", q, "date") is None
    assert _best("The widget fund will be boosted in the last two years of this parliament.", "Over what period will the widget fund be boosted?",
                 "date") == "the last two years of this parliament"


def test_who_developed_a_policy_may_be_answered_by_bodies():
    text = "The Department of Widgets and the Department for Gadgets developed the fund's policy."
    assert _best(text, "Who developed the widget fund policy?", "person") == "Department of Widgets and the Department for Gadgets"


def test_a_surname_reporting_speech_is_a_person_when_no_full_name_is_given():
    assert [s.text for s in person_spans("The answer may lie elsewhere, Roe argued, adding: “Leadership is needed.”")] == ["Roe"]
    assert [s.text for s in person_spans("Where it has worked, indicated McRoe, it took years.")] == ["McRoe"]
    assert [s.text for s in person_spans("He said it would take years.")] == []


def test_how_does_it_compare_is_answered_by_the_comparison():
    text = "Current widget plans are on track to save at least £314 million, but this is still less than two-thirds of that originally expected."
    assert _best(text, "How did the widget savings compare with what was originally expected?", "other") == "still less than two-thirds"


def test_a_cause_after_comma_as_is_a_reason():
    text = "The office concluded that the ambition to save £900m through new widgets “may be optimistic”, as they were yet unproven."
    assert _best(text, "Why did the office say the £900m ambition may be optimistic?", "reason") == "they were yet unproven"


def test_what_the_abbreviation_stands_for_names_the_abbreviation_not_the_word_abbreviation():
    from bot.spans import _STANDS_FOR
    assert _STANDS_FOR.search("What does the abbreviation STPs stand for in the report?").group(1) == "STPs"
    assert _STANDS_FOR.search("What does WCF stand for?").group(1) == "WCF"


def test_who_was_actually_responsible_may_be_answered_by_bodies():
    text = "The Widget Department developed the policy, with Widget England and the Widget Association responsible for delivery."
    assert _best(text, "Who was actually responsible for delivering the widget fund?", "person") == "Widget England and the Widget Association"


def test_a_question_ending_on_as_in_future_takes_what_follows_as():
    text = "The widget sites were selected to lead new care models which will act as the blueprints for the service."
    assert _best(text, "What are the new care models intended to act as in future?", "other") in (
        "blueprints", "the blueprints for the service")


def test_which_two_bodies_is_answered_by_both_together():
    text = "The Widget Department developed the policy, with Widget England and the Widget Association responsible for delivery."
    assert _best(text, "Which two bodies were responsible for delivering the widget fund?", "org") == \
        "Widget England and the Widget Association"


def test_a_year_the_question_names_is_no_answer_to_when():
    from bot.spans import _in_question
    text = "Funding per person will rise by 0.5% in 2018-19."
    (span,) = [s for s in typed_spans(text, "date") if s.text == "2018-19"]
    assert _in_question(span, "When did the 2018 widget report come out?", set())
    assert not _in_question(span, "When will widget funding rise?", set())


def test_what_something_was_selected_to_do_is_why_it_was_selected():
    from bot.reasons import reason_spans
    text = "The so-called widget sites currently number around 50 and were selected to take a lead on new widget models that will act as blueprints."
    assert "take a lead on new widget models" in [s.text for s in reason_spans(text, set(tokenize("Why were the widget sites selected?")))]



@pytest.mark.parametrize("question", ["What did the office conclude about the chances of the government meeting its 2020 widget deadline?",
                                      "How did the office rate the risk to the widget plan?",
                                      "how serious did the office say the threat is to the widget plan for 2020?"])
def test_how_likely_something_is_asked_for_is_the_level_of_risk_stated(question):
    text = "The failure of the widget fund has put the government’s widget plan for 2020 at “significant risk”, the office has found."
    assert _best(text, question, "other") == "significant risk"


def test_the_cause_before_meaning_is_the_circumstance_next_to_it():
    from bot.reasons import reason_spans
    text = ("But local areas were tasked with developing tailored widget plans with minimal central input, "
            "meaning no central programme team or programme director.")
    found = [s.text for s in reason_spans(text, set(tokenize("Why was there no central programme team for the widget fund?")))]
    assert found == ["minimal central input"]


def test_a_condition_is_no_cause_of_what_happened():
    text = "It adds that without full widget engagement, there is a risk that widget deficits would grow."
    assert _best(text, "What caused the widget deficits?", "reason") is None
    assert _best(text, "Why might widget deficits grow?", "reason") == "without full widget engagement"



def test_a_cause_before_this_increases_is_read_to_its_comma():
    from bot.reasons import reason_spans
    text = "The report argues that because widget bodies struggle with their own viability, this increases the risk of unhealthy competition."
    found = [s.text for s in reason_spans(text, set(tokenize("What increases the risk of unhealthy competition?")))]
    assert "widget bodies struggle with their own viability" in found


def test_what_a_sum_was_allocated_to_do_is_why_it_was_given_unless_that_is_what_is_asked():
    from bot.reasons import reason_spans
    text = "Of the £2.1bn widget fund, £1.8 billion was allocated to cover gadget deficits."
    assert [s.text for s in reason_spans(text, set(tokenize("Why was £1.8bn of the widget fund handed out?")))] == ["cover gadget deficits"]
    assert reason_spans(text, set(tokenize("What caused the gadget deficits that absorbed £1.8bn?"))) == []


def test_a_reporting_verb_alone_is_never_the_answer():
    text = "The answer may lie in local widget flexibility, Jo Bloggs argued, adding: “But that could leave serious gaps.”"
    question = "What downside did Jo Bloggs see in relying on local widget flexibility?"
    found = scored_spans(text, question, "other", {t: 1.0 for t in tokenize(question)}, ["Jo Bloggs"])
    assert found and not any(s.text in ("adding", "argued") for _, s in found)


def test_let_alone_times_when_states_why_it_is_harder_now():
    from bot.reasons import reason_spans
    text = "“Integrating widget services is a significant challenge in normal times, let alone times when both sectors are under such severe pressure."
    found = [s.text for s in reason_spans(text, set(tokenize("Why is integrating widget services especially difficult at the moment?")))]
    assert "both sectors are under such severe pressure" in found
