"""Typed short-answer spans inside a sentence (pure functions); question typing is in question_types."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .tokens import MULTIPLIERS, NUMBER_WORDS, canonical_number

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MOD = r"(?:(?:around|about|approximately|at least|at most|more than|less than|over|under|almost|nearly|just|up to|some) )?"
# "one" is far more often a pronoun or determiner ("one of the", "one way") than a count.
_NUM_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("zero", "one")), key=len, reverse=True))

PATTERNS: dict[str, re.Pattern[str]] = {
    "percent": re.compile(rf"{_MOD}(?:\d+(?:\.\d+)?\s?%|\b\d+(?:\.\d+)? ?per ?cent\b|\b(?:{_NUM_WORD}) ?per ?cent\b)", re.I),
    "money": re.compile(rf"{_MOD}£\s?\d[\d,]*(?:\.\d+)?(?:\s?-?\s?(?:bn|billion|m|million|k)\b)?", re.I),
    "date": re.compile(
        rf"\b\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b|\b\d{{1,2}} (?:{MONTHS})(?: \d{{4}})?\b|\b(?:{MONTHS})(?: \d{{4}})?\b"
        rf"|\b(?:19|20)\d{{2}}(?:-\d{{2}})?\b|\b(?:spring|summer|autumn|winter)\b", re.I),
    "age": re.compile(r"\b(?:(?:people|patients|adults|those|men|women)\s+)?(?:aged\s+)?(?:over|under|above|below)\s+\d+s?\b"
                     r"|\baged\s+\d+(?:\s*(?:and over|or over|and above|plus|\+))?", re.I),
    # "less than two-thirds", "a third", "half of": not the ordinal "the third year".
    "fraction": re.compile(rf"{_MOD}\b(?:(?:a|one|two|three) (?:half|third|quarter)s?|two-thirds|three-quarters|"
                           rf"(?:half|a third|a quarter)(?= of\b))\b", re.I),
    "duration": re.compile(
        rf"{_MOD}(?:\b(?:\d+|a few|several|many|{_NUM_WORD}) (?:days?|weeks?|months?|years?|decades?)\b|\ba long time\b)", re.I),
    "number": re.compile(
        rf"{_MOD}(?:\b\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|m|million|thousand))?\b|\b(?:a |one )?(?:half|third|quarter|two-thirds|dozen)\b|\b(?:{_NUM_WORD})\b)",
        re.I),
}
_AGE = re.compile(r"\b(?:people|patients|adults|those|aged|age)\s+(?:over|under|above|below)?\s*\d+$|\baged \d+$", re.I)
_YEARISH = re.compile(r"^(?:19|20)\d{2}(?:-\d{2})?$")

@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str
    kind: str


def numeric_value(text: str) -> str | None:
    """Canonical value of a numeric span ('£5.3bn' -> '5300000000'), None if none."""
    t = text.lower().replace("£", "").strip()
    t = re.sub(r"^(around|about|approximately|at least|at most|more than|less than|over|under|almost|nearly|just|up to|some) ", "", t)
    m = re.match(r"(\d[\d,]*(?:\.\d+)?)\s?-?\s?(bn|billion|m|million|k|thousand)?", t)
    if m:
        return canonical_number(m.group(1), MULTIPLIERS.get(m.group(2) or "", 1.0))
    word = t.split(" ")[0] if t else ""
    return NUMBER_WORDS.get(word)


def typed_spans(sentence: str, kind: str) -> list[Span]:
    """Spans of `kind` in the sentence. 'number' covers counts, amounts and percentages."""
    if kind == "total":  # "what was the total amount ...": a sum, never a percentage
        kind = "number_no_percent"
    wanted = {"number": ("percent", "money", "number"), "number_no_percent": ("money", "number"), "count": ("number",), "money": ("money",),
              "percent": ("percent", "fraction"), "date": ("date",), "duration": ("duration",), "age": ("age",)}.get(kind, ())
    if not wanted:
        return []
    taken: list[Span] = []
    # Every numeric kind claims its text first, so "£900m" is never read as the count "900m".
    order = {"date": ("date", "percent", "money", "number"), "duration": ("duration", "percent", "money", "number"),
             "percent": ("percent", "fraction", "money", "number"),
             "age": ("age", "percent", "money", "number")}
    for k in order.get(kind, ("percent", "money", "number")):
        for m in PATTERNS[k].finditer(sentence):
            text = m.group(0).strip()
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            span = Span(start, start + len(text), text, k)
            if any(s.start < span.end and span.start < s.end for s in taken):
                continue
            if k == "number" and _YEARISH.match(text):
                continue  # a year is not a count
            if k == "number" and _is_part_of_range_or_date(sentence, span):
                continue
            if k == "number" and _AGE.search(sentence[: span.start + len(text)]):
                continue  # "people over 65" is an age, not an amount
            taken.append(span)
    return sorted((s for s in taken if s.kind in wanted), key=lambda s: s.start)


_ONE_NUM = rf"(?:\d[\d,.]*%?|{_NUM_WORD}|one)"
_RANGE = re.compile(rf"\b(?:from\s+)?{_ONE_NUM}\s+to\s+{_ONE_NUM}\b", re.I)
_RANGE_Q = re.compile(r"\bfrom how (?:many|much)\b|\bfrom and to\b|\bfrom what\b.*\bto what\b|\bhow far (?:did|were|was|have|has|had)\b|\bcompared (?:with|to) (?:now|before|previously|the current|currently)\b"
                       r"|\bbefore and (?:after|now|since)\b", re.I)  # "how many indicators before and after the revisions?"


def range_spans(sentence: str) -> list[Span]:
    """"from six to one": a change stated as both ends, for "from how many to how many?"."""
    return [Span(m.start(), m.end(), m.group(0), "number") for m in _RANGE.finditer(sentence)]


def is_range_question(question: str) -> bool:
    return bool(_RANGE_Q.search(question))


def _is_part_of_range_or_date(sentence: str, span: Span) -> bool:
    before, after = sentence[max(0, span.start - 1) : span.start], sentence[span.end : span.end + 1]
    return before in "-." and before != "" or after in ("-",) and after != ""


_NAME_STOP = frozenset(
    "The A An But And Despite Head Chair President Chief Rt Hon MP Ms Mr Mrs Dr Sir Dame Lord Policy Manager "
    "National Audit Office NHS England Department Health Social Care Better Fund Government Local Association "
    "Committee Public Accounts Royal College Nursing Integration Summit Providers Civil Service Ministers Pioneers "
    "Communities Adult Services Directors Institute Finance Accountancy Executive In On Of For By As It This "
    "Meanwhile However Integrated Top Years We So Serious Planned Compared Current Perhaps Furthermore Revisions "
    "These Successful Responding Indeed Rather Ninety Arguably Where STPs Government's".split()
)
_CAP = r"[A-Z][a-z][a-zA-Z'’]*(?:-[A-Z][a-z][a-zA-Z]*)?"
HONORIFIC_WORDS = ("Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Professor", "Sir", "Dame", "Lord", "Baroness")
HONORIFICS = rf"(?:{'|'.join(HONORIFIC_WORDS)})\.?"
_HONORIFIC_NAME = re.compile(rf"\b{HONORIFICS} ([A-Z][a-z’'-]+)\b(?! [A-Z])")
_SURNAME_SPEAKS = re.compile(r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z]{2}\s)(?<![A-Z][a-z]{3}\s)\b([A-Z][a-z]+(?:[A-Z][a-z]+)?),? (?:argued|said|says|added|warned|stressed|emphasised|indicated|noted|commented)\b"
                             r"|\b(?:said|says|added|argued|warned|indicated) ([A-Z][a-z]+(?:[A-Z][a-z]+)?)\b(?![ -][A-Z])")
_NOT_SURNAMES = frozenset("He She It They We This That These Those There Indeed But And However Meanwhile Responding Speaking Today".split())
_NAME_RE = re.compile(rf"\b{_CAP}(?: {_CAP}){{1,2}}\b")
_ORG_WORDS = re.compile(
    r"\b(Office|Department|Association|College|Committee|Fund|NHS|Government|Providers|Institute|Council|Councils|"
    r"Service|Summit|Pioneers|England|Executive|Union|Trust|Commission|Agency|Board|Society|Group)\b|\b[A-Z]{2,}\b")
_ORG_RE = re.compile(r"\b(?:[A-Z][\w&/-]*)(?:(?: (?:of|for|and|the))* [A-Z][\w&/-]*)*")


def person_spans(sentence: str) -> list[Span]:
    out: list[Span] = []
    for m in _NAME_RE.finditer(sentence):
        words = [w for w in m.group(0).split(" ")]
        # Trim leading/trailing words that are titles or organisation words.
        while words and words[0].removesuffix("’s").removesuffix("'s") in _NAME_STOP:
            words.pop(0)
        while words and words[-1] in _NAME_STOP:
            words.pop()
        if len(words) >= 2 and not any(w in _NAME_STOP for w in words):
            text = " ".join(words)
            start = sentence.index(text, m.start())
            out.append(Span(start, start + len(text), text, "person"))
    # "said Ms Davies": a surname after an honorific, where no full name is given
    out += [Span(h.start(), h.end(), h.group(0), "person") for h in _HONORIFIC_NAME.finditer(sentence)
            if h.group(1) not in _NAME_STOP and not any(s.start <= h.start(1) < s.end for s in out)]
    # "..., Morse argued, adding: ...": a surname reporting speech, where no full name is given
    for m in _SURNAME_SPEAKS.finditer(sentence):
        g = 1 if m.group(1) else 2
        if m.group(g) not in _NAME_STOP and m.group(g) not in _NOT_SURNAMES and not any(s.start <= m.start(g) < s.end for s in out):
            out.append(Span(m.start(g), m.end(g), m.group(g), "person"))
    return out


# Places a user may name in lower case ("did scotland hit its targets"): a name no article
# uses means the articles cannot answer. UK nations, regions and large cities, a few countries.
PLACE_NAMES = frozenset(
    "scotland scottish wales welsh ireland irish london manchester birmingham leeds liverpool bristol newcastle "
    "sheffield nottingham leicester glasgow edinburgh cardiff belfast yorkshire cornwall devon kent essex surrey "
    "midlands lancashire cumbria norfolk suffolk france germany australia canada america usa europe "
    "north northern northeast northwest south southern southeast southwest eastern western".split())  # "in the north of England"
_PLACE_RE = re.compile(r"\b(?:in|at|from|across|around) ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+){0,2})\b")


def place_spans(sentence: str) -> list[Span]:
    """Named places ("in Leeds"): capitalised names after a preposition that are not
    organisations. The articles name no local area, so such questions are declined."""
    return [Span(m.start(1), m.end(1), m.group(1), "place") for m in _PLACE_RE.finditer(sentence)
            if not _ORG_WORDS.search(m.group(1)) and not _NAME_STOP.intersection(m.group(1).split())]


_COUNTRIES = frozenset({"england", "uk", "britain", "great britain", "scotland", "wales", "northern ireland"})


def org_spans(sentence: str) -> list[Span]:
    out: list[Span] = []
    for m in _ORG_RE.finditer(sentence):
        text = m.group(0)
        text = re.sub(r"^(The|But|However|Meanwhile|In|As|And|Despite|Compared|Indeed) ", "", text)
        text = re.sub(r"’s$|'s$", "", text)
        if _ORG_WORDS.search(text) and len(text) > 2 and text.lower() not in _COUNTRIES:  # "in England": a place
            start = sentence.index(text, m.start())
            out.append(Span(start, start + len(text), text, "org"))
    return out


_ROLE_AFTER = re.compile(r"^(?:\s+MP)?,\s+(?:the\s+)?([^,;:“”()\n]{3,90}?)(?=,|\s+(?:said|says|warned|added|argued|commented|has|had)\b|\.\s|\.?$|\n)")
_ROLE_BEFORE = re.compile(r"(?:^|[,:]\s|\s)the\s+([a-z][^,;:“”()\n]{2,80}),\s*$")


def role_spans(sentence: str, names: list[str]) -> list[Span]:
    """What a named person is: the appositive after the name ("Janet Davies, chief
    executive and general secretary of the RCN,") or before it ("the head of strategy
    at NHS Providers, Miriam Deakin")."""
    out: list[Span] = []
    for name in names:
        for m in re.finditer(rf"\b{re.escape(name)}\b", sentence, re.I):
            after = _ROLE_AFTER.match(sentence[m.end():])
            if after:
                out.append(Span(m.end() + after.start(1), m.end() + after.end(1), after.group(1), "role"))
            before = _ROLE_BEFORE.search(sentence[: m.start()])
            if before:
                out.append(Span(before.start(1), before.end(1), before.group(1), "role"))
    return out


# A quotation may run on past the sentence (its closing mark is paragraphs later).
OPEN_QUOTES, CLOSE_QUOTES = "“\"", "”\""  # curly and straight: a straight quote both opens and closes
_QUOTED = re.compile(rf"[{OPEN_QUOTES}]([^{CLOSE_QUOTES}]{{2,200}})(?:[{CLOSE_QUOTES}]|$)")


def group_spans(pattern: re.Pattern[str], sentence: str, kind: str, trail: str = "") -> list[Span]:
    """Group 1 of each match, stripped of surrounding space (and `trail` at its end), as a
    span whose offsets slice exactly to its text."""
    out = []
    for m in pattern.finditer(sentence):
        start = m.start(1) + len(m.group(1)) - len(m.group(1).lstrip())
        text = m.group(1).strip().rstrip(trail)
        if text:
            out.append(Span(start, start + len(text), text, kind))
    return out


def quoted_spans(sentence: str) -> list[Span]:
    return group_spans(_QUOTED, sentence, "quote", ",.")


_TITLED = re.compile(r"\b(?:titled|entitled|called(?! for\b| on\b| to\b| in\b)|named)\s+[“\"]?([^,.;:“”\"()]{3,120})")
# "published a substantial report on Health and Social Care Integration": a name in title case
_REPORT_ON = re.compile(r"\b(?:report|study|review|paper) (?:on|into) ((?:[A-Z][\w’'-]+)(?: (?:and|of|for|in|the|[A-Z][\w’'-]+)){1,8})")


def title_spans(sentence: str) -> list[Span]:
    """The name after "titled"/"called": "its latest report – titled Health and social care integration",
    or a report "on" a name in title case ("a report on Health and Social Care Integration")."""
    out = group_spans(_TITLED, sentence, "title")
    for m in _REPORT_ON.finditer(sentence):
        words = m.group(1).split(" ")
        while words[-1][:1].islower():
            words.pop()  # "... Integration and": a title ends on a capitalised word
        if sum(w[:1].isupper() for w in words) >= 3:
            text = " ".join(words)
            out.append(Span(m.start(1), m.start(1) + len(text), text, "title"))
    return out


