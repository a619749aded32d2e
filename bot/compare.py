"""Questions that compare two things ("Which went up more: A or B?"): each side is asked
on its own, then the two figures are compared (pure; no I/O)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .extract import numeric_value
from .models import Answer

_MORE = r"more|most|bigger|biggest|larger|largest|higher|highest|greater|greatest|further|faster"
_LESS = r"less|least|smaller|smallest|lower|lowest|fewer|fewest"
# "Which went up more in 2015-16: emergency admissions or delayed transfers of care?"
# "Which overshot its planned cost by more - A or B?"
_WHICH_MORE = re.compile(
    rf"^\s*(?:which|what)(?P<noun>\s+(?:one|figure|number|measure|of (?:the|these|those) two|of them))?\b"
    rf"(?P<head>[^:?–—]*?\b(?P<cmp>{_MORE}|{_LESS})\b[^:?–—]*?)"
    r"\s*(?::|,|\s[-–—]+\s*)\s*(?:the\s+)?(?P<a>[^?,:]+?),?\s+or\s+(?:the\s+)?(?P<b>[^?,:]+?)\s*\?*\s*$", re.I)
_BY_MORE = re.compile(rf"\b(?:by\s+)?(?:(?:much|far|a lot)\s+)?(?:{_MORE}|{_LESS})\b(?:\s+than\b)?", re.I)


@dataclass(frozen=True)
class Comparison:
    """The two options and the question each is asked as."""

    options: tuple[str, str]
    questions: tuple[str, str]
    smaller_wins: bool


def comparison(question: str) -> Comparison | None:
    """The comparison a question asks for, or None if it is not "which ... more: A or B?"."""
    m = _WHICH_MORE.match(question)
    if not m:
        return None
    head = _BY_MORE.sub("by how much", m.group("head"), count=1).strip()
    options = (m.group("a").strip(), m.group("b").strip())
    copula = re.fullmatch(r"(was|is|were|are) by how much", head, re.I)
    # "Which was larger, A or B?": how big each is; "Which rose more?": how much each rose
    questions = tuple(f"How big {copula.group(1)} {o}?" if copula else f"{o} {head}?" for o in options)
    return Comparison(options=options, questions=questions,  # type: ignore[arg-type]
                      smaller_wins=bool(re.fullmatch(_LESS, m.group("cmp"), re.I)))


def compare(c: Comparison, ask: Callable[[str], Answer], question: str) -> Answer | None:
    """Answer each side with `ask`; the option whose figure wins, quoting both, or None when
    either side has no figure or the two are not the same kind of amount (that is no comparison)."""
    a, b = (ask(q) for q in c.questions)
    if a.abstained or b.abstained or a.answer_type != b.answer_type or not (a.short_answer and b.short_answer):
        return None
    va, vb = numeric_value(a.short_answer), numeric_value(b.short_answer)
    if va is None or vb is None or not a.citations or not b.citations:
        return None
    where = [(x.citations[0].doc_id, x.citations[0].start) for x in (a, b)]
    if where[0] == where[1] and va == vb:
        return None  # one figure from one sentence answered both sides: it tells them apart from nothing
    sides = [(c.options[0], a, float(va)), (c.options[1], b, float(vb))]
    if sides[0][2] == sides[1][2]:
        lead = f"Neither: {c.options[0]} and {c.options[1]} both {a.short_answer}"
        short = a.short_answer
    else:  # the winner first
        sides.sort(key=lambda side: side[2], reverse=not c.smaller_wins)
        (win, w, _), (lose, lost, _) = sides
        lead = f"{win[:1].upper()}{win[1:]}: {w.short_answer}, against {lost.short_answer} for {lose}"
        short = f"{win} ({w.short_answer})"  # which, and by how much
    top, other = sides[0][1], sides[1][1]
    citations = [top.citations[0]] + (other.citations[:1] if where[0] != where[1] else [])
    n = len({cit.doc_id for cit in citations})
    return Answer(question=question, answer=f"{lead} — reported by {n} article{'s' if n != 1 else ''}.", short_answer=short,
                  abstained=False, citations=citations, answer_type=a.answer_type)
