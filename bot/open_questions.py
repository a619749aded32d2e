"""What an open question asks for, read off its shape (pure): the far end of a range, what
is needed, one way of doing something, what someone said about a thing, what happened to it,
the other items of a list, how something is qualified — else the stretch of the sentence the
question's words leave open."""
from __future__ import annotations

import re
from functools import lru_cache

from .effects import EFFECT_ON, effect_spans
from .extract import OPEN_QUOTES, Span, group_spans, range_spans
from .question_types import HOW_QUALIFIED
from .lists import before_preposition, list_spans, sibling_spans
from .open_spans import (APART, CLAUSE, YES_NO, change_spans, does_spans, done_to_spans, gap_spans, has_done_spans, modifier_spans, polarity_spans,
                         predicate_spans)
from .question_focus import WH, first_group
from .question_rules import ABOUT, HAPPENED_TO, WANTED
from .stance_spans import object_spans, stance_spans
from .tokens import tokenize

# Yes/no questions about a change or a status ("did admissions come down?", "is it still in place?").
_ABOUT_CHANGE = re.compile(r"\b(?:better|worse|improv\w*|down|up|reduc\w*|increas\w*|rise|rose|fall|fell|cut|"
                           r"work(?:ed|ing)?|still|in place|scrapped|dropped|proven|clarified|spelled out|spelt out|flat)\b", re.I)
_WHICH_PLURAL = re.compile(r"^\W*which ((?:[\w’'-]+ ){0,3}?[\w’'-]+s)(?: (?:across|in|of|for|on|at|within|between)\b[^?]*?)? (?:did|does|do|had|has|have|were|are)\b", re.I)
_SORT_OF = re.compile(r"\b(?:what|which) (?:sort|kind|type|form|aspect)s? of ([\w’' -]+?)(?= did\b| does\b| do\b| is\b| was\b| were\b| has\b| have\b| had\b| will\b| would\b| could\b| to\b|\?|$)", re.I)
_ONE_WAY_Q = re.compile(r"\b(?:one|another) (?:\w+ )?(?:way|model|means|option|route|approach)\b", re.I)
# the subject opening a sentence or clause, up to its verb
_CLAUSE_SUBJECT = rf"(?:^|[.:;{OPEN_QUOTES}–—]\s*)\s*([A-Z][\w’'-]*(?:\s+[\w’'-]+){{0,5}}?)\s+"
_ONE_WAY = re.compile(_CLAUSE_SUBJECT + r"(?:is|are|was|were|would be|could be)\s+"
                      r"(?:one|an?|another)\s+(?:[\w-]+\s+)?(?:way|means|model|option|route|example|approach|solution)\b")
_WHAT_IS_NEEDED = re.compile(r"\bwhat(?:(?:\s+[\w’'-]+){0,9}?\s+(?:is|was|are|were)|'s|’s)\s+(?:needed|required|necessary|essential)\b"
                             # "what did Hodge say the fund needed but had been lacking?": what it needed
                             r"|\bwhat (?:did|does|do) (?:[\w’'-]+ ){1,4}?(?:say|said|think|argue) (?:the |it |they )?(?:[\w’'-]+ ){0,4}?"
                             r"(?:needed|needs|required|requires)\b(?! to\b| [a-z]+ing\b)", re.I)
# the subject of "... is needed", opening a sentence or a clause
_NEEDED = re.compile(_CLAUSE_SUBJECT + r"(?:is|are|was|were)\s+(?:still\s+|also\s+)?"
                     r"(?:needed|required|necessary|essential)\b")
# "“We need a clearer national strategy for ...": what we need
_WE_NEED = re.compile(r"\b(?:we|they|you)\s+(?:still\s+|also\s+|urgently\s+)?need\s+((?:an?|the|more|better|some)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)"
                      r"(?=\s+(?:for|to|that|which|if)\b|\s*[,.;:”]|$)", re.I)
# "The RCN has called for [better co-ordination of plans] to integrate ...": what it calls for
_CALLED_FOR = re.compile(r"\bcall(?:ed|s|ing)?\s+for\s+((?:[\w’'-]+\s+){0,9}?[\w’'-]+)(?=\s+(?:to|that|which|in|on)\b|\s*[,.;:”\"]|$)", re.I)
# "The BCF requires “strong leadership and effective cross government working, both of which ...”": what it requires
_REQUIRES = re.compile(r"\b(?:requires|required|needs|needed)\s+[“\"‘]?((?:[\w’'-]+\s+){1,8}?[\w’'-]+)(?=\s*[,.;:”\"]|\s+(?:to|for|if|which|that)\b|$)", re.I)
# "X named A and B as barriers - what was the third?": the list's other item
_NAMED_THEN_OTHER = re.compile(r"\b(?:identified|named|listed|cited|mentioned|gave)\s+(.+?\s(?:and|&)\s.+?)\s+as\s+[^?]*?"
                               r"\b(?:what|which)\s+(?:was|is|were|are)\s+the\s+(?:third|fourth|other|remaining|last|final)\b", re.I)
# "what barriers ...", "name one barrier ...": the words naming what is listed
_LIST_Q = re.compile(r"^\W*(?:name|give|list)\s+(?:me\s+)?(?:one|an?|two|three|some|the)?\s*(?:of the\s+)?((?:[\w-]+\s+){0,2}[\w-]+)"
                     r"|\b(?:what|which)\s+(?:(?:were|are|was|is)\s+(?:the\s+)?)?((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_ONE_OF = re.compile(r"\b(?:one|a single|an example)\b|^\W*name an?\b", re.I)
# "what was wrong with the integration initiatives?": how the sentence qualifies them ("poorly designed ...")
_WRONG_WITH = re.compile(r"\bwhat(?:'s|’s|\b[^?]{0,60}?\b(?:is|was|were|are))\s+(?:\w+ )?wrong with (?:the |its |their |these )?((?:[\w’'-]+\s+){0,4}?[\w’'-]+)(?=\s+(?:in|of|for|at|under|across)\b|\s*[?,]|$)", re.I)
# What was faulted: "what was wrong with / lacking in X", "what did they criticise about X", "what weakness ..."
_FAULT_Q = re.compile(r"\bwhat(?:'s|’s|\b[^?]{0,60}?\b(?:is|was|were|are))\s+(?:\w+ )?(?:wrong|lacking|missing|deficient) (?:with|in|about)\b"
                      r"|\bwhat (?:did|does|do) [^?]{2,60}? (?:criticis|criticiz|fault|condemn|attack)\w* (?:about|in)\b"
                      # "what did the NAO find wrong with the initiatives?"
                      r"|\bwhat (?:did|does|do) [^?]{2,60}? (?:find|see|think|consider|say)s? (?:was |were |is |are )?(?:\w+ )?(?:wrong|lacking|missing|deficient|amiss) (?:with|in|about)\b"
                      r"|\bwhat (?:\w+ )?(?:weakness|weaknesses|flaws?|failings?|shortcomings?|problems?|faults?) (?:did|does|do|was|were|is|are)\b", re.I)
# "... had been set up, but with poor governance and oversight": the fault a clause after "but (with)" names
_BUT_WITH = re.compile(r",\s+but\s+with\s+((?:[\w’'-]+\s+){0,6}?[\w’'-]+)(?=\s*[.;,:]|\s*$)", re.I)
_NUMBER_OF = re.compile(r"\b(?:happen\w*|do|did|does|done) to the number of\b|\b(?:mean for|affect(?:ed|s)?) the number of\b"
                        r"|\bhow (?:had|has|have|did|does|do) the number of\b.*\bchange[ds]?\b"  # "how had the number of indicators changed?"
                        # "how far was the number of conditions cut?", "how far were the indicators cut?": from what to what
                        r"|\bhow far (?:was|were|is|are|has|have|had|did)\b.*\b(?:cut|reduced|slashed|trimmed|lowered|brought down)\b", re.I)
# "what evidence did they find", "what did they say about the evidence": "no compelling evidence"
_WHAT_EVIDENCE = re.compile(r"(?:^\s*what|\b(?:say|said|find|found|conclude|concluded) (?:about|regarding|concerning|on|as to|in terms of) (?:the |its |any )?)\s*(evidence|proof)\b", re.I)


# "what do the government's revisions to the fund's scope do?": what the sentence says they do
_WHAT_DO = re.compile(r"\bwhat\b[^?]*?\b(?:the|these|those|its|their)\s+((?:(?!(?:should|would|could|will|must|might|can|may)\b)[\w’'-]+\s+){0,8}?"
                      r"(?!(?:should|would|could|will|must|might|can|may)\b)[\w’'-]+)\s+(?:do|does|would do|will do|could do)\s*(?:to\b|\?|$)", re.I)

# "what happened to X after Y?", "what was the outcome when Y?": what followed, stated as a consequence in the sentence
_OUTCOME_Q = re.compile(r"\bwhat (?:was|were|is) the (?:outcome|result|upshot|consequence)s? (?:when|after|once|of)\b"
                        r"|\bwhat happened (?:to [^?]{2,60}? )?(?:after|when|once)\b", re.I)
_SO_CLAUSE = re.compile(r"(?:\band so(?!\s+(?:that|far|as)\b)|\band as a result|\band consequently|,\s*so(?!\s+(?:that|far|as)\b))\s*,?\s+(?:[\w’'-]+\s+){0,3}?"
                        r"((?:had|has|have|were|was|would|will|must)\s+[^.;:”\"]*[\w’'-])", re.I)
_WHAT_HAVE_DONE = re.compile(r"\bwhat (?:have|has|had) (?:the |these |those |its |their )?((?:[\w’'-]+\s+){0,6}?[\w’'-]+)\s+done\s+(?:to|for)\b", re.I)
_DONE_TO = re.compile(r"\b(?:do|does|would do|will do|could do)\s+to\s+(?:the\s+|its\s+|their\s+)?((?:[\w’'-]+\s+){0,4}[\w’'-]+)\s*\?*\s*$", re.I)

# "What is the government's main integration tool?", "what does the NAO count as ...?": the
# thing the sentence names before that description, set off by commas ("the Better Care Fund, the ...")
_WHAT_IS_DESCRIBED = re.compile(r"^\W*(?:according to [^,?]{2,60},\s*)?(?:what|which(?: [\w-]+)?) (?:is|was|are|were) (?:the |its |their )?"
                                r"(?=[^?]*(?:’s|'s|\bmain|\bprincipal|\bprimary|\bchief|\bkey|\bflagship|\bbiggest)\b)(.+?)\W*$"
                                r"|\b(?:what|which(?: [\w-]+)?) (?:does|did|do) [^?]+? (?:(?:count|regard|see|treat|class|name|view|consider|describe|describes|described) as (?:the |its |their )?"
                                r"|call (?:the |its |their ))(.+?)\W*$", re.I)
_APPOSITION = re.compile(r"((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5}),\s+((?:the|its|their|a|an)\s+[^,;]{3,80}?),"
                         r"|((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+as\s+((?:the|its|their)\s+[^,;.:]{3,80}?)(?=\s*[,;.:]|\s*$)")  # "STPs as the primary means"
APPOSITION_SHARE = 0.6  # of the description's words, the share the question must use


def apposition_spans(text: str, described: str) -> list[Span]:
    """Names the sentence describes with most of `described`'s words: "[the Better Care Fund], the government’s main integration tool,"."""
    asked = set(tokenize(described))
    out = []
    for m in _APPOSITION.finditer(text):
        name = 1 if m.group(1) else 3
        terms = set(tokenize(m.group(name + 1)))
        if terms and len(terms & asked) >= APPOSITION_SHARE * len(terms):
            out.append(Span(m.start(name), m.end(name), m.group(name), "gap"))
    return out


# "Which green paper was delayed until autumn?": the noun asked for and what was said of it
_WHICH_WAS = re.compile(r"^\W*which (?:[\w-]+ ){0,8}?([a-z][\w-]+) (?:was|were|is|are|has been|had been|have been|got|gets|get) ([a-z]+ed)\b", re.I)
_NAMED_THEN_PARTICIPLE = re.compile(r"((?:the |a |an |its |their )?(?:(?!(?:of|in|to|for|on|with|by|at|from|the|a|an)\b)[\w’'-]+ ){0,5}?[\w’'-]+),\s+"
                                    r"(?:now |still |then |since |recently |already )?([a-z]+ed)\b", re.I)
_THE_THING = r"((?:[\w’'-]+ ){0,2}?(?:part|problem|issue|answer|challenge|risk|danger|aim|point|key|difficulty|priority|task|solution|trouble|pitfall|downside))\b"
# "what did X say is the risk of integration?", "what did X say the risk of integration is?"
_LEAD = r"^\W*(?:[^,?]{2,80},\s*)?what "  # "In the view of the ADASS president elect, what is the danger ...?"
_WHAT_IS_THE = re.compile(_LEAD + r"(?:(?:did|does|do|has|have) .+? (?:say|said|think|thought|believe|argue|see)s? )?(?:is|was|are|were) (?:the|their|its) " + _THE_THING
                          + "|" + _LEAD + r"(?:did|does|do|has|have) .+? (?:say|said|think|thought|believe|argue|see)s? (?:the|their|its) " + _THE_THING
                          + r"(?: of [\w’'\s-]+?)? (?:is|was|are|were)\s*\??\s*$", re.I)
# "what did she see as the danger in ...?", "what danger did she see in ...?", "what pitfall did she caution against?":
# the thing as the speaker names it ("The risk of integration is [that it focuses on structure]"), and only that
_SEEN_AS_THE = re.compile(_LEAD + r"(?:did|does|do|has|have) .+? (?:see|regard|view|consider|identify|single out)s? as (?:the|their|its|a|an) " + _THE_THING
                          + "|" + _LEAD + _THE_THING + r"(?: (?:of|in|with) [\w’'\s-]+?)? (?:did|does|do|has|have) .+? "
                          r"(?:see|identify|point to|caution against|warn (?:of|about|against)|highlight|flag)s?\b", re.I)
_SELECTED = "selected|chosen|picked|tasked|asked|designed|created|established|intended|meant|set up"
# "what did the CIPFA manager say STPs offer for ...?": the subject and the verb whose object is asked
_SUBJECT_VERB_Q = re.compile(r"\bwhat (?:did|does|do) .+? (?:say|said|think|reckon|believe|argue)s? (?:the )?"
                             r"(?!(?:must|should|would|could|will|can|may|might|to|it|they|this|that)\b)([\w’'-]+) "
                             r"(offer|provide|give|bring|deliver)s?\b", re.I)

_SOMEONE_TO = re.compile(r"\b([\w’'-]+)\s+to\s+((?!(?:the|a|an|be|date|come)\b)[a-z][\w’'-]*(?:\s+[\w’'-]+){0,7}?)(?=\s*[.;:!?“”\",]|\s+(?:that|with|and|but|while|which)\b|\s*$)", re.I)
_MEANT = re.compile(r"intended|meant|designed|created|established|set up", re.I)
# money given a purpose: "a pooled £5.3bn budget [to encourage the NHS and councils to work more closely together]"
_PURPOSE_OF_MONEY = re.compile(r"\b(?:budget|fund|funding|pot|money)\s+to\s+((?!(?:be|date)\b)[a-z]+(?:\s+[\w’'-]+){0,9}?)(?=\s*[.;:,!?“”\"]|\s+(?:but|while|which)\b|\s*$)", re.I)
_NEEDS_TO = re.compile(rf"\b(needs?|has|have|had|ought|must|required|expected|{_SELECTED})\s+to$", re.I)  # "what were the sites selected to do?"


def _clause_of(text: str, p: Span) -> Span:
    """A predicate without its "that" and without a clause after it ("[that] it focuses on structure [whereas ...]")."""
    start = p.start + (len(m.group(0)) if (m := re.match(r"that\s+", p.text, re.I)) else 0)
    end = next((start + m.start() for m in CLAUSE.finditer(text[start : p.end]) if m.start() > 0), p.end)
    end = start + len(text[start:end].rstrip(" ,;:"))
    return Span(start, end, text[start:end], "described")  # what the sentence says the thing is


_RELATIVE = re.compile(r"\s+(?:who|that|which|whose)\s+", re.I)
_AND_THEN = re.compile(r",?\s+and\s+((?:have|has|had|is|are|was|were|will|would|can|could|must|need|needs|then)\b[^,.;:”\"]*[\w’'-])")


def _and_then(text: str, p: Span) -> Span | None:
    """The second of two predicates ("are unable to access care, and [have no option but to fall back ...]")."""
    m = _AND_THEN.match(text, p.end)
    return Span(m.start(1), m.end(1), m.group(1), "gap") if m else None


@lru_cache(maxsize=512)
def _shape(question: str) -> tuple:
    """The question-level patterns, read once per question (candidates are read per sentence)."""
    return (_SUBJECT_VERB_Q.search(question), EFFECT_ON.search(question),
            _WHAT_IS_THE.search(question) or _SEEN_AS_THE.search(question))


def open_candidates(text: str, question: str, kind: str, matched: list[tuple[str, int, int]]) -> list[Span]:
    """Candidate answers in `text` for a question of no typed kind."""
    subject_verb, effect, the_thing = _shape(question)
    stance = stance_spans(text, question)  # judged so, seen as, named, how far come, what to learn from
    if stance is not None:
        return stance
    if subject_verb:  # "what did he say STPs offer?": "STPs offer [a sensible structure] for doing that"
        subject, verb = (re.escape(w) for w in subject_verb.groups())
        found = group_spans(re.compile(rf"\b{subject}\w*\s+{verb}\w*\s+((?:[\w’'-]+\s+){{0,5}}?[\w’'-]+?)"
                                       rf"(?=\s+(?:for|to|in|of|that|which|when|while|and)\b|\s*[.,;:–—-]|\s*$)", re.I), text, "gap")
        return found  # a sentence where they do not offer anything says nothing of what they offer
    found = object_spans(text, question)  # "has lost [credibility] and will fail ...", "has put [the plan ...] at risk"
    if found:
        return found
    if effect:  # "what effect did the fund have on permanent admissions?": only a change to them answers it
        return effect_spans(text, effect.group(1))
    which = _WHICH_WAS.search(question)
    if which:  # "which green paper was delayed until autumn?": "the social care funding green paper, now delayed until autumn"
        # the participle as the question words it or as the thesaurus reads it ("pushed back" = "delayed")
        said = set(tokenize(" ".join(question[which.start(2) :].split()[:2]))) | set(tokenize(which.group(2)))
        # the thing, named by its head word or by words of the question's "which ..." ("which publication on
        # social care funding" is "the social care funding green paper")
        asked = set(tokenize(question[which.start() : which.start(2)]))
        found = [Span(m.start(1), m.end(1), m.group(1), "gap") for m in _NAMED_THEN_PARTICIPLE.finditer(text)
                 if (m.group(2).lower() == which.group(2).lower() or set(tokenize(m.group(2))) & said)
                 and (re.search(rf"\b{re.escape(which.group(1))}s?$", m.group(1), re.I) or set(tokenize(m.group(1))) & asked)]
        if found:
            return found
    if the_thing:  # "what did Morse say is the hard part of ...?": "The hard part is [agreeing how that balance is ...]"
        found = [_clause_of(text, p) for p in predicate_spans(text, tokenize(the_thing.group(1) or the_thing.group(2)))]
        asked = set(tokenize(question))
        # "what is the risk of integration focusing on?": a predicate opening on the question's words restates it
        found = [f for f in found if tokenize(f.text)[:1] and tokenize(f.text)[0] not in asked]
        if found:
            return found
    others = APART.search(question) or _NAMED_THEN_OTHER.search(question)
    if others:  # "apart from workforce challenges, what barriers ...", "besides weakening X, what else would
        # the revisions do?": the other items of that list, or what "and" joins to X
        found = sibling_spans(text, set(tokenize(others.group(1))))
        if found:
            return found
    if _NUMBER_OF.search(question):  # "what did the revisions do to the number of indicators?"
        found = range_spans(text)
        if found:
            return found
    described = _WHAT_IS_DESCRIBED.search(question)
    if described:  # "what is the government's main integration tool?": "the Better Care Fund, the government’s main integration tool"
        found = apposition_spans(text, described.group(1) or described.group(2))
        if found:
            return found
    has_done = _WHAT_HAVE_DONE.search(question)
    if has_done:  # "what have two decades of policy shifts done to the system?": "policy shifts have [increased ...]"
        found = has_done_spans(text, has_done.group(1))
        if found:
            return found
    does = _WHAT_DO.search(question)
    if does:  # "what do the revisions do?": "These revisions “undermine the Fund’s core purpose ...”"
        duty = _NEEDS_TO.search(does.group(1))
        if duty:  # "what did the NAO recommend the government needs to do?": what follows "needs to" in the sentence
            # "picked to do" is answered by "were selected to [take a lead on ...]": any verb of choosing
            verb = f"(?:{_SELECTED})" if re.fullmatch(_SELECTED, duty.group(1), re.I) else duty.group(1)
            found = group_spans(re.compile(rf"\b{verb}\s+to\s+((?:[\w’'-]+[ ,]+){{0,14}}?[\w’'-]+)(?=\s*[.;:!?“”\"]|\s+that\b|\s*$)", re.I),
                                text, "gap")
            if not found and _MEANT.fullmatch(duty.group(1)):  # "what is the fund meant to do?": "a pooled budget [to encourage ...]"
                found = group_spans(_PURPOSE_OF_MONEY, text, "gap")
            return found
        if does.group(1).lower().endswith(" to"):  # "what did the fund encourage local organisations to do?":
            asked = set(tokenize(question))  # "incentivised [organisations] to [work together]"
            return [Span(m.start(2), m.end(2), m.group(2), "gap") for m in _SOMEONE_TO.finditer(text) if set(tokenize(m.group(1))) & asked]
        done_to = _DONE_TO.search(question)
        return (done_to_spans(text, done_to.group(1)) if done_to else []) or does_spans(text, does.group(1))
    if _ONE_WAY_Q.search(question):  # "what's one way of ...?": "Integrated care systems are one way of doing this"
        return group_spans(_ONE_WAY, text, "gap")
    wanted = WANTED.search(question)
    if wanted or _WHAT_IS_NEEDED.search(question):  # "what is needed?": "Serious political leadership is needed"
        return (group_spans(_NEEDED, text, "gap") + group_spans(_WE_NEED, text, "gap") + group_spans(_REQUIRES, text, "gap")
                + (group_spans(_CALLED_FOR, text, "gap") if wanted else []))
    about = ABOUT.search(question) if kind == "other" else None
    if about and not re.match(r"\s*\w+ing\b", first_group(about)):  # a noun phrase, not "expecting areas to ..."
        # "what did she say about the 2020 deadline?": "the 2020 deadline is looming"
        head = re.split(r"\s+(?:of|in|for|on|to|so|with|by|at|from|since)\b", first_group(about), maxsplit=1)[0]
        found = predicate_spans(text, tokenize(head), with_subject=True)
        if found:
            return found
    if _OUTCOME_Q.search(question):  # "what happened to the plans after they fell short?": "... and so [all proposals had to be resubmitted]"
        found = group_spans(_SO_CLAUSE, text, "gap")
        if found:
            return found
    happened = HAPPENED_TO.search(question)
    if happened:  # "what had happened to the 2020 requirement?": "(requirement had been) dropped"
        head, *clause = _RELATIVE.split(question[happened.start(1) :], maxsplit=1)  # "the growing number of people [who ...]"
        asked = set(tokenize(question))
        # "what happens to people who cannot get social care?": "people are [unable to access social care]" only
        # restates the question; what they do next ("..., and [have no option but to fall back on the NHS]") answers
        found = [then for p in (predicate_spans(text, tokenize(head)) if clause else [])
                 if set(tokenize(p.text)) <= asked and (then := _and_then(text, p))]
        np = tokenize(happened.group(1))
        # "what could happen to joined-up care?": the article's "integration would [become sidelined]"
        # (but not "the Fund's credibility": what the Fund did is not what happened to its credibility)
        others = [] if re.search(r"\w['’]s\b", happened.group(1)) else np[-2::-1]
        return (found or predicate_spans(text, np) or change_spans(text)
                or next((p for t in others if not t[:1].isdigit() and (p := predicate_spans(text, [t]))), []))
    listed = _LIST_Q.search(question)
    if listed:  # "what barriers had the government identified?": "barriers ..., such as A, B and C"
        found = list_spans(text, tokenize(listed.group(1) or listed.group(2)), bool(_ONE_OF.search(question)),
                           frozenset(tokenize(question)))
        if found:
            return found
    if asks_yes_no(question):  # "Did the NAO find proof ...?"
        # How the sentence qualifies what is asked ("no compelling evidence"), or what it
        # says happened ("rose by 87,000", "had been dropped", "had not clarified").
        found = polarity_spans(text, [t for t, _, _ in matched])
        if not found and _ABOUT_CHANGE.search(question):
            # "Did the fund bring admissions down?": only what the sentence says happened answers it
            return change_spans(text)
        if found:
            return found
    which = _WHICH_PLURAL.search(question)
    if which:  # "which financial incentives did the government identify as a barrier?": “misaligned” ones
        found = [m for m in modifier_spans(text, tokenize(which.group(1))) if m.text.startswith(("“", '"'))]
        if found:
            return found
    if _FAULT_Q.search(question):  # "what did the NAO criticise about the initiatives?": "set up, but [with poor governance]"
        found = group_spans(_BUT_WITH, text, "gap")
        if found:
            return found
    sort_of = (_SORT_OF.search(question) or HOW_QUALIFIED.search(question) or _WHAT_EVIDENCE.search(question)
               or _WRONG_WITH.search(question))
    if sort_of:  # "what kind of evidence" -> "no compelling evidence"; "how much danger" -> "significant risk"
        # "what kind of financial incentives across the system": the noun phrase ends before its preposition
        phrase = before_preposition(sort_of.group(1), of=True)
        if re.search(r"\baspects?\b", sort_of.group(0), re.I) and phrase.split():
            # "what aspect of policy does it not look at?": "the efficacy of policy" names a part of it
            aspect = re.compile(rf"\b((?:the |its |their )?(?!(?:the|a|an|its|their)\b)[\w’'-]+ of {re.escape(phrase.split()[-1])})\b", re.I)
            if found := group_spans(aspect, text, "gap"):
                return found
        found = modifier_spans(text, tokenize(phrase))
        if not found and phrase.split():  # "what kind of culture?": "a culture of blame", qualified after the noun
            found = group_spans(re.compile(rf"\b((?:a |an |the )?{re.escape(phrase.split()[-1])}s? of (?!the\b|a\b|an\b)[\w’'-]+)", re.I), text, "gap")
        if found:
            return found
        if _SORT_OF.search(question) and len(tokenize(phrase)) == 1 and not set(tokenize(phrase)) & {t for t, _, _ in matched}:
            return []  # "what kind of culture?": a sentence with no culture in it says nothing of its kind
    return gap_spans(text, matched)


def asks_yes_no(question: str) -> bool:
    first = question.split("?")[0]  # "Did they find proof ...? what did they say": the first question
    return bool(YES_NO.match(first)) and not WH.search(first)


def needs_statement(question: str) -> bool:
    """Only a sentence stating the thing asked answers it: what happened (see below), what is
    needed ("Serious political leadership is needed"), one way of doing something ("X are one way ...")."""
    return asks_what_happened(question) or bool(_WHAT_IS_NEEDED.search(question) or _ONE_WAY_Q.search(question)
                                                or (_WHAT_DO.search(question) and not _NUMBER_OF.search(question))
                                                or EFFECT_ON.search(question))


def asks_what_happened(question: str) -> bool:
    """"Did the fund bring admissions down?", "Is the requirement still in place?", "What
    happened to the requirement?": answered only by a sentence saying what happened."""
    return (asks_yes_no(question) and bool(_ABOUT_CHANGE.search(question))) or bool(HAPPENED_TO.search(question))

