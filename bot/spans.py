"""Choose the short-answer span inside a chosen sentence (pure).

Typed questions take a span of their type (amount, date, name, ...); others take the
stretch of the sentence that the question's own words leave open ("the gap"). Among
several candidates, the one closest to the question's words wins — weighted by idf,
with the question's verb counting double ("rose by 87,000", not "planned ... 106,000").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .extract import (HONORIFIC_WORDS, Span, group_spans, is_range_question, numeric_value, org_spans, person_spans,
                      place_spans, quoted_spans, range_spans, role_spans, title_spans, typed_spans)
from .open_questions import asks_yes_no, open_candidates
from .gap_fit import Words, gap_factor
from .open_spans import after_question_words, cut_at_question_words, gap_spans
from .long_forms import expansion_spans
from .described import described_candidates, first_words
from .posts import POSSESSIVE
from .reasons import reason_spans
from .figures import VERBS, FigureQuestion, period_spans
from .measures import CHANGE_TERMS, other_quantity
from .question_focus import ONE_WORD, describer, expansion_terms, focus_term
from .question_rules import asks_stated_reason, listed_count
from .question_types import PERIOD_Q
from .tokens import by_word, tokenize, tokenize_spans

_NUMERIC_KINDS = ("count", "number", "money", "percent", "date", "duration", "age")


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w%£.]+", " ", s.lower()).split())


_NEGATION = re.compile(r"\b(?:not|no|never|nor)\b|n[’']t\b", re.I)  # "not yet tested integration": the answer to "has it been trialled?"
_TITLE_TERMS = frozenset(tokenize(" ".join(("Rt", "Hon", "MP") + HONORIFIC_WORDS)))
# "Morse argued, [adding]: “But ...”": how a remark is reported, never the remark
_REPORTING_ONLY = frozenset(tokenize("said says saying add added adds adding argue argued argues arguing warn warned warning "
                                     "comment commented commenting note noted noting state stated told explained explaining"))


_POST_LEAD = re.compile(r"^(?:Chair|Chairman|Chairwoman|Head|Chief Executive|President|Director|Secretary|Leader)\s+of\s+(?:the\s+)?(?=[A-Z])")


def _without_post(c: Span) -> Span:
    """"Chair of the Committee of Public Accounts": the body is the committee."""
    m = _POST_LEAD.match(c.text)
    return Span(c.start + m.end(), c.end, c.text[m.end():], c.kind) if m else c


def _in_question(span: Span, question: str, q_numbers: set[str]) -> bool:
    if span.kind in ("number", "money", "percent"):
        v = numeric_value(span.text)
        if v is not None and v in q_numbers:
            return True
    if span.kind in ("org", "person"):  # "the DCLG" in the question is "the Department for Communities ..."
        terms = set(tokenize(span.text)) - _TITLE_TERMS  # "The Rt Hon Margaret Hodge MP" is the Margaret Hodge asked about
        if terms and terms <= set(tokenize(question)):
            return True
    if span.kind == "date" and (year := _BARE_YEAR.fullmatch(span.text)) and re.search(rf"\b{year.group(1)}\b", question):
        return True  # "when did the 2018 report come out?": not "2018-19", a year the question already gives
    return _norm(span.text) in _norm(question)


_BARE_YEAR = re.compile(r"((?:19|20)\d\d)(?:\s*[-–/]\s*\d{2,4})?")


def _candidates(text: str, kind: str, matched: list[tuple[str, int, int]], question: str = "",
                names: list[str] | None = None) -> list[Span]:
    if kind == "role":
        found = [_without_named_body(c, question) for c in role_spans(text, names or [])]
        if re.search(r"\btitle\b", question, re.I):  # a job title, not "who led on the study"
            found = [c for c in found if not re.match(r"(?:who|which|whose)\b", c.text)]
        return found
    if kind in ("other", "quote") and _ASKS_RISK_LEVEL.search(question):
        # "how did the auditors rate the chances of hitting the 2020 target?": "at “significant risk”"
        found = group_spans(_RISK_LEVEL, text, "described")
        if found:
            return found
    if kind == "money" and _SHARE_OF.search(question):
        # "how much of its money were councils wary of giving up?": "over half of its financial resources"
        return typed_spans(text, "money") + typed_spans(text, "percent")  # "percent" includes fractions
    if kind == "money" and CHANGE_TERMS & set(tokenize(question)) and not _IN_CASH.search(question):
        # "how much did councils cut care spending?" may be answered in per cent
        return typed_spans(text, "money") or typed_spans(text, "percent")
    if kind in ("count", "number") and is_range_question(question):
        found = range_spans(text)
        if found:
            return found
    if kind in ("count", "number") and _TO_HOW_MANY.search(question):
        # "cut from 6 to how many?": the far end of "from six to one"
        found = [Span(r.end - len(end), r.end, end, "number")
                 for r in range_spans(text) for end in [r.text.rsplit(None, 1)[-1]]]
        if found:
            return found
    if kind == "number" and _TOTAL.search(question):
        return typed_spans(text, "total")
    if kind == "date" and PERIOD_Q.search(question):
        # "over what period?": "between 2010-11 and 2016-17", else a stretch such as "the last two years of this parliament"
        return period_spans(text) or [c for c in open_candidates(text, question, "other", matched) if _TIME_WORDS.search(c.text)]
    if kind == "date" and _BASELINE_Q.search(question):
        # "the baseline for the 3.5% target": the year it is measured against ("on 2014 levels", "compared with 2014-15")
        dates = typed_spans(text, "date")
        return [d for d in dates if _AGAINST.search(text[max(0, d.start - 20) : d.start])] or dates
    if kind in _NUMERIC_KINDS:
        return typed_spans(text, kind)
    if kind == "person":
        # "Who was responsible for delivering the BCF?" is often answered by bodies, not people.
        whose = _WHOSE.search(question)
        if whose and (owners := _owners_of(text, whose.group(1))):
            return owners  # "whose expectations did the plans fail to meet?": "[Ministers]’ expectations"
        if not _RESPONSIBLE.search(question):
            return person_spans(text)
        # ... or by whoever the sentence says was tasked with it ("local areas were tasked with developing plans")
        return person_spans(text) or group_spans(_TASKED, text, "gap") or org_spans(text)
    if kind == "org":
        # "which two bodies ...?": "NHS England and the Local Government Association" together; else one body each
        pair = listed_count(question) == 2
        found = [_without_post(piece) for c in org_spans(text) for piece in ([c] if pair and " and " in c.text else _split_orgs(c))]
        if _EVENT_Q.search(question):  # "at which event": a summit, not the speaker's employer
            found = [c for c in found if _EVENT_WORDS.search(c.text)] or found
        noun = _WHICH_NOUN.search(question)  # "which committee": a committee, not its chair's name
        if noun:
            found = [c for c in found if set(tokenize(noun.group(1))) & set(tokenize(c.text))]
        post = _POST_OF_WHAT.search(question)  # "chair of what?": the body after "Chair of" in the sentence
        if post:
            lead = re.compile(rf"{post.group(1)}\s+of\s+(?:the\s+)?", re.I)
            found = [Span(c.start + m.end(), c.end, c.text[m.end():], c.kind) if (m := lead.match(c.text)) else c
                     for c in found if lead.match(c.text) or re.search(rf"\b{post.group(1)}\b[^,.;]{{0,30}}\bof\s+(?:the\s+)?$", text[: c.start], re.I)]
        if _WHICH_SCHEME.search(question):  # "which other programme": the Integration Pioneers, not the NHS or the NAO
            found = [c for c in found if not _BODY.search(c.text)]
        return found
    if kind == "place":  # "where did she speak?": a place, or an event ("the ... Summit")
        return place_spans(text) + [c for c in org_spans(text) if _EVENT_WORDS.search(c.text)]
    if kind == "expansion":
        abbr = _STANDS_FOR.search(question)
        return expansion_spans(text, abbr.group(1)) if abbr else []
    if kind == "reason":
        found = reason_spans(text, set(tokenize(question)))
        if asks_stated_reason(question):  # "what caused the deficits?": a condition ("without full engagement, ...
            found = [f for f in found if not _CONDITION.match(f.text)]  # there is a risk") causes nothing that happened
        # "what reason did the government give for ...?", "why did ministers cut ...?": a reason stated as one, or
        # none — articles report decisions without their reasons, and a stretch of the sentence is no reason
        return found or ([] if asks_stated_reason(question) else gap_spans(text, matched))
    if kind == "quote":
        return described_candidates(text, question, matched)
    if kind == "title":  # a short quotation may be a title (it starts with a capital); a quoted remark ("significant risk") is none
        return title_spans(text) or [q for q in quoted_spans(text) if len(q.text.split()) <= MAX_TITLE_WORDS and q.text[:1].isupper()]
    head = _WHICH_HEAD.match(question) if kind == "other" else None
    if head:  # "which fund allocated £1.8bn ...?": "the £2.1bn [NHS sustainability and transformation fund]"
        found = group_spans(_headed(head.group(1).lower()), text, "gap")
        if found:
            return found
    return open_candidates(text, question, kind, matched)


_WH_NOUN = re.compile(r"^\W*(?:[\w’' ]+,\s*)?what (?:two |three |main |key |big )?(pressures?|factors?|problems?|obstacles?|barriers?|issues?"
                      r"|challenges?|difficult(?:y|ies)|constraints?|causes?|forces?)\b", re.I)


def best_span(text: str, question: str, kind: str, weights: dict[str, float],
              names: list[str] | None = None) -> tuple[Span, float] | None:
    """The best short-answer span of `kind` in `text` and how well it fits, or None."""
    scored = scored_spans(text, question, kind, weights, names)
    if not scored:
        return None
    score, span = max(scored, key=lambda x: x[0])  # the first of equals: the earliest candidate
    return span, score


def scored_spans(text: str, question: str, kind: str, weights: dict[str, float],
                 names: list[str] | None = None) -> list[tuple[float, Span]]:
    """Every candidate short answer of `kind` in `text`, with how well it fits the question."""
    matched = [m for m in tokenize_spans(text) if m[0] in weights]
    # Words of an expanded abbreviation ("national" from NHS) do not end a gap.
    expansion = expansion_terms(question)
    # A lone word of an expanded long form ("care" from BCF) does not end a gap, but the
    # abbreviation or long form itself ("NHS", "Better Care Fund") does.
    width = {k: len(v) for k, v in by_word(matched).items()}
    cutting = [m for m in matched if m[0] not in expansion or width[(m[1], m[2])] > 1]
    category = _WH_NOUN.search(question) if kind == "reason" else None
    if category:  # "what two pressures held it back?": "financial pressures" is part of the answer, not the question
        asked_kind = set(tokenize(category.group(1)))
        cutting = [m for m in cutting if m[0] not in asked_kind]
    speaker = describer(question) if kind == "quote" else ""
    if speaker:  # "how did the PAC chair describe X": the quote is about X, not the speaker
        said_by = set(tokenize(speaker))
        weights = {t: w * (0.2 if t in said_by else 1.0) for t, w in weights.items()}
    q_numbers = {numeric_value(m.group(0)) for m in re.finditer(r"£?\d[\d,.]*\s?(?:bn|m|billion|million)?", question)}
    q_terms = set(weights)
    words = Words(text)
    focus = focus_term(question)
    figures = _figure_question(question, kind, frozenset(q_terms))
    roles = role_spans(text, names or []) if kind != "role" else []
    listed = listed_count(question)
    one_word = kind == "quote" and bool(ONE_WORD.search(question))  # read once, not per candidate
    yes_no = asks_yes_no(question)  # "did it reduce X?": "reduced X" restates the question, and answers it
    negated = bool(_NEGATION.search(question))
    asks_post, which_noun = _which_cues(question) if kind == "other" else (False, "")
    out: list[tuple[float, Span]] = []
    for c in _candidates(text, kind, cutting, question, names):
        if _in_question(c, question, q_numbers) or other_quantity(text, c, question):
            continue
        own = set(tokenize(c.text)) if c.kind in ("gap", "quote", "described") else set()
        if own and own <= q_terms and not yes_no and not (_NEGATION.search(c.text) and not negated):
            # "unable to access" for "people who can't get care": the question's own words, reworded ("not
            # yet tested at scale" answers "has it been trialled at scale?", but not "... if not as X?")
            continue
        if c.kind == "gap" and own and (own <= _TITLE_TERMS or own <= _REPORTING_ONLY):
            continue  # "MP" in "The Rt Hon Margaret Hodge MP": a title, never an answer on its own; nor "adding"
        if c.kind == "gap" and asks_post and not _POST_WORD.search(c.text):
            continue  # "which leadership post was missing?": "[a central management team or programme director]"
        if c.kind == "gap" and which_noun:
            c = _through_noun(text, c, which_noun)  # "which workforces ...?": "[the health and social care workforces]"
        if c.kind == "gap" and _SEEN_AS.search(text[: c.start]):
            c = _before_purpose(c)  # "seen as [the means to an end] to transform services ...": what it is, not what for
        about_question = False
        if c.kind == "reason":
            cut = cut_at_question_words(text, c, cutting)
            if _new_figure(c.text, q_numbers):
                cut = c  # "the numbers rose by 87,000, resulting in costs of £311m": a figure the question lacks is news
            # "given they included [targets to reduce admissions ...]": the question's own words
            # with a verb in front say nothing new
            if len(cut.text.split()) <= 2 < len(c.text.split()) - 2:
                if _cut_weight(cut, c, cutting, weights) > MINOR_WORD * max(weights.values()):
                    continue
                cut = c  # "due to [increased demand for care] and constrained finances": a minor word, not a restatement
            c = cut
        elif c.kind == "quote":
            trimmed = after_question_words(text, c, matched)
            about_question = trimmed != c  # the quotation repeats the question, then answers it
            c = trimmed
        if one_word:
            c = first_words(c)
        score = 0.0
        for term, s, e in matched:
            boost = 2.0 if term in VERBS else 1.0
            dist = words.gap((c.start, c.end), (s, e))
            if c.kind == "gap":  # the answer usually follows the question's words
                score += weights[term] * (1 / (1 + 0.3 * dist) if e <= c.start else 0.5 / (1 + dist))
            else:
                score += weights[term] * boost / (1 + dist)
        if c.kind == "quote" and about_question:
            score *= 2.0
        if c.kind == "gap":
            if listed and len(re.split(r",\s*|\s+and\s+|\s+or\s+", c.text)) < listed:
                continue  # "which three conditions ...": an answer names three things
            score *= gap_factor(text, c, question, kind, matched, focus, roles, words)
        else:
            fit = figures.factor(text, c)
            if fit is None:
                continue
            if c.kind == "org" and _SOURCE_VERB.match(text, c.end) and not _ASKS_SOURCE.search(question):
                fit *= 0.3  # "The NAO draws similar conclusions ... from the Integration Pioneers": the source, not the subject
            score *= fit
        out.append((score, c))
    return out


# How likely something is asked for ("the chances of", "what level of risk", "grade the risk to"), not what the risk is
_ASKS_RISK_LEVEL = re.compile(r"\b(?:chances?|likelihood|prospects?|odds|(?:level|degree|grade|scale) of (?:risk|danger)"
                              r"|(?:rate|rated|grade|graded|assess|assessed|judge|judged|put|describe|characteri[sz]e|sum up) (?:the )?(?:risk|danger)"
                              # "how serious did the NAO say the threat is to ...?", "how much risk was the aim exposed to?"
                              r"|how (?:serious|big|great|high|grave|severe|real|bad)\b[^?]*\b(?:risk|threat|danger)|how much (?:risk|danger)"
                              r"|(?:risk|threat|danger) level)\b", re.I)
_RISK_LEVEL = re.compile(r"(?:\bat\s+)?[“\"‘]?\b((?:significant|serious|high|low|considerable|real|great|major|grave|severe|moderate)\s+risk)\b", re.I)
_TOTAL = re.compile(r"\btotal (?:amount|sum|cost|spend|spending|budget|value|funding)\b|\bhow much money\b|\bamount of money\b"
                    r"|\bwhat (?:is|was) the total\s*(?:\?|$|for\b|of\b|in\b)", re.I)
# "cut from 6 to how many?", "cut to how many?", "how many were left?": the far end of a range
_TO_HOW_MANY = re.compile(r"\b(?:from \S+ (?:down |up )?)?(?<!many )(?<!much )to how (?:many|much)\b|\bhow many\b.*\b(?:(?:were|are|was|is) left|remain(?:ed|s|ing)?|now)\b"
                          r"|\bhow many\b.*\b(?:down|up|go|went|gone|cut|reduced|fall|fell|dropped|shrunk|trimmed) to\W*$"
                          r"|\bhow many\b.*\bafter (?:the )?(?:[\w’'-]+ )?(?:revisions?|changes?|cuts?|reforms?|simplification)\b"
                          r"|\bafter (?:the )?(?:[\w’'-]+ )?(?:revisions?|changes?|cuts?|reforms?|simplification)\b.*\bhow many\b"
                          r"|^\W*(?:the )?number of\b.*\bafter (?:the )?(?:[\w’'-]+ )?(?:revisions?|changes?|cuts?|reforms?|simplification)\b"
                          r"|\bfrom \S+ (?:down |up )?to(?: what)?\s*\?*\s*$", re.I)  # "reduced from six to what?"
_BASELINE_Q = re.compile(r"\bbaseline\b|\b(?:compared|measured) (?:with|to|against) (?:what|which)\b", re.I)
_AGAINST = re.compile(r"\b(?:compared (?:with|to)|against|on|relative to|from)\s+$", re.I)
_EVENT_Q = re.compile(r"\b(?:event|conference|summit|meeting|forum)\b", re.I)
_EVENT_WORDS = re.compile(r"\b(?:Summit|Conference|Forum|Congress|Expo|Event|Meeting|Festival|Awards)\b")
_RESPONSIBLE = re.compile(r"\bwho (?:is|was|are|were|will be) (?:\w+ly )?(?:responsible|in charge|accountable|charged|tasked"
                          r"|(?:given|handed|set) the (?:job|task|responsibility|role))\b"
                          # "Who developed the BCF policy?": bodies do that too
                          r"|^\W*who (?:developed|designed|devised|drew up|created|set up|introduced|commissioned|funded)\b", re.I)
_TASKED = re.compile(r"(?:^|[,;:]\s+|\b(?:but|and|so|while|whereas|then|instead)\s+)(?!(?:but|and|so|while|whereas|then|instead)\b)((?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+)"
                     r"\s+(?:was|were|are|is|had been|have been|has been)\s+(?:\w+ly\s+)?(?:tasked|charged|made responsible|given the (?:job|task|responsibility))\b", re.I)
_STANDS_FOR = re.compile(r"\b(?:does|do|did|is) (?:the )?(?:abbreviation |acronym |initials |letters )?([\w&./-]+) (?:\w+ )?(?:stand for|short for)\b", re.I)
_WHICH_NOUN = re.compile(r"\b(?:which|what) (?:[a-z-]+ )?((?:committee|department|dept|union|association|group|council|office|institute|charity|part(?:y|ie))s?)\b", re.I)
MAX_TITLE_WORDS = 10
_TIME_WORDS = re.compile(r"\b(?:years?|months?|weeks?|days?|decades?|period|parliament|since|until|between|\d{4})\b", re.I)
_POST_OF_WHAT = re.compile(r"\b(chair|chairman|chairwoman|head|chief executive|president|director|secretary|leader|member) of(?:\s+what\b|\W*$)", re.I)
_WHICH_SCHEME = re.compile(r"\b(?:which|what) (?:other )?(?:[a-z-]+ )?(?:programmes?|programs?|schemes?|initiatives?|pilots?|projects?)\b", re.I)
# A body (who acts), not a scheme (what it runs): "NHS England", "the NAO", "the Department of Health"
_BODY = re.compile(r"\b(?:Office|Department|Association|College|Committee|Government|Providers|Institute|Councils?|"
                   r"Service|Executive|Union|Trust|Commission|Agency|Board|Society|England)\b|^(?:NHS|[A-Z]{2,6})$")
_SOURCE_VERB = re.compile(r"(?:’s|'s)?\s+(?:draws|drew|says|said|finds|found|concludes|concluded|argues|argued|warns|warned|notes|noted|reports|reported)\b")
_ASKS_SOURCE = re.compile(r"\b(?:which|what) (?:[a-z-]+ )?(?:organisation|organization|body|bodies|group|department|office|watchdog|union|association)\b"
                          r"|\bwho\b", re.I)
_IN_CASH = re.compile(r"\bin (?:pounds|cash(?: terms)?|money terms|sterling)\b|\bin £(?!\d)|\bhow many (?:pounds|£)", re.I)  # "by how much in pounds": not a percentage
_SHARE_OF = re.compile(r"\bhow much of (?:its|their|his|her|our|the) (?:own )?(?:money|resources|budget|funding|funds|cash)\b", re.I)


# a post asked for by what it is ("which leadership roles ...?", "what post ...?"), and the words naming one
_ASKS_POST = re.compile(r"^(?!.*\b(?:leave|leaves|left|put|puts|place[sd]?)\b)"  # "what position did it leave the aim in?": a state
                        r".*\b(?:which|what) (?:(?:key|main|senior|central|top) )?"
                        r"(?:(?:(?:leadership|management|senior) )?(?:posts?|positions?)|(?:leadership|management|senior) (?:roles?|jobs?))\b", re.I)
_POST_WORD = re.compile(r"\b(?:director|manager|chief|head|leader|officer|chair(?:man|woman)?|secretary|executive|team)s?\b", re.I)
_CONDITION = re.compile(r"(?:without|unless)\b", re.I)
MINOR_WORD = 0.25  # of the question's heaviest word: a word this light does not end a reason


_SEEN_AS = re.compile(r"\b(?:seen|viewed|regarded|treated|considered|thought of|described)\s+as\s+$", re.I)
_PURPOSE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|be)\b)[a-z]+\b")


_WHICH_THINGS = re.compile(r"^\W*which (?!(?:was|has|is|does|this|its|his|as|us|thus|plus|less|unless|process|progress|access|success|business)\b)([a-z][\w-]*s)\b", re.I)


# "which fund ...?", "which plans ...?": a thing asked for by its kind, named by a phrase with that head noun
_WHICH_HEAD = re.compile(r"^\W*which (fund|plan|report|budget|pot|scheme|document|paper|programme|initiative|model|target)s?\b", re.I)
_HEADED = (r"\b(?:the|a|an|its|their|this|that)\s+(?:£[\d.,]+\s*(?:bn|m|billion|million)?\s+)?"
           r"((?:(?!(?:the|a|an|of|to|in|on|for|by|with|from|said|says|is|was|were|are|has|have|had|that|which|and)\b)[\w’'-]+\s+)"
           r"(?:(?!(?:the|a|an|of|to|in|on|for|by|with|from|said|says|is|was|were|are|has|have|had|that|which)\b)[\w’'-]+\s+){{0,5}}?{noun}s?)\b")
_NEXT_WORD = re.compile(r"\s+([\w’'-]+)")


@lru_cache(maxsize=32)
def _headed(noun: str) -> re.Pattern[str]:
    """A phrase headed by `noun`, compiled once per noun (not once per sentence)."""
    return re.compile(_HEADED.format(noun=re.escape(noun)), re.I)


@lru_cache(maxsize=256)
def _which_cues(question: str) -> tuple[bool, str]:
    """Read once per question: does it ask for a post, and the plural noun of "which workforces ...?"."""
    which = _WHICH_THINGS.search(question)
    return bool(_ASKS_POST.search(question)), (terms[-1] if which and (terms := tokenize(which.group(1))) else "")


def _through_noun(text: str, c: Span, noun: str) -> Span:
    """"the health and social [care workforces]": a span stopping short of the noun asked for ("which
    workforces?") runs on through it, when at most two words stand between."""
    end = c.end
    for _ in range(3):
        w = _NEXT_WORD.match(text, end)
        if not w:
            break
        end = w.end()
        if tokenize(w.group(1)) == [noun]:
            return Span(c.start, end, text[c.start : end], c.kind)
    return c


def _before_purpose(c: Span) -> Span:
    """The span up to a purpose clause ("to transform services ...") after its first words."""
    m = _PURPOSE.search(c.text)
    return Span(c.start, c.start + m.start(), c.text[: m.start()], c.kind) if m and len(c.text[: m.start()].split()) >= 2 else c


def _new_figure(text: str, q_numbers: set[str | None]) -> bool:
    """Does the text state a figure (not a year) that the question does not name?"""
    return any(numeric_value(f.text) not in q_numbers for f in typed_spans(text, "number") if not re.fullmatch(r"(?:19|20)\d\d(?:-\d\d)?", f.text))


def _cut_weight(cut: Span, whole: Span, matched: list[tuple[str, int, int]], weights: dict[str, float]) -> float:
    """How much the question word a reason was cut at weighs (the heaviest term there)."""
    at = min((s for _, s, _ in matched if cut.end <= s < whole.end), default=None)
    return max((weights.get(t, 0.0) for t, s, _ in matched if s == at), default=0.0)


@lru_cache(maxsize=256)
def _figure_question(question: str, kind: str, q_terms: frozenset[str]) -> FigureQuestion:
    """Read once per question and type, not once per candidate sentence (`factor` never changes it)."""
    return FigureQuestion(question, kind, set(q_terms))


_WHOSE = re.compile(r"\bwhose ([a-z][\w-]+)", re.I)
_OWNED = re.compile(rf"\b((?:[A-Z][\w-]*\s+){{0,2}}[\w-]+){POSSESSIVE}\s+([\w-]+)")


def _owners_of(text: str, thing: str) -> list[Span]:
    """Who owns `thing` in the text: "local plans failed to meet [Ministers]’ expectations"."""
    asked = tokenize(thing)
    return [Span(m.start(1), m.end(1), m.group(1), "person") for m in _OWNED.finditer(text)
            if asked and tokenize(m.group(2)) == asked]


def _without_named_body(c: Span, question: str) -> Span:
    """"What's Willcox's role at ADASS?": "president elect", without "of the Association of
    Directors of Adult Social Services" that the question already names."""
    m = re.search(r"\s+(?:of|at)\s+(?:the\s+)?(.+)$", c.text)
    if m and set(tokenize(m.group(1))) <= set(tokenize(question)) and m.start() > 0:
        return Span(c.start, c.start + m.start(), c.text[: m.start()], c.kind)
    return c


def _split_orgs(c: Span) -> list[Span]:
    """"the Department of Health and the Department for Communities ..." names two bodies."""
    out, start = [], 0
    for m in re.finditer(r",? and the ", c.text):
        out.append(Span(c.start + start, c.start + m.start(), c.text[start : m.start()], c.kind))
        start = m.end()
    out.append(Span(c.start + start, c.end, c.text[start:], c.kind))
    return [p for p in out if p.text.strip()]


def same_answer(short: str, text: str) -> bool:
    """Does `text` state the same short answer (numerically equal, or the same words)?"""
    value = numeric_value(short)
    if value is not None:
        return any(numeric_value(s.text) == value for s in typed_spans(text, "number"))
    return _norm(short) in _norm(text)
