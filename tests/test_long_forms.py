"""What an abbreviation stands for, read off one sentence (pure functions, no corpus)."""
from bot.long_forms import expansion_spans, initials_spans


def test_a_long_form_spelled_out_in_brackets_comes_first():
    text = "The Widget Care Fund (WCF) pools money."
    assert [s.text for s in expansion_spans(text, "WCF")] == ["Widget Care Fund"]


def test_words_whose_initials_spell_the_abbreviation_are_its_long_form():
    text = "It will be important when implementing the much larger sustainability and transformation plans."
    assert [s.text for s in expansion_spans(text, "STPs")] == ["sustainability and transformation plans"]
    assert initials_spans("The office met the widget board.", "WB") == []  # two letters: too easily chance
    assert initials_spans("The office met the widget board.", "XYZ") == []
