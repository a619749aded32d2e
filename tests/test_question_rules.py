"""What a question requires of an answering sentence, read off the question (pure)."""
import pytest

from bot.question_types import classify_question
from bot.question_rules import (GENERIC_SPEAKER_TERMS, WANTED, is_followup, is_quotation, is_role_question,
                                reports_reaction, requirements)
from bot.tokens import tokenize


def _needs(question: str, kind: str | None = None):
    return requirements(question, kind or classify_question(question), tokenize(question))


def test_what_did_a_body_say_requires_that_body_to_be_speaking():
    needs = _needs("What did the LGA say in response to the report?")
    assert needs.speaker == (frozenset(tokenize("LGA")),)  # one word naming it, all its terms
    assert not any(w <= GENERIC_SPEAKER_TERMS for w in needs.speaker)
    assert needs.reaction


def test_a_reaction_is_a_quotation_or_the_speaker_before_the_reporting_verb():
    lga = [frozenset(tokenize("LGA"))]
    assert reports_reaction("Responding to the report, the LGA commented that it was disappointed.", lga)
    assert not reports_reaction("But the report said the LGA had not clarified its plans.", lga)
    assert reports_reaction("“We are disappointed,” she said.", lga)


def test_what_did_someone_say_about_a_topic_requires_the_topic():
    needs = _needs("What did Jane Roe say about the budget?")
    assert needs.topic == tuple(tokenize("the budget"))
    assert needs.speaker == (frozenset(tokenize("Jane")), frozenset(tokenize("Roe")))


@pytest.mark.parametrize("question", ["What did Jane Roe liken the widget sites to?",
                                      "What did Jane Roe compare the widget sites to at the summit?"])
def test_what_did_someone_liken_a_thing_to_requires_their_words_about_that_thing(question):
    needs = _needs(question, "other")
    assert needs.speaker == (frozenset(tokenize("Jane")), frozenset(tokenize("Roe")))
    assert needs.topic == tuple(tokenize("the widget sites"))


def test_a_speech_verb_in_a_relative_clause_does_not_stretch_the_speaker():
    needs = _needs("What did Jane Roe call the office's failings, which she said were unacceptable?", "quote")
    assert needs.speaker == (frozenset(tokenize("Jane")), frozenset(tokenize("Roe")))


@pytest.mark.parametrize("question, topic", [
    ("How did Jane Roe describe the job of merging widget services?", "merging widget services"),
    ("How did Jane Roe characterise the nature of the settlement she wants?", "settlement"),
])
def test_the_thing_described_is_the_activity_not_the_job_of_doing_it(question, topic):
    assert _needs(question, "quote").topic == tuple(tokenize(topic))


def test_an_adjective_spelled_like_a_speech_verb_names_no_speaker():
    # "urgent" is not "urge": nobody is speaking in this question
    assert _needs("How much did the failure to cut urgent widget admissions cost?", "money").speaker == ()


def test_a_verdict_on_a_belief_is_about_what_is_believed():
    needs = _needs("How did Jane Roe regard councils' belief that the altered widget targets set integration back?", "quote")
    assert needs.topic == tuple(tokenize("the altered widget targets set integration back"))


def test_a_verb_after_a_possessive_is_no_speech_verb():
    needs = _needs("How did Jane Roe view councils' fear that widgets were cut?", "quote")
    assert needs.speaker == (frozenset(tokenize("Jane")), frozenset(tokenize("Roe")))


def test_how_did_things_compare_names_no_speaker():
    assert _needs("How did the widget savings compare with the plans?", "other").speaker == ()


def test_a_question_without_about_has_no_topic():
    assert _needs("What did Jane Roe say?").topic == ()


def test_when_did_someone_become_head_requires_the_tenure_event():
    needs = _needs("When did Jane Roe become head of the Widget Office?", "date")
    assert needs.event == frozenset(tokenize("become"))
    assert _needs("In what year did Jane Roe step down as head of the Widget Office?", "date").event == frozenset(tokenize("step"))


def test_the_tenure_event_only_matters_for_dates():
    assert _needs("Who did Jane Roe become head of?", "person").event == frozenset()


def test_who_is_the_current_head_cannot_be_answered_from_dated_articles():
    assert _needs("Who is the current head of the Widget Office?", "person").now


def test_who_was_head_is_not_a_question_about_now():
    assert not _needs("Who was head of the Widget Office?", "person").now


def test_short_or_pronoun_led_questions_are_follow_ups():
    assert is_followup("and what did that cost?")
    assert is_followup("What did the Widget Fund spend on it in the year before the target was missed?")


def test_a_long_self_contained_question_is_not_a_follow_up():
    assert not is_followup("What did the Widget Fund spend in 2015-16 on widget returns across England?")


@pytest.mark.parametrize("question", ["Who is Jane Roe?", "What is Jane Roe's role?", "What does Jane Roe do?"])
def test_asking_what_someone_is_is_a_role_question(question):
    assert is_role_question(question)


def test_asking_how_much_is_not_a_role_question():
    assert not is_role_question("How much did the Widget Fund spend?")


@pytest.mark.parametrize("sentence", [
    "“We are deeply disappointed by the results.",
    "The results were deeply disappointing.”",
    "“It was a shambles,” she said.",
    "She added: “The fund must be seen as the means to an end, not the end",
])
def test_a_sentence_opening_or_closing_with_quote_marks_is_a_quotation(sentence):
    assert is_quotation(sentence)


def test_a_reported_sentence_is_not_a_quotation():
    assert not is_quotation("Ms Roe said the results were poor.")


def test_per_is_attribution_only_before_a_name():
    from bot.question_rules import ATTRIBUTION

    assert ATTRIBUTION.search("What did the NHS object to, per Morse?")
    assert not ATTRIBUTION.search("How much was spent per person on social care?")
    assert not ATTRIBUTION.search("What per cent of the fund was pooled?")


def test_in_someones_view_is_attribution_not_what_is_asked():
    from bot.question_rules import ATTRIBUTION

    assert ATTRIBUTION.search("Why might joining up take many years, in the auditors' view?").group(0) == "in the auditors' view"
    assert ATTRIBUTION.search("Why, in the NAO's opinion, did the fund fail?").group(0) == "in the NAO's opinion"
    assert not ATTRIBUTION.search("What was in view for the fund?")


def test_did_someone_say_anything_about_a_topic_requires_the_topic():
    needs = _needs("Did the RCN say anything about nurse staffing shortages?")
    assert needs.topic == tuple(tokenize("nurse staffing shortages"))


def test_when_does_a_term_end_requires_the_term_next_to_the_date():
    assert _needs("When is Jane Roe's term as head due to end?", "date").event == frozenset(tokenize("term"))


def test_what_a_paper_proposed_requires_a_reported_proposal():
    assert _needs("What did the green paper propose on funding?", "other").act == frozenset(tokenize("propose"))
    assert _needs("How much did the paper propose?", "money").act == frozenset()


def test_a_noun_after_a_determiner_is_no_reporting_verb():
    q = "Does the evidence support the claim that integration saves money?"
    assert requirements(q, classify_question(q), tokenize(q)).speaker == ()


def test_what_someone_gave_their_report_is_not_part_of_who_they_are():
    q = "What title did the Widget Office give its report warning that the plan was at risk?"
    assert requirements(q, classify_question(q), tokenize(q)).speaker == ()  # "warning" is the report's, not a speaker's


def test_how_someone_put_it_names_them_not_put():
    q = "How did the RCN put it - what did they say had happened to the widget aim?"
    assert not any(tokenize("put")[0] in g for g in requirements(q, classify_question(q), tokenize(q)).speaker)


def test_a_generic_word_for_a_body_is_no_part_of_who_spoke():
    q = "Someone from the RCN organisation said the widget services were like what?"
    assert requirements(q, classify_question(q), tokenize(q)).speaker == (frozenset(tokenize("RCN")),)


def test_who_from_a_body_commented_requires_that_body_to_be_speaking():
    assert _needs("who from the LGA commented on the report", "person").speaker == (frozenset(tokenize("LGA")),)


def test_which_body_said_has_no_speaker_to_require():
    assert _needs("Which organisation said it did not agree with the changes?", "org").speaker == ()


def test_starting_to_implement_something_is_no_tenure_event():
    assert _needs("When was the widget fund supposed to start being implemented?", "date").event == frozenset()
    assert _needs("When did Jane Roe start as head?", "date").event == frozenset(tokenize("start"))


def test_who_someone_works_for_is_a_role_question():
    assert is_role_question("jane roe - who does she work for")


def test_which_body_someone_holds_a_post_at_asks_the_body_not_the_role():
    assert not is_role_question("Which organisation is Jane Roe a policy manager at?")
    assert not is_role_question("Which organisation is Jane Roe president elect of?")


def test_when_was_something_published_requires_the_publication_next_to_the_date():
    assert _needs("On what date did the office publish the widget report?", "date").event == frozenset(tokenize("publish"))


def test_x_says_at_the_start_is_an_attribution_unless_it_is_someone():
    assert _needs("the office says widget returns cost how much more than planned", "money").speaker == ()
    assert _needs("Someone from the widget office said the returns were like what?").speaker != ()


def test_when_something_was_due_to_start_is_no_tenure_event():
    assert _needs("When was the widget fund due to start?", "date").event == frozenset()


def test_a_list_of_six_is_a_list():
    from bot.question_rules import listed_count
    assert listed_count("what were the original six widget indicators?") == 6
    assert listed_count("What are the names of the seven new widget models?") == 7  # a sentence naming fewer does not answer
    assert listed_count("Name the three conditions") == 3 and listed_count("name one barrier") == 0
    assert listed_count("What did nine in ten widget areas say had improved?") == 0  # a share, not a list of nine
    assert listed_count("What did nine out of ten widget areas agree?") == 0
    assert listed_count("What have two decades of widget policy done to the system?") == 0  # a span of time, not a list


@pytest.mark.parametrize("question", ["How did the Widget College's Jane Roe characterise the integration schemes?",
                                      "What word did Jane Roe use to describe the plans?",
                                      "Which word did Jane Roe use to characterise the plans?",
                                      "What did Jane Roe call the widget element of the fund?"])
def test_how_did_someone_describe_requires_their_own_words(question):
    assert frozenset(tokenize("Roe")) in _needs(question).speaker


def test_which_organisation_someone_works_for_asks_for_the_body_not_their_role():
    from bot.question_rules import is_role_question
    assert not is_role_question("Which organisation does Jane Roe work for?")
    assert not is_role_question("Which organisation was Jane Roe speaking for?")  # the body she spoke for
    assert is_role_question("Which organisation was Jane Roe speaking for, and in what role?")
    assert is_role_question("What is Jane Roe's role?")


@pytest.mark.parametrize("question, stated_only", [
    ("What reason did the government give for cutting the widget indicators?", True),
    ("Why did ministers cut the number of widget indicators?", True),
    ("Why was the widget green paper delayed until autumn?", True),
    ("Why were the widget sites selected?", True),
    ("Why did the office call the widget target ambitious?", False),  # the office's own judgement: its words may explain it
    ("why was there so little risk management when the widget fund was first set up?", False),
    ("What led the government to cut the widget indicators from six to one?", True),
    ("What was the government's reason for boosting the widget fund?", True),
    ("Why did NHS England settle on seven widget models?", True),
    ("Why were the Widget Office and the LGA made responsible for delivery?", True),
    ("What caused the widget pilots to fail to show measurable results?", True),  # a cause stated as one, or none
    ("According to the office, what had caused the squeeze on widget care?", True),
    ("Why did Jo Bloggs say the 2020 widget requirement had been dropped?", True),  # the decision's reason, as she gave it
    ("What did the widget office base its choice of seven models on?", True),  # grounds stated as such, or none
])
def test_a_decision_reported_without_its_reason_needs_a_stated_reason(question, stated_only):
    from bot.question_rules import asks_stated_reason
    assert asks_stated_reason(question) is stated_only


def test_according_to_a_post_requires_that_persons_words_not_any_the_body_published():
    assert frozenset(tokenize("head")) in _needs("According to the head of the Widget Office, how did benefits compare with plans?").speaker
    assert _needs("According to the Widget Office, how did benefits compare with plans?").speaker == ()  # it speaks in many voices
    assert _needs("According to Widget Health Executive, when was the report published?").speaker == ()  # a publisher's name


def test_how_a_named_speaker_described_a_thing_requires_their_words_to_be_about_it():
    assert set(_needs("How did Jane Roe characterise the widget fund's performance?", "quote").topic) >= set(tokenize("widget fund"))
    assert set(_needs("How did Jane Roe describe widgets and gadgets in relation to each other?", "quote").topic) == set(tokenize("widgets and gadgets"))
    assert _needs("How was the widget fund described?", "quote").topic == ()  # no speaker named: nothing to hold to
    assert set(_needs("What did Jane Roe call the widget element?", "quote").topic) == set(tokenize("widget element"))
    assert set(_needs("Which word did Jane Roe use to characterise the gadget plans?", "quote").topic) == set(tokenize("gadget plans"))
    # the thing described is a clause: its words need not all be in the quote
    assert _needs("What phrase did Jane Roe use to describe how widgets and gadgets relate?", "quote").topic == ()
    assert _needs("What did Jane Roe call for?", "quote").topic == ()  # a demand, not a name for something
    # a verdict too: "how did Jane Roe rate the widget fund?" holds her words to the fund
    assert set(_needs("How did Jane Roe rate the widget fund?", "quote").topic) >= set(tokenize("widget fund"))


def test_in_the_view_of_a_post_is_an_attribution_like_according_to():
    assert frozenset(tokenize("head")) in _needs("In the view of the head of the Widget Office, what is the danger?").speaker


def test_what_someone_recommended_in_response_to_something_is_no_reaction_to_the_report():
    assert not _needs("What did the Widget Office recommend the government do in response to slow progress?").reaction
    assert _needs("How did the Widget Association respond to the report?").reaction


def test_a_source_named_in_an_aside_does_not_hide_a_question_about_a_decisions_reason():
    from bot.question_rules import asks_stated_reason

    assert asks_stated_reason("Why, according to Jo Roe, had the government dropped the widget requirement?")
    assert not asks_stated_reason("Why, according to Jo Roe, did widget admissions rise?")


@pytest.mark.parametrize("question", ["What danger did the widget president elect see in integration?",
                                      "What did the widget president elect fear about integration?"])
def test_what_someone_saw_or_feared_requires_them_to_be_speaking(question):
    assert _needs(question, "other").speaker


@pytest.mark.parametrize("question", ["Where has progress on widget integration mainly been seen?",
                                      "How much did ministers hope the widget fund would save?"])
def test_what_was_seen_or_hoped_for_requires_no_speaker(question):
    assert _needs(question, "other").speaker == ()


def test_a_long_paraphrased_post_before_its_speech_verb_is_the_speaker():
    question = "What danger did the president-elect of the adult widget services directors' body warn about?"
    assert frozenset(tokenize("president-elect")) <= frozenset().union(*_needs(question, "other").speaker)


def test_what_someone_called_for_requires_a_call_or_need_in_the_sentence():
    assert _needs("What did Jo Bloggs call for on widget care?", "other").call
    assert not _needs("What did Jo Bloggs say about widget care?", "other").call


@pytest.mark.parametrize("question", ["How did one article describe the widget fund's role?",
                                      "What did the 2018 widget report say organisations' struggles increase the risk of?"])
def test_a_number_names_no_speaker(question):
    assert all(not all(t.isdigit() for t in ts) for ts in _needs(question, "other").speaker)


@pytest.mark.parametrize("question, wanted", [
    ("What is Widget Providers' Jo Bloggs asking for?", "asking for"),
    ("What did Widget Providers want to see for widget services?", "want to see"),
    ("What did the widget union want from ministers?", "want"),
    ("What did Widget Office want to save?", None),  # an amount, not a call
])
def test_asking_what_someone_wants_is_asking_what_they_call_for(question, wanted):
    m = WANTED.search(question)
    assert (m.group("frame") if m else None) == wanted


def test_someones_view_of_a_thing_must_be_about_that_thing():
    assert _needs("What was the Widget College chief executive's view of the pilot sites?", "other").topic == tuple(tokenize("pilot sites"))


def test_what_someone_told_an_audience_about_a_thing_must_be_about_that_thing():
    assert _needs("What did the widget office's Jo Bloggs tell the summit about the pilots' budgets?", "other").topic == tuple(tokenize("the pilots' budgets"))


def test_a_choice_is_a_decision_the_answering_sentence_must_report():
    from bot.question_rules import decision_terms
    assert decision_terms("What did the widget office base its choice of seven models on?")
