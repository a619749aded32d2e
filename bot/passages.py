"""The index's sentences as quotable passages (pure): their terms, their neighbours,
and how much of a question each one covers.

A passage is one sentence, or a sentence with the one before it when it opens with a
pronoun ("They rose by ...") and the sentence before carries the subject. Any sentence with
the one before it is also a passage, at half support (the question's framing in one, its
answer in the next). Only text that survived cleaning is quoted: the sentence before must
follow on directly, with no removed boilerplate (link lists, captions) in between.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .index import Index
from .models import Document, Hit
from .posts import post_beside_body
from .question_rules import introduces_new_speaker, is_quotation
from .extract import person_spans
from .tokens import is_byline, tokenize


_REPORT = frozenset(tokenize("report study"))
# a sentence naming its own source: "..., she said", "Morse argued", "according to the LGA"
_ATTRIBUTED = re.compile(r"\b(?:said|says|say|argued|argues|warned|warns|added|adds|commented|stated|claimed|according to|told)\b", re.I)
# A sentence carrying on the one before, its subject a pronoun: "Rather, it seeks to ...", "He added that ..."
_CARRIES_ON = re.compile(r"^\W*(?:(?:rather|instead|however|indeed|also|moreover|furthermore|equally|in addition)\s*,?\s+)?(?:he|she|it|they)\b", re.I)
CAPTION_CHARS = 60  # removed text between two sentences short enough to be a caption or subheading
PAIR = 0.5  # a two-sentence passage's support counts at this share (it is looser evidence)
SPEAKER_CONTEXT = 6  # sentences before a quotation that may name its speaker
SPEAKER_SHARE = 0.6  # of the words naming a speaker, the share a sentence (or its context) must name


def _unclosed(sentence: str) -> bool:
    """Does the sentence open a quotation it does not close?"""
    return sentence.count("“") > sentence.count("”")


@dataclass
class Passage:
    sid: int  # the sentence the short answer comes from
    coverage: float  # idf-weighted share of the question's terms in the sentence (what declining sees)
    ranking: float  # coverage + context bonuses, for ordering only
    start: int  # quote span in the source (may include an anaphor's antecedent sentence)
    end: int
    rank: int  # rank of the retrieved chunk it came from
    companion: int | None = None  # another sentence the answer rests on (the stance argued, the speaker), cited after


class Passages:
    def __init__(self, index: Index, docs: dict[str, Document]) -> None:
        self.index = index
        self.docs = docs
        self.sets = [frozenset(t) for t in index.sentence_terms]
        self._titles = {d: frozenset(tokenize(doc.title or "")) for d, doc in docs.items()}
        self._contexts: dict[int, list[int]] = {}
        sents = index.sentences
        # "By Jane Smith, Policy Manager, CIPFA": every sentence of that article is in her voice
        self._byline: dict[str, int] = {}
        for i, sent in enumerate(sents):
            if sent.doc_id not in self._byline and is_byline(docs[sent.doc_id].text[sent.start : sent.end]):
                self._byline[sent.doc_id] = i
        self._prev = {i: i - 1 for i, s in enumerate(sents)
                      if i and sents[i - 1].doc_id == s.doc_id
                      and not docs[s.doc_id].text[sents[i - 1].end : s.start].strip()}

    def previous(self, sid: int) -> int | None:
        """The sentence just before, if it can be quoted with this one (nothing removed between)."""
        return self._prev.get(sid)

    def follows(self, sid: int) -> bool:
        """Does sentence `sid` follow `sid - 1` in the same article, directly or past a caption?"""
        return sid > 0 and (self.previous(sid) == sid - 1 or self.previous_past_caption(sid) == sid - 1)

    def previous_past_caption(self, sid: int) -> int | None:
        """The sentence just before in the same article when only a short removed line (a photo
        caption, a subheading) sits between: cited on its own, never quoted together."""
        if sid == 0 or sid in self._prev or self.doc_id(sid - 1) != self.doc_id(sid):
            return None
        sents = self.index.sentences
        between = self.docs[self.doc_id(sid)].text[sents[sid - 1].end : sents[sid].start]
        return sid - 1 if len(between.strip()) <= CAPTION_CHARS and not re.search(r"[.!?]", between) else None

    def doc_id(self, sid: int) -> str:
        return self.index.sentences[sid].doc_id

    def text(self, sid: int) -> str:
        sent = self.index.sentences[sid]
        return self.docs[sent.doc_id].text[sent.start : sent.end]

    def terms_of(self, p: Passage) -> frozenset[str]:
        """Terms of every sentence the passage quotes (its own, and the one before when joined)."""
        sents = self.index.sentences
        first = p.sid - 1 if p.sid and sents[p.sid - 1].start >= p.start and self.doc_id(p.sid - 1) == self.doc_id(p.sid) else p.sid
        return self.sets[p.sid] | self.sets[first]

    def quote(self, p: Passage) -> str:
        return self.docs[self.doc_id(p.sid)].text[p.start : p.end]

    def neighbours(self, sid: int) -> frozenset[str]:
        """Terms of the sentences just before and after, in the same article (not its byline:
        who wrote the piece is said of all of it, not of the sentence that happens to follow)."""
        return frozenset().union(*(self.sets[j] for j in (sid - 1, sid + 1)
                                   if 0 <= j < len(self.sets) and self.doc_id(j) == self.doc_id(sid)
                                   and self._byline.get(self.doc_id(j)) != j))

    def sentence(self, sid: int, like: Passage, companion: int | None = None) -> Passage:
        """Sentence `sid` as a whole passage, with the support and rank of the passage `like`."""
        sent = self.index.sentences[sid]
        return Passage(sid, like.coverage, like.ranking, sent.start, sent.end, like.rank, companion)

    def nearby(self, p: Passage) -> frozenset[str]:
        """Terms a figure or year in the question may be stated in: the sentence, its
        neighbours, the article's own year and the year of the report it covers."""
        return self.sets[p.sid] | self.neighbours(p.sid) | self.docs[self.doc_id(p.sid)].years

    def spoken_by(self, sid: int, speaker: list[frozenset[str]]) -> bool:
        """Is the sentence the speaker's: most words naming them in it, or it is a quotation
        and one of the six sentences before it names them? Or its article's byline names them,
        or it cites "the report" in an article whose title names them?"""
        def named(terms: frozenset[str]) -> bool:
            return names_speaker(terms, speaker)
        if named(self.sets[sid]) or (self.quoted(sid) and any(named(self.sets[j]) for j in self._context(sid))):
            return True
        before = self._before(sid, 1)
        if before and _CARRIES_ON.match(self.text(sid)) and named(self.sets[before[0]]):
            return True  # "MacDougall emphasised that ... Rather, it seeks to assess ...": still his account
        if self.by_author(sid, speaker):
            return True  # the article's author
        who = [p.text.split(" ")[-1] for p in person_spans(self.text(sid))]
        if who and any(named(self.sets[j]) and introduces_new_speaker(self.text(j))
                       and any(re.search(rf"\b{re.escape(w)}\b", self.text(j)) for w in who) for j in self._before(sid, sid + 1)):
            return True  # "..., Morse argued", after "Amyas Morse, the head of the NAO, said: “...": the NAO's head
        # "The report argues ...", in an article titled "NAO: ...": the report is the NAO's.
        title_names = named(self._titles[self.doc_id(sid)])
        if title_names and self.sets[sid] & _REPORT:
            return True
        # "The so-called vanguard sites currently number around 50": in an article covering the speaker's
        # report (its title names them, or an earlier sentence does beside "report"), the article's own
        # unattributed narrative reports that report
        if self.quoted(sid) or _ATTRIBUTED.search(self.text(sid)):
            return False
        return title_names or any(named(self.sets[j]) and self.sets[j] & _REPORT
                                                            for j in self._before(sid, sid + 1))

    def quoted(self, sid: int) -> bool:
        """A quotation, or a sentence inside one the sentence before left open
        ("“Years of cuts ... squeeze on adult social care. The knock-on effect has been felt ...")."""
        if is_quotation(self.text(sid)):
            return True
        before = self._before(sid, 2)
        return bool(before) and _unclosed(self.text(before[0]))

    def holds_post(self, sid: int, post_terms: frozenset[str], parts: tuple[frozenset[str], frozenset[str]]) -> bool:
        """Does the sentence name the post beside its body ("Amyas Morse, head of the NAO") — or,
        if it is a quotation, does the sentence naming its speaker?"""
        def named(j: int) -> bool:
            return post_terms <= self.sets[j] and post_beside_body(self.text(j), *parts)
        return named(sid) or (self.quoted(sid) and any(named(j) for j in self._context(sid)))

    def naming(self, sid: int, speaker: list[frozenset[str]]) -> frozenset[str]:
        """Terms of the nearest sentence, this one or up to six before (or the article's byline),
        that names every word of the speaker ("Amyas Morse, head of the NAO, said ..."); empty if none does."""
        byline = self._byline.get(self.doc_id(sid))
        for j in (sid, *self._context(sid), *([byline] if byline is not None else [])):
            if all(w & self.sets[j] for w in speaker):
                return self.sets[j]
        return frozenset()

    def by_author(self, sid: int, speaker: list[frozenset[str]]) -> bool:
        """Is the sentence in an article whose byline names the speaker (all its words are theirs)?"""
        byline = self._byline.get(self.doc_id(sid))
        return byline is not None and byline != sid and names_speaker(self.sets[byline], speaker)

    def _before(self, sid: int, n: int) -> list[int]:
        return [j for j in range(sid - 1, max(sid - n, 0) - 1, -1) if self.doc_id(j) == self.doc_id(sid)]

    def _context(self, sid: int) -> list[int]:
        """The sentences before one that may name its speaker: up to six, back to the nearest
        one opening a quotation ("Deakin commented: “..."), and past it only those naming the
        same person ("Amyas Morse, head of the NAO, said ..." before "Morse argued: “...")."""
        if sid in self._contexts:
            return self._contexts[sid]
        out: list[int] = []
        who: list[str] | None = None
        for j in self._before(sid, SPEAKER_CONTEXT):
            text = self.text(j)
            if who is None:
                out.append(j)
                if introduces_new_speaker(text):
                    who = [p.text.split(" ")[-1] for p in person_spans(text)]
                    if not who:
                        break  # "The report said: “...": that sentence alone names who speaks
            elif any(re.search(rf"\b{re.escape(w)}\b", text) for w in who):
                out.append(j)
        self._contexts[sid] = out
        return out

    def from_hits(self, hits: list[Hit], weights: dict[str, float], total: float,
                  q_order: list[str] | None = None) -> list[Passage]:
        """Every sentence of the retrieved chunks, best first. Support is the sentence's
        own share of the question; ranking also credits words of the neighbouring
        sentences (a year or subject stated just before) and question word pairs kept intact."""
        seen: set[int] = set()
        out: list[Passage] = []
        sentences = self.index.sentences
        for rank, h in enumerate(hits):
            for sid in self.index.chunks[h.chunk_id].sentences:
                if sid in seen:
                    continue
                seen.add(sid)
                terms = self.sets[sid]
                if self._byline.get(self.doc_id(sid)) == sid:  # a byline ("By Jane Smith, ...") stands for the piece it heads
                    terms = terms | self._titles[sentences[sid].doc_id]
                start, end = sentences[sid].start, sentences[sid].end
                prev = self._prev.get(sid)
                if prev is not None and opens_with_pronoun(self.text(sid)):
                    both = terms | self.sets[prev]
                    if cover(weights, both) > cover(weights, terms):
                        terms, start = both, sentences[prev].start  # the antecedent carries the subject
                support = cover(weights, terms) / total
                around = self.neighbours(sid)
                pairs = bigrams(q_order, weights, self.index.sentence_terms[sid])
                bonus = (0.25 * cover(weights, around - terms) + pairs) / total
                out.append(Passage(sid, support, support + bonus, start, end, rank))
                if prev is not None and start != sentences[prev].start:
                    # The question's framing in the sentence before, its answer in this one
                    # ("... the 2020 deadline is looming. Ultimately, a decision must be made ...").
                    # One quotation running over both sentences is one statement, not looser evidence.
                    share = 1.0 if one_quotation(self.text(prev), self.text(sid)) else PAIR
                    joint = share * cover(weights, terms | self.sets[prev]) / total
                    if joint > support:
                        # the neighbour bonus no longer counts the sentence before: it is quoted
                        pair_bonus = (0.25 * cover(weights, around - terms - self.sets[prev]) + pairs) / total
                        out.append(Passage(sid, joint, joint + pair_bonus, sentences[prev].start, end, rank))
        out.sort(key=lambda c: (-c.ranking, c.rank, c.sid))
        return out


_PRONOUNS = frozenset("this that these those it they he she such its their".split())


def names_speaker(terms: frozenset[str], speaker: list[frozenset[str]]) -> bool:
    """Do the terms name the speaker: enough of its word groups ("LGA" = all of local government association)?"""
    return sum(1 for w in speaker if w <= terms) >= SPEAKER_SHARE * len(speaker)


def one_quotation(first: str, second: str) -> bool:
    """The first sentence opens a quotation that the second closes (curly quotes, or an odd
    number of straight ones in each)."""
    opens = first.count("“") > first.count("”") or first.count('"') % 2 == 1
    closes = second.count("”") > second.count("“") or second.count('"') % 2 == 1
    return opens and closes


def opens_with_pronoun(sentence: str) -> bool:
    """A pronoun among the first five words ("This cost £146m ...") or one standing alone
    ("one way of doing this,"): the subject is
    probably in the sentence before. (Words, not a regex: a backtracking pattern over
    punctuation-heavy text can take minutes.)"""
    return (any(w.lower() in _PRONOUNS for w in re.findall(r"[\w’']+", sentence[:80])[:5])
            or bool(_STANDS_ALONE.search(sentence)))


# "... are one way of doing this, the report says": a demonstrative standing for the sentence before.
_STANDS_ALONE = re.compile(r"\b(?:this|these|those)[,.;:]|\b(?:doing|do|does|did|for|of) that[.;:]", re.I)


def bigrams(q_order: list[str] | None, weights: dict[str, float], sentence: list[str]) -> float:
    """Bonus for question word pairs that appear side by side in the sentence too
    ("emergency admissions"), which plain term overlap cannot see."""
    if not q_order:
        return 0.0
    pairs = set(zip(sentence, sentence[1:]))
    return sum(0.5 * min(weights[a], weights[b]) for a, b in set(zip(q_order, q_order[1:]))
               if a != b and (a, b) in pairs)


def cover(weights: dict[str, float], terms: frozenset[str] | set[str]) -> float:
    return sum(w for t, w in weights.items() if t in terms)
