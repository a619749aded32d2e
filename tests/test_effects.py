"""What something did to something else: the change a sentence reports to the thing asked about (pure)."""
from bot.effects import EFFECT_ON, effect_spans

ADMISSIONS = ("It had reduced permanent admissions of widget users over 65 to care homes and increased "
              "the proportion of older widget users receiving reablement after being discharged from hospital.")


def _effects(text: str, question: str) -> list[str]:
    changed = EFFECT_ON.search(question).group(1)
    found = effect_spans(text, changed)
    assert all(text[s.start : s.end] == s.text for s in found)  # every span is a slice of the sentence
    return [s.text for s in found]


def test_the_effect_on_a_thing_is_the_change_reported_to_it():
    assert _effects(ADMISSIONS, "What positive effect did the fund have on widget users over 65 moving permanently into care homes?")[0] == \
        "reduced permanent admissions of widget users over 65"
    assert _effects(ADMISSIONS, "What effect did the fund have on the share of older widget users getting reablement?")[0] == \
        "increased the proportion of older widget users"


def test_no_effect_is_reported_on_a_thing_the_sentence_does_not_change():
    assert _effects(ADMISSIONS, "What effect did the fund have on A&E four-hour waiting times?") == []


def test_a_thing_named_before_a_passive_change_is_what_changed():
    text = "Furthermore, the time for widget councils to prepare for implementation has now been significantly reduced."
    assert _effects(text, "What effect did redoing the plans have on widget councils' time to get ready for implementation?") == \
        ["significantly reduced"]


def test_a_noun_of_change_is_not_the_change_itself():
    text = "There were improvements in reducing permanent admissions of widget users over 65 to care homes."
    assert _effects(text, "What effect did the fund have on widget users over 65 going permanently into care homes?") == \
        ["reducing permanent admissions of widget users over 65"]
