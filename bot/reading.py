"""How a question is read before it is answered (pure).

Shorthand spelt out ("whats", "15-16"), typos put right against the articles' words, the
asker's asides and lead-ins left out, a claim in doubt taken out ("someone said the pot was
£3bn - what was the real size?"), then typed (count, money, person, ...) and the people it
names found. `answer.Answerer` works on the result.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .claims import checked_claim, without_claim
from .models import AnswerType
from .open_questions import WH
from .asides import expand_informal, without_asides
from .question_rules import is_role_question, validate_question
from .question_types import classify_question
from .spelling import Speller
from .tokens import stem

AMOUNT_KINDS = frozenset({"count", "number", "money", "percent"})
_SIZE_WORDS = {stem("big"), stem("large"), stem("money"), stem("far")}  # "how big was the pot", "how much money", "how far over"
# Words that only say what type of answer is wanted ("how long", "which year", "what age").
KIND_WORDS: dict[str, set[str]] = {"duration": {stem("long"), stem("time")}, "date": {stem("year"), stem("day"), stem("time")},
                                   "age": {stem("age"), stem("old")}, "expansion": {stem(w) for w in ("stand", "short", "abbreviation", "acronym")},
                                   # "by how much did they change?": a change is asked; sentences say which way it went
                                   "money": _SIZE_WORDS | {stem("change")}, "number": _SIZE_WORDS | {stem("change")},
                                   # "what reasons did the NAO give for ...": the type and its frame
                                   "reason": {stem(w) for w in ("reason", "reasons", "explanation", "explain", "give", "gave", "circumstance", "circumstances")},
                                   "percent": {stem(w) for w in ("fraction", "proportion", "percentage")},  # "what fraction of X ...?"
                                   "title": {stem(w) for w in ("give", "gave")},  # "what title did the NAO give its report ...?"
                                   "org": {stem(w) for w in ("programme", "program", "scheme", "initiative", "body", "organisation", "organization")}}
# "the average length", "cost per day": a question about a rate, which a total or a change does not answer
RATE_Q = re.compile(r"\b(?:averag\w*|per (?:[\w-]+ ){0,2}?(?:day|week|month|year|person|head|patient|bed|capita|admission)|a day|each day|daily)\b", re.I)
BASELINE_YEAR = re.compile(r"\b(?:than|compared (?:with|to)|relative to|versus|vs\.?|on|(?:exceed\w*|above)(?: their| the| its)?)\s+(?:in\s+|the\s+)?((?:19|20)\d\d(?:[-–/]\d\d)?)\b", re.I)
# "How is the £2.4bn split between the two years?": a breakdown, which only a sentence stating one answers
# how a sum was split ("split between the two years", "the split of the pot"), not a split between groups of people
SPLIT_Q = re.compile(r"\b(?:split|divided|broken down|apportioned|shared out)\s+(?:between|among|amongst|into|across|up)\b|\bsplit of\b"
                     r"|\b(?:split|divided|broken down|apportioned|shared out)\s*\?*\s*$"  # "how was the £2.4bn split?"
                     r"|\bbreak ?down\b|\bhow much (?:in|for|to) each\b", re.I)
SPLIT_STATED = re.compile(r"\b(?:split|divided|each|respectively|of which|apiece|shared between)\b", re.I)

# "What does the NAO say it does not examine?": the thing asked for is one the answer says is not done,
# so a sentence with no negation in it ("it seeks to assess whether ...") cannot answer it; a negation
# after "if", "when", "so" ... ("what risk if councils aren't engaged?") is a condition, not what is asked.
NEGATED_Q = re.compile(r"^\W*(?:what|which)\b(?:(?!\b(?:if|when|whether|unless|so|because|although|though|even|while|once|before|after|since|until)\b)[^,;–—?])*?"
                       r"\b(?:(?:does|do|did|has|have|had|is|are|was|were|would|will|can|could)\s+not|(?:does|do|did|has|have|had|is|are|was|were|wo|ca)n[’']t)\b", re.I)
NEGATION_STATED = re.compile(r"\b(?:not|no|never|nor|neither|none|nothing|without|unable|fail(?:s|ed|ing)?|lack(?:s|ed|ing)?|absence)\b|n[’']t\b", re.I)
# "What was the rest of the £2.1bn fund spent on, beyond deficits?": a sentence stating a rest ("while the rest
# will be spent on ..."); the figure for the part the question sets aside ("£1.8bn ... to cover deficits") is none
REST_Q = re.compile(r"\bthe (?:rest|remainder|remaining|balance(?!\s+(?:between|of power)\b))\b(?! of (?:the |this |that )?(?:then )?(?:parliament|year|decade|period|time)\b)", re.I)
REST_STATED = re.compile(r"\b(?:rest|remainder|remaining|balance|others?)\b", re.I)
# "What share of areas disagreed that ...?": "ninety percent agreed" states the opposite
DISAGREE_Q = re.compile(r"\bdisagre\w*", re.I)
DISAGREEMENT_STATED = re.compile(r"\bdisagre\w*|\b(?:not|n[’']t|never)\s+(?:\w+\s+)?agree\w*|\b(?:object|oppos|reject|critici[sz])\w*", re.I)
# Each (asked, stated): a question the first matches is answered only by a sentence the second matches.
STATED_IF_ASKED: list[tuple[re.Pattern[str], re.Pattern[str]]] = [(RATE_Q, RATE_Q), (SPLIT_Q, SPLIT_STATED), (NEGATED_Q, NEGATION_STATED),
                                                                   (REST_Q, REST_STATED), (DISAGREE_Q, DISAGREEMENT_STATED)]
# "Who was president before Willcox took over?": someone other than the person named, not her role
_SOMEONE_ELSE = re.compile(r"\b(?:before|after)\s+(?:[A-Z][\w’'-]+\s+){1,3}(?:took over|became|was appointed|started|arrived|left|stepped down)\b"
                           r"|\b(?:predecessor|successor)\b"
                           # "Who was the president of ADASS when Willcox commented?": she only dates the question
                           r"|^\W*who (?:was|is|were) (?:the )?(?:[\w’'-]+ ){0,3}(?:president|chair\w*|head|chief|director|leader|secretary|boss)\b[^?]*\bwhen\b", re.I)


@dataclass(frozen=True)
class ReadQuestion:
    """The question as the bot reads it, its answer type, the asker's claim and the people named."""

    text: str
    kind: AnswerType
    claimed: str = ""  # the asker's figure or person in doubt, as they wrote it
    names: tuple[str, ...] = ()


def read_question(question: str, speller: Speller, people: list[tuple[str, re.Pattern[str]]]) -> ReadQuestion:
    """`people`: names the articles mention (full names and surnames), longest first, each with
    its whole-word pattern.
    Raises QuestionError for an empty or over-long question."""
    q = without_asides(speller.correct(expand_informal(validate_question(question))))
    claim = checked_claim(q)
    claimed = q[claim.start : claim.end] if claim else ""
    if claim:  # "Someone said the pot was £3bn - what was the real size?": look up the true figure
        q = without_claim(q, claim)
    kind = classify_question(q)
    if claim and (claim.kind == "person" or kind in AMOUNT_KINDS or (kind == "other" and not WH.search(q))):
        kind = claim.kind  # "... was £3bn - what was the real size?": an amount of the claim's kind
    names = [n for n, pattern in people if pattern.search(q)]
    # "what does Deakin do": the article writes "..., Miriam Deakin,"
    names += [n for n, _ in people if " " in n and n not in names and n.split(" ")[-1] in names]
    if names and kind in ("person", "org", "title", "other") and is_role_question(q) and not _SOMEONE_ELSE.search(q):
        kind = "role"
    return ReadQuestion(q, kind, claimed, tuple(names))
