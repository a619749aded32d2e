"""Question -> cited Answer: retrieve chunks, pick the best sentence, extract a typed
short answer, find other articles that state the same fact, verify every quote, or
decline. Pure: no files, no network; works on an Index and Documents in memory."""
from __future__ import annotations

import re
from functools import cached_property

import numpy as np

from .claims import contradicts
from .compare import compare, comparison
from .corroborate import corroborating
from .antecedents import articles_stating_a_title
from .candidates import Asked, Weighed, weigh
from .dateline import asks_publication_date, dateline_span, titled_terms
from .citations import article_name, cite, verify_quote
from .extract import person_spans
from .index import Index
from .models import Answer, AnswerType, Citation, Document, Hit, Model
from .passages import Passage, Passages, names_speaker
from .posts import ELECT, names_body, names_post, post_phrase, post_verb, split_post
from .question_rules import (MAX_QUESTION_CHARS, TYPE_CUES, WANTED, Requirements, asks_stated_reason, is_followup, listed_count,
                             requirements)
from .full_names import full_name
from .gap_fit import ASKS_COMPARISON
from .open_questions import needs_statement
from .reading import AMOUNT_KINDS, BASELINE_YEAR, KIND_WORDS, read_question
from .spelling import Speller
from .stated import required
from .term_weights import question_weights
from .tokens import tokenize, tokenize_spans
from .unknown_names import unknown_names

WIDER_K = 2  # when no sentence in the top chunks states the figure (or words) asked for, look this many times deeper once
_COMPARE = tokenize("compare")[0]
_INCOMING = re.compile(r"\b(?:incoming|next|future)\s+(?:[\w&]+\s+)?(?:president|chair\w*|head|chief|director|leader)\b|\b(?:elect|designate)\b", re.I)
# what someone in the post said or did, asked beside the post: it identifies them on its own
_SAID_CLAUSE = re.compile(r"\b(?:said|says|warned|argued|claimed|called|described|commented|responded|insisted|stressed|added)\b", re.I)
DECLINE_TEXT = "I couldn't find that in the articles."


class AnswerSettings(Model):
    """Defaults set at construction, overridable per call (calibrated on the dev split)."""

    k: int = 8
    min_coverage: float = 0.35  # idf-weighted share of question terms the sentence must contain
    min_person_coverage: float = 0.67  # "who is the X of Y": the role and the organisation must both match
    post_credit: float = 0.15  # coverage credited to a sentence naming the asked post beside its body
    max_citations: int = 4
    related: int = 3
    corroborate_ratio: float = 0.5  # another article's sentence needs this share of the best coverage
    # "which social care leader said ...?": the post as the asker words it need not be the article's, once
    # no sentence names it exactly; then what they said must match and their body be hinted at nearby
    strict_post: bool = True


class Answerer:
    def __init__(self, index: Index, documents: list[Document], settings: AnswerSettings | None = None) -> None:
        self.index = index
        self.docs = {d.doc_id: d for d in documents}
        self.settings = settings or AnswerSettings()
        self.passages = Passages(index, self.docs)
        idf = index.scorer.idf
        self._unknown_idf = float(idf.max()) if len(idf) else 1.0
        self._median_idf = float(np.partition(idf, len(idf) // 2)[len(idf) // 2]) if len(idf) else 1.0
        # Titles and publishers name things too ("the NHE article").
        self._doc_names = {d.doc_id: frozenset(tokenize(f"{d.title or ''} {d.publisher or ''}")) for d in documents}
        # "the July 2018 report": the month an article came out names it too (weighed like a year)
        self._months = frozenset(t for d in documents if d.published for t in tokenize(d.published.strftime("%B")))
        # "the 2017 NAO report": a year the articles' metadata dates them by, which their text may not print
        self._dated_years = frozenset().union(*(d.years for d in documents))
        self._meta_terms = frozenset().union(*self._doc_names.values()) | self._months
        # People the articles name, by full name and surname, for "who is X" questions.
        names = {p.text for s in index.sentences for p in person_spans(self.docs[s.doc_id].text[s.start : s.end])}
        self._names = sorted(names | {n.split(" ")[-1] for n in names}, key=len, reverse=True)
        self._name_patterns = [(n, re.compile(rf"\b{re.escape(n)}\b", re.I)) for n in self._names]
        self._publishers = {d.publisher for d in documents if d.publisher}
        self._speller = Speller((self.docs[s.doc_id].text[s.start : s.end] for s in index.sentences),
                                frozenset().union(*self.passages.sets))

    @cached_property
    def _titled_articles(self) -> frozenset[str]:
        """The articles that state a report's title somewhere: read once, at the first title question."""
        return articles_stating_a_title(self.passages)

    def weights(self, question: str, spans: list[tuple[str, int, int]], kind: str = "other") -> dict[str, float]:
        """How much each question term matters (see `term_weights.question_weights`); in "what was
        the 2017 report called?" the year only picks out the report, like a month does."""
        w = question_weights(question, spans, self.index.scorer, self._unknown_idf, self._median_idf)
        light = self._months | (self._dated_years if kind == "title" else frozenset())
        # "in its 2017 report": the year picks out the report (checked against the article's years), it is not content
        light = light | {t for m in _REPORT_YEAR.finditer(question) for t in tokenize(m.group(1))}
        return {t: min(v, 0.3 * self._median_idf) if t in light else v for t, v in w.items()}

    # -- retrieval -------------------------------------------------------------------
    def retrieve(self, terms: list[str], k: int) -> list[Hit]:
        return [Hit(chunk_id=c, doc_id=self.index.chunks[c].doc_id, score=s)
                for c, s in self.index.scorer.top_k(terms, k)]

    def _quote_runs_on(self, hits: list[Hit], who: list[frozenset[str]]) -> list[Hit]:
        """The chunk after each retrieved one naming the speaker (`who`: a name's words, or the
        speaker's word groups, as many as name a speaker), in the same article: "Deakin commented: “...” is
        followed by “We need a clearer national strategy ...”", still hers."""
        chunks, seen = self.index.chunks, {h.chunk_id for h in hits}
        sets = self.passages.sets
        out = []
        for h in hits:
            nxt = h.chunk_id + 1
            if (nxt < len(chunks) and nxt not in seen and chunks[nxt].doc_id == h.doc_id
                    and any(names_speaker(sets[sid], who) for sid in chunks[h.chunk_id].sentences)):
                seen.add(nxt)
                out.append(Hit(chunk_id=nxt, doc_id=h.doc_id, score=h.score))
        return out

    # -- answering -------------------------------------------------------------------
    def answer(self, question: str, context: str | None = None, **overrides: object) -> Answer:
        st = self.settings.model_copy(update=overrides) if overrides else self.settings
        read = read_question(question, self._speller, self._name_patterns)
        q, kind, claimed, names = read.text, read.kind, read.claimed, list(read.names)
        pair = comparison(q)
        if pair:  # "Which went up more: A or B?": each side on its own, then compared
            compared = compare(pair, lambda side: self.answer(side, **overrides), q)
            if compared:
                return compared
        q_spans = self._question_spans(q, kind, context)
        q_terms = [t for t, _, _ in q_spans]
        if not q_terms:
            return self._decline(q, kind, [], "the question has no words to search for")
        if all(t[:1].isdigit() for t in q_terms):
            return self._decline(q, kind, [], "the question is only numbers — ask about them in words")
        # "Who headed the NAO?": the article says "head of the NAO"; the post's own words are searched for too
        post = post_phrase(q) if kind == "person" else None
        post_parts = split_post(post) if post else None
        if post_parts and (ELECT in q_terms or _INCOMING.search(q)):  # "the ADASS president elect", "the incoming ADASS president"
            post_parts = (post_parts[0], post_parts[1] | {ELECT})
        hits = self.retrieve(q_terms + sorted(post_parts[0] - set(q_terms)) if post_parts else q_terms, st.k)
        weights = self.weights(q, q_spans, kind)
        total = sum(weights.values())
        if asks_publication_date(q, self._publishers):
            return self._publication_date(q, hits, weights, total, q_terms)
        needs = requirements(q, kind, q_terms, names)
        if needs.speaker and kind in ("quote", "other", "reason"):  # X may sit far from the words naming its speaker
            said = frozenset().union(*needs.speaker)
            rest = [t for t in q_terms if t not in said]
            if rest and len(rest) < len(q_terms):
                seen = {h.chunk_id for h in hits}
                hits = hits + [h for h in self.retrieve(rest, st.k) if h.chunk_id not in seen]
        if needs.call and (names or needs.speaker):  # "what is Deakin asking for?": her quotation may run on
            hits = hits + self._quote_runs_on(hits, [frozenset(tokenize(n)) for n in names] or list(needs.speaker))
        cands = self.passages.from_hits(hits, weights, total, q_terms)
        if needs.now:
            return self._decline(q, kind, cands, "the articles report past years and cannot say who holds a post now")
        unknown = unknown_names(q, q_spans, self._known, self.passages.sets, self._publishers)
        if unknown:  # "How many vanguard sites are in London?": no article mentions London
            return self._decline(q, kind, cands, f"none of the articles mentions {', '.join(unknown)}")
        asked = self._asked(q, kind, claimed, names, q_spans, weights, total, needs, post, post_parts, st)
        best: Weighed | None = None
        for c in cands:
            weighed = weigh(self.passages, self.docs, c, asked, st.strict_post)
            if weighed is not None and (best is None or weighed[0] > best[0]):
                best = weighed
        unfound = best is None if kind in AMOUNT_KINDS else kind == "quote" and (best is None or best[2] is None)
        if unfound and st.k < WIDER_K * self.settings.k and len(hits) >= st.k:
            # "bcf size?", "what word did the CIPFA manager use for ...": the figure or the words
            # may sit in a chunk the question's few (or the speaker's) words ranked lower
            return self.answer(question, context, **{**overrides, "k": WIDER_K * self.settings.k})
        if best is None:
            if post_parts and st.strict_post and _SAID_CLAUSE.search(q) and not names_body(post):
                # "which social care leader said X?": who said X (but "the NHS England chief executive" is that post only)
                loose = self.answer(question, context, **{**overrides, "strict_post": False})
                if not loose.abstained:
                    return loose
            if context and is_followup(q):  # "Who is head of the NAO?" after another question: it stands alone
                alone = self.answer(question, None, **overrides)
                if not alone.abstained:
                    return alone
            return self._decline(q, kind, cands)
        return self._reply(asked, claimed, q_terms, best, cands, st)

    def _question_spans(self, q: str, kind: AnswerType, context: str | None) -> list[tuple[str, int, int]]:
        """The question's terms with their places; a follow-up's context adds its terms, the words
        saying which type is asked ("how long") are dropped and that type's cue words added."""
        q_spans = tokenize_spans(q)
        if context and is_followup(q):
            q_spans += [(t, -1, -1) for t in tokenize(context) if t not in {x for x, _, _ in q_spans}]
        q_spans = [x for x in q_spans if x[0] not in KIND_WORDS.get(kind, ())]  # "how long": the type, not content
        if wanted := WANTED.search(q):  # "what did Deakin want to see?": what she calls for, not an "ambition" or a sight
            q_spans = [x for x in q_spans if not wanted.start("frame") <= x[1] < wanted.end("frame")]
        if ASKS_COMPARISON.search(q):  # "how did benefits compare with plans?": "compare" says a comparison is the answer
            q_spans = [x for x in q_spans if x[0] != _COMPARE]
        return q_spans + [(t, -2, -2) for t in TYPE_CUES.get(kind, ())]

    def _asked(self, q: str, kind: AnswerType, claimed: str, names: list[str], q_spans: list[tuple[str, int, int]],
               weights: dict[str, float], total: float, needs: Requirements, post: str | None,
               post_parts: tuple[frozenset[str], frozenset[str]] | None, st: AnswerSettings) -> Asked:
        """Everything a candidate sentence is weighed against, read once per question."""
        q_terms = [t for t, _, _ in q_spans]
        # "Who is the chief executive of NHS England?": post and body must both match; the rest
        # of the question ("... quoted on the findings") only needs the usual support.
        post_terms = frozenset(t for t in tokenize(post) if t in weights) if post else frozenset()
        # "headed" in "who headed the NAO" is met by "head of the NAO" (checked below), not by "led"
        verb = post_verb(q) if post else None
        verb_weights = {t: weights[t] for t in tokenize(verb) if t in weights} if verb else {}
        floor = st.min_person_coverage if kind == "person" and names_post(q) and not post else st.min_coverage
        if kind == "expansion":
            floor = 0.0  # the long form must spell the asked abbreviation: that is the evidence, not other words
        # "... in 2015-16 than in 2014-15?": the year compared against need not be stated (a rise is on the year before)
        baseline = frozenset(t for m in BASELINE_YEAR.finditer(q) for t in tokenize(m.group(1)))
        listed = listed_count(q)  # "which 2 depts ...": two items answer it; the "2" need not be stated
        q_numbers = frozenset(t for t, s, e in q_spans if s >= 0 and q[s:e][:1].isdigit()) - baseline - {str(listed)}
        # Who spoke is checked on its own (the quotation's speaker may be named sentences
        # before): the words of the sentence naming them count as support.
        speaker = self._speaker(needs, names)
        # ... but not a word the question also asks about ("did the RCN say anything about nurses?")
        said_by = {t: w for t, w in weights.items() if any(t in g for g in needs.speaker) and q_terms.count(t) == 1}
        # "Why did Margaret Hodge consider ...?": her quotation may be named as hers sentences before
        about_words = kind in ("reason", "quote", "other")  # not "which constituency did she represent?"
        person = speaker or ([frozenset(tokenize(w)) for w in max(names, key=len).split() if tokenize(w)] if names and about_words else [])
        q_set = frozenset(q_terms)
        return Asked(
            q=q, kind=kind, names=names, weights=weights, total=total, q_set=q_set, needs=needs,
            needed=required(q, kind, weights, claimed), floor=floor, post_parts=post_parts, post_terms=post_terms,
            verb_weights=verb_weights, post_credit=st.post_credit, baseline=baseline, q_numbers=q_numbers,
            number_weights={t: weights[t] for t in q_numbers if t in weights},
            claimed_figures=frozenset(t for t in tokenize(claimed) if t[:1].isdigit()),
            wants_list=listed > 0, statement=needs_statement(q), stated_reason=kind == "reason" and asks_stated_reason(q),
            speaker=speaker, person=person,
            person_w=said_by or {t: w for t, w in weights.items() if any(t in g for g in person) and q_terms.count(t) == 1},
            # what the speaker is asked about: at least one of these words must be in what answers
            # (for "what did X call for / want to see?" the call itself, "we need ...", is what is asked)
            asked_of_speaker=(frozenset(t for t in weights if t not in said_by and t not in q_numbers) | needs.call
                              if said_by and kind in ("other", "quote", "reason") else frozenset()),
            # only for "when": the title names the report asked about; other questions ask what its sentences say
            titled={d.doc_id: titled_terms(q_set, d) if kind == "date" else frozenset() for d in self.docs.values()},
            titled_articles=self._titled_articles if kind == "title" else frozenset())

    def _reply(self, a: Asked, claimed: str, q_terms: list[str], best: Weighed, cands: list[Passage],
               st: AnswerSettings) -> Answer:
        """The short answer, its quote and the other articles stating the same fact."""
        _, top, span = best
        short = span.text if span is not None else None
        dated = [cite(self._doc(top), *dateline_span(self._doc(top)), score=1.0)] if span is not None and span.kind == "today" else []
        if dated:
            short = dated[0].quote
        if short and span is not None and span.kind in ("person", "org"):
            short = full_name(short, self._names, self._doc(top).text[: self.index.sentences[top.sid].start])
        figure = tokenize(short) if short and a.kind in AMOUNT_KINDS else []
        if figure:
            # Other articles may state the figure in sentences the question's words did not retrieve
            # ("the fund was a pooled £5.3bn budget"): look for the figure itself too.
            more = self.passages.from_hits(self.retrieve(figure, max(st.k, 2 * st.max_citations)), a.weights, a.total, q_terms)
            seen = {x.sid for x in cands}
            cands = cands + [c for c in more if c.sid not in seen]
        chosen = [top] + self._companion(top) + corroborating(self.passages, top, short, cands, a.kind, st.corroborate_ratio)
        citations = [self._citation(c) for c in chosen[: max(st.max_citations - len(dated), 1)]] + dated
        n = len({c.doc_id for c in citations})
        lead = f"{short}" if short else "Here is what the articles say"
        if short and claimed and contradicts(claimed, short):
            lead = f"{short}, not {claimed}"  # the asker's figure (or person) was wrong: say so
        text = f"{lead} — reported by {n} article{'s' if n != 1 else ''}." if short else f"{lead}."
        if dated:
            text = f"{lead} — the dateline of the article saying it came out “today”."
        return Answer(question=a.q, answer=text, short_answer=short, abstained=False,
                      citations=citations, answer_type=a.kind)

    def _known(self, term: str) -> bool:
        """Does an article (or its metadata) use this term?"""
        return term in self.index.scorer or term in self._meta_terms

    def _doc(self, c: Passage) -> Document:
        return self.docs[self.passages.doc_id(c.sid)]

    def _companion(self, top: Passage) -> list[Passage]:
        """The other sentence the answer rests on (the stance it argues for, the speaker it quotes)."""
        if top.companion is None:
            return []
        return [self.passages.sentence(top.companion, like=top)]

    def _speaker(self, needs: Requirements, names: list[str]) -> list[frozenset[str]]:
        """Words naming the speaker that the articles use; a year ("the 2018 report") is checked elsewhere.
        A person named in full is named by their surname too ("MacDougall emphasised ...")."""
        speaker = [frozenset(t for t in w if t in self.index.scorer and not t[:1].isdigit()) for w in needs.speaker]
        speaker = [w for w in speaker if w]
        for name in names:
            words = [frozenset(tokenize(w)) for w in name.split()]
            if len(words) > 1 and set(words) == set(speaker):
                return [words[-1]]
        return speaker

    def _publication_date(self, q: str, hits: list[Hit], weights: dict[str, float], total: float,
                          q_terms: list[str]) -> Answer:
        """The article's own dateline: the article the question names (title or publisher),
        else the best match; declined if that article prints no date."""
        first_hit = {h.doc_id: i for i, h in reversed(list(enumerate(hits)))}
        def named(d: Document) -> float:
            return sum(weights.get(t, 0.0) for t in self._doc_names[d.doc_id])
        doc = min(self.docs.values(), key=lambda d: (-named(d), first_hit.get(d.doc_id, len(hits)), d.doc_id))
        span = dateline_span(doc)
        if span is None:
            return self._decline(q, "date", self.passages.from_hits(hits, weights, total, q_terms),
                                 f"{article_name(doc)} does not print the date it was published")
        dated = cite(doc, *span, score=1.0)
        return Answer(question=q, answer=f"{dated.quote} — the article's dateline.", short_answer=dated.quote,
                      abstained=False, citations=[dated], answer_type="date")

    def _citation(self, c: Passage) -> Citation:
        return cite(self._doc(c), c.start, c.end, score=round(c.coverage, 4))

    def _decline(self, q: str, kind: AnswerType, cands: list[Passage], why: str | None = None) -> Answer:
        """Say so plainly (with the reason when it is a clear one) and show the closest passages."""
        related: list[Citation] = []
        docs_seen: set[str] = set()
        for c in sorted(cands, key=lambda c: (c.rank, -c.coverage)):
            if c.coverage <= 0 or self.passages.doc_id(c.sid) in docs_seen:
                continue
            docs_seen.add(self.passages.doc_id(c.sid))
            related.append(self._citation(c))
            if len(related) >= self.settings.related:
                break
        text = f"{DECLINE_TEXT[:-1]}: {why}." if why else DECLINE_TEXT
        return Answer(question=q, answer=text, short_answer=None, abstained=True,
                      citations=[], related=related, answer_type=kind)


_REPORT_YEAR = re.compile(r"\b(?:its|the|their|a|this|that)\s+((?:19|20)\d\d)\s+(?:report|study|review|audit|findings|analysis|assessment)\b", re.I)


__all__ = ["MAX_QUESTION_CHARS", "Answerer", "AnswerSettings", "verify_quote"]
