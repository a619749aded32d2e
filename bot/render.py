"""Answer -> plain text (CLI/chat), Block Kit (Slack), JSON. All mrkdwn escaping lives here.

Every piece of corpus or user text that goes into Slack mrkdwn passes through `escape()`,
so no text can produce `<!channel>`, `<!here>`, `<!subteam^…>`, a mention or a link.
Sections stay within Slack's 3,000 characters and messages within 50 blocks.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from .models import Answer, Citation, Document

SECTION_LIMIT = 3000  # characters in one section's text
MAX_BLOCKS = 50  # blocks in one message
HOME_MAX_BLOCKS = 100  # blocks in an App Home view
TEXT_LIMIT = 39_000  # the `text` field; Slack truncates past 40,000
ACTION_UP, ACTION_DOWN, ACTION_SHARE = "qabot_vote_up", "qabot_vote_down", "qabot_share"
VOTE_ACTIONS = {ACTION_UP: "up", ACTION_DOWN: "down"}
VOTE_EMOJI = {"up": "👍", "down": "👎"}
KINDS = ("reply", "ephemeral", "shared")  # where an answer is shown; the actions block_id is qabot_<kind>
EXAMPLE_QUESTIONS = (
    "How much did emergency admissions rise?",
    "What reduction in emergency admissions had been planned under the Better Care Fund?",
    "What was the overspend caused by extra emergency admissions?",
)
USAGE_TEXT = ("Ask me a question about the articles, for example: "
              f"“{EXAMPLE_QUESTIONS[0]}” — mention me, DM me, or use /ask QUESTION.")
ERROR_TEXT = "Sorry — something went wrong while answering. It was logged and will be looked at."
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


def _date(d: dt.date | None) -> str:
    return f"{d.day} {d.strftime('%B %Y')}" if d else "date not stated"


def attribution(c: Citation) -> str:
    title = c.title or f"untitled article ({c.doc_id})"
    publisher = c.publisher or "publisher not stated"
    return f"{title}, {publisher}, {_date(c.published)}"


def to_plain_text(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.short_answer and not answer.abstained:
        lines.append(f"Short answer: {answer.short_answer}")
    cites = answer.related if answer.abstained else answer.citations
    if cites:
        lines.append("May be related:" if answer.abstained else "Sources:")
    for i, c in enumerate(cites, 1):
        quote = " ".join(c.quote.split())
        lines.append(f"{i}. > {quote}\n   — {attribution(c)}")
    return "\n".join(lines)


def to_json(answer: Answer) -> dict:
    """The stable `qabot ask --json` contract (see README)."""
    data = answer.model_dump(mode="json", include={"question", "answer", "short_answer", "abstained",
                                                    "citations", "related", "latency_ms"})
    return {k: data[k] for k in ("question", "answer", "short_answer", "abstained", "citations", "related", "latency_ms")}


# ---- mrkdwn safety -------------------------------------------------------------------------

def escape(text: str) -> str:
    """Slack's three control characters -> entities (`&` first). Makes markup inert."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def split_words(text: str, limit: int) -> list[str]:
    """Split (already escaped) text into pieces of at most `limit` characters, at spaces
    where possible; a longer word is cut, never inside an `&amp;`-style entity."""
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = rest.rfind(" ", 0, limit + 1)
        if cut <= 0:
            cut = limit
            amp = rest.rfind("&", max(0, limit - 4), limit)
            if amp > 0 and ";" not in rest[amp:limit]:
                cut = amp
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def trim_words(text: str, limit: int, ellipsis: str = " …") -> str:
    """Text cut at a word boundary to at most `limit` characters (with an ellipsis)."""
    return text if len(text) <= limit else split_words(text, limit - len(ellipsis))[0] + ellipsis


def fallback_text(answer: Answer) -> str:
    """The message `text`: `to_plain_text` escaped, so Slack displays exactly the CLI text."""
    return trim_words(escape(to_plain_text(answer)), TEXT_LIMIT)


def plain_fallback(text: str) -> str:
    return trim_words(escape(text), TEXT_LIMIT)


# ---- blocks -------------------------------------------------------------------------------

def _section(mrkdwn: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn or " "}}


def sections(mrkdwn: str) -> list[dict]:
    """One section per ≤3,000-character piece of (already escaped) mrkdwn."""
    return [_section(p) for p in split_words(mrkdwn, SECTION_LIMIT)]


def _context(mrkdwn: str) -> dict:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": trim_words(mrkdwn, SECTION_LIMIT)}]}


def quote_blocks(c: Citation) -> list[dict]:
    """A `>` quote, verbatim (whitespace folded), then "— title, publisher, date"."""
    tail = "\n— _" + trim_words(escape(attribution(c)), 500) + "_"
    pieces = split_words(escape(" ".join(c.quote.split())), SECTION_LIMIT - len(tail) - 2)
    texts = ["> " + p for p in pieces]
    texts[-1] += tail
    return [_section(t) for t in texts]


def agreement_line(answer: Answer) -> str:
    """How many articles agree (answered) or that none states it (declined)."""
    if answer.abstained:
        return ("No article states this. The passages above may be related."
                if answer.related else "No article states this.")
    n = len({c.doc_id for c in answer.citations})
    if n == 0:
        return "No article quoted."
    return f"✅ {n} articles agree · quotes are verbatim" if n > 1 else "1 article states this · quote is verbatim"


def _button(text: str, action_id: str, value: str, style: str | None = None) -> dict:
    b = {"type": "button", "action_id": action_id, "value": value,
         "text": {"type": "plain_text", "text": text, "emoji": True}}
    return b | ({"style": style} if style else {})


def answer_blocks(answer: Answer, ref: str, *, kind: str = "reply", asker: str | None = None,
                  voted: str | None = None) -> list[dict]:
    """Block Kit for one answer. `ref` goes in the buttons' values. `kind`: "reply" (in a
    thread), "ephemeral" (/ask: adds "Share in channel"), "shared" (names the `asker`).
    `voted` ("up"/"down") replaces the vote buttons with "Thanks — recorded"."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, not {kind!r}")
    head: list[dict] = []
    if kind == "shared":
        who = f"<@{asker}>" if asker and _USER_ID.match(asker) else "Someone"
        head += sections(f"{who} asked: _{escape(' '.join(answer.question.split()))}_")
    main = escape(answer.answer)
    if answer.short_answer and not answer.abstained:
        main += f"\n*Short answer:* {escape(answer.short_answer)}"
    head += sections(trim_words(main, 10 * SECTION_LIMIT))
    cites = answer.related if answer.abstained else answer.citations
    if answer.abstained and cites:
        head.append(_section("*These passages may be related:*"))
    tail = [_context(agreement_line(answer))]
    elements = [] if voted else [_button("👍 Helpful", ACTION_UP, ref), _button("👎 Not helpful", ACTION_DOWN, ref)]
    if kind == "ephemeral":
        elements.append(_button("Share in channel", ACTION_SHARE, ref, "primary"))
    if voted:
        tail.append(_context(f"Thanks — recorded {VOTE_EMOJI.get(voted, '')}".rstrip()))
    if elements:
        tail.append({"type": "actions", "block_id": f"qabot_{kind}", "elements": elements})
    return head + _fit(head, [quote_blocks(c) for c in cites], tail) + tail


def _fit(head: list[dict], groups: list[list[dict]], tail: list[dict]) -> list[dict]:
    """Quote blocks that fit in 50 blocks; a note counts the ones left out."""
    room = MAX_BLOCKS - len(head) - len(tail)
    out: list[dict] = []
    for i, g in enumerate(groups):
        reserve = 1 if i < len(groups) - 1 else 0  # room for the note, should a later one not fit
        if len(out) + len(g) + reserve > room:
            if len(out) < room:
                out.append(_context(f"…and {len(groups) - i} more passage(s) not shown."))
            break
        out += g
    return out


def notice_blocks(text: str) -> list[dict]:
    """A short message of ours that may carry user text (escaped)."""
    return sections(escape(text))


def home_view(documents: Sequence[Document], examples: Iterable[str] = EXAMPLE_QUESTIONS) -> dict:
    """App Home: the articles with dates, how to ask, three example questions."""
    blocks: list[dict] = [{"type": "header", "text": {"type": "plain_text", "text": "What I know"}},
                          _section(f"I answer from these {len(documents)} articles and always quote them word for word:")]
    shown = documents[:HOME_MAX_BLOCKS - 12]
    for d in shown:
        title = escape(d.title or f"Untitled article ({d.doc_id})")
        meta = f"{escape(d.publisher or 'publisher not stated')} · {_date(d.published)}"
        blocks.append(_section(trim_words(f"*{title}*\n{meta}", SECTION_LIMIT)))
    if len(documents) > len(shown):
        blocks.append(_context(f"…and {len(documents) - len(shown)} more articles."))
    blocks += [
        {"type": "divider"},
        {"type": "header", "text": {"type": "plain_text", "text": "How to ask"}},
        _section("• Mention me in a channel: `@qabot your question`\n• Send me a direct message\n"
                 "• Use `/ask your question` — only you see the answer until you share it\n"
                 "• Reply in my thread for a follow-up; I keep the thread's question in mind"),
        {"type": "header", "text": {"type": "plain_text", "text": "Try asking"}},
        _section("\n".join(f"• {escape(q)}" for q in list(examples)[:3])),
        _context("Rate answers with 👍 / 👎 — 👎 answers are reviewed to improve me."),
    ]
    return {"type": "home", "blocks": blocks}
