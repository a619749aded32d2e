"""Web-boilerplate removal by rules that generalise, keeping original offsets.

Each line of an article is one paragraph. A line is classified as boilerplate (a
named rule), a heading/caption (short, no sentence punctuation), or body text.
Only body text is indexed; its offsets stay those of the original file, so every
kept character maps back to itself in the source.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .models import Span

# (rule name, pattern matched against the stripped line, case-insensitive)
BOILERPLATE_RULES: list[tuple[str, re.Pattern[str]]] = [
    (name, re.compile(pat, re.I))
    for name, pat in [
        ("browser-banner", r"^your browser (is no longer supported|appears to)|^for the best (possible )?experience"),
        ("cookie-banner", r"^(?=.*\bcookies?\b)(?=.*\b(consent|enable|disabled|accept|browser)\b)"),
        ("link-text", r"^(learn|read|discover|find out|see) more\W*$"),
        ("comment-widget", r"^(comments?|\d+ comments?|have your say|leave a (comment|reply)|add (a )?comment)\W*$"),
        ("sign-in", r"^(you must )?(sign|log) ?in\b|^(sign|log) ?in to\b|^register\b.*\b(comment|account)\b"),
        ("terms", r"\bterms (and|&) conditions\b|\bprivacy policy\b|^links may be included in your comments"),
        ("related", r"^(related|recommended|more|popular|latest) (jobs|articles|stories|content|news|reading)\b"),
        ("subscription", r"\bsubscribe\b|\bnewsletter\b|\bsign up (for|to)\b"),
        ("image-credit", r"^((top|main|header|feature|lead) )?(image|photo|picture|credit)s?\s*:|\bvia (istock|shutterstock|getty|alamy)\b|©"),
        ("contact-hours", r"\b(webchat|live chat|helpline|call us)\b|\bmonday to friday\b.*\d{1,2}[:.]\d{2}"),
        ("share-widget", r"^(share|tweet|print|email|follow us)( this( article| page)?)?( on \w+)?\W*$"),
        ("dateline", r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{1,2} \w+ \d{4}$"),
    ]
]

_BULLETS = "•·▪●◦‣∙-–—*"
_TERMINAL = re.compile(r"[.!?:;][\"”’'\)\]]*$")
_HEADING_MAX_WORDS = 14
# "By Jane Smith, Policy Manager, CIPFA": who wrote it is content, not a heading.
_BYLINE = re.compile(r"^[Bb]y [A-Z][\w'’-]+ [A-Z][\w'’-]+")


@dataclass(frozen=True)
class LineClass:
    span: Span  # stripped line, original offsets
    kind: str  # "body" | "heading" | "boilerplate"
    rule: str | None = None


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim whitespace and leading bullet characters, returning new offsets."""
    while start < end and (text[start].isspace() or text[start] in _BULLETS):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def classify_lines(text: str) -> list[LineClass]:
    """Classify every non-blank line of `text` (offsets are into `text`)."""
    out: list[LineClass] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = _strip(text, pos, pos + len(raw))
        pos += len(raw) + 1
        if start >= end:
            continue
        line = text[start:end]
        rule = next((name for name, pat in BOILERPLATE_RULES if pat.search(line)), None)
        if rule:
            out.append(LineClass(Span(start=start, end=end), "boilerplate", rule))
        elif _BYLINE.match(line):
            out.append(LineClass(Span(start=start, end=end), "body", "byline"))
        elif not _TERMINAL.search(line) and len(line.split()) <= _HEADING_MAX_WORDS:
            out.append(LineClass(Span(start=start, end=end), "heading"))
        else:
            out.append(LineClass(Span(start=start, end=end), "body"))
    return out


def kept_spans(text: str) -> list[Span]:
    """Body paragraphs of `text`, in order, as offsets into the original."""
    return [c.span for c in classify_lines(text) if c.kind == "body"]


def first_heading(text: str) -> str | None:
    """The first heading line that comes before any body text (a title), if any."""
    for c in classify_lines(text):
        if c.kind == "body":
            return None
        if c.kind == "heading":
            return text[c.span.start : c.span.end]
    return None


def cleaned_text(text: str, spans: list[Span]) -> tuple[str, list[int]]:
    """The kept text joined by blank lines, and for each of its characters the
    offset of that character in the original (-1 for the inserted separators)."""
    parts: list[str] = []
    offsets: list[int] = []
    for i, s in enumerate(spans):
        if i:
            parts.append("\n\n")
            offsets.extend([-1, -1])
        parts.append(text[s.start : s.end])
        offsets.extend(range(s.start, s.end))
    return "".join(parts), offsets
