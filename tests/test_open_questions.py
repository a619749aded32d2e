"""What an open question asks for, read off its shape (pure functions, no corpus)."""
import pytest

from bot.open_questions import asks_what_happened, asks_yes_no, needs_statement, open_candidates
from bot.tokens import tokenize, tokenize_spans


def _open(text: str, question: str) -> list[str]:
    q = set(tokenize(question))
    found = open_candidates(text, question, "other", [m for m in tokenize_spans(text) if m[0] in q])
    assert all(text[s.start : s.end] == s.text for s in found)  # every candidate is a slice of the sentence
    return [s.text for s in found]


@pytest.mark.parametrize("question", ["What happened to the 2020 requirement?", "Did admissions come down?",
                                      "What does Morse say is needed?", "what's one way of doing it"])
def test_questions_only_a_statement_answers(question):
    assert needs_statement(question)


def test_an_open_what_question_needs_no_particular_statement():
    assert not needs_statement("What did the report find about workforce?")


def test_yes_no_is_read_off_the_first_question_only():
    assert asks_yes_no("Did they find proof? what did they say")
    assert not asks_yes_no("What did they find? did it work")
    assert asks_what_happened("Did the fund bring admissions down?")


def test_one_way_of_doing_something_is_the_subject_said_to_be_one_way():
    text = "Integrated care systems are one way of doing this, the report says."
    assert _open(text, "What is one way of getting the incentives right?") == ["Integrated care systems"]


@pytest.mark.parametrize("question", ["What is the government's main widget tool?",
                                      "what does the office count as the govt's main tool for widgets?",
                                      "Which fund is the government's main widget tool?",
                                      "Which fund did the office describe as the government's main widget tool?"])
def test_what_is_a_description_names_the_thing_described_in_apposition(question):
    text = "The office said the Widget Fund, the government’s main widget tool, had improved joint working."
    assert _open(text, question) == ["the Widget Fund"]


@pytest.mark.parametrize("question", ["What does the widget article call the primary means of taking integration forward?",
                                      "What does the author see as the primary vehicle for taking integration forward?",
                                      "According to the widget article, what is the primary means of taking integration forward?"])
def test_what_something_is_called_names_the_thing_given_as_that(question):
    text = "Integration remains at the forefront of policy and of WTPs as the primary means of taking it forward."
    assert _open(text, question) == ["WTPs"]


@pytest.mark.parametrize("question", ["What did the widget fund succeed in encouraging local organisations to do?",
                                      "What was the widget fund credited with getting organisations to do?"])
def test_what_someone_was_got_to_do_follows_them_and_to(question):
    text = "The fund had been successful in incentivising local areas and organisations to work together, with most areas agreeing."
    assert _open(text, question) == ["work together"]
    assert _open("The pilots had shown no results to date.", "What did the lack of widget results lead the pilots to do?") == []


def test_what_money_is_meant_to_do_is_the_purpose_given_it():
    text = "One of the most ambitious programmes, the fund was a pooled £5m budget to encourage widget makers to work together."
    assert _open(text, "What is the widget fund meant to do?") == ["encourage widget makers to work together"]
    assert _open("The widget fund failed to achieve its aims.", "What is the widget fund meant to do?") == []
    assert _open("The widget fund to date has saved nothing.", "What is the widget fund meant to do?") == []


def test_an_apposition_using_few_of_the_questions_words_is_no_answer():
    text = "The office said the Widget Fund, a pooled budget for gadgets, had improved joint working."
    assert "the Widget Fund" not in _open(text, "What is the government's main widget tool?")


def test_how_strong_someone_found_the_evidence_is_how_they_qualified_it():
    text = "The office said it had found “no compelling evidence” that widgets save money, with evaluations inhibited by poor data."
    assert _open(text, "How strong did the auditors find the evidence that widgets save money?") == ["no compelling evidence"]
    assert _open(text, "What did the office say it had found regarding evidence that widgets save money?") == ["no compelling evidence"]


def test_what_someone_needs_to_do_is_what_follows_needs_to():
    text = "The office recommend that the government needs to review its approach and put in place better widget structures."
    assert _open(text, "What did the office recommend the government needs to do?") == [
        "review its approach and put in place better widget structures"]


def test_a_sentence_that_says_nothing_happened_offers_nothing():
    text = "Local areas discussed the 2020 requirement at a summit in Leeds."
    assert _open(text, "What happened to the 2020 requirement?") == []


def test_an_example_is_not_one_way_of_doing_something():
    assert not needs_statement("Give one example of a vanguard site")


def test_what_is_needed_inside_straight_quotes():
    text = 'Morse added: "But that could leave gaps. Serious political leadership is needed."'
    assert "Serious political leadership" in _open(text, "What did Morse say is needed?")


def test_what_happened_to_all_the_things_reads_past_all_and_stops_at_if():
    text = "Local widget plans projected savings of just £55 million and so all proposals had to be resubmitted."
    q = "What happened to all the local widget proposals after they projected savings of just £55 million?"
    assert any("resubmitted" in s for s in _open(text, q))
    text = "Without full council engagement, widget integration would “become sidelined in the pursuit of savings”."
    assert any(s.startswith("sidelined") or s.startswith("become") for s in _open(text, "What could happen to widget integration if councils are not involved?"))


BARRIERS_LISTED = ("The report said that despite the government identifying barriers to widget integration, such as "
                   "“misaligned” incentives across the system, workforce challenges and resistance to data sharing, "
                   "departments had failed to address these issues.")


def test_what_things_are_listed_is_the_whole_list_and_name_one_is_its_first_item():
    assert _open(BARRIERS_LISTED, "What barriers to widget integration had the government identified?") == [
        "“misaligned” incentives across the system, workforce challenges and resistance to data sharing"]
    assert _open(BARRIERS_LISTED, "Name one barrier the government had identified but not addressed.") == [
        "“misaligned” incentives across the system"]


def test_the_other_items_of_a_list_end_at_its_last_and():
    found = _open(BARRIERS_LISTED, "Apart from misaligned incentives and workforce challenges, what other barrier was identified?")
    assert found == ["resistance to data sharing"]
    beyond = _open(BARRIERS_LISTED, "beyond misaligned incentives and workforce challenges, what other barrier was identified")
    assert beyond == ["resistance to data sharing"]
    third = _open(BARRIERS_LISTED, "They identified misaligned incentives and workforce challenges as barriers - what was the third barrier?")
    assert third == ["resistance to data sharing"]


def test_what_happened_under_something_to_a_thing():
    text = "It had reduced permanent admissions of people over 65 to care homes, and increased the proportion at home."
    q = "What happened under the widget fund to permanent care home admissions of people over 65?"
    assert asks_what_happened(q)
    assert "reduced permanent admissions" in _open(text, q)


def test_what_do_the_revisions_do_is_what_the_sentence_says_they_do():
    text = "These revisions “undermine the widget fund’s core purpose”, the Association argues."
    q = "According to the Association, what do the government's revisions to the widget fund's scope do?"
    assert needs_statement(q)
    assert _open(text, q) == ["undermine the widget fund’s core purpose"]
    assert _open("The Association does not agree with recent government changes to the scope.", q) == []
    assert not needs_statement("What did the office recommend the government should do?")


@pytest.mark.parametrize("text, question, qualified", [
    ("The aim has been buried under a slew of poorly designed widget initiatives in England, she said.",
     "What did the chief say was wrong with the widget initiatives in England?", "poorly designed widget initiatives"),
    ("The office said it had found “no compelling evidence” that widget integration saves money.",
     "How strong was the evidence, according to the office, that integration saves money?", "no compelling evidence"),
])
def test_what_was_wrong_with_it_or_how_strong_it_was_is_how_the_sentence_qualifies_it(text, question, qualified):
    assert qualified in _open(text, question)


def test_what_kind_of_thing_is_its_quoted_modifier_before_the_phrase():
    text = "The office said barriers, such as “misaligned” widget incentives across the gadget system, were not addressed."
    assert _open(text, "What kind of widget incentives across the gadget system did the office identify?") == [
        "“misaligned” widget incentives"]
    # the asked phrase's last word is not in the sentence ("deal"): its other words still find the phrase
    settled = "She said the case for a “single, sustainable funding settlement” for widget care was overwhelming."
    assert _open(settled, "What sort of funding deal for widget care did she want?") == ["single, sustainable funding"]


def test_what_something_was_selected_to_do_is_what_follows_selected_to():
    text = "The widget sites number around 50 and were selected to take a lead on the development of new widget models that will act as “blueprints”."
    assert _open(text, "What were the widget sites selected to do?") == ["take a lead on the development of new widget models"]
    # asked with another verb of choosing
    assert _open(text, "What were the widget sites picked to do?") == ["take a lead on the development of new widget models"]


def test_what_was_needed_is_also_what_we_need():
    text = "“We need a clearer national strategy for joined-up widget services which supports people,” she said."
    assert _open(text, "What did she say was needed for joined-up widget services?") == ["a clearer national strategy"]
    # the speaker named by a long post: still "what ... is needed"
    assert _open(text, "What did the Widget Providers' head of strategy say is needed for joined-up widget services?") == [
        "a clearer national strategy"]


def test_which_thing_was_done_is_the_noun_phrase_the_participle_follows():
    text = "In anticipation of the widget funding green paper, now delayed until autumn, a new report published today has warned of risks."
    assert _open(text, "Which green paper was delayed until autumn?") == ["the widget funding green paper"]


def test_which_thing_was_done_reads_the_participle_as_the_thesaurus_does():
    text = "In anticipation of the widget funding green paper, now delayed until autumn, a new report published today has warned of risks."
    assert _open(text, "Which green paper had been pushed back until autumn?") == ["the widget funding green paper"]


def test_what_aspect_of_a_thing_is_the_noun_before_of_it():
    text = "Jo Bloggs emphasised that the office does not look at the efficacy of policy – it has no view on whether widgets are an effective policy."
    assert _open(text, "What aspect of policy does the office not look at?")[0] == "the efficacy of policy"


def test_which_of_a_plural_thing_is_its_quoted_modifier():
    text = "Despite identifying barriers, such as “misaligned” financial incentives across the widget system, departments failed to act."
    assert _open(text, "Which financial incentives across the widget system did the government identify as a barrier?") == ["“misaligned” financial incentives"]


def test_what_kind_of_thing_may_be_qualified_after_the_noun():
    text = "Struggling widget bodies increase the risk of unhealthy competition and a culture of blame when things go wrong."
    assert _open(text, "What kind of culture did the report warn could arise when things go wrong?") == ["a culture of blame"]
    other = "Despite these pressures, the report found that new widget roles could help when things go wrong."
    assert _open(other, "What kind of culture did the report warn could arise when things go wrong?") == []  # no culture in it


def test_what_was_needed_is_also_what_something_requires():
    text = "The widget fund requires “strong leadership and effective cross government working, both of which have been lacking”."
    assert "strong leadership and effective cross government working" in _open(text, "What two things were needed by the widget fund but lacking?")


@pytest.mark.parametrize("question", ["What did the office criticise about the array of widget initiatives?",
                                      "What was wrong with the array of widget initiatives?",
                                      "What weaknesses did the office find in the widget initiatives?",
                                      "What did the office find wrong with the array of widget initiatives?"])
def test_what_was_faulted_is_what_follows_but_with(question):
    text = "The office stated that an array of widget initiatives examining different ways to transform care had been set up, but with poor governance and oversight."
    assert _open(text, question) == ["poor governance and oversight"]


def test_which_thing_was_done_may_name_the_thing_by_the_questions_other_words():
    text = "In anticipation of the widget funding green paper, now delayed until autumn, a new report published today has warned of risks."
    assert _open(text, "Which government consultation document on paying for widget funding got pushed back until autumn?") == ["the widget funding green paper"]
    assert _open(text, "Which upcoming document on widget funding was delayed until autumn?") == ["the widget funding green paper"]


def test_what_someone_said_the_hard_part_is_is_what_follows_the_hard_part_is():
    text = "The hard part is agreeing how that balance is to be achieved and maintained, and making it happen."
    assert _open(text, "What did Jane Roe say is the hard part of balancing widgets?") == [
        "agreeing how that balance is to be achieved and maintained"]
    text = "The risk of widget integration is that it focuses on structure whereas the focus should be on outcomes."
    assert _open(text, "What did Jane Roe say was the risk of widget integration?") == ["it focuses on structure"]
    assert _open(text, "What did the widget directors' association say the risk of widget integration is?") == ["it focuses on structure"]


def test_what_happens_to_people_who_cannot_do_something_is_what_they_do_next_not_the_restated_clause():
    text = ("The need for widget co-ordination is clear – increasing numbers of people are unable to access widget care, "
            "and have no option but to fall back on the gadget service.")
    assert _open(text, "What happens to people who cannot access widget care?") == ["have no option but to fall back on the gadget service"]
    assert _open(text, "What happens to the growing number of people who cannot access widget care?") == [
        "have no option but to fall back on the gadget service"]  # "of people": the phrase goes on to its relative clause


def test_a_lead_in_before_what_is_the_risk_does_not_hide_it_but_a_restating_predicate_is_no_answer():
    text = "The risk of widget integration is that it focuses on structure whereas the focus should be on outcomes."
    assert _open(text, "According to Jane Roe, what is the risk of widget integration?") == ["it focuses on structure"]
    assert "it focuses on structure" not in _open(text, "According to Jane Roe, what is the risk of widget integration focusing on?")


def test_what_something_does_to_a_thing_is_answered_by_what_is_done_to_it():
    from tests.test_spans import _best
    text = ("She said it is “deeply disturbing that local government believes the changes to widget targets and how the fund will be run "
            "move the integration agenda backward and not forward”.")
    question = "What did Jo Bloggs say local government believes the changes to widget targets do to the integration agenda?"
    assert _best(text, question, "other") == "move the integration agenda backward and not forward"


@pytest.mark.parametrize("question", ["What did the revisions do to the number of widget indicators?",
                                      "How had the number of widget indicators changed after the revisions?",
                                      "What did the revisions mean for the number of widget indicators?",
                                      "How did the revisions affect the number of widget indicators?"])
def test_what_became_of_a_number_is_the_range_it_moved_through(question):
    from tests.test_spans import _best
    text = "Revisions to the widget pot have cut the number of related widget indicators from six to one, the office said."
    assert _best(text, question, "other") == "from six to one"


def test_what_someone_said_a_thing_needed_is_what_it_is_said_to_require():
    from tests.test_spans import _best
    text = ("The widget fund requires “strong leadership and effective cross government working, both of which have been lacking”, "
            "she said.")
    question = "What did Jo Bloggs say the widget fund needed but had been lacking?"
    assert needs_statement(question)
    assert _best(text, question, "other") == "strong leadership and effective cross government working"
    assert not needs_statement("What did Jo Bloggs say needs deciding about the widget deadline?")  # a decision, not a need


def test_besides_x_what_else_would_it_do_is_what_is_joined_to_x_not_everything_it_does():
    text = "These revisions “undermine the widget purpose and reduce the money available for care”, the Association argues."
    assert _open(text, "Besides weakening the widget purpose, what else did the Association say the revisions would do?") == [
        "reduce the money available for care"]


def test_an_effect_question_is_answered_only_by_a_change_to_the_thing():
    assert needs_statement("What effect did the widget fund have on A&E waiting times?")
    text = "The widget fund improved joint working, but widget admissions rose."
    assert _open(text, "What effect did the widget fund have on A&E waiting times?") == []


def test_the_lesson_to_carry_over_is_what_is_to_be_learned_from():
    text = "It will be important to learn from the over-optimism of such plans when implementing the much larger gadget plans."
    assert _open(text, "What lesson did Jo Roe say should be carried over into the gadget plans?") == ["the over-optimism"]
    assert _open(text, "What flaw in the widget plans should be learned from before rolling out the gadget plans?") == ["the over-optimism"]


def test_a_question_about_when_to_apply_a_lesson_is_not_asking_for_the_lesson():
    text = "It will be important to learn from the over-optimism of such plans when implementing the much larger gadget plans."
    assert "the over-optimism" not in _open(text, "Jo Roe said it is important to learn from the over-optimism of widget plans when implementing what?")


def test_how_far_a_number_was_cut_is_the_range_it_went_from_and_to():
    text = "The government plans to simplify widget assurance, with the number of conditions areas must meet set to reduce from eight to three."
    assert _open(text, "To make widget assurance simpler, how far was the number of conditions being cut?") == ["from eight to three"]


def test_what_something_put_at_risk_is_what_sits_between_put_and_at_risk():
    text = "The failure of the widget fund to deliver savings has put the government’s plan for widget integration by 2020 at “significant risk”."
    assert _open(text, "What did the widget fund falling short end up putting at significant risk?") == [
        "the government’s plan for widget integration by 2020"]


@pytest.mark.parametrize("question", ["What did Jo Roe see as the danger in pursuing widget integration?",
                                      "What pitfall of widget integration did Jo Roe caution against?",
                                      "What danger in widget integration did Jo Roe point to?"])
def test_the_danger_someone_saw_is_what_the_sentence_says_the_risk_is(question):
    text = "“The risk of widget integration is that it focuses on structure whereas the focus should be on outcomes.”"
    assert _open(text, question)[0] == "it focuses on structure"


def test_what_someone_said_a_thing_offers_is_the_object_of_offer_there_and_only_there():
    text = "STPs offer a sensible structure for doing that."
    assert _open(text, "What did the widget policy manager say STPs offer for taking integration forward?") == ["a sensible structure"]
    other = "Integration remains at the forefront of policy and of STPs as the primary means of taking it forward."
    assert _open(other, "What did the widget policy manager say STPs offer for taking integration forward?") == []


def test_what_something_lost_is_the_object_of_lost():
    text = "The widget fund has lost credibility and will fail to generate anywhere near its savings target."
    assert _open(text, "What did the office conclude the widget fund had lost ahead of its April launch?") == ["credibility"]


@pytest.mark.parametrize("question", ["What were the roughly 50 widget sites chosen to lead development called?",
                                      "What name was given to the roughly 50 widget sites chosen to lead development?"])
def test_what_something_was_called_is_the_name_the_text_gives_it(question):
    text = "The so-called “pathfinder” widget sites currently number around 50 and were chosen to lead development."
    assert _open(text, question) == ["pathfinder"]


@pytest.mark.parametrize("question, subject", [
    ("What did the widget committee chair consider unacceptable given rising need?", "such incompetence from widget departments"),
    ("What did Jo Bloggs regard as a significant challenge even in normal times?", "Integrating widget and gadget services"),
])
def test_what_someone_judged_so_is_the_subject_the_sentence_says_it_of(question, subject):
    text = ("“Integrating widget and gadget services is a significant challenge in normal times, and such incompetence from "
            "widget departments is unacceptable,” she said.")
    assert subject in _open(text, question)


def test_what_something_would_erode_is_the_object_of_eroding():
    text = "Councils have reservations about sacrificing half of their widget resources, which risks eroding local democracy."
    assert _open(text, "What did the widget chief fear sacrificing those resources would erode?") == ["local democracy"]


def test_what_could_happen_to_a_paraphrased_thing_is_the_predicate_of_its_article_word():
    # "joined-up care" reads as integration + care: the article's subject is "integration" alone
    text = "It adds that without council engagement, there is a risk that integration would “become sidelined in the widget drive”."
    assert _open(text, "What could happen to joined-up care without councils?") == ["sidelined in the widget drive"]


def test_what_happened_to_a_things_quality_is_not_what_its_owner_did():
    text = "The Widget Fund would fail to generate anywhere near its projected savings."
    assert _open(text, "What had happened to the Widget Fund's credibility?") == []


def test_how_a_thing_should_be_seen_is_what_it_is_seen_as_up_to_its_own_infinitive():
    text = "Widget integration is not the answer, but should be seen as the means to an end to transform widget services."
    assert _open(text, "How did Jo Bloggs say widget integration should be viewed?") == ["the means to an end"]


def test_how_far_a_thing_had_come_is_what_it_has_done():
    text = "“So far, widget benefits have fallen far short of plans, despite much effort.”"
    assert _open(text, "How far did Jo Bloggs say the widget benefits of integration had come?") == ["fallen far short of plans"]


def test_what_something_has_done_to_a_thing_is_what_it_has_done():
    from bot.open_questions import open_candidates
    text = "A timeline shows how widget policy shifts have increased the levels of complexity in the system."
    found = open_candidates(text, "What have two decades of widget policy shifts done to the system?", "other", [])
    assert [c.text for c in found] == ["increased the levels of complexity"]


@pytest.mark.parametrize("question", ["What happened to the widget plans after they fell short?",
                                      "What was the outcome when widget plans fell short of expectations?"])
def test_what_followed_is_the_consequence_the_sentence_states(question):
    from bot.open_questions import open_candidates
    text = "Widget plans fell short of expectations - far from the target - and so all proposals had to be resubmitted."
    assert [c.text for c in open_candidates(text, question, "other", [])] == ["had to be resubmitted"]


@pytest.mark.parametrize("text", ["Widget plans were funded, so that areas would have the means to act.",
                                  "Widget plans were funded, and so far savings have been disappointing."])
def test_a_purpose_or_so_far_is_no_consequence(text):
    from bot.open_questions import open_candidates
    found = open_candidates(text, "What happened to the widget plans after they were funded?", "other", [])
    assert "would have the means to act" not in [c.text for c in found] and "have been disappointing" not in [c.text for c in found]


def test_what_a_body_pushes_for_is_what_it_has_called_for():
    from bot.open_questions import open_candidates
    found = open_candidates("The widget union has called for a single widget settlement.", "What is the widget union pushing for?", "other", [])
    assert [c.text for c in found] == ["a single widget settlement"]
