from bot.clean import classify_lines, cleaned_text, first_heading, kept_spans
from tests.corpus_fixtures import ARTICLE_A


def _kept(text: str) -> list[str]:
    return [text[s.start : s.end] for s in kept_spans(text)]


def test_boilerplate_lines_are_dropped_by_rule_not_position():
    kept = " ".join(_kept(ARTICLE_A))
    for junk in ("browser", "cookies", "Learn more", "Comment", "Have your say", "sign in"):
        assert junk not in kept
    assert "£2.5bn" in kept and "deeply disappointing" in kept


def test_rules_generalise_to_other_boilerplate():
    text = ("Related Jobs\nTop image: someone via iStock\nEnjoying NHE? Subscribe here to get news!\n"
            "Webchat is available Monday to Friday, 09:00 - 17:00.\nShare this article\n"
            "The real sentence stays here.\n")
    assert _kept(text) == ["The real sentence stays here."]


def test_every_kept_character_maps_to_its_original_offset():
    spans = kept_spans(ARTICLE_A)
    joined, offsets = cleaned_text(ARTICLE_A, spans)
    assert len(joined) == len(offsets)
    for ch, off in zip(joined, offsets):
        if off >= 0:
            assert ARTICLE_A[off] == ch


def test_kept_spans_exclude_bullets_and_surrounding_whitespace():
    text = "  • A bulleted point that is a full sentence.  \n"
    (span,) = kept_spans(text)
    assert text[span.start : span.end] == "A bulleted point that is a full sentence."


def test_short_unpunctuated_lines_are_headings_and_first_one_is_the_title():
    assert first_heading(ARTICLE_A) == "Widget fund misses its target"
    kinds = {ARTICLE_A[c.span.start : c.span.end]: c.kind for c in classify_lines(ARTICLE_A)}
    assert kinds["Widget fund misses its target"] == "heading"


def test_no_title_when_the_text_starts_with_body():
    assert first_heading("A first sentence of body text is here.\nHeading later\n") is None


def test_byline_is_kept_as_content():
    assert _kept("By Jane Smith, Policy Manager, CIPFA\n") == ["By Jane Smith, Policy Manager, CIPFA"]
