"""Slack markup -> the plain question text."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.render import escape
from bot.slack_text import addressed_to_other, mentions, to_plain, unescape

BOT = "U0QABOT"


def test_bot_mention_is_removed_and_spaces_folded() -> None:
    assert to_plain(f"<@{BOT}>   How much did\nemergency admissions rise?", BOT) == \
        "How much did emergency admissions rise?"


def test_bot_mention_with_label_is_removed_anywhere() -> None:
    assert to_plain(f"so <@{BOT}|qabot> what rose?", BOT) == "so what rose?"


def test_other_mentions_become_readable_names() -> None:
    assert to_plain("ask <@U123> or <@W456|bob>", BOT) == "ask @U123 or @bob"


def test_channels_links_and_mailto_become_their_labels() -> None:
    text = "see <#C123|general>, <#C999>, <https://x.example/a?b=1|the report>, <https://y.example> and <mailto:a@b.org|a@b.org>"
    assert to_plain(text) == "see #general, #C999, the report, https://y.example and a@b.org"


def test_special_mentions_are_plain_words() -> None:
    assert to_plain("<!here> <!channel> <!subteam^S123|@nurses> <!subteam^S9> <!date^1392734382^{date}|Feb 18>") == \
        "@here @channel @nurses @S9 Feb 18"


def test_entities_are_unescaped_ampersand_last() -> None:
    assert to_plain("A &amp; B &lt;3 &gt; 2 &amp;lt;") == "A & B <3 > 2 &lt;"
    assert unescape("&amp;amp;") == "&amp;"


def test_only_a_mention_leaves_nothing() -> None:
    assert to_plain(f"<@{BOT}>", BOT) == ""
    assert to_plain(None, BOT) == ""
    assert to_plain("   ", BOT) == ""


def test_mentions_detects_the_bot() -> None:
    assert mentions(f"hi <@{BOT}|qabot>", BOT)
    assert not mentions("hi <@U999>", BOT)
    assert not mentions(None, BOT)


def test_reply_addressed_to_a_colleague_is_not_for_the_bot() -> None:
    assert addressed_to_other("<@U999> what do you think?", BOT)
    assert not addressed_to_other(f"<@{BOT}> and the cost?", BOT)
    assert not addressed_to_other("and what about <@U999>?", BOT)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_escaped_text_round_trips_to_the_same_words(text: str) -> None:
    """What a user typed reaches the answerer unchanged (but for whitespace)."""
    assert to_plain(escape(text), BOT) == " ".join(text.split())
