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
