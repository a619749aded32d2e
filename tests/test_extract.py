"""Typed spans read off one sentence (pure functions, no corpus)."""
from bot.extract import expansion_spans, initials_spans, title_spans


def test_a_report_on_a_name_in_title_case_gives_the_title():
    text = "On 7 February, the Widget Office published a substantial report on Widget and Social Care Integration, which hit the headlines."
    assert [s.text for s in title_spans(text)] == ["Widget and Social Care Integration"]
    assert title_spans("The office published a report on integration and the Widget Fund.") == []  # not a title-case name


def test_a_long_form_spelled_out_in_brackets_comes_first():
    text = "The Widget Care Fund (WCF) pools money."
    assert [s.text for s in expansion_spans(text, "WCF")] == ["Widget Care Fund"]


def test_words_whose_initials_spell_the_abbreviation_are_its_long_form():
    text = "It will be important when implementing the much larger sustainability and transformation plans."
    assert [s.text for s in expansion_spans(text, "STPs")] == ["sustainability and transformation plans"]
    assert initials_spans("The office met the widget board.", "WB") == []  # two letters: too easily chance
    assert initials_spans("The office met the widget board.", "XYZ") == []
