"""How a question asks for something to be described ("how did X describe Y?", "what did she
call 'unacceptable'?", "what word ...") and the words in a sentence that describe it (pure)."""
from __future__ import annotations

import re

from .extract import CLOSE_QUOTES, OPEN_QUOTES, Span, group_spans, quoted_spans
from .lists import before_preposition
from .open_spans import after_question_words, gap_spans, modifier_spans, predicate_spans
from .question_focus import ONE_WORD, first_group
from .question_rules import HAPPENED_TO, HELD_THAT
from .question_types import DESCRIBED_PARTICIPLE, HOW_BIG_A, HOW_HARD, HOW_JUDGED, JUDGE_VERBS
from .tokens import tokenize, tokenize_spans

# the verbs that ask for a verdict on something ("how did the auditors rate the ambition?")
_JUDGING = rf"(?:{JUDGE_VERBS}|grade|gauge|consider)(?:d|s|ed|es)?|size[ds]? up"
_JUDGED_Q = re.compile(rf"\bhow (?:did|does|do|has|have|had|would) (?:[\w’'-]+ ){{1,6}}?(?:{_JUDGING})\b|{HOW_JUDGED}\b"
                       r"|\bwhat (?:verdict|assessment|judg(?:e)?ment) (?:did|does|do|has|have|had)\b", re.I)
# ... and what the verdict is on: "how realistic were [the plans and targets] all along?", "how realistic did the NAO consider [X]?"
_JUDGED_THING = re.compile(HOW_JUDGED + r"\s+(?:(?:was|were|is|are)|(?:did|does|do) (?:[\w’'-]+ ){1,5}?(?:consider|think|judge|find|rate|reckon|believe|deem))"
                           r"\s+(?:the |its |their )?(.+?)(?=\s+(?:said|reckoned|considered|judged|thought|deemed|believed|to be|would|will|could|might|all along|according|in|among)\b|\s*[,?]|$)", re.I)
# the verbs that ask how something was described, and what follows them ("the", "its", "their")
_DESCRIBING = (r"\b(?:describ(?:e|ed|es)|characteri[sz](?:e|ed|es)|sum(?:med)? up|summari[sz]e|call|label|portray|depict|(?:take|took|taken|form|formed) (?:of|on)|(?:use|used|using|choose|chose|pick|picked) (?:for|about|of)|(?:apply|applied|applies) to|"
               + _JUDGING + r"|(?:pass|passed|give|gave|deliver|delivered|reach|reached) on)\s+(?:the\s+|its\s+|their\s+)?")
_DESCRIBED = re.compile(_DESCRIBING + r"((?:[\w’'-]+\s+){0,5}?[\w’'-]+?)"
                        r"(?=\s+[‘'\"“]?(?:in|that|which|as|at|of|to|for|on|facing|posed|with|using|against|compared|when|given|after|during|since"
                        r"|even|despite|though|although|if|once|before|without)\b|\s*[,?]|\s+[-–—]\s|$)", re.I)
# the same, for a longer noun phrase set off by a comma ("... the health and social care sectors, even in normal times?")
_DESCRIBED_LONG = re.compile(_DESCRIBING + r"((?:[\w’'-]+\s+){0,9}?[\w’'-]+?)(?=\s*,)"
                             # ... or a long activity ending the question ("describe integrating the health and social care sectors?")
                             r"|" + _DESCRIBING + r"([a-z]+ing\s+(?:[\w’'-]+\s+){5,9}?[\w’'-]+?)(?=\s*\?*\s*$)"
                             # ... or a noun and the clause describing it ("describe the pressure both sectors are under?")
                             r"|" + _DESCRIBING + r"((?:[\w’'-]+\s+){1,2}?(?:both|all|these|those|they|it|s?he|we)\s+(?:[\w’'-]+\s+){1,8}?[\w’'-]+?)(?=\s*\?*\s*$)", re.I)
# "the structure [STPs offer]", "the pressure [both sectors were under]": a clause describing the noun
_CLAUSE_OPENER = r"(?:both|all|the|these|those|its|their|his|her|s?he|they|we|it|[A-Z][\w’'-]*|[a-z]+ed)\b"  # "the benefits [delivered so far]"
_RELATIVE = re.compile(rf"^((?:the |its |their |this |that )?(?!(?:the|its|their|this|that)\b)[a-z][\w’'-]*(?: (?!{_CLAUSE_OPENER})[a-z][\w’'-]*)?) (?={_CLAUSE_OPENER})")
_DESCRIBED_PASSIVE = re.compile(r"\bhow (?:was|were|is|are) (?:the |its |their )?(.+?) " + DESCRIBED_PARTICIPLE + r"\b", re.I)
# "what did she call 'unacceptable'?" (quoted or not: "what did the chair call unacceptable from Departments?")
_CALLED_WHAT = re.compile(r"\bwhat (?:did|does|do) .+? (?:call|calls|called|describe as|deem|label)\s+(?:[‘'\"“]([a-z][\w-]+)[’'\"”]"
                          r"|(?!(?:the|a|an|its|their|his|her|this|that|these|those|for|on|it|them|him|what|out|up)\b)([a-z][\w-]+)"
                          r"(?=\s*[?,]|\s+(?:at|from|in|given|when|while|amid|during|because)\b))"
                          # "... handling of the Fund, which she called unacceptable?", "..., saying it was unacceptable?"
                          r"|\b(?:which|that) (?:s?he|they|it|the [\w-]+) (?:called|calls|deemed|labelled|described as) ([a-z][\w-]+)"
                          # "... the Departments' handling of the Fund that she said was unacceptable?"
                          r"|\b(?:which|that) (?:s?he|they|it|the [\w-]+) (?:said|says|thought|felt|found) (?:was|were|is|are) ([a-z][\w-]+)\s*\?*\s*$"
                          r"|\b(?:saying|calling|deeming) (?:it|them|this|that) (?:was |were |is |are )?([a-z][\w-]+)\s*\?*\s*$", re.I)
_JUDGED_THAT = re.compile(r"\b(?:is|was|are|were)\s+[“\"‘]?((?:[\w’'-]+\s+){0,2}?[\w’'-]+)\s+that\s+", re.I)
_WHAT_DOES = re.compile(r"^what (?:the |its |their )?([\w’'-]+) (?!(?:is|are|was|were|has|have|had|did|does|do)\b)([a-z]+?)(?:s|es|ed)?$", re.I)
_COPULA_QUOTE = re.compile(rf"\b(?:was|is|were|are|been|be)\s+[{OPEN_QUOTES}]([^{CLOSE_QUOTES}]{{2,60}})[{CLOSE_QUOTES}]")
_CLAUSE_START = re.compile(r"\s+(?:at|when|in|for|to|than|that|which|because|as|of|with|by|from)\b", re.I)
MAX_WORD_ANSWER = 3  # "such a shambles" still answers "what word"


def _before_relative(phrase: str) -> str:
    """"the structure STPs offer", "the report that prompted her call": the noun phrase before the clause that describes it."""
    if phrase.lower().startswith(("what ", "how ")):
        return phrase
    marked = re.match(r"(.+?)\s+(?:that|which|who|whose)\s", phrase)
    if marked and len(marked.group(1).split()) <= 4:
        return marked.group(1)
    m = _RELATIVE.match(phrase)
    return m.group(1) if m else phrase


def first_words(c: Span, until: re.Pattern[str] = _CLAUSE_START) -> Span:
    """The span up to its first preposition or conjunction (or `until`): "unacceptable [at a time when ...]"."""
    cut = until.search(c.text)
    return Span(c.start, c.start + cut.start(), c.text[: cut.start()], c.kind) if cut and cut.start() > 0 else c


_COPULA = re.compile(r"\s(?:is|are|was|were|has been|have been)\s+[“\"‘]?(?=\w)", re.I)


def _predicate_of(c: Span) -> Span:
    """A quoted clause's predicate after its verb "to be" ("such incompetence is [unacceptable ...]"), or the clause."""
    m = _COPULA.search(c.text)
    return Span(c.start + m.end(), c.end, c.text[m.end():], c.kind) if m else c


# "ambitious [against a trend of rising admissions ...]": a verdict ends where what it is set against begins
_SET_AGAINST = re.compile(r"\s+(?:against|despite|given|let alone)\b", re.I)


def _opening_appositive(text: str, phrase: str) -> list[Span]:
    """"[One of the most ambitious programmes] introduced spanning ..., the fund was ...": what a
    sentence opens by calling the thing it then names (`phrase`, by its last word)."""
    words = phrase.split()
    if not words:
        return []
    m = re.match(r"\W*((?:one|some|many|among|an?|the)\s+(?:[\w’'-]+\s+){1,9}?[\w’'-]+?)(?:\s+(?:[a-z]+ed|[a-z]+ing)\b[^,.;:]*)?,\s+(?:the|its|this)\s+"
                 rf"(?:[\w’'-]+\s+){{0,2}}?{re.escape(words[-1])}\b", text, re.I)
    return [Span(m.start(1), m.end(1), m.group(1), "described")] if m and m.group(1)[:1].isupper() else []


_REPORTING_END = re.compile(r"\b(?:said|says|insisted|warned|argued|added|noted|claimed|believes?|thinks?|reckons?|suggested|stressed)\s*$", re.I)
_GAP = re.compile(r"\b(?:gap|difference|distance|shortfall)\b", re.I)
_AWAY_FROM = re.compile(r"[-–—,]\s*((?:[\w’'-]+\s+){0,3}?(?:away|short|off|adrift))\s+(?:from|of)\s+(?:the\s+)?£", re.I)
_THEY_WERE = re.compile(r"\b(?:as|because|since|but|and|so|,)\s+they\s+(?:were|are|had been|have been|remain(?:ed)?)\s+((?:[\w’'-]+\s+){0,2}?[\w’'-]+)(?=\s+(?:and|but|or|as|with|by)\b|\s*[,.;:]|$)", re.I)


def _they_were(text: str, np: list[str]) -> list[Span]:
    """"... introducing seven new care [models] “may be optimistic”, as they were [yet unproven]": what the
    plural thing asked about is said to be, by "they" in a clause after it."""
    head = _first_head(text, np)
    if head is None or not text[head[0] : head[1]].endswith("s"):
        return []
    return [Span(m.start(1), m.end(1), m.group(1), "described") for m in _THEY_WERE.finditer(text, head[1])]


def _first_head(text: str, np: list[str]) -> tuple[int, int] | None:
    """Where the thing's head word (its last term) first stands in the text."""
    return next(((s, e) for t, s, e in tokenize_spans(text) if t == np[-1]), None)


def _is_object(text: str, np: list[str]) -> bool:
    """Is the thing named inside another phrase ("the ambition to save £900m through [introducing] seven new
    care models “may be optimistic”"), so that the verb after it says nothing of it?"""
    head = _first_head(text, np)
    if head is None:
        return False
    words = text[: head[0]].split()
    while words and (words[-1].lower() in _ARTICLES or (terms := tokenize(words[-1])) and
                     (set(terms) <= set(np) or all(t.isdigit() for t in terms))):
        words.pop()  # back over the phrase's own words, numbers and articles ("the seven new care"), to the word governing it
    return bool(words) and (words[-1].lower() in _GOVERNING or words[-1].lower().endswith("ing"))


_ARTICLES = frozenset("the a an its their".split())
_GOVERNING = frozenset("through of to for with by on in from into about".split())
_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w’'-]+)+")


def _following_appositive(text: str, phrase: str) -> list[Span]:
    """"the Better Care Fund, [the government’s main integration tool], had ...": what the sentence
    calls the thing (`phrase`, by its last word) right after naming it."""
    if not phrase.strip():
        return []
    named = re.escape(re.sub(r"^the\s+", "", phrase.strip(), flags=re.I))
    return [Span(m.start(1), m.end(1), m.group(1), "described")
            for m in re.finditer(rf"\b{named},\s+((?:the|a|an|its|their|one of)\s+[^,;:.“”]{{3,60}}?),", text, re.I)
            if not _REPORTING_END.search(m.group(1))]  # "the fund, the minister insisted, was ...": who said it


_ACTING_AS = re.compile(r"(?:act|acts|acted|serve|serves|served|function|functions)\s+as\s+(?:the\s+|an?\s+)?[“\"‘]?"
                        r"((?:[\w’'-]+\s+){0,5}?[\w’'-]+)(?=[”\"’]|\s+(?:for|to|in|of|that|which|when)\b|\s*[,.;:]|$)", re.I)


def _after_acting_as(c: Span, text: str) -> Span:
    """"models that will act as “[blueprints]” for the future": what they act as describes them, not "act"."""
    m = _ACTING_AS.match(text, c.start)
    return Span(m.start(1), m.end(1), m.group(1), c.kind) if m else c


def _mostly_named(c: Span, np: list[str]) -> bool:
    """"[introducing] seven new care models" for "how did it describe the seven new care models?":
    a span of four or more words, most of them the thing's own words, describes nothing."""
    terms = tokenize(c.text)
    return len(terms) > 3 and 2 * len([t for t in terms if t not in np]) < len(terms)


def _is_few_words(c: Span) -> bool:
    return len(c.text.split()) <= MAX_WORD_ANSWER


def _without_question_tail(c: Span, question: str) -> Span:
    """"a significant challenge [in normal times]" for "how did he describe it in normal times?": the
    question's own closing phrase is no part of the description."""
    m = re.search(r"\s+(?:in|at|on|for|by|with|to)\s+(.+)$", c.text)
    if m and m.start() > 0 and set(tokenize(m.group(1))) <= set(tokenize(question)):
        return Span(c.start, c.start + m.start(), c.text[: m.start()], c.kind)
    return c


_EFFECT_WORDS = frozenset({"effect", "effects", "impact", "impacts", "result", "results", "consequence", "consequences", "upshot", "outcome"})
# "Years of cuts ... have led to [a significant squeeze] on adult social care"
_LED_TO = re.compile(r"\b(?:led to|lead to|leads to|leading to|resulted in|results in|resulting in|caused|causes|causing)\s+"
                     r"((?:[\w’'-]+\s+){0,6}?[\w’'-]+?)(?=\s+(?:on|for|in|to|across|among|at|when|which|that)\b|\s*[.,;:”\"]|\s*$)", re.I)
_DONE_TO = re.compile(_DESCRIBING + r"what\b.+\b(?:has|have|had)\s+done\s+to\b", re.I)
# "describe the job of integrating X": the activity itself ("Integrating X is ...")
_ACTIVITY_OF = re.compile(r"(" + _DESCRIBING + r")(?:job|task|work|business|process|act|effort|matter) of (?=[a-z]+ing\b)", re.I)
# "describe the kind of settlement she wants", "the size of the report": the settlement, the report
_ASPECT_OF = re.compile(r"(" + _DESCRIBING + r")(?:kind|sort|type|size|scale|nature|tone) of (?:the |its |their |a |an )?", re.I)


def _without_described(c: Span, np: list[str]) -> Span:
    """"poorly designed [integration initiatives]": the words before the thing described."""
    words = list(re.finditer(r"\S+", c.text))
    while len(words) > 1 and set(tokenize(words[-1].group(0))) <= set(np):
        words.pop()
    end = words[-1].end() if words else len(c.text)
    return Span(c.start, c.start + end, c.text[:end], c.kind)


# "how hard did they think X would be?": an answer on the scale asked ("difficult to implement", "a significant challenge")
_HOW_HARD = re.compile(HOW_HARD, re.I)
# the adjective (not "hard-pressed"), or "a [significant] challenge" (not the verb "may challenge")
_DIFFICULTY = re.compile(r"\b((?:(?:very|extremely|particularly|too|so|more|less|far|much) )?(?:difficult|hard|harder|easy|easier|challenging|tough|"
                         r"straightforward|simple|complex|complicated)(?![\w-])(?: to [a-z]+)?|(?:a|an|the) (?:(?:significant|major|huge|real|big|great) )?challenge)\b", re.I)


_HOW_BIG_A = re.compile(HOW_BIG_A, re.I)
_SIZE_ADJECTIVES = (r"(?:significant|serious|high|real|great|major|considerable|huge|big|grave|substantial|severe|low|little|small|some|key"
               r"|biggest|greatest|main|particular)")


# an activity named by its verb ("expecting areas to cut ..."), not a noun ending in -ing ("funding", "planning")
_GERUND = re.compile(r"^(?!(?:funding|planning|spending|nursing|housing|training|meeting|thing|something|nothing|anything|everything|finding|warning"
                     r"|building|being|morning|evening|ring|king|wing|string|setting|offering|ceiling|pudding|wedding"
                     r"|rising|growing|existing|following|increasing|declining|ongoing|remaining|emerging|leading|underlying|pressing|working)\b)"
                     r"([a-z]{2,}ing)\s+\w", re.I)
_STANCE_OF = re.compile(r"^(?:the )?(.+?)['’]s? (?:stance|position|attitude|views?|feelings?|line)$", re.I)
_WAY_DONE = re.compile(r"^(?:the )?(?:way|manner|fashion) (?:in which |that )?(?:the |its |their )?(.+?) (?:had been|has been|have been|was|were|is|are|had|has) ([a-z]+ed)$", re.I)


def judged_that_spans(text: str, np: list[str], window: int = 6) -> list[Span]:
    """"it is “deeply disturbing that local government believes ...”": the judging words, when the
    `window` words after "that" name at least half of the thing judged (`np`, its terms)."""
    return [Span(m.start(1), m.end(1), m.group(1), "described") for m in _JUDGED_THAT.finditer(text)
            if np and 2 * len(set(np) & set(tokenize(" ".join(text[m.end():].split()[:window])))) >= len(set(np))]


def described_candidates(text: str, question: str, matched: list[tuple[str, int, int]]) -> list[Span]:
    """Candidate answers in `text` to a question asking how something was described."""
    if _HOW_HARD.search(question):  # only a word on that scale answers it
        return group_spans(_DIFFICULTY, text, "described")
    if big := _HOW_BIG_A.search(question):  # "how big a risk ...?": "at significant risk"
        return group_spans(re.compile(rf"\b((?:at |a |an )?(?:(?:very|most|more|particularly|so) )?{_SIZE_ADJECTIVES} {big.group('sized')}s?)\b", re.I),
                           text, "described")
    question = _ASPECT_OF.sub(r"\1", _ACTIVITY_OF.sub(r"\1", question))
    described = _DESCRIBED.search(question)
    # "How did she describe the integration initiatives?": "poorly designed integration initiatives"
    happened = HAPPENED_TO.search(question)  # "how did she characterise what had happened to the aim?": the aim
    # "how were the financial incentives across health and social care described?": the noun phrase before its preposition
    passive = _DESCRIBED_PASSIVE.search(question)  # "how were the financial incentives ... described?"
    if not described and not passive:  # "... describe integrating the health and social care sectors, even in normal times?"
        described = _DESCRIBED_LONG.search(question)
        if not described:
            passive = _JUDGED_THING.search(question)  # "how realistic were the plans?": the plans
    phrase = passive.group(1) if passive else first_group(described)
    way = _WAY_DONE.match(phrase)  # "the way the fund had been planned": its planning ("planning for the fund has been ...")
    phrase = f"{way.group(1)} {way.group(2)}" if way else _before_relative(before_preposition(phrase))
    stance = _STANCE_OF.match(phrase)  # "local government's stance": what local government [has reservations about]
    phrase = stance.group(1) if stance else phrase
    # "how did she describe the effect of the cuts on care?", "... what the cuts have done to care?": what they "led to"
    if phrase.lower() in _EFFECT_WORDS or _DONE_TO.search(question):
        found = group_spans(_LED_TO, text, "described")
        if found:
            return found
    called = _CALLED_WHAT.search(question)
    if called:  # "what did she call 'unacceptable'?": "such incompetence from Departments is unacceptable"
        found = group_spans(re.compile(rf"((?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)\s+(?:is|was|are|were|has been)\s+[“\"‘]?{re.escape(first_group(called))}\b", re.I),
                            text, "described")
        if found:
            return found
    what_does = _WHAT_DOES.match(phrase)
    if what_does:  # "how did it describe what STPs offer?": "STPs offer [a sensible structure]"
        subject, verb = what_does.group(1), what_does.group(2)
        found = group_spans(re.compile(rf"\b{re.escape(subject)}\s+{re.escape(verb)}\w*\s+((?:[\w’'-]+\s+){{0,5}}?[\w’'-]+)"
                                       rf"(?=\s+(?:for|to|in|of|that|which|when|while)\b|\s*[.,;:–—-]|$)", re.I), text, "described")
        if found:
            return found
    gerund = _GERUND.match(phrase)
    if gerund:  # "how did it characterise expecting areas to cut admissions ...?": "expecting such reductions ... is [ambitious]"
        found = group_spans(re.compile(rf"(?<![\w-]){gerund.group(1)}\s[^.;:!?“”\"]{{0,80}}?\s(?:is|was|would be|will be|could be|may be|might be)\s+"
                                       r"((?:[\w’'-]+\s+){0,8}[\w’'-]+)", re.I), text, "described")
        if found:
            return [first_words(c, _SET_AGAINST) for c in found]
    thing = happened.group(1) if happened else phrase
    np = tokenize(thing)
    # a thing known by its name ("the Better Care Fund") is described only where the sentence names it,
    # not wherever one of its words stands ("delayed transfers of [care]"), or by what the sentence
    # opens by calling it ("[One of the most ambitious programmes] ..., the fund was ...")
    if _PROPER_NAME.fullmatch(thing) and not set(np) <= set(tokenize(text)):
        return _opening_appositive(text, phrase)
    found = [_without_question_tail(Span(m.start, m.end, m.text, "described"), question)
             for m in modifier_spans(text, np, quoted=False) + predicate_spans(text, np)]
    found = [_after_acting_as(first_words(c, _SET_AGAINST), text) for c in found if not _mostly_named(c, np)]
    if np and (they := _they_were(text, np)):  # "... seven new care models “may be optimistic”, as [they were yet unproven]"
        found = they if _is_object(text, np) else found + they
    if _GAP.search(phrase):  # "how was the gap between £55m and the £1bn target described?": "[light years away] from"
        found = group_spans(_AWAY_FROM, text, "described") + found
    # "it is “deeply disturbing that local government believes ...”": judged before what is judged; for
    # "how did she regard councils' belief that the altered targets set integration back?", before what they believe
    held = HELD_THAT.search(question)
    found += (judged_that_spans(text, tokenize(held.group(1)), window=20) if held else []) or judged_that_spans(text, np)
    # "the case for ... was “overwhelming”": a quoted word said of the subject comes first
    said_of = [Span(m.start(1), m.end(1), m.group(1), "quote") for m in _COPULA_QUOTE.finditer(text)]
    quoted = quoted_spans(text)
    if _JUDGED_Q.search(question):  # a verdict is its judging words: "unacceptable [at a time when ...]"
        found = [first_words(c) for c in found]
        # ... and so is every quotation: the predicate of a quoted clause ("“such incompetence from Departments
        # is [unacceptable] at a time when ...”"), else the quotation's own first words
        quoted = [first_words(_predicate_of(c)) for c in quoted]
    # "[One of the most ambitious programmes] ..., the fund was ...": whole, "one of" is no preposition to cut at
    found = _opening_appositive(text, phrase) + _following_appositive(text, phrase) + found
    if ONE_WORD.search(question):  # "what word ...": "unacceptable", not "unacceptable at a time when ..."
        found = [_without_described(c, np) for c in found]  # "[poorly designed] integration initiatives"
        return next((short for group in (found, said_of, quoted)
                     if (short := [c for c in group if _is_few_words(first_words(after_question_words(text, c, matched)))])), [])
    return found or said_of or quoted or gap_spans(text, matched)
