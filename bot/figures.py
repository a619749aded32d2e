"""Does a figure in a sentence answer the question's amount? (pure)

A sentence often states several figures: the plan and the outcome, a fund and the part of
it asked about, a time next to a count. These rules say which one a question wants, and
which measure something else entirely.
"""
from __future__ import annotations

import re

from .extract import Span
from .measures import (CHANGE_TERMS, counts_something_else, following_terms, measured_terms, modifies, names_most,
                       number_of_noun)
from .question_focus import counted_terms
from .question_types import asking_clause
from .tokens import stem, tokenize, tokenize_spans

# Money and change verbs weigh double in the distance score ("rose by 87,000").
VERBS = {stem(w) for w in ("increase", "decrease", "cost", "spend", "save", "allocated", "boost")}

_MODALITY = {stem(w) for w in ("planned", "plan", "target", "targeted", "expected", "projected", "ambition", "forecast", "promised", "pledged",
                                "hope", "hoped", "hoping", "aim", "aimed", "intended", "meant", "supposed")}


_AIM = {stem(w) for w in ("target", "targeted", "aim", "aimed", "ambition")}
# What plans forecast, as against what was expected of them ("projected savings of just £55 million")
_SHARE_OF_Q = re.compile(r"\b(?:share|proportion|percentage|per ?cent|fraction) of (?:the |its |their |all )?([\w’'-]+(?: [\w’'-]+){0,3}?)"
                         r"(?= (?:came|comes|was|were|is|are|did|do|does|had|has|have|went|goes|said|say|says|agreed|reported)\b|\s*\?|\s*$)", re.I)
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|their\s+|its\s+|all\s+)?([\w’'-]+(?:\s+[\w’'-]+)?)")
_ASKS_YEAR = re.compile(r"\b(?:which|what) (?:financial |calendar )?year\b|\bwhat yr\b", re.I)
_DEADLINE = re.compile(r"\bby (?:what|which) (?:year|date|month|time)\b|\bby when\b|\bby\s*\?*\s*$", re.I)
_BY_BEFORE_DATE = re.compile(r"\b(?:by|until|before|deadline(?: of)?)\s+(?:the\s+)?(?:end of\s+)?$", re.I)
# "(For the pay-for-performance part,) what cut in admissions ...": "a 3.5% cut" names the thing asked for
_HEAD_NOUN = re.compile(r"^\W*(?:[^,?]{3,120},\s*)?(?:(?:what|which) (?:[\w-]+ )?|how (?:big|large|great|sizeable|steep|deep) an? )"
                        r"(cut|reduction|decrease|increase|rise|fall|drop|boost)s?\b", re.I)
# "what reduction ...?" is answered by "a 3.5% cut": the nouns of one change, read as one
_CHANGE_FAMILY = {stem(w): family for family, words in (("down", "cut reduction decrease fall drop"), ("up", "increase rise boost"))
                  for w in words.split()}
_PROJECTION = {stem(w) for w in ("project", "projected", "projection", "projections")}
_PROJECTED = _PROJECTION | {stem(w) for w in ("plan", "planned", "plans")}


_YES_NO = re.compile(r"^\W*(?:did|does|do|has|have|had|was|were|is|are)\b(?!.*\b(?:how|what|which|who|when|why)\b)", re.I)
_SAVE = stem("save")
_BOOST = stem("boost")  # "extra", "additional": how big the boost is, which "boosted by £2.4bn" states


# Words that name no change: "rise instead of falling" (the way it did not go), "fell far short of"
_NOT_A_CHANGE = re.compile(r"\b(?:instead of|rather than)\s+(?:going |being )?[\w-]+ing\b"
                           # "the financial hit from delayed transfers rising": the cause of what is asked, not its change
                           r"|\b(?:from|after|due to|because of|caused by|through)\s+(?:[\w’'-]+\s+){0,6}?(?:rising|falling|increasing|decreasing|growing|dropping|going up|going down)\b"
                           r"|\b(?:fall|falls|fell|fallen|falling)\s+(?:(?:well|far|way|a long way|so|just|slightly)\s+)?short\b", re.I)


def asked_changes(question: str) -> frozenset[str]:
    """The changes a question asks about: "by how much did admissions rise instead of falling?" is a rise."""
    return CHANGE_TERMS & frozenset(tokenize(_NOT_A_CHANGE.sub(" ", asking_clause(question))))


def stated_changes(terms: frozenset[str]) -> frozenset[str]:
    """The changes a sentence's terms state: "boosted by £2.4bn" is an increase too."""
    return (terms & CHANGE_TERMS) | ({stem("increase")} if _BOOST in terms else frozenset())


_OF_WHOLE = re.compile(r"\bhow much of (?:the |its |their )?([\w'’ -]+?)(?: was| were| is| are| did| has| had| went|\?|$)"
                       r"|^\W*(?:out )?of (?:the |its |their )?([\w'’£. -]+?),\s*how much\b", re.I)  # "Of the STF, how much ...?"


_BY_HOW = re.compile(r"\bby how (?:many|much)\b|\bby what (?:amount|number|percentage|proportion)\b|\bhow many more\b", re.I)  # "how many more X than planned": the change


_PLANS_PROJECT = re.compile(r"\bplans\b", re.I)  # "what did local plans initially project?": the plans' own forecast
_OBLIGED = re.compile(r"\b(?:had|have|has) to\b|\b(?:were|was|are|is) (?:required|obliged|asked|told|expected) to\b", re.I)
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:around|about|some|just|nearly|almost|over|more than)\s+)?$", re.I)


_COMPARED = re.compile(r"\b(?:vs\.?|versus|than|against|over|compared (?:to|with)|relative to|beyond)\s+(?:the\s+|its\s+)?$", re.I)


# "What was it originally meant to save?" (also weighed down in answer.py: articles leave it implied)
ORIGINAL_WORDS = ("original", "originally", "initial", "initially")
_ORIGINAL = re.compile(rf"\b(?:{'|'.join(ORIGINAL_WORDS)}|at first|at the outset)\b(?! £?\d)", re.I)


# "the first round of plans" asks for the figure before a revision; "after they were
# resubmitted" / "now" for the figure after it, which the sentence marks "current", "now".
FIRST_ROUND = re.compile(r"\b(?:first|initial|original|earliest)\s+(?:round|batch|set|wave|lot|submissions?|drafts?|versions?)\b"
                         r"|\b(?:first|initial|original|earliest)\s+(?:[\w-]+\s+){0,4}?(?:plans|proposals)\b"  # "the initial local BCF plans"
                         r"|\bfirst\s+(?:being\s+)?(?:submitted|sent in|came in|drawn up|put forward|handed in|set up|launched|introduced|created)\b", re.I)
_LATER = re.compile(r"\bafter\b[^?]{0,40}\b(?:re-?submi|redone|redo|rewr|redraft|revis|re-?work)|\bresubmitted\b|\b(?:now|currently|latest|second round)\b", re.I)
_CURRENT = re.compile(r"\b(?:now|current(?:ly)?|revised|resubmitted|latest|on track)\b", re.I)


# "the whole bill, not just the overshoot vs plan": a figure said to be over plan is the part excluded.
_NOT_JUST = re.compile(r"\b(?:not (?:just|only|simply|merely)|rather than|as opposed to|excluding|other than)\s+(?:the\s+|its\s+)?([^,?;]+)"
                       r"|\(not ([^)]+)\)", re.I)


# "between 2016-17 and 2018-19": a period; a sentence stating its figure for another period does not answer.
_YEAR = r"(?:19|20)\d\d(?:[-/](?:\d\d){1,2})?"
_PERIOD = re.compile(rf"\b(?:between\s+({_YEAR})\s+and|(?:from\s+)?({_YEAR})\s+(?:to|until))\s+({_YEAR})\b", re.I)


# "the total number of admissions": a change in them ("a reduction in admissions of 106,000") is no total.
_ASKS_TOTAL = re.compile(r"\btotal (?:number|count)\b|\bhow many\b.*\bin total\b|\boverall number\b", re.I)
_CHANGE_OF = re.compile(r"\b(?:reductions?|increases?|rises?|falls?|cuts?|drops?|decreases?)\b[^.,;]{0,60}\bof\s*$", re.I)


# "how much more did it cost than planned?", "how far over budget": an excess over plan is asked
_EXCESS_Q = re.compile(r"\bhow (?:much|many|far) (?:more|over)\b.*\bthan\b|\bover budget\b|\boverspen[dt]\b|\boverruns?\b|\bextra cost\b"
                       r"|\b(?:beyond|above|over) (?:the )?(?:plan|budget)", re.I)
_WHOLE_COST_Q = re.compile(r"\b(?:total|whole|entire|overall|full)(?: annual| yearly)? (?:cost|bill|spend|spending)\b", re.I)
_EXCESS_AFTER = re.compile(r"\s*(?:more|higher|greater|over|above)\b", re.I)
_EXCESS_BEFORE = re.compile(r"\b(?:overspend|overspent|overrun)\w*\s+(?:of|by)\s+$", re.I)
_ACTUAL = re.compile(r"\b(?:actually|actual|so far|to date|in practice|in reality|really)\b", re.I)


# "Despite a planned cut, by how many did they rise?": a clause setting the scene before the ask
_LEADING_SUBORDINATE = re.compile(r"^\W*(?:despite|although|though|whereas|while|even though|given|against|compared with|instead of|rather than)\b[^,?]{3,120},\s*(?=\S)", re.I)
_BUT = re.compile(r"\s+(?:but|yet)\s+", re.I)
_SUBORDINATE = re.compile(r"(?<=\S)\s*,?\s+\b(?:when|although|though|despite|whereas|while|even though|instead of|rather than|"
                          r"against(?= (?:a |an |the )?(?:planned|projected|expected|targeted|target)\b)|"
                          r"as opposed to|before (?:they|it|the|this|that)|after (?:they|it|the|this|that))\b", re.I)


_SIZE = re.compile(r"\b(?:total|combined|size|how (?:big|large)|worth|value)\b", re.I)


# "what % cut in DToC were areas targeted with": a cut in something else is no answer
_CHANGE_IN = re.compile(r"\b(?:cut|reduction|increase|rise|fall|drop) in ([\w’' -]+?) (?:were|was|is|are|did|do|does|has|have|had|under|by|for|planned|targeted)\b", re.I)
_SPENT_ON = re.compile(r"\b(?:spen[dt]|spending|paid|allocated|invested|budget|went|go(?:es)?|put)\s+(?:on|for|in|to|into)\s+(.+?)"
                       r"(?:\s+(?:in|during|between|since|by)\s+\d|,|\s+(?:according to|per)\b|\?|$)", re.I)  # "..., according to the NAO": attribution
_COST_OF = re.compile(r"\bhow much (?:did|does|do|will|would|has|have) (.+?) cost\b", re.I)
# "how much did the NAO say [integrated care systems] would save": what saves must be named
_SAVE_OF = re.compile(r"\bhow much (?:did|does|do) (?:the )?[\w’'-]+ (?:say|think|expect|reckon) (.+?) (?:would|will|could|might) save\b", re.I)
_PART = r"(?:part|portion|share|element|slice|proportion)"
_PART_AFTER = re.compile(rf"^\s*(?:[\w’'-]+\s+){{0,2}}?{_PART} of\b", re.I)
_PART_WORDS = re.compile(rf"\b{_PART}\b", re.I)
_FLOW_AFTER = re.compile(r"^,?\s*(?:was|were|is|are|has been|had been|have been)\s+(?:allocated|spent|paid|used|set aside|earmarked|given|transferred)\b", re.I)
_AIM_AFTER = re.compile(r"^\s*(?:savings?\s+|efficiency\s+)?(?:target|targets|ambition|goal|aim)\b", re.I)
_FLOW_WORDS = re.compile(r"\b(?:allocat\w*|spen[dt]\w*|paid|pay|used?|set aside|earmarked|given|transferred|went|go(?:es)?|cover\w*)\b", re.I)


_FROM = re.compile(r"\bfrom\b|\boriginal(?:ly)?\b|\bbefore\b|\bprevious(?:ly)?\b|\bused to\b", re.I)


def period_spans(text: str) -> list[Span]:
    """"between 2010-11 and 2016-17", "2013-14 to 2018-19": the periods a sentence states."""
    return [Span(m.start(), m.end(), m.group(0), "date") for m in _PERIOD.finditer(text)]


def _periods(text: str) -> set[tuple[str, str]]:
    return {(m.group(1) or m.group(2), m.group(3)) for m in _PERIOD.finditer(text)}


def _is_current(text: str, c: Span) -> bool:
    """Is the figure marked as today's ("Current plans are now on track to save £314m")?
    Only the figure's own clause counts, not an earlier one in the sentence."""
    clause = re.split(r"[;:]|\s[-–—]\s|,\s(?:and|but|while)\s|\band so\b", text[max(0, c.start - 120) : c.start])[-1]
    return bool(_CURRENT.search(clause))


_MONEY_WORD = re.compile(r"\b(?:money|cash|funding)\b", re.I)  # words, not terms: "funding" and "Fund" share a stem
_FUND_HEADS = frozenset(tokenize("fund budget pot"))


class FigureQuestion:
    """What an amount question asks, read once, then applied to each candidate figure."""

    def __init__(self, question: str, kind: str, q_terms: set[str]) -> None:
        self.question = question
        self.q_terms = q_terms
        # "by how many did admissions drop?" counts admissions too: "indicators cut from six to one" count others
        self.counted = counted_terms(question) if kind == "count" or (kind == "number" and _BY_HOW.search(question)) else []
        # "by what percentage did emergency admissions rise?": a sentence about another rise names other things
        self.changed = counted_terms(question) if kind == "percent" else []
        m_of = _OF_WHOLE.search(question)
        self.whole = set(tokenize(m_of.group(1) or m_of.group(2))) if m_of else set()  # "how much of the £2.1bn fund"
        # "the planned fall" asks for the plan; "overspend vs plan" only compares with it;
        # "..., when a reduction had been planned" is context.
        past_scene = question[m.end():] if (m := _LEADING_SUBORDINATE.match(question)) else question
        contrast = _BUT.split(past_scene, maxsplit=1)
        if len(contrast) == 2 and CHANGE_TERMS & set(after := tokenize(contrast[1])) and not _MODALITY & set(after):
            past_scene = contrast[1]  # "... were supposed to go down but went up instead - by how many?": what happened
        main = _SUBORDINATE.split(past_scene, maxsplit=1)[0]
        self.asks_plan = (any(t in _MODALITY and not _COMPARED.search(main[:s]) for t, s, _ in tokenize_spans(main))
                          or bool(_OBLIGED.search(main)))  # "areas had to get admissions down by 5%": a target
        self.by_how = bool(_BY_HOW.search(question))
        self.size = bool(_SIZE.search(question))
        self.money_named = bool(_MONEY_WORD.search(question))  # "how big was the STP money?" (a kind word, not in q_terms)
        spent_on = _SPENT_ON.search(question) or _CHANGE_IN.search(question)  # "how much was spent on [agency staff]"
        self.spent_on = tokenize(spent_on.group(1)) if spent_on else []
        cost_of = _COST_OF.search(question)  # "how much did [the NAO report] cost"
        self.cost_of = set(tokenize(cost_of.group(1))) if cost_of else set()
        save_of = _SAVE_OF.search(question)
        self.save_of = tokenize(save_of.group(1)) if save_of else []
        self.asks_part = bool(_PART_WORDS.search(question))
        self.asks_flow = bool(_FLOW_WORDS.search(question))
        self.actual = bool(_ACTUAL.search(main))
        # "how much did the first plans actually project?": the projection is what is asked, "actually" or not
        self.projection_asked = bool(_MODALITY & set(tokenize(asking_clause(past_scene))))
        self.from_start = bool(_FROM.search(question))
        # "what did the original local plans project?": the first round of plans, not the original target
        self.original = bool(_ORIGINAL.search(FIRST_ROUND.sub(" ", question)))
        # "what was it originally expected to save?" asks for the aim, not what the plans projected
        self.deadline = bool(_DEADLINE.search(question))
        self.asks_year = bool(_ASKS_YEAR.search(question))
        self.asks_saving = _SAVE in q_terms
        # "Did admissions fall by 106,000?": what happened is asked, and a planned figure is no answer
        self.yes_no = bool(_YES_NO.match(question))
        share_of = _SHARE_OF_Q.search(question)  # "what share of the BCF pot ...": a percentage of that, not of local areas
        self.share_of = set(tokenize(share_of.group(1))) if share_of else set()
        head = _HEAD_NOUN.match(question)  # "what cut in admissions ...": "a 3.5% cut" names the thing asked for
        self.head = _CHANGE_FAMILY.get(stem(head.group(1).lower())) if head else None
        self.size = self.size and not self.head  # "what cut in total admissions": a change, whatever "total" says
        self.asks_projection = bool(_PROJECTION & q_terms)
        self.expected_of = self.original and not _PROJECTED & q_terms and not FIRST_ROUND.search(question)
        self.first_round = bool(FIRST_ROUND.search(question))
        self.later = not self.first_round and bool(_LATER.search(main))
        self.asks_aim = bool(_AIM & set(tokenize(main)))
        self.asks_change = bool(CHANGE_TERMS & q_terms)
        self.periods = _periods(question)
        self.asks_total = bool(_ASKS_TOTAL.search(question))
        self.kind = kind
        # "... rose by 185,000 rather than falling. How big a fall was planned?": a statement before the question is context
        asked = " ".join(x for x in re.split(r"(?<=[.!?])\s+", question) if x.rstrip().endswith("?")) or question
        not_just = _NOT_JUST.search(asked)
        self.excluded = set(tokenize(not_just.group(1) or not_just.group(2))) - VERBS if not_just else set()
        self.excess = kind == "money" and bool(_EXCESS_Q.search(question))
        self.whole_cost = kind == "money" and bool(_WHOLE_COST_Q.search(question))

    def factor(self, text: str, c: Span) -> float | None:
        """How much better or worse this figure fits than its distance alone says; None if
        it does not answer the question at all."""
        if self.asks_saving and c.kind == "money" and _SAVE not in tokenize(text):
            return None  # "how much did the BCF save?": "the BCF will be boosted by £2.4bn" says nothing of savings
        if self.share_of and c.kind in ("percent", "fraction"):
            of = _OF_AFTER.match(text, c.end)
            if of and not self.share_of & set(tokenize(of.group(1))):
                return None  # "what share of the pot came from the NHS?": "ninety percent of local areas" is a share of something else
        if self.asks_year and c.kind == "date" and not re.search(r"\d", c.text):
            return None  # "in which year ...?": a year, not "April" or "autumn"
        if self.deadline and c.kind == "date" and not _BY_BEFORE_DATE.search(text[: c.start]):
            return None  # "achieved by what year?": "by 2020", not "compared with 2014-15"
        if self.excess and c.kind == "money" and not (_EXCESS_AFTER.match(text, c.end) or _EXCESS_BEFORE.search(text[: c.start])):
            return None  # "how much more than planned did it cost?": "£311m more than planned", not what was spent
        if self.whole_cost and not self.excess and c.kind == "money" and _EXCESS_AFTER.match(text, c.end):
            return None  # "what was the total cost of delays?": "£146m more than planned" is only the overrun
        by_before = bool(_BY_BEFORE.search(text[: c.start]))  # "rose by 7,000", "boosted by £2.4bn"
        if self.asks_total and c.kind == "money" and not self.kind == "money":
            return None  # "the total number of admissions" is a count, not what they cost
        if self.asks_total and c.kind == "number" and (by_before or _CHANGE_OF.search(text[max(0, c.start - 80) : c.start])):
            return None  # "the total number of admissions": "a planned reduction in admissions of 106,000"
        if self.periods and c.kind in ("number", "money", "percent"):
            stated = _periods(text)
            if stated and not stated & self.periods:
                return None  # asked "between 2016-17 and 2018-19"; this figure is for 2010-11 to 2016-17
        if self.excluded and self.excluded & set(tokenize(" ".join(text[: c.start].split()[-3:] + text[c.end :].split()[:4]))):
            return None  # "the whole bill, not just the overspend against plan": "£146m more than planned"
        # "by how many ...?": "rose by 87,000"; asked what was planned, "a planned reduction in admissions of 106,000"
        changed_by = self.by_how and (by_before or (self.asks_plan and bool(_CHANGE_OF.search(text[max(0, c.start - 80) : c.start]))))
        if c.kind == "number" and self.counted and not changed_by and counts_something_else(text, c, self.counted):
            return None  # "seven new care models" does not answer "how many plans"
        if c.kind == "number" and self.kind == "count" and not self.counted and (noun := number_of_noun(text, c)) and not noun & self.q_terms:
            return None  # "admissions were meant to come down - by how many?": "the number of indicators ... from six to one"
        if c.kind == "number" and len(self.counted) > 1 and not changed_by:
            if not names_most(text, self.counted):
                return None  # "how many integration pioneer sites": a sentence about vanguard sites counts others
        if c.kind == "percent" and self.changed and not names_most(text, self.changed):
            return None  # "funding per person increase by just 0.9%" for "by what percentage did admissions rise?"
        if self.whole and c.kind in ("money", "number") and modifies(text, c, self.whole):
            return None  # "how much of the £2.1bn fund": the fund's own size is not the part asked for
        if self.spent_on and c.kind in ("money", "percent"):
            if not names_most(text, self.spent_on):
                return None  # "how much was spent on agency staff?": a sentence not about agency staff
        if len(self.save_of) > 1 and c.kind == "money" and not names_most(text, self.save_of):
            return None  # "how much would integrated care systems save?": a sentence about new care models
        if self.cost_of and c.kind == "money":
            before = set(tokenize(text[: c.start])) | following_terms(text, c)
            if not self.cost_of & before:
                return None  # "how much did the report cost?": "..., costing £146m, said the report" is another cost
        if self.size and c.kind in ("money", "number"):
            head, names = measured_terms(text, c)
            # "how big was the STP money?": money asked of is the fund that holds it
            asked = self.q_terms | (_FUND_HEADS if self.money_named else set())
            # the name in other words ("transformation and sustainability money" for "the STF") still names it
            named = not names or bool(names & self.q_terms) or len(self.q_terms & set(tokenize(text[c.end : c.end + 60]))) >= 2
            if (head and not head & asked) or not named:
                return None  # "the total NHS deficit?", "bcf size?": "the £2.1bn NHS ... (STF) fund" measures something else
            after = text[c.end : c.end + 50]
            if _PART_AFTER.match(after) and not self.asks_part:
                return None  # "how big is the pot?": "the £1-billion ... part of the pot" is a part of it
            if _AIM_AFTER.match(after) and not self.asks_aim:
                return None  # "how big is the fund?": "its £1 billion savings target" is what it should save
            if _FLOW_AFTER.match(after) and not self.asks_flow:
                return None  # "how big was the fund?": "£1.8 billion was allocated to ..." is what went out of it
            if by_before and not (self.by_how or self.asks_change or _BOOST in self.q_terms):
                return None  # "... will be boosted by £2.4bn" is a change, not the size
        if self.size and c.kind in ("money", "number") and modifies(text, c, self.q_terms - VERBS):
            return 1.5  # "the £2.1bn ... fund" states the size of the thing asked about
        if c.kind == "number" and re.search(r"\bfrom \S+ to $", text[: c.start]) and not self.from_start:
            return 3.0  # "cut from eight to three": unless asked where it started, the new figure
        if c.kind in ("number", "money", "percent") and not self.asks_plan and changed_by:
            return 2.0  # "by how many did it rise?": "rose by 87,000"
        if (self.first_round or self.later) and c.kind in ("number", "money", "percent"):
            # "cut ... from six to [one]": the far end of a change is where things now stand
            current = _is_current(text, c) or bool(re.search(r"\bfrom \S+ to $", text[: c.start]))
            if self.first_round and current:
                return None  # "what did the first round of plans project?": not "current plans ... £314 million"
            if self.later and not current and _CURRENT.search(text):
                return None  # "after they were resubmitted, how much?": the figure the sentence marks as current
        if c.kind in ("number", "money", "percent"):
            before = [stem(w.strip(",.").lower()) for w in text[max(0, c.start - 60) : c.start].split()[-6:]]
            next_two = [stem(w.strip(",.").lower()) for w in text[c.end : c.end + 30].split()[:2]]
            after = next_two[:1]  # "£1 billion targeted by"
            planned = bool(set(before + after) & _MODALITY)
            if planned and self.yes_no and not self.asks_plan:
                return None  # "did admissions fall by 106,000?": not "a planned reduction of 106,000"
            if planned and self.actual and not self.projection_asked:
                return None  # "how much have they actually saved so far?": a target is no answer
            if self.asks_plan and self.original and not planned and not re.search(r"\bfrom\s+$", text[: c.start]):
                return None  # "what was it originally supposed to save?": today's forecast is no answer (but "from [eight] to three" is where it began)
            if (self.original and self.asks_projection and not self.asks_aim and _PLANS_PROJECT.search(self.question)
                    and set(before[-2:] + next_two) & _AIM):
                return None  # "what did local plans initially project?": not "its projected £1 billion savings target"
            if self.original and set(before[-2:] + after) & _AIM:
                if self.asks_projection and not self.asks_aim:
                    return None  # "what did the original plans project?": not "£1 billion targeted by the government"
                return 2.0  # ... and the original aim is the target, not a later projection
            if self.expected_of and set(before[-3:]) & _PROJECTED and _AIM & set(tokenize(text)):
                return 0.3  # "originally expected": not "projected savings of just £55m", when the target is there too
            if self.head and after and _CHANGE_FAMILY.get(after[0]) == self.head:
                return 2.0  # "what cut ...?": "a 3.5% cut on 2014 levels"
            if planned != self.asks_plan:
                return 0.4  # a planned/target figure when the question is not about plans, or vice versa
            if self.asks_plan and not (self.asks_aim or self.original) and set(before[-2:] + next_two) & _AIM:
                return None  # "what did the plans project?": "£1 billion targeted by the government" is the aim, not a projection
        return 1.0
