"""Weigh one candidate sentence against what a question asks: does it meet every requirement
(the post, the speaker, the figures, the statement asked for), which short answer does it
give, and how well does it score. Pure; the Answerer reads the question once into `Asked`."""
from __future__ import annotations

from dataclasses import dataclass

from .antecedents import argument_after, cause_before, consequence_after, speaker_before, title_in_article
from .dateline import dateline_span, names_article, today_span
from .extract import Span
from .models import AnswerType, Document
from .passages import Passage, Passages, cover
from .question_rules import Requirements, reports_reaction
from .reading import BASELINE_YEAR
from .spans import best_span
from .stated import Required
from .tokens import is_byline, tokenize

TYPED = {"count", "number", "money", "percent", "date", "duration", "age", "person", "org", "place", "role", "expansion", "title"}
_BYLINE_KINDS = {"person", "role", "org", "other"}
_REPORTING_TERMS = frozenset(tokenize("warn warned argue argued claim claimed add added comment commented "
                                      "stress stressed insist insisted note noted suggest suggested"))
_TITLE_WORDS = frozenset(tokenize("title titled"))
FIT_STATEMENT = 0.5  # for "did admissions come down?", "what is needed?": how well the stated phrase fits counts for more
CLAIMED_FIGURE = 0.3  # support credited to a sentence stating the figure the asker checks
MIN_WORDS_SHARE = 0.25  # support a sentence needs from the question's words, not counting its years and figures

Weighed = tuple[float, Passage, Span | None]


@dataclass(frozen=True, slots=True)
class Asked:
    """What one question asks, read once before its candidate sentences are weighed."""

    q: str
    kind: AnswerType
    names: list[str]
    weights: dict[str, float]
    total: float
    q_set: frozenset[str]
    needs: Requirements
    needed: Required  # a rate, a decision, a closure, a change ... the sentence must state
    floor: float  # the support a sentence needs
    post_parts: tuple[frozenset[str], frozenset[str]] | None  # the post's words and its body's
    post_terms: frozenset[str]
    verb_weights: dict[str, float]  # "headed" in "who headed the NAO", met by "head of the NAO"
    post_credit: float  # support credited to a sentence naming the post beside its body
    baseline: frozenset[str]  # "... than in 2014-15?": the year compared against
    q_numbers: frozenset[str]  # years and figures the sentence must state
    number_weights: dict[str, float]
    claimed_figures: frozenset[str]  # "Did admissions go down by 87,000?"
    wants_list: bool
    statement: bool
    stated_reason: bool
    speaker: list[frozenset[str]]  # who must have said it
    person: list[frozenset[str]]  # whose words may be named sentences before
    person_w: dict[str, float]
    asked_of_speaker: frozenset[str]  # what the speaker is asked about: one of these must be in the answer
    titled: dict[str, frozenset[str]]  # per article, the question's words its title states (for "when")
    titled_articles: frozenset[str]  # articles stating a report's title (for "what was it called")


def weigh(passages: Passages, docs: dict[str, Document], c: Passage, a: Asked, strict_post: bool) -> Weighed | None:
    """The candidate's score, the passage the answer rests on and its short answer; None when it
    fails a requirement or (for typed questions) gives no span of the asked type."""
    kind, total = a.kind, a.total
    quoted = bool(a.person) and (bool(a.speaker) or passages.quoted(c.sid) or passages.by_author(c.sid, a.person))
    named = passages.naming(c.sid, a.person) if quoted else frozenset()
    own = passages.terms_of(c)  # a joined sentence before already counts in its support
    credit = cover(a.person_w, named - own) / total
    # "the NAO report saying integration is undermined by underfunded NHS and councils": the article's title says it
    credit += cover(a.weights, a.titled[passages.doc_id(c.sid)] - own) / total
    if named and a.names:  # "Willcox warned ...": how a person put it is not what is asked
        credit += cover(a.weights, _REPORTING_TERMS - own) / total
    if a.claimed_figures & own:
        credit += CLAIMED_FIGURE
    if passages.doc_id(c.sid) in a.titled_articles:  # the article names the report's title (elsewhere, or here)
        credit += cover(a.weights, _TITLE_WORDS - own) / total
    near = passages.nearby(c)
    text = passages.text(c.sid)
    if a.post_parts and strict_post:
        if not passages.holds_post(c.sid, a.post_terms, a.post_parts):
            return None  # every word of the post and its body, side by side, in the sentence (or the one naming its speaker)
        # the post beside its body is strong support: the rest ("... quoted on integration") needs less
        credit += cover(a.verb_weights, frozenset(a.verb_weights) - passages.sets[c.sid]) / total + a.post_credit
    elif a.post_parts and not a.post_parts[1] & (near | passages.terms_of(c)):
        return None  # loosely read, the post's body ("social care" for ADASS) must still be hinted at
    if a.needed.unmet(text, passages.sets[c.sid], passages.terms_of(c), near):
        return None  # "how many sites were closed?": "the sites number around 50" says none was
    if a.asked_of_speaker and not a.asked_of_speaker & passages.terms_of(c):
        return None  # "what did the ADASS president elect warn was the risk?": naming her is not saying it
    if c.coverage + credit < a.floor or not meets(passages, c, a, near):
        return None
    if kind not in _BYLINE_KINDS and is_byline(text):
        return None  # "By Jane Smith, Policy Manager": says who wrote the piece, nothing else
    if a.baseline and (stated := {t for m in BASELINE_YEAR.finditer(text) for t in tokenize(m.group(1))}) and not a.baseline & stated:
        return None  # "a cut on 2015 levels?": this sentence measures against another year ("on 2014 levels")
    if a.q_numbers - near:
        return None  # a year or figure the question names is not stated here
    if a.q_numbers and c.coverage + credit - cover(a.number_weights, passages.terms_of(c)) / total < MIN_WORDS_SHARE:
        return None  # the year or figure matches, but little of what is asked about it does
    # The short answer comes from the sentence itself, not from an antecedent added to
    # the quote for context (a "Consequently, ..." sentence's cause is the one exception).
    q = a.q
    found = best_span(text, q, kind, a.weights, a.names)
    if kind == "reason":
        c, found = argument_after(passages, c, q) or cause_before(passages, c, q, a.weights, a.names, found)
    elif kind == "other" and (result := consequence_after(passages, c, q, found)):
        c, found = result
    elif kind == "person" and found is None:
        c, found = speaker_before(passages, c, q, a.weights, a.names)
    elif kind == "title" and found is None:
        c, found = title_in_article(passages, c)
    elif kind == "date" and found is None and (today := today_span(text, a.q_set)):
        doc = docs[passages.doc_id(c.sid)]
        if names_article(a.q_set, doc) and dateline_span(doc):
            found = today, 1.0  # "published today" in an article with a dateline: that day
    if found is None and (kind in TYPED or a.wants_list or a.statement or a.stated_reason):
        return None  # no span of the asked type (or no list of the asked length) here
    span, fit = found if found else (None, 0.0)
    return _score(c, credit, span, min(fit / total, 1.0), a.statement), c, span


def meets(passages: Passages, c: Passage, a: Asked, near: frozenset[str]) -> bool:
    """Does the candidate show what the question requires beyond its words? (`near`: `passages.nearby(c)`)"""
    needs = a.needs
    if needs.act and not needs.act & near:
        return False  # "what did the paper propose?": a sentence reporting no proposal
    if needs.call and not needs.call & passages.sets[c.sid]:
        return False  # "what did X call for?": "we need ..." two sentences on, not this one
    if needs.event and not needs.event & near:
        return False  # "when did X become ...": the date must sit next to that event
    if a.speaker and not passages.spoken_by(c.sid, a.speaker):
        return False  # someone else's words do not answer what this speaker said
    if needs.reaction and not reports_reaction(passages.text(c.sid), a.speaker):
        return False  # "how did the DoH respond?": a sentence about what it did is no reaction
    scorer = passages.index.scorer
    topic = {t: a.weights[t] for t in needs.topic if t in a.weights and t in scorer}  # "relationship": no article's word
    return not topic or cover(topic, passages.sets[c.sid]) >= 0.5 * sum(topic.values())


def _score(c: Passage, credit: float, span: Span | None, fit: float, statement: bool) -> float:
    """Support first; a span of the asked type counts, the words describing what the question
    names count twice; then how well the span fits, then retrieval rank."""
    typed = 0.0 if span is None else 0.5 if span.kind in ("described", "reason") else 0.25
    return c.ranking + credit + typed + (FIT_STATEMENT if statement else 0.1) * fit - 0.01 * c.rank
