"""Lists inside one sentence: the items beside an excluded one, and the other choice (pure)."""
from bot.lists import sibling_spans
from bot.tokens import tokenize

BARRIERS = ("Despite barriers such as poor data, workforce shortages, and weak leadership, "
            "departments had failed to act.")


def _texts(spans, text):
    assert all(text[s.start : s.end] == s.text for s in spans)  # every span is a slice of the sentence
    return [s.text for s in spans]


def test_siblings_are_the_rest_of_the_list_together_or_the_other_items_nearest_first():
    assert _texts(sibling_spans(BARRIERS, set(tokenize("weak leadership"))), BARRIERS) == ["poor data, workforce shortages"]
    assert _texts(sibling_spans(BARRIERS, set(tokenize("workforce shortages"))), BARRIERS) == ["poor data", "weak leadership"]


def test_a_clause_with_a_finite_verb_is_not_a_list_item():
    found = _texts(sibling_spans(BARRIERS, set(tokenize("weak leadership"))), BARRIERS)
    assert not any("departments" in s for s in found)


def test_the_excluded_item_is_never_its_own_sibling():
    text = "Barriers include poor data, workforce shortages and weak leadership."
    found = _texts(sibling_spans(text, set(tokenize("poor data"))), text)
    assert found == ["workforce shortages and weak leadership"]


def test_no_siblings_when_the_excluded_item_is_not_listed():
    assert sibling_spans(BARRIERS, set(tokenize("funding"))) == []


def test_the_other_choice_is_the_sibling_of_an_excluded_one_with_its_whole_list():
    text = "Ultimately, a choice must be made whether to delay the widget plan or provide more staff, money, and time,” she said."
    assert _texts(sibling_spans(text, set(tokenize("delay"))), text) == ["more staff, money, and time"]
    text = "There was no central widget team or programme director to lead the way."
    assert _texts(sibling_spans(text, set(tokenize("central widget team"))), text) == ["programme director"]


def test_the_sibling_of_x_and_y_outside_a_list_is_what_and_joins_to_x_up_to_its_own_clause():
    text = "This increases the risk of widget competition and a culture of blame when things go wrong, rather than helping."
    assert _texts(sibling_spans(text, set(tokenize("widget competition"))), text) == ["a culture of blame"]
    text = "These revisions “undermine the widget purpose and reduce the money available for care and prevention”, the Association argues."
    assert _texts(sibling_spans(text, set(tokenize("widget purpose"))), text) == ["reduce the money available for care and prevention"]


def test_no_and_sibling_across_a_new_clause():
    text = "Widget competition grew, and there was a culture of blame."
    assert "there was a culture of blame" not in _texts(sibling_spans(text, set(tokenize("widget competition"))), text)


def test_the_other_choice_of_whether_a_or_b_asked_besides_b_is_a():
    text = "Ultimately, a decision must be made whether to extend the widget plan or provide more staff, money, and time,” she added."
    assert _texts(sibling_spans(text, set(tokenize("providing more staff, money and time"))), text) == ["extend the widget plan"]


def test_the_one_list_item_naming_the_asked_qualifier_answers_which_of_them():
    from bot.lists import list_spans
    text = "Despite identifying barriers to widget integration, such as misaligned incentives, staff shortages and resistance to information sharing, nothing was done."
    asked = frozenset(tokenize("Which information-related barrier to widget integration was identified?"))
    assert [s.text for s in list_spans(text, tokenize("information-related barrier"), False, asked)] == ["resistance to information sharing"]
    # without a qualifier naming one item, the whole list
    assert [s.text for s in list_spans(text, tokenize("barriers"), False, frozenset(tokenize("What barriers were identified?")))] == [
        "misaligned incentives, staff shortages and resistance to information sharing"]
