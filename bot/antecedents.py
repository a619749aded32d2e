"""Answers that sit outside the sentence that matched (pure): the cause of a "Consequently,
..." sentence and the speaker of a quotation (in the sentence before), the argument behind a
stance (in a sentence after), the title of the report an article covers (wherever the
article states it)."""
from __future__ import annotations

import re
from dataclasses import replace

from .extract import Span, quoted_spans, title_spans
from .reasons import asked_conjunct, asks_consequence, asks_one_consequence, last_result, reason_spans, result_clause, result_spans
from .passages import Passage, Passages
from .question_rules import is_quotation
from .spans import best_span
from .tokens import by_word, tokenize, tokenize_spans

_CONSEQUENCE = re.compile(r"^\W*(?:consequently|as a result|therefore|thus|hence|because of this|this meant|"
                          r"this means|that meant|as such|(?:this|that) (?:cost|led to|resulted in|caused))\b", re.I)  # "This cost £146m more"
# ... or, for "“...,” she said", a sentence before naming her as she speaks ("Hodge has expressed “dismay” ...")
_REPORTING = re.compile(r"\b(?:said|says|added|adds|argued|argues|warned|warns|commented|stated|told|noted"
                        r"|expressed|described|welcomed|criticised|called (?:on|for)|responded|insisted|claimed|explained)\b", re.I)
SPEAKER_REACH = 3  # sentences back to look for a quotation's speaker
# "Janet Davies, chief executive of the RCN, called on ...": a sentence opening with the person
_NAMED_FIRST = re.compile(r"^(?:[A-Z][\w’'-]+\s+){1,3}[A-Z][\w’'-]+,")
ARGUMENT_REACH = 3  # sentences on to look for the argument behind a stance
_STANCE = re.compile(r"\b(?:oppos\w*|object(?:s|ed|ing|ion\w*)?|disagree\w*|unhappy|(?<!warned )(?<!warns )against|gripe|reject\w*"
                     r"|(?:does|do|did) not agree)\b", re.I)
_ARGUES = re.compile(r"\b(?:argues|argued|says|said|warns|warned|claims|claimed|contends|insists|believes)\b", re.I)
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:reduce|increase|cut|lose|undermine|damage|weaken|threaten|put|make|leave)\b", re.I)


def _joined(passages: Passages, c: Passage, sid: int) -> Passage:
    """The passage quoted from sentence `sid` through the end of `c`."""
    return replace(c, start=min(passages.index.sentences[sid].start, c.start))


def cause_before(passages: Passages, c: Passage, q: str, weights: dict[str, float], names: list[str],
                 found: tuple[Span, float] | None) -> tuple[Passage, tuple[Span, float] | None]:
    """"Consequently, there was limited risk management": the reason asked for is in the
    sentence before; quote both and take the answer from that one."""
    prev = passages.previous(c.sid)
    if prev is None or not _CONSEQUENCE.match(passages.text(c.sid)):
        return c, found
    proximate = last_result(passages.text(prev))
    if proximate is not None:  # "..., meaning no central programme team. Consequently, ...": what it meant is the cause
        return _joined(passages, c, prev), (proximate, found[1] if found else 0.0)
    # the question's words that the "Consequently" sentence states describe the effect, not where the cause ends
    own = passages.sets[c.sid]
    cause = best_span(passages.text(prev), q, "reason", {t: w for t, w in weights.items() if t not in own} or weights, names)
    if cause is None:
        return c, found
    span, fit = cause
    return _joined(passages, c, prev), (Span(span.start, span.end, span.text, "reason"), fit)  # a cause, by "Consequently"


def consequence_after(passages: Passages, c: Passage, q: str,
                      found: tuple[Span, float] | None) -> tuple[Passage, tuple[Span, float] | None] | None:
    """"What were the consequences of having no programme team?": the sentence naming the
    cause goes on "- and so ...", or the next one opens "Consequently, ..."; quote both."""
    if not asks_consequence(q):
        return None
    fit = found[1] if found else 0.0
    asked, one = set(tokenize(q)), asks_one_consequence(q)
    within = result_spans(passages.text(c.sid), asked)
    if within:
        cause = set(tokenize(passages.text(c.sid)[: within[0].start]))  # the cause's words say nothing of which result
        return c, (asked_conjunct(within[0], asked - cause, one), fit)
    nxt = c.sid + 1
    if nxt >= len(passages.sets) or passages.previous(nxt) != c.sid:
        return None
    cue = _CONSEQUENCE.match(passages.text(nxt))
    result = result_clause(passages.text(nxt), cue.end()) if cue else None
    if result is None:
        return None
    return _joined(passages, passages.sentence(nxt, c), c.sid), (asked_conjunct(result, asked - passages.sets[c.sid], one), fit)


def speaker_before(passages: Passages, c: Passage, q: str, weights: dict[str, float],
                   names: list[str]) -> tuple[Passage, tuple[Span, float] | None]:
    """"Who said benefits had fallen far short?": the quotation names nobody; its speaker is
    named with a reporting verb in one of the sentences just before ("Amyas Morse ... said:")."""
    if not is_quotation(passages.text(c.sid)):
        return c, None
    sid, joined = c.sid, True
    for _ in range(SPEAKER_REACH):
        prev = passages.previous(sid)
        if prev is None:
            prev, joined = passages.previous_past_caption(sid), False
        if prev is None:
            break
        sid = prev
        text = passages.text(sid)
        if _REPORTING.search(text) or (not joined and _NAMED_FIRST.match(text)):
            if not _at_body(q, text):
                continue  # "who at the LGA ...": a speaker named without the LGA is someone else
            who = best_span(text, q, "person", weights, names)
            if who:
                if joined:
                    return _joined(passages, c, sid), who
                # past a caption: the quotation and the sentence naming its speaker, cited apart
                return replace(c, companion=sid), who
    return c, None


_WHO_AT = re.compile(r"\b(?i:who) (?:at|from|of|in) (?:the )?((?:[A-Z][\w&’'-]*)(?:\s+(?:of\s+|for\s+)?[A-Z][\w&’'-]*){0,4})")


def _at_body(q: str, sentence: str) -> bool:
    """"Who at the LGA spoke out ...?": does the sentence name (at least half of) the body asked about?"""
    m = _WHO_AT.search(q)
    if not m:
        return True
    body = set(tokenize(m.group(1)))
    return 2 * len(body & set(tokenize(sentence))) >= len(body)


def argument_after(passages: Passages, c: Passage, q: str) -> tuple[Passage, tuple[Span, float] | None] | None:
    """"Why does the LGA oppose the changes?": the sentence says it "does not agree with" them;
    its argument follows, reported with the same speaker ("These revisions “undermine ...”,
    the Association argues"), possibly past a subheading. Both sentences are cited."""
    text = passages.text(c.sid)
    if not (_STANCE.search(q) and _STANCE.search(text)) or reason_spans(text, set(tokenize(q))):
        return None  # no stance, or the sentence gives its own reason ("... because ...")
    who = _name_heads(q) & passages.sets[c.sid]
    for sid in range(c.sid + 1, min(c.sid + 1 + ARGUMENT_REACH, len(passages.sets))):
        if not passages.follows(sid):
            break  # another article, or more than a subheading or caption removed in between
        text = passages.text(sid)
        verb = _ARGUES.search(text)
        quoted = quoted_spans(text)
        if verb and quoted and who & set(tokenize(text[max(0, verb.start() - 30) : verb.end() + 30])):
            q0 = quoted[0]
            cut = _SECOND_PREDICATE.search(q0.text)  # "undermine X and reduce Y": the first argument
            span = Span(q0.start, q0.start + cut.start(), q0.text[: cut.start()], "reason") if cut else q0
            return passages.sentence(sid, like=c, companion=c.sid), (span, 1.0)
    return None


def _name_heads(q: str) -> set[str]:
    """The head word of each name in the question, which a later "the Association argues" repeats:
    "the Widget Councils Association" -> association; "the LGA" -> its long form's words."""
    groups = list(by_word(tokenize_spans(q)).items())
    heads: set[str] = set()
    for i, ((s, e), terms) in enumerate(groups):
        surface = q[s:e]
        if s == 0 or not surface[:1].isupper():
            continue
        nxt = groups[i + 1][0] if i + 1 < len(groups) else None
        if nxt and q[nxt[0] : nxt[1]][:1].isupper() and not q[e : nxt[0]].strip():
            continue  # not the last word of the name
        heads |= set(terms) - {surface.replace(".", "").lower()} if len(terms) > 1 else set(terms)
    return heads


def articles_stating_a_title(passages: Passages) -> frozenset[str]:
    """The articles that state a report's title somewhere ("its latest report – titled ...")."""
    return frozenset(sent.doc_id for sid, sent in enumerate(passages.index.sentences) if title_spans(passages.text(sid)))


def title_in_article(passages: Passages, c: Passage) -> tuple[Passage, tuple[Span, float] | None]:
    """"What was the report that found X called?": the sentence about X rarely names the
    report; the article states its title elsewhere ("its latest report – titled ...")."""
    doc = passages.doc_id(c.sid)
    for sid, sent in enumerate(passages.index.sentences):
        if sent.doc_id == doc and sid != c.sid:
            titles = title_spans(passages.text(sid))  # "titled ...", "called ...": not any quotation
            if titles:
                return passages.sentence(sid, like=c), (titles[0], 1.0)
    return c, None

