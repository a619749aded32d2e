"""How a question asks for something to be described, and the words describing it (pure)."""
import pytest

from bot.described import described_candidates, first_words
from bot.extract import Span
from bot.spans import best_span
from bot.tokens import tokenize, tokenize_spans


def _best(text: str, question: str) -> str | None:
    q = set(tokenize(question))
    found = best_span(text, question, "quote", {t: 1.0 for t in q})
    return found[0].text if found else None


def test_a_description_ends_at_its_first_preposition_when_one_word_is_asked():
    text = "Such incompetence is unacceptable at a time when demand is rising."
    at = text.index("unacceptable")
    assert first_words(Span(at, len(text) - 1, text[at:-1], "quote")).text == "unacceptable"


def test_every_candidate_is_a_slice_of_the_sentence():
    text = "Jo Bloggs said the widget initiatives were “poorly designed”, and the case for a single settlement was “overwhelming”."
    question = "How did Jo Bloggs describe the widget initiatives?"
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize(question))]
    found = described_candidates(text, question, matched)
    assert found and all(text[c.start : c.end] == c.text for c in found)


@pytest.mark.parametrize("text, question, described", [
    # what the thing does: "WTPs offer [a sensible structure]"
    ("WTPs offer a sensible structure for doing that.",
     "How did the widget article describe what WTPs offer for taking integration forward?", "a sensible structure"),
    # judged before what is judged: "it is “deeply disturbing that local government believes ...”"
    ("She noted that it is “deeply disturbing that local government believes the widget changes move the agenda backward”.",
     "How did she characterise local government's belief that the widget changes move the agenda backward?", "deeply disturbing"),
    # what was called "unacceptable" is the subject of "is unacceptable"
    ("The fund requires strong leadership, and “such incompetence from widget departments is unacceptable at a time when demand is rising,” she said.",
     "What did she call 'unacceptable' at a time when demand is rising?", "such incompetence from widget departments"),
    # ... quoted or not
    ("The fund requires strong leadership, and “such incompetence from widget departments is unacceptable at a time when demand is rising,” she said.",
     "What did the widget chair call unacceptable from departments?", "such incompetence from widget departments"),
    # ... or named by what she said it was
    ("The fund requires strong leadership, and “such incompetence from widget departments is unacceptable at a time when demand is rising,” she said.",
     "What did the widget chair call the departments' handling of the fund that she said was unacceptable?", "such incompetence from widget departments"),
    # the thing described, named with a clause describing it ("the pressure [both sectors are under]")
    ("Jo Bloggs said: “Integrating widgets is a significant challenge in normal times, let alone when both sectors are under such severe pressure.",
     "How did Jo Bloggs describe the pressure both the widget and gadget sectors are under?", "severe pressure"),
    # the question's own closing phrase ("in normal times") is no part of the description
    ("Jo Bloggs said: “Integrating the widget and gadget sectors is a significant challenge in normal times, let alone now.”",
     "How did Jo Bloggs describe integrating the widget and gadget sectors 'in normal times'?", "a significant challenge"),
])
def test_how_something_was_described(text, question, described):
    assert _best(text, question) == described


@pytest.mark.parametrize("phrase, noun", [("the structure STPs offer", "the structure"),
                                          ("the pressure both the widget and gadget sectors were under", "the pressure"),
                                          ("the benefits delivered so far", "the benefits"),
                                          ("the Better Care Fund", "the Better Care Fund"), ("the financial incentives", "the financial incentives")])
def test_the_thing_described_ends_before_a_clause_describing_it(phrase, noun):
    from bot.described import _before_relative
    assert _before_relative(phrase) == noun


def test_a_long_thing_described_set_off_by_a_comma_is_read_whole():
    text = "Jo Bloggs said: “Integrating the widget and gadget care sectors is a significant challenge in normal times, let alone now.”"
    assert _best(text, "How did Jo Bloggs describe integrating the widget and gadget care sectors, even in normal times?") == "a significant challenge"


def test_a_long_activity_described_at_the_end_of_the_question_is_read_whole():
    text = ("Jo Bloggs said: “Integrating the widget and gadget care sectors is a significant challenge in normal times, "
            "let alone times when both sectors are under such severe pressure.")
    assert _best(text, "How did Jo Bloggs describe integrating the widget and gadget care sectors?") == "a significant challenge in normal times"


def test_how_something_compared_with_expectations_is_described_by_a_comparison(tmp_path):
    from tests.test_answer_rules import _answerer
    a = _answerer(tmp_path, warned="Widget review\n\nThe office today warned that progress with widget integration had been "
                  "slower and less successful than expected.\n",
                  called="Widget report\n\nThe office has called for further and faster progression towards widget integration.\n")
    question = "How did the office sum up widget integration's progress compared with what had been expected?"
    assert a.answer(question).short_answer == "slower and less successful than expected"  # a comparison, not "faster progression"


def test_describing_the_job_of_doing_something_is_describing_doing_it():
    text = "Jo Bloggs said: “Integrating the widget sectors is a significant challenge in normal times, let alone now.”"
    assert _best(text, "How did Jo Bloggs describe the job of integrating the widget sectors even in normal times?") == "a significant challenge"


def test_describing_the_effect_of_something_is_what_it_led_to():
    text = "“Years of cuts to widget budgets have led to a significant squeeze on widget care.”"
    assert _best(text, "How did Jo Bloggs describe the effect of years of widget budget cuts on widget care?") == "a significant squeeze"
    assert _best(text, "How did Jo Bloggs characterise what years of widget budget cuts have done to widget care?") == "a significant squeeze"


def test_the_word_for_a_thing_is_the_modifier_before_it_not_the_thing():
    text = "“This aim has been buried under a slew of poorly designed widget initiatives in England,” she said."
    assert _best(text, "What adjective did Jo Bloggs use for the widget initiatives in England?") == "poorly designed"


def test_what_she_called_a_thing_she_judged_is_the_subject_of_that_judgement():
    text = "The fund requires “strong leadership”, and “such incompetence from widget departments is unacceptable at a time when need is rising,” she said."
    assert _best(text, "What word did Jo Bloggs use for the departments' handling of the fund, which she called unacceptable?") == "such incompetence"
    assert _best(text, "What did Jo Bloggs call the departments' handling of the fund, saying it was unacceptable?").startswith("such incompetence")


@pytest.mark.parametrize("text, question, verdict", [
    ("The fund requires “strong leadership”, and “such incompetence from widget departments is unacceptable at a time when need is rising,” she said.",
     "How did Jo Bloggs judge the incompetence shown by widget departments?", "unacceptable"),
    ("The auditors concluded that the widget board’s ambition to save £9m through introducing seven new widget models “may be optimistic”, as they were unproven.",
     "How did the auditors rate the widget board's ambition?", "may be optimistic"),
    ("Officials said widget planning across the region was weak and patchy.",
     "How did officials rate widget planning across the region?", "weak and patchy"),
])
def test_a_verdict_asked_with_a_judging_verb_is_the_judging_words(text, question, verdict):
    assert _best(text, question) == verdict


@pytest.mark.parametrize("text, question, described", [
    # "the kind of settlement she wants": the settlement itself
    ("Jo Bloggs said the case for a “lasting widget settlement” was “overwhelming”.",
     "How did Jo Bloggs describe the kind of widget settlement she wants?", "lasting widget settlement"),
    # "the benefits achieved so far against what had been planned": the benefits
    ("“So far, widget benefits have fallen far short of plans, despite much effort.”",
     "How did Jo Bloggs sum up the widget benefits achieved so far against what had been planned?", "fallen far short of plans"),
])
def test_the_thing_described_is_read_past_its_kind_and_what_follows_it(text, question, described):
    assert _best(text, question) == described


@pytest.mark.parametrize("text, question, verdict", [
    ("Arguably, those widget plans and targets were always unrealistic, given they included targets to reduce admissions.",
     "In the widget blog's view, how realistic were the widget plans and targets all along?", "always unrealistic"),
    ("The auditors concluded that the widget board’s ambition to save £9m through introducing seven new widget models “may be optimistic”, as they were unproven.",
     "How realistic did the auditors consider the widget board's ambition?", "may be optimistic"),
])
def test_how_realistic_asks_for_the_verdict_on_the_thing_named(text, question, verdict):
    assert _best(text, question) == verdict


def test_what_verdict_someone_passed_on_a_thing_is_the_judging_words():
    text = "The fund requires “strong leadership”, and “such incompetence from widget departments is unacceptable at a time when need is rising,” she said."
    assert _best(text, "What verdict did Jo Bloggs pass on the widget departments' incompetence?") == "unacceptable"


@pytest.mark.parametrize("question, text, answer", [
    ("How hard did the office think new widget roles would be to put into practice?",
     "New widget roles could help to support care, but this is difficult to implement because of the divide.", "difficult to implement"),
    ("How difficult did Jo Bloggs say merging widget services is?",
     "Jo Bloggs said: “Merging widget services is a significant challenge in normal times.”", "a significant challenge"),
])
def test_how_hard_is_answered_by_a_word_on_that_scale(question, text, answer):
    assert _best(text, question) == answer


def test_how_easy_finds_nothing_in_a_sentence_without_such_a_word():
    text = "The widget report hit the headlines for its conclusion on the 2020 target."
    assert described_candidates(text, "How easy will it be to hit the 2020 widget target?", []) == []


def test_the_way_a_thing_was_done_is_its_doing():
    # "the way the fund had been planned": what "planning for the fund" has been, not the other quoted word
    text = "Jo Bloggs has expressed “dismay” that “planning for the Widget Fund has been such a shambles”."
    question = "What word did Jo Bloggs use for the way the fund had been planned?"
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize(question))]
    assert [c.text for c in described_candidates(text, question, matched)] == ["such a shambles"]


def test_a_verdict_on_a_belief_is_the_judging_words_before_what_is_believed():
    text = ("“Delays have weakened its credibility,” she said, noting that it is “deeply disturbing that local government "
            "believes the changes to widget targets and how the fund will be run move the widget agenda backward”.")
    question = "How did Jo Bloggs view councils' belief that the revised widget targets were moving the widget agenda backwards?"
    assert [c.text for c in described_candidates(text, question, [])][:1] == ["deeply disturbing"]


def test_a_verdict_inside_a_quoted_clause_is_its_predicates_first_words():
    text = "She said “such incompetence from Departments is unacceptable at a time when widget demand is rising”."
    question = "How did Jo Bloggs rate the departments' handling of widget demand?"
    assert [c.text for c in described_candidates(text, question, [])] == ["unacceptable"]


def test_how_big_a_risk_is_answered_by_the_sized_noun():
    text = "The widget deadline, which the office set in 2015 after a review of widget plans, is at significant risk."
    question = "How big a risk did the office think the widget deadline was under?"
    assert [c.text for c in described_candidates(text, question, [])] == ["at significant risk"]


@pytest.mark.parametrize("text", ["Councils may challenge the widget decision.", "Hard-pressed councils cut widget care."])
def test_a_verb_or_a_compound_is_no_word_on_the_difficulty_scale(text):
    assert described_candidates(text, "How hard is widget integration?", []) == []


def test_someones_stance_is_what_the_text_says_they_have_or_are():
    text = "The widget office disliked the cuts, whilst local government has reservations about the widget plans."
    question = "How did Jo Bloggs describe local government's stance?"
    assert "reservations about the widget plans" in [c.text for c in described_candidates(text, question, [])]


def test_an_activity_named_by_its_verb_is_described_by_what_it_is():
    text = ("The office notes that “expecting such widget returns within one year is ambitious against a trend of rising "
            "returns”, and that funding is tight.")
    assert _best(text, "How did the office characterise expecting areas to cut widget returns by 3.5% within a single year?") == "ambitious"


def test_the_thing_named_with_one_word_added_describes_nothing():
    text = "The office doubted the plan to save £9m by introducing seven new widget models, calling it optimistic."
    found = described_candidates(text, "How did the office describe the seven new widget models?", [])
    assert "introducing seven new widget models" not in [c.text for c in found]


def test_a_verdict_ends_where_what_it_is_set_against_begins():
    text = "The office notes that expecting such widget returns within one year is ambitious against a trend of rising returns."
    assert _best(text, "How did the office describe the expectation of cutting widget returns within one year?") == "ambitious"


@pytest.mark.parametrize("question", ["Among programmes spanning councils and the NHS, how was the Widget Fund described?",
                                      "How was the Widget Fund ranked among programmes spanning councils and the NHS?"])
def test_what_a_sentence_opens_by_calling_the_thing_it_then_names_describes_it(question):
    text = "One of the most ambitious programmes introduced spanning the NHS and councils, the fund was a pooled £5m budget."
    assert _best(text, question) == "One of the most ambitious programmes"


def test_what_a_sentence_calls_a_thing_right_after_naming_it_describes_it():
    text = "The office said the Widget Fund, the government’s main widget tool, had improved joint working."
    assert _best(text, "How was the Widget Fund described in terms of its role in widget policy?") == "the government’s main widget tool"


def test_a_thing_named_with_a_relative_clause_is_the_noun_before_it():
    text = "The leader of the widget college has called for better co-ordination of widget plans, in the wake of a highly critical report."
    question = "How was the office report that prompted the widget college leader's call for better co-ordination described?"
    assert _best(text, question) == "highly critical report"


def test_what_they_are_said_to_be_describes_the_plural_thing_before():
    text = "The office said the ambition to save £9m through seven new widget models “may be optimistic”, as they were yet unproven and their impact unclear."
    assert _best(text, "How did the office describe the seven new widget models?") == "yet unproven"


def test_a_direct_description_still_wins_over_what_they_are_said_to_be_later():
    text = "The widget plans were wholly unrealistic, and they were late."
    assert _best(text, "How did the office describe the widget plans?") == "wholly unrealistic"


def test_a_gap_between_two_sums_is_described_by_how_far_apart_they_are():
    text = "Local widget plans projected savings of just £55 million - light years away from the £1 billion targeted."
    assert _best(text, "How was the gap between the £55 million in widget plans and the £1 billion target described?") == "light years away"


def test_a_thing_known_by_its_name_is_described_only_where_a_sentence_names_it():
    text = "Those plans were always unrealistic, given they included targets to cut delayed transfers of care."
    assert _best(text, "How was the Better Care Fund described in terms of its role in widget policy?") is None


def test_what_a_thing_acts_as_describes_it():
    text = ("The so-called “pilot” sites number around 50 and were selected to take a lead on the development of new "
            "widget models that will act as “blueprints” for the future.")
    found = described_candidates(text, "What word was used for the new widget models that pilot sites would develop for the future?", [])
    assert [c.text for c in found] == ["blueprints"]


def test_a_sentence_opening_with_a_time_or_a_source_names_no_description():
    for text in ("In April 2015, the widget fund was launched across England.",
                 "According to the widget report, the fund was launched across England."):
        assert all(not c.text.startswith(("In April", "According")) for c in described_candidates(text, "How was the widget fund described?", []))


def test_a_participle_used_as_an_adjective_is_no_activity():
    text = "Rising demand for widgets was steep, and rising costs were worse."
    found = [c.text for c in described_candidates(text, "How did the office describe rising costs?", [])]
    assert "steep" not in found and "worse" in found  # "rising" qualifies the costs: no "rising X is Y" activity
