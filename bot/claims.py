"""A question that checks a claim: the figure or person in doubt is what to look up, not a fact to match (pure).

"Someone said the pot was £3bn - what was the real size?", "Was it only about 75% of areas?",
"Councils cut care spending by 3.5%, yes?": the asker's figure may be wrong, so it must not be
required of the answering sentence (nor kept out of the answer, in case it is right). What is
asked is the true figure of the same kind.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .extract import typed_spans
from .metrics import normalize_answer, numbers
from .models import AnswerType
from .open_questions import YES_NO

# A check: a yes/no question, a tag ("..., yes?", "is that right?") or someone else's figure.
_CHECK = re.compile(r"\b(?:yes|right|correct|true|no)\s*\?|\bis (?:that|this|it) (?:right|correct|true|the)\b"
                    r"|\bsomeone (?:said|told|says|reckons?|claimed)\b|\bi(?:'ve| have) got\b|\bi (?:think|thought)\b"
                    r"|\bor (?:was|is) it\b|\bthe real\b|\bwhat (?:was|is) the (?:actual|true|correct|real)\b"
                    # tags: "..., hadn't they?", "90 days, was it?", "something like £200m?", "— about 10%?", "or something?"
                    r"|\b(?:was|is|were|are|did|does|do|had|has|have)(?:n't| not)? (?:it|they|she|he|that|there)\s*\?"
                    r"|\bor something\b|\bsomething like\b|\s[—–-]\s*(?:about|around|roughly|like|maybe|just)?\s*£?[\d.,]+\s*(?:%|bn|m|k|billion|million)?\s*\?\s*$", re.I)
# A figure that names the thing ("the £5.3bn fund", "the 90-day measure") is a descriptor, not the claim.
_NAMES_THING = re.compile(r"^[\s-]*(?:[a-z-]+\s+){0,2}?(?:fund|pot|budget|programme|scheme|report|plans?|package|pool|top-up|days? measure|savings?|target|ambition"
                          r"|deficit|overspend|cut|rise|increase|reduction|fall|figure|pledge)\b", re.I)
_KINDS: tuple[AnswerType, ...] = ("money", "percent", "duration", "number")


@dataclass(frozen=True)
class Claim:
    """The asker's figure: where it is in the question and what kind of figure answers it."""
    start: int
    end: int
    kind: AnswerType


# "Was it Margaret Willcox who called the planning a shambles?": the person in doubt
_WAS_IT = re.compile(r"^\s*(?:was|wasn't|is|isn't)\s+it\s+(?:not\s+)?(?:really\s+)?(?!(?:true|right|correct|so|the case|possible|likely|fair|just|only|also)\b)([A-Za-z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3}?)\s+(?=who|that)\b", re.I)


def checked_claim(question: str) -> Claim | None:
    """The figure (or person) a checking question puts in doubt, or None if it is no check."""
    person = _WAS_IT.match(question)
    if person:
        return Claim(person.start(1), person.end(1), "person")
    pieces = re.split(r"\s[-–—]\s|[?!]\s*|\.\s+", question)  # "Older people at home - was that at 90 days?"
    if not (any(YES_NO.match(p) for p in pieces) or _CHECK.search(question)):
        return None
    for kind in _KINDS:
        for span in typed_spans(question, kind):
            # "about three-quarters of areas": a fraction checks a share
            if (span.kind == kind or (kind, span.kind) == ("percent", "fraction")) and not _NAMES_THING.match(question[span.end :]):
                return Claim(span.start, span.end, kind)
    return None


def without_claim(question: str, claim: Claim) -> str:
    """The question with the asker's figure taken out ("... was £3bn - what ..." -> "... was - what ...")."""
    return " ".join(f"{question[: claim.start]} {question[claim.end :]}".split())


def contradicts(claimed: str, answer: str) -> bool:
    """Does the answer differ from the asker's claim ("£5.3bn" vs "£3bn", "Margaret Hodge" vs "Margaret Willcox")?"""
    mine, theirs = numbers(claimed), numbers(answer)
    if mine or theirs:
        return not set(mine) & set(theirs)
    return normalize_answer(claimed) not in normalize_answer(answer)
