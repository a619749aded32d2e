"""Questions of a few fixed shapes and what a sentence says of their thing (pure)."""
from bot.stance_spans import object_spans, stance_spans


def test_a_question_of_no_such_shape_is_left_to_the_other_readers():
    assert stance_spans("Widget admissions rose by 12,000.", "How many widget admissions were there?") is None


def test_a_shape_that_only_its_own_reading_answers_gives_an_empty_list_not_none():
    # "how far had X come?" is answered by what X has done, or by nothing in this sentence
    assert stance_spans("The widget office published a report.", "How far had the widget benefits come?") == []


def test_what_was_lost_is_the_object_of_losing():
    text = "The Widget Fund has lost credibility and will fail to meet its target."
    assert [s.text for s in object_spans(text, "What had the Widget Fund lost?")] == ["credibility"]
    assert object_spans(text, "What did the Widget Fund gain?") == []


def test_how_a_thing_should_be_seen_is_a_whole_question_not_a_phrase_inside_one():
    text = "Widget cuts should be seen as a loss to councils."
    assert stance_spans(text, "How were councils affected by what was seen as a widget cut?") is None
    assert [s.text for s in stance_spans(text, "How should widget cuts be seen?")] == ["a loss"]
