"""Slack message markup -> the plain question text the answerer sees (pure functions).

Incoming Slack text carries markup: `<@U123>` / `<@U123|name>` mentions, `<#C123|name>`
channels, `<!here>` / `<!subteam^S1|@team>` specials, `<https://x|label>` links, and the
entity escapes `&amp;`, `&lt;`, `&gt;`. See https://api.slack.com/reference/surfaces/formatting.
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"<([^<>]*)>")
_SPACE = re.compile(r"\s+")
_LEADING_USER = re.compile(r"^\s*<@([UW][A-Z0-9]+)(?:\|[^>]*)?>")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace(token: str, bot_user_id: str | None) -> str:
    """One `<...>` token -> its readable text; the bot's own mention -> nothing."""
    target, _, label = token.partition("|")
    if target.startswith("@"):
        if bot_user_id and target[1:] == bot_user_id:
            return " "
        return "@" + (label or target[1:])
    if target.startswith("#"):
        return "#" + (label or target[1:])
    if target.startswith("!"):
        special = target[1:]
        if label:
            return label
        if special.startswith("subteam^"):
            return "@" + special.split("^", 1)[1]
        if special.startswith("date^"):
            return ""
        return "@" + special
    if label:
        return label
    return target.removeprefix("mailto:")


def unescape(text: str) -> str:
    """Undo Slack's three entity escapes (`&amp;` last, so `&amp;lt;` stays `&lt;`)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def to_plain(text: str | None, bot_user_id: str | None = None) -> str:
    """Slack markup -> plain text with single spaces; the bot's mentions are removed."""
    if not text:
        return ""
    replaced = _TOKEN.sub(lambda m: _replace(m.group(1), bot_user_id), text)
    return _SPACE.sub(" ", unescape(replaced)).strip()


def mentions(text: str | None, user_id: str) -> bool:
    """True when the raw Slack text mentions `user_id` (`<@U123>` or `<@U123|name>`)."""
    return bool(text) and re.search(rf"<@{re.escape(user_id)}(?:\|[^>]*)?>", text or "") is not None


def addressed_to_other(text: str | None, bot_user_id: str | None) -> bool:
    """True when the message opens by mentioning someone other than the bot
    ("<@U999> what do you think?"): a thread reply meant for a colleague, not a follow-up."""
    m = _LEADING_USER.match(text or "")
    return bool(m) and m.group(1) != bot_user_id


def question_text(text: str | None, bot_user_id: str | None) -> str:
    """The question as plain text. A lone UTF-16 surrogate (valid in JSON as `\\ud83d`, not a
    character; Slack never sends one) becomes U+FFFD, so nothing downstream fails to encode it."""
    return _LONE_SURROGATE.sub("\ufffd", to_plain(text, bot_user_id))
