"""What a sentence says of the thing a question names, for questions of a few fixed shapes: what
someone judged so ("what did she consider unacceptable?"), how far it had come, how it should be
seen, what it was called, what is to be learned from it, and what was lost, put at risk or
eroded. Pure functions; `open_questions.open_candidates` asks these first."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from .extract import Span, group_spans
from .open_spans import predicate_spans
from .tokens import tokenize

# "What were the roughly 50 sites called?", "what name was given to them?": the name the text gives them
_NAME_Q = re.compile(r"\bwhat (?:were|was|are|is) (?:the |these |those )?[^?]{3,120}? (?:called|known as|dubbed|nicknamed)\s*\??\s*$"
                     r"|\bwhat (?:name|label) (?:was|were|is|are|has been|have been) (?:given|applied) to\b", re.I)
_NAMED_AS = re.compile(r"\b(?:so-called|known as|dubbed|nicknamed)\s+(?:the\s+)?[“\"‘]([^”\"’]{2,40})[”\"’]", re.I)


# "What did the PAC chair consider unacceptable?", "what did he regard as a significant challenge?":
# the subject the sentence says that of ("[such incompetence from Departments] is unacceptable")
_JUDGED_AS_Q = re.compile(r"\bwhat (?:did|does|do) .+? (?:consider(?:ed|s)?|regard(?:ed|s)? as|see as|saw as|sees as|view(?:ed|s)? as|deem(?:ed|s)?)"
                          r"\s+(?:a |an |the )?(?!(?:to|as|be|it|that|this|them)\b)([a-z][\w-]+)", re.I)


def _judged_subjects(text: str, word: str) -> list[Span]:
    """What the text says is `word` (or a `word` ...): the subject before "is", in its own clause."""
    said = re.compile(rf"((?:[\w’'-]+\s+){{0,7}}?[\w’'-]+)\s+(?:is|was|are|were|has been|have been)\s+[“\"‘]?(?:a |an |the )?{re.escape(word)}\b", re.I)
    return [Span(m.start(1) + len(m.group(1)) - len(cut), m.end(1), cut, "gap")
            for m in said.finditer(text)  # "..., [and] such incompetence from Departments": the clause's own subject
            if (cut := re.sub(r"^(?:and|but|so|while|whereas)\s+", "", re.split(r"[,;:“”\"]\s*", m.group(1))[-1].strip(), flags=re.I))]


# "how far did he say the benefits had come?": what the benefits have done
_HOW_FAR = re.compile(r"\bhow far (?:did|does|do|had|have|has) (?:.+? (?:say|said|think|thought|find|found|report|reported) )?(?:the |its |their )?"
                      r"(.+?) (?:had |have |has )?(?:come|got|gone|progressed|advanced|moved)\b", re.I)
# "how should X be seen / viewed / regarded?": what the text says X is to be seen as
_SEEN_AS_Q = re.compile(r"(?:^\W*|,\s*)how (?:(?:did|does|do) .+? (?:say|think|suggest|argue|believe)s? .+? (?:should|ought to|must|is|was|are|were|to)"
                        r"|(?:should|ought to|must|is|was|are|were) .+?) (?:be\s+)?(?:best\s+)?(?:seen|viewed|regarded|treated|thought of|considered)\s*\??\s*$", re.I)
# ... up to an infinitive of its own ("the means to an end [to transform services]") or a clause
_SEEN_AS = re.compile(r"\b(?:seen|viewed|regarded|treated|thought of|considered) as ((?:[\w’'-]+\s+){0,5}?[\w’'-]+?)"
                      r"(?=\s+(?:to (?!an?\b|the\b)|for|that|which|when|and|but)\b|\s*[.,;:”\"]|\s*$)", re.I)
# what is to be learned is asked: "what lesson ...", "what flaw should be learned from?", "what did he want learnt from X?"
_LESSON_Q = re.compile(r"\bwhat (?:[\w’'-]+ ){0,3}?lessons?\b|\bwhat\b.*\b(?:learn|learned|learnt)\s+from\b", re.I)


def _of_asked(phrase: str, asked: set[str]) -> str | None:
    """The phrase without an "of ..." tail whose words the question already has."""
    head, _, tail = phrase.partition(" of ")
    tail_terms = set(tokenize(tail))
    return head if head and tail_terms and tail_terms <= asked else None


_LEARN_FROM = re.compile(r"\blearn(?:s|ed|t|ing)?\s+(?:the\s+lessons?\s+)?from\s+((?:[\w’'-]+\s+){0,6}?[\w’'-]+?)"
                         r"(?=\s+(?:when|before|while|as|and|for|in)\b|\s*[,.;:”\"]|\s*$)", re.I)


_LOST_Q = re.compile(r"\bwhat (?:did|has|had|have|does) (?:.+? )?(?:lose|lost)\b", re.I)
_LOST = re.compile(r"\b(?:lost|lose|loses|losing)\s+(?:its\s+|their\s+|the\s+)?((?:[\w’'-]+\s+){0,3}?[\w’'-]+?)"
                   r"(?=\s+(?:and|with|because|but|as|in|to|for|among)\b|\s*[,.;:”]|\s*$)", re.I)
_PUT_AT_RISK_Q = re.compile(r"\bwhat\b(?:(?!\bwho\b)[^?])*\b(?:put|puts|putting|placed|places|placing)\s+(?:\w+\s+){0,2}?at\s+(?:\w+\s+)?risk\b", re.I)
_PUT_AT_RISK = re.compile(r"\b(?:put|puts|putting|placed|places|placing)\s+((?:[\w’'-]+\s+){1,14}?)at\s+[“\"‘]?(?:\w+\s+)?risk\b", re.I)
# "what did he fear sacrificing its resources would erode?": "which risks eroding [local democracy]"
_ERODED_Q = re.compile(r"\bwhat (?:did|does|do|has|had|have|would|will) (?:.+? )?(?:erode[sd]?|wear away)\s*\??\s*$", re.I)
_ERODED = re.compile(r"\b(?:erode[sd]?|eroding)\s+[“\"‘]?((?:[\w’'-]+\s+){0,4}?[\w’'-]+?)"
                         r"(?=\s+(?:as|and|with|because|but|in|to|for|by)\b|\s*[,.;:”]|\s*$)", re.I)
_OBJECT_OF = ((_LOST_Q, _LOST), (_PUT_AT_RISK_Q, _PUT_AT_RISK), (_ERODED_Q, _ERODED))


class _Asks(NamedTuple):
    judged: re.Match[str] | None
    far: re.Match[str] | None
    seen_as: re.Match[str] | None
    name: re.Match[str] | None
    lesson: re.Match[str] | None
    objects: tuple[re.Pattern[str], ...]  # "what had the fund lost?", "what did X put at risk?": the object of that verb


@lru_cache(maxsize=512)
def _asks(question: str) -> _Asks:
    """The question-level patterns, read once per question (sentences are read per candidate)."""
    return _Asks(_JUDGED_AS_Q.search(question), _HOW_FAR.search(question), _SEEN_AS_Q.search(question),
                 _NAME_Q.search(question), _LESSON_Q.search(question),
                 tuple(found for asked, found in _OBJECT_OF if asked.search(question)))


def stance_spans(text: str, question: str) -> list[Span] | None:
    """Candidates for a question of one of these shapes (possibly none), or None when the
    question is of none of them, or its shape may also be answered some other way."""
    judged, far, seen_as, name, lesson, _ = _asks(question)
    if judged and (found := _judged_subjects(text, judged.group(1))):
        return found  # "what did she consider unacceptable?": "[such incompetence from Departments] is unacceptable"
    if far:  # "how far had the benefits come?": "benefits have [fallen far short of plans]"
        return predicate_spans(text, tokenize(re.split(r"\s+(?:of|in|for|from|on)\b", far.group(1), maxsplit=1)[0]))
    if seen_as:  # "how should integration be viewed?": "seen as [the means to an end]"
        return group_spans(_SEEN_AS, text, "gap")
    if name and (named := group_spans(_NAMED_AS, text, "gap")):
        return named  # "The so-called “vanguard” sites": "vanguard"
    if lesson:  # "what lesson should be carried over?": what "to learn from" names
        asked = set(tokenize(question))
        # "the over-optimism [of such plans]" for "what quality of the plans ...": the plans are the question's
        found = [Span(f.start, f.start + len(cut), cut, f.kind) if (cut := _of_asked(f.text, asked)) else f
                 for f in group_spans(_LEARN_FROM, text, "gap")]
        if found:
            return found
    return None


def object_spans(text: str, question: str) -> list[Span]:
    """"what had the fund lost?": the object of that verb in the sentence ("has lost [credibility]")."""
    for pattern in _asks(question).objects:
        found = group_spans(pattern, text, "gap")
        if found:
            return found
    return []
