"""How much an open-question stretch looks like the answer (pure)."""
import pytest

from bot.extract import Span
from bot.gap_fit import Words, _adjacent_in_question, gap_factor
from bot.tokens import tokenize_spans


def test_words_between_two_spans_are_counted_in_words_not_characters():
    text = "learn from the over-optimism of such plans"
    words = Words(text)
    start = text.index("the over-optimism")
    assert words.gap((0, 5), (start, start + len("the over-optimism"))) == 1  # "from"
    assert words.gap((0, 5), (6, 10)) == 0  # "learn" and "from" are adjacent


def test_two_question_words_with_only_an_article_between_are_one_phrase():
    assert _adjacent_in_question("when implementing the widget plans", "implement", "widget")
    assert not _adjacent_in_question("what did they find regarding evidence", "find", "evid")


def test_a_stretch_naming_a_person_is_no_answer_to_what():
    text = "Jane Roe said the widget plans were a shambles."
    question = "What did she say about the widget plans?"
    matched = [m for m in tokenize_spans(text) if m[0] in {t for t, _, _ in tokenize_spans(question)}]
    words = Words(text)
    at = text.index("a shambles")
    name, phrase = Span(0, 8, "Jane Roe", "gap"), Span(at, at + len("a shambles"), "a shambles", "gap")
    assert gap_factor(text, name, question, "other", matched, None, [], words) < gap_factor(text, phrase, question, "other", matched, None, [], words)


def _factor(text: str, stretch: str, question: str) -> float:
    matched = [m for m in tokenize_spans(text) if m[0] in {t for t, _, _ in tokenize_spans(question)}]
    at = text.index(stretch)
    return gap_factor(text, Span(at, at + len(stretch), stretch, "gap"), question, "other", matched, None, [], Words(text))


def test_words_wedged_into_the_questions_phrase_are_a_modifier_not_the_answer():
    text = "Areas are implementing the much larger widget plans this year."
    question = "What are areas implementing the widget plans for?"
    assert _factor(text, "the much larger", question) < 0.5


def test_a_verbs_object_before_its_particle_is_not_wedged():
    text = "The office would bring the widget fund and gadget plans closer together, she said."
    question = "Which two things would the office bring closer together?"
    assert _factor(text, "the widget fund and gadget plans", question) >= 1.0


def test_the_stretch_leading_into_what_the_question_rules_out_is_not_the_answer():
    text = "The risk is that it focuses on structure whereas the focus should be on the potential to improve widget outcomes."
    question = "What does the risk focus on instead of widget outcomes?"
    assert _factor(text, "the potential to improve", question) < _factor(text, "structure", question)


def test_words_wedged_into_a_three_word_phrase_of_the_question_are_no_answer():
    text = "It will be important to learn from the over-optimism of such plans when implementing the much larger widget sustainability and transformation plans."
    question = "What should be learned from before rolling out the much bigger widget plans?"
    assert _factor(text, "sustainability and transformation", question) < 0.5


def test_a_lone_quoted_word_is_as_good_an_answer_as_a_phrase():
    text = "The sites were selected to take a lead on new widget models that will act as “blueprints” for the future."
    question = "What were the new widget models intended to act as for the future?"
    assert _factor(text, "blueprints", question) >= 1.0  # the open slot after "act as", not a lone word's 0.4


def test_a_preposition_put_first_is_the_one_before_the_answer():
    text = "A portion is to be paid for reducing widget admissions, while the rest will be spent on gadget services."
    question = "On what would the rest of the widget money be spent?"
    assert _factor(text, "gadget services", question) > _factor(text.replace("spent on", "spent by"), "gadget services", question)


def test_where_something_lies_is_what_follows_lie_in():
    text = "The answer may therefore lie in local widget flexibility, Jo Roe argued."
    question = "Where did Jo Roe say the answer may lie?"
    assert _factor(text, "local widget flexibility", question) > _factor(text.replace("lie in", "lie, with"), "local widget flexibility", question)
    text = "The answer may lie with restrictions in local widget flexibility, Jo Roe argued."  # "rest" is no "restrictions"
    assert _factor(text, "local widget flexibility", "Where did Jo Roe say the answer may rest?") == _factor(
        text, "local widget flexibility", "What did Jo Roe say about the answer?")


@pytest.mark.parametrize("question", ["How did the office head say widget benefits compared with plans so far?",
                                      "How did the office head describe the widget benefits delivered so far compared with the plans?",
                                      "How did the office head sum up the widget benefits so far compared with plans?"])
def test_a_question_asking_how_things_compared_is_read_as_asking_for_a_comparison(question):
    from bot.gap_fit import ASKS_COMPARISON
    assert ASKS_COMPARISON.search(question)  # so "compared" itself is not a word the answer must contain


def test_what_a_sentence_says_is_not_encouraged_rather_than_is_no_answer():
    text = "This increases the risk of unhealthy widget competition, rather than encouraging collaborative widget integration."
    question = "What does struggling risk encouraging?"
    assert _factor(text, "collaborative widget integration", question) < _factor(text, "unhealthy widget competition", question)
    assert _factor(text, "collaborative widget integration", "What is encouraged instead?") >= 1.0  # asked for, rather-than and all


def test_what_should_be_done_instead_is_the_other_side_of_whereas():
    from tests.test_spans import _best
    text = "“The risk of widget integration is that it focuses on structure whereas the focus should be on the potential to improve outcomes.”"
    question = "Where did Jo Bloggs insist the focus of widget integration should be instead?"
    assert _best(text, question, "other") == "the potential to improve outcomes"


def test_a_question_ending_on_its_copula_asks_for_what_follows_it():
    from tests.test_spans import _best
    text = ("Arguably, those widget plans and targets were always unrealistic, given they included targets to reduce "
            "emergency admissions to hospital.")
    assert _best(text, "What did Jo Bloggs argue the widget plans and targets always were?", "other") == "unrealistic"


def test_the_other_partys_whilst_clause_is_not_what_the_asked_party_did():
    text = "“The widget board did not like funds being moved off through the widget fund, whilst councils have reservations about giving up half of their money.”"
    question = "What did the widget board object to about the widget fund?"
    assert _factor(text, "councils have reservations about giving up half of their money", question) < 0.5
