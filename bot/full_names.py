"""Full names for short mentions: a speaker named by surname ("Morse argued", "said Ms Davies")
and a body named by its generic word ("the Association argues") (pure)."""
from __future__ import annotations

import re

from .extract import HONORIFICS

_BARE_BODY = re.compile(r"Association|Department|Committee|College|Office|Institute|Commission|Agency|Union|Society|Council")
_SURNAME_ONLY = re.compile(rf"^(?:{HONORIFICS} )?[\w’'-]+$")


def full_name(short: str, people: list[str], text_before: str) -> str:
    """`short` in full: a surname as the full name of one of `people` (the names the articles
    give), a generic body word as the last full name ending in it in `text_before` (the
    article up to the answering sentence); otherwise `short` itself."""
    if _BARE_BODY.fullmatch(short):
        named = re.findall(rf"((?:[A-Z][\w&’'-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{1,5}}{short})\b", text_before)
        return re.sub(r"^(?:The|A|An)\s+", "", named[-1]) if named else short
    if _SURNAME_ONLY.match(short):
        return next((n for n in people if " " in n and n.endswith(f" {short.split()[-1]}")), short)
    return short


__all__ = ["full_name"]
