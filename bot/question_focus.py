"""What a question's words say about where its answer sits (pure): the verb the
answer completes, what a "how many" counts, who is speaking in a "how did X describe"."""
from __future__ import annotations

import re

from .question_types import JUDGE_VERBS
from .tokens import by_word, tokenize, tokenize_spans
from .word_tables import IRREGULAR

SPEAKER = re.compile(rf"\bhow (?:\w+ly )?(?:did|does|do|has|have) (.+?) (?:describe|characteri[sz]e|call|sum up|{JUDGE_VERBS}|label|depict|portray)"
                     r"|\b(?:what|which) (?:\w+ )?(?:word|words|phrase|term|expression|metaphor|image|adjective) (?:did|does|do|has|have) (.+?) (?:use|choose|pick|apply)\b"
                     r"|\bwhat (?:did|does|do|has|have) (.+?) call\b(?! for)", re.I)


def first_group(m: re.Match[str] | None) -> str:
    """The first group of an alternation that took part in the match, or "" (no match)."""
    return next((g for g in m.groups() if g), "") if m else ""


def describer(question: str) -> str:
    """Who the question says described or called the thing ("how did the PAC chair describe X",
    "what did Hodge call X"), or ""."""
    return first_group(SPEAKER.search(question))


# "What word did X use ...", "in one word": a word or two, not a clause
ONE_WORD = re.compile(r"\b(?:what|which) (?:single |one |particular |exact )?(?:word|adjective)\b|\b(?:one|single)[- ]word\b"
                      r"|\b(?:a|one) (?:particular|single|specific|certain) word\b"
                      r"|\bin (?:one|a single) word\b", re.I)


_VERBISH = re.compile(r"(?:ed|ing)$", re.I)


_COMMON_VERBS = frozenset(
    "learn like need want warn call cause lead mean expect hope happen object oppose recommend suggest find blame "
    "save spend cost reduce increase fail achieve deliver require lack miss focus risk give sacrifice serve act "
    "compare use identify include mention argue claim believe think see describe prevent stop hinder hold become "
    "replace extend provide support protect undermine affect improve create set meet reach pay fund receive".split())


# "what did they say it risked eroding?": a verb whose object is the answer, after another verb
_VERB_CHAIN = re.compile(r"\b(?:risk(?:s|ed)?|keep(?:s)?|kept|start(?:s|ed)?|stop(?:s|ped)?|avoid(?:s|ed)?|consider(?:s|ed)?"
                         r"|recommend(?:s|ed)?|suggest(?:s|ed)?|propose[sd]?|fear(?:s|ed)?|began|begin)\s+[a-z]+ing\W*$")
_STRANDED = re.compile(r"\b(\w+) (?:under|to|as|from|with|by|for|on|into|about|of|at)"
                       r"(?:\s+(?:in (?:the )?future|going forward|moving forward|now|today))?\s*\?*\s*$", re.I)


WH = re.compile(r"\b(what|which|who|whom|where|when|how|why)\b", re.I)


def final_verb(question: str) -> str | None:
    """The verb of harm an open question ends on ("what do the revisions undermine?"), as a term, or None:
    only a sentence saying something undermines (threatens, erodes ...) anything answers it."""
    last = re.search(r"\b([a-z]+)\W*$", question)
    if last and last.group(1) in _FINAL_VERBS and tokenize(last.group(1)):
        return tokenize(last.group(1))[-1]
    return None


# "How many vanguard sites were closed?": a count of things something happened to; the number of them
# ("the sites number around 50") does not answer it, only a sentence saying it happened does
_COUNTED_CHANGE = re.compile(r"^\W*how many\s+(?:[\w’'-]+\s+){1,8}?(?:were|was|had|have|has|got|get)\s+(?:(?:been|being|actually|eventually|already|"
                             r"ever|later|then|now|finally|formally|since)\s+)*(closed|shut|finished|completed|scrapped|abolished|cancell?ed|axed|"
                             r"merged|decommissioned|dropped|wound|approved|rejected|accepted)\b", re.I)


def _asked_term(pattern: re.Pattern[str], question: str) -> str | None:
    """The term of the word the pattern picks out of the question (its first group that took part), or None."""
    terms = tokenize(first_group(pattern.search(question)))
    return terms[-1] if terms else None


def counted_change(question: str) -> str | None:
    """The change a count question asks about ("how many sites were closed?"), as a term, or None."""
    return _asked_term(_COUNTED_CHANGE, question)


# "How much did the fund cost to administer?": a sum spent on that activity; "cost £146m more" does not say so
_PAID_ACTIVITY = re.compile(r"\bcost(?:s|ing)?\b(?:\s+[\w’'-]+){0,6}?\s+to\s+(administer|run|produce|operate|prepare|write|publish|implement|manage|evaluate|staff)\b"
                            r"|\bspen[dt]\s+(?:on\s+)?(administering|running|producing|operating|preparing|writing|publishing|implementing|managing|evaluating|staffing)\b", re.I)


def paid_activity(question: str) -> str | None:
    """The activity a money question asks the cost of ("cost to administer"), as a term, or None."""
    return _asked_term(_PAID_ACTIVITY, question)


_FINAL_VERBS = frozenset("undermine undermines threaten threatens weaken weakens erode erodes replace replaces".split())


def focus_term(question: str) -> str | None:
    """First plain word after the wh-word (not a name, not part of an abbreviation's
    long form): usually the verb the answer completes ("learned from", "not like")."""
    tail = _STRANDED.search(question)  # "what has it been buried under?": the verb is "buried"
    if tail and tail.group(1)[0].islower() and tokenize(tail.group(1)):
        return tokenize(tail.group(1))[-1]
    last = re.search(r"\b([a-z]+)\W*$", question)  # "what do the revisions undermine?": a verb at the end
    if last and (last.group(1) in _COMMON_VERBS or _BASE_OF.get(last.group(1)) in _COMMON_VERBS  # "should be seen?"
                 or re.sub(r"(?:ed|s)$", "", last.group(1)) in _COMMON_VERBS  # "what did it say they risked?"
                 or _VERB_CHAIN.search(question)) and tokenize(last.group(1)):
        return tokenize(last.group(1))[-1]
    m = WH.search(question)
    if not m:
        return None
    if m.start() > 0 and re.search(r"\b[a-z]+(?: (?:from|to|on|about|for|with|by|as|of|under))? $", question[: m.start()]):
        before = tokenize(question[: m.start()])  # "learn from what ...": the verb is before it
        if before:
            return before[-1]
    spans = [(t, s, e) for t, s, e in tokenize_spans(question) if s >= m.end()]
    words = by_word(spans)  # a word giving several terms is an abbreviation's long form
    plain = [(t, s, e) for t, s, e in spans if question[s].islower() and len(words[(s, e)]) == 1]
    # A verb if there is one ("wary of giving up": "giving"), else the first plain word.
    verbs = [t for t, s, e in plain if _VERBISH.search(question[s:e].split(" ")[0])
             or question[s:e].split(" ")[0].lower() in _COMMON_VERBS]
    chain = _CHAIN_THEN_ING.search(question[m.end():])
    if verbs and chain and tokenize(chain.group(1)) and verbs[0] == tokenize(chain.group(1))[-1]:
        return tokenize(chain.group(2))[-1]  # "what does it risk eroding by ...?": what it erodes
    return verbs[0] if verbs else plain[0][0] if plain else None


_CHAIN_THEN_ING = re.compile(r"\b(risks?|risked|keeps?|kept|starts?|started|stops?|stopped|avoids?|avoided|fears?|feared)\s+([a-z]+ing)\b", re.I)


_HOW_MANY = re.compile(r"\bhow many ((?:(?!did\b|do\b|does\b|are\b|is\b|were\b|was\b|will\b|have\b|has\b|had\b|can\b|could\b|would\b|should\b|of\b)\w[\w'’-]* ?)+)", re.I)


_BY_HOW_MANY = re.compile(r"\bby (?:how many|what (?:percentage|proportion|per ?cent)) (?:did|do|does|were|was|have|has|had) ((?:\w[\w'’-]* ?)+)", re.I)
_CHANGE_VERBS = frozenset("go goes went rise rose risen fall fell fallen increase increased decrease decreased grow grew drop "
                          "dropped come came get got climb climbed jump jumped".split())


_ADVERBS = frozenset("now currently still then actually really also ever already today afterwards afterward later earlier ago".split())  # "how many indicators now relate to ..."
_BASE_OF = {form: base for base, forms in IRREGULAR.items() for form in forms.split()}
_IRREGULAR_PAST = frozenset(f for forms in IRREGULAR.values() for f in forms.split())  # "how many areas met ..."
_PREPOSITIONS = frozenset("after before in on for of to at from with by under over between during across within".split())


def counted_terms(question: str) -> list[str]:
    """What a "how many X ..." question counts: the terms of X, its head noun last (empty if
    none). X ends before a verb: "how many local areas submitted plans" counts "local areas"."""
    m = _HOW_MANY.search(question) or _BY_HOW_MANY.search(question)
    if not m:
        return []
    words = m.group(1).split()
    if m.re is _BY_HOW_MANY:  # "by how many did emergency admissions go up": the subject
        words = words[: next((i for i, w in enumerate(words) if w.lower() in _CHANGE_VERBS), len(words))]
    while words and words[0].lower() in ("the", "total", "overall", "number", "of"):
        words = words[1:]  # "by how many was the number of admissions supposed to drop": admissions
    if words and words[0].lower() == "to":
        return []  # "identify how many to roll out": the things counted were named before
    kept = len(words)
    for i, w in enumerate(words[1:], 1):
        if _VERBISH.search(w) or w.lower() in _PREPOSITIONS or w.lower() in _IRREGULAR_PAST or w.lower() in _ADVERBS:
            kept = i
            break
    # read with the words after the cut, so a paraphrase running past it ("new ways of delivering
    # care" = "new care models") still maps; keep the terms that start before the cut
    cut = len(" ".join(words[:kept]))
    rest = " ".join(question[m.end(1) :].split()[:5])
    return [t for t, start, _ in tokenize_spans(" ".join(words) + " " + rest) if start < cut]


def expansion_terms(question: str) -> set[str]:
    """Terms that came from expanding an abbreviation or long form (several per word)."""
    return {t for terms in by_word(tokenize_spans(question)).values() if len(terms) > 1 for t in terms}
