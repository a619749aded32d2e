"""Typed spans read off one sentence (pure functions, no corpus)."""
from bot.extract import org_spans, title_spans


def test_a_report_on_a_name_in_title_case_gives_the_title():
    text = "On 7 February, the Widget Office published a substantial report on Widget and Social Care Integration, which hit the headlines."
    assert [s.text for s in title_spans(text)] == ["Widget and Social Care Integration"]
    assert title_spans("The office published a report on integration and the Widget Fund.") == []  # not a title-case name


def test_a_country_alone_is_a_place_not_an_organisation():
    found = [s.text for s in org_spans("The RCN said plans in England had failed, and NHS England agreed.")]
    assert "RCN" in found and "NHS England" in found and "England" not in found
