"""Candidate answers for open questions (what/why/how ...), inside one sentence (pure).

The question's own words and clause punctuation cut a sentence into stretches ("gaps");
a list around an excluded item gives its siblings; a noun phrase gives its modifiers.
"""
from __future__ import annotations

import re

from .extract import Span, group_spans
from .lists import joined_lists
from .tokens import tokenize, tokenize_spans
from .word_tables import IRREGULAR

CLAUSE = re.compile(r"(?<!\d),|,(?!\d)|[;:()“”\"–—]|\s-\s|\.\s|\b(?:whereas|whilst|although|though|unless)\b")  # "87,000" is one figure


EDGE_WORDS = frozenset(
    "that is are was were to by of for be been being has have had as which who it and but or with in on at "
    "from its their his her this these those than then there so would could should will may might can "
    "under into onto towards toward through across within without between against upon via among "
    "appears appear appeared seems seem seemed rather meaning including".split()  # hedges: "progress appears to be mainly in ..."; "..., meaning no team"
)
_EDGE_OR_ARTICLE = EDGE_WORDS | {"a", "an", "the"}
_CURRENCY = {"£", "$", "€"}
_BEFORE_AGE = frozenset("over under aged above below".split())  # "people over [65]": the phrase goes on past the figure
_POINTERS = frozenset("such this that these those".split())
_SUBJECTS = frozenset("they it we he she you i who".split())
_REASON_EDGE = _EDGE_OR_ARTICLE | {"time"}  # nor does a reason end on "time" ("... at the time")
# an adjective listed before another with a comma: hyphenated, or of an adjective's ending ("individual-orientated,")
_COORDINATE = re.compile(r"[a-z]+-[a-z]+(?:ed|al|ive|ous|ful|ic|ble|ing)|[a-z]+(?:ated|ive|ous|ful|ical)")
_DETERMINERS = frozenset("no any some little much more less few all every limited".split())


def content_words(text: str) -> list[str]:
    """The words of `text` that are not function words ("is that it" has none)."""
    return [w for w in re.findall(r"[\w’'-]+", text.lower()) if w not in _EDGE_OR_ARTICLE]


def modifier_spans(text: str, np_terms: list[str], quoted: bool = True) -> list[Span]:
    """The words that qualify a noun phrase in the text, with the phrase: for "what kind
    of evidence", "found “no compelling evidence”" gives "no compelling evidence" (with
    `quoted`, a short quotation's whole opening counts as qualifying words)."""
    if not np_terms:
        return []
    said = {t for t, _, _ in tokenize_spans(text)}
    head = next((t for t in reversed(np_terms) if t in said), np_terms[-1])  # "funding deal": "funding settlement"
    spans = [(s, e) for t, s, e in tokenize_spans(text) if t == head]
    out: list[Span] = []
    for _, head_end in spans:
        np_start = min((s for t, s, e in tokenize_spans(text[:head_end]) if t in np_terms
                        and head_end - s < 60), default=head_end)
        quote = text.rfind("“", 0, np_start)
        if quoted and quote >= 0 and np_start - quote < 80 and "”" not in text[quote:np_start]:
            start = quote + 1  # inside a quotation, its whole opening belongs to the phrase
        else:
            words = list(re.finditer(r"[^\s,;:()“”\"]+", text[max(0, np_start - 60) : np_start]))
            offset = max(0, np_start - 60)
            start = np_start
            for w in reversed(words[-4:]):
                gap = text[offset + w.end() : start]
                if w.group(0).lower() in _SUBJECTS:
                    start = np_start  # "given they included targets": a clause's verb, not a word describing them
                    break
                listed = gap.strip() == "," and _COORDINATE.fullmatch(w.group(0))  # "an [individual-orientated, integrated] service"
                if w.group(0).lower() in _EDGE_OR_ARTICLE or w.group(0).lower() in _POINTERS or (gap.strip(" ”’\"") and not listed):
                    break  # "such incompetence": "such" points back, it does not describe; "“misaligned” incentives"
                start = offset + w.start()
                if w.group(0).lower() in _DETERMINERS:
                    break  # "(provide) any compelling evidence": the phrase opens with its determiner
        if start < np_start:
            if text[start - 1 : start] == "“" and "”" in text[start:head_end]:
                start -= 1  # "“misaligned” incentives": the quotation marks stay paired
            out.append(Span(start, head_end, text[start:head_end], "gap"))
    return out


# "the ambition [to save £900m through introducing seven new care models] “may be optimistic”": an infinitive reaches further
_PREDICATE = re.compile(r"(?:(?:\s+[\w’'-]+){0,7}?|\s+to(?:\s+[\w’'£-]+){1,8}?)\s+[“‘\"]?(?:have|has|had|is|are|was|were|would|will|could|might|may)"
                        r"(?:\s+[“‘\"]?(?:been|be|become|have been))?\s+[“‘\"]?([\w’'-]+(?:\s+[\w’'-]+){0,9})")


_WORD = re.compile(r"\S+")
_HEDGE = re.compile(r"\b(?:may|might|could)\s+(?:be|have been)\s+[“‘\"]?$")


_CONTENT_CLAUSE = re.compile(r"\s+that\s+(?!(?:have|has|had|is|are|was|were|would|will|could|might|may)\b)")


def predicate_spans(text: str, np_terms: list[str], with_subject: bool = False) -> list[Span]:
    """What the text says a noun phrase is or has done: for "how did he describe the
    benefits?", "benefits have fallen far short of plans" gives "fallen far short of plans"
    (`with_subject`: "the 2020 deadline is looming", the whole clause)."""
    if not np_terms:
        return []
    out: list[Span] = []
    spans = tokenize_spans(text)
    for t, s, e in spans:
        m = _PREDICATE.match(text, e) if t == np_terms[-1] else None
        if m and _CONTENT_CLAUSE.match(text, e, m.start(1)):
            continue  # "its conclusion that integration has been [slower ...]": what integration has been
        if m:
            words = list(_WORD.finditer(text, m.start(1), m.end(1)))
            while len(words) > 1 and words[-1].group(0).lower() in _EDGE_OR_ARTICLE:
                words.pop()  # "... integration initiatives in": the phrase ends at its last content word
            start = m.start(1)
            hedge = _HEDGE.search(text, max(0, start - 24), start)
            if hedge:
                start = hedge.start()  # "“may be optimistic”": the hedge is part of the verdict
            if with_subject and text[start - 1] not in "“‘\"":  # a quoted predicate is their own words
                # back over the noun phrase's own words only ("the 2020 deadline"), never past punctuation
                phrase = re.search(r"(?:[\w’'-]+\s+){0,3}$", text[max(0, s - 40) : s])
                reach = s - len(phrase.group(0)) if phrase else s
                start = min((s2 for t2, s2, _ in spans if t2 in np_terms and reach <= s2 <= s), default=s)
                det = re.search(r"\b(?:the|this|that|its|their|a|an)\s+$", text[max(0, start - 8) : start], re.I)
                start -= len(det.group(0)) if det else 0
            out.append(Span(start, words[-1].end(), text[start : words[-1].end()], "gap"))
    return out


def does_spans(text: str, noun_phrase: str) -> list[Span]:
    """What the text says a noun phrase does: "These revisions “undermine the Fund’s core purpose”"."""
    core = re.split(r"\s+(?:to|of|for|in|on|at|with|from|by)\s+", noun_phrase, maxsplit=1)[0]
    heads = set(tokenize(core.split()[-1]))  # "the government's revisions to the scope": "revisions"
    out: list[Span] = []
    for t, _, e in tokenize_spans(text):
        m = _DOES.match(text, e) if t in heads else None
        if m:
            words = m.group(1).split()
            while words and words[-1].lower() in _EDGE_OR_ARTICLE:
                words.pop()
            phrase = " ".join(words)
            out.append(Span(m.start(1), m.start(1) + len(phrase), phrase, "gap"))
    return out


_HAS_DONE = r"(?:\s+(?!(?:that|which|who|whom)\b)[\w’'-]+){0,5}?\s+(?:have|has|had)\s+([a-z]+ed\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+?)(?=\s+(?:in|on|for|across|at|which|that|to)\b|\s*[,.;:”\"]|\s*$)"


def has_done_spans(text: str, noun_phrase: str) -> list[Span]:
    """What the text says a noun phrase has done: for "what have two decades of policy shifts done
    to the system?", "policy shifts have [increased the levels of complexity] in the system"."""
    head = noun_phrase.split()[-1] if noun_phrase.split() else ""
    if not head:
        return []
    return group_spans(re.compile(rf"\b{re.escape(head)}\b" + _HAS_DONE, re.I), text, "gap")


def done_to_spans(text: str, object_phrase: str) -> list[Span]:
    """What the text says is done to a thing: "what do the changes do to the integration agenda?":
    "[move the integration agenda backward and not forward]", the verb before it through its clause."""
    words = [re.sub(r"['’]", "['’]", re.escape(w)) for w in object_phrase.split()]  # "Fund's" as the article prints it
    if not words:
        return []
    pattern = re.compile(r"\b((?!(?:to|of|for|in|on|and|is|are|was|were|has|have|had|be|been|the|a|an)\b)(?![\w-]*['’]s\b)[a-z][\w’'-]*)"
                         r"\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s\s+)?"  # "undermine [the Widget Fund’s] core purpose"
                         + r"\s+".join(words) + r"\b([^,.;:“”\"]*)", re.I)
    out = []
    for m in pattern.finditer(text):
        # "... core purpose as promoting X [and reduce the resources ...]": not the second thing done
        rest = re.split(r"\s+and\s+(?=[a-z]+\s+(?:the|its|their|a|an)\b)", m.group(2))[0].rstrip()
        end = m.start(2) + len(rest)
        out.append(Span(m.start(1), end, text[m.start(1) : end], "gap"))
    return out


_DOES = re.compile(r"\s+[“\"]?((?!(?:of|to|for|in|on|and|is|are|was|were|has|have|had)\b)[a-z][\w’'-]*(?:\s+[\w’'-]+){0,9})")


APART = re.compile(r"\b(?:apart from|besides|other than|aside from|as well as|alongside|in addition to|beyond(?=.*\bother\b))\s+(.+?)(?=,|\?|$|\s(?:what|which|who)\b)", re.I)
YES_NO = re.compile(r"^\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b", re.I)


_POLARITY = re.compile(r"^(?:no|not|never|little|limited|insufficient|some|strong|clear|any)$", re.I)


def polarity_spans(text: str, terms: list[str]) -> list[Span]:
    """For a yes/no question, how the sentence qualifies the thing asked about:
    "found “no compelling evidence”" answers "did the NAO find evidence ...?"."""
    out = []
    for term in dict.fromkeys(terms):
        for span in modifier_spans(text, [term]):
            first = span.text.split()[0].strip("“”\"'")
            if _POLARITY.match(first):
                out.append(span)
    return out


_CHANGE_PHRASE = re.compile(
    r"\b(?:reduce|cut|increase|raise)(?:\s+[\w’'-]+){0,3}\s+by\s+(?:just\s+|around\s+|about\s+|over\s+)?[£\d][\w.,%-]*"  # "reduce care spending by 5.3%"
    r"|\b(?:rose|risen|increased|fell|fallen|decreased|reduced|dropped|grew|improved|worsened|cut|failed|remains|remained)\b"
    r"(?:\s+by\s+(?:just\s+|around\s+|about\s+|over\s+)?[£\w.,%-]+(?:\s+(?:million|billion|per cent))?|(?:\s+(?!by\b)[\w’'-]+){1,3})"
    r"|\b(?:had|has|have) been (?:dropped|scrapped|abandoned|delayed|postponed|met|achieved)\b"  # "had been dropped"
    r"|\b(?:had|has|have|did|does|do|was|were|is|are) not \w+"  # "had not clarified"
    r"|\b(?:yet|still) (?:un\w+|to be \w+)", re.I)  # "yet unproven"


_MODIFIER_BEFORE = re.compile(r"(?:[,;(%]|\b(?:and|or|the|an?|to|of|for|with|its|their))\s*$", re.I)


def change_spans(text: str) -> list[Span]:
    """For "did it bring admissions down?", "did it get better?": what the sentence says
    happened ("rose by 87,000", "improved joint working")."""
    out = []
    for m in _CHANGE_PHRASE.finditer(text):
        if " by " not in m.group(0) and _MODIFIER_BEFORE.search(text[: m.start()]):
            continue  # "savings, improved patient outcomes and ...": an adjective, not what happened
        words = m.group(0).rstrip(",.;:").split()
        while len(words) > 1 and words[-1].lower() in _EDGE_OR_ARTICLE:
            words.pop()
        phrase = " ".join(words)
        out.append(Span(m.start(), m.start() + len(phrase), phrase, "gap"))
    return out


_PAST = sorted({f for forms in IRREGULAR.values() for f in forms.split()})
# "... and reduce the resources", "... and lost goodwill", "... and were selected": a second predicate,
# not a second noun ("health and social care").
_BUT = re.compile(r"\s+but\s+", re.I)
_AND_VERB = re.compile(r"\s+and\s+(?=(?:were|was|is|are|has|have|had|will|would|could|can|may|must|should|"
                       r"reduce|increase|improve|protect|provide|make|bring|create|deliver|help|ensure|lose|cut|raise|"
                       + "|".join(_PAST) + r")\b|\w+ed (?:the|a|an|its|their|his|her|to|by)\b)", re.I)


def gap_spans(text: str, matched: list[tuple[str, int, int]]) -> list[Span]:
    """Stretches between the question's words and clause punctuation, trimmed of
    function words at either end; each keeps at least one content word."""
    clauses = {(m.start(), m.end()) for m in CLAUSE.finditer(text)}
    cuts = sorted({(s, e) for _, s, e in matched} | clauses)
    out: list[Span] = []
    pos = 0
    hanging: int | None = None  # a stretch ending "people over" before the question's "65": it goes on after the figure
    for s, e in cuts + [(len(text), len(text))]:
        if s > pos:
            piece = text[pos:s]
            words = [(m.start() + pos, m.end() + pos, m.group(0)) for m in re.finditer(r"\S+", piece)]
            while words and words[0][2].lower().strip(".,") in EDGE_WORDS:
                words.pop(0)
            dangles = bool(words) and words[-1][2].lower() in _BEFORE_AGE and (s, e) not in clauses and text[s:e][:1].isdigit()
            while words and (words[-1][2].lower().strip(".,") in _EDGE_OR_ARTICLE | _POINTERS or words[-1][2] in _CURRENCY):
                words.pop()  # ... nor on a currency sign cut from its figure ("to save £[900m]"), nor "such" cut from its noun
            if words and tokenize(" ".join(w for *_, w in words)):
                a, b = words[0][0], words[-1][1]
                while b > a and text[b - 1] in ".,;:":
                    b -= 1
                if hanging is not None:  # "permanent admissions of people over 65 to care homes", not "... people over"
                    out = [g for g in out if g.start != hanging]
                    a = hanging
                out.append(Span(a, b, text[a:b], "gap"))
                hanging = a if dangles else None
                splits = [m for m in (_AND_VERB.search(text[a:b]), _BUT.search(text[a:b])) if m] if len(words) > 8 else []
                joined = min(splits, key=lambda m: m.start()) if splits else None  # the first of the two clauses
                if joined and len(text[a : a + joined.start()].split()) >= 2:
                    # "undermine [the Fund's core purpose ...] and reduce the resources ...": one of two predicates;
                    # "depends on [goodwill and joint commitment] but delays ... have weakened it": one of two clauses
                    out.append(Span(a, a + joined.start(), text[a : a + joined.start()], "gap"))
        pos = max(pos, e)
    return out + joined_lists(text, out)


def after_question_words(text: str, c: Span, matched: list[tuple[str, int, int]]) -> Span:
    """Of a quotation that repeats the question ("planning ... has been such a
    shambles"), keep what follows the question's last word."""
    inside = [e for _, s, e in matched if c.start <= s and e <= c.end]
    if not inside:
        return c
    rest = text[max(inside) : c.end].split()
    while rest and rest[0].lower().strip(".,") in EDGE_WORDS:
        rest.pop(0)
    if not rest:
        return c
    tail = " ".join(rest)
    start = text.find(tail, max(inside), c.end + 1)
    return Span(start, start + len(tail), tail, c.kind) if start >= 0 else c


_CAUSE_OF = re.compile(r"\b(?:because of|due to|owing to|as a result of|thanks to)\s+$", re.I)
_RUN_CHARS = 25  # two question words this close (start to start) are the question's phrase resuming


def cut_at_question_words(text: str, c: Span, matched: list[tuple[str, int, int]]) -> Span:
    """A reason stops where the question's own words resume."""
    first_word_end = c.start + len(c.text.split(" ")[0])
    starts = sorted({s for _, s, _ in matched})
    if _CAUSE_OF.search(text[: c.start]):
        # after "because of" the question resumes with a run of its words ("..., the National Audit Office has
        # concluded"), not with one word the cause shares with it ("significant [failings]" for "why would it fail?")
        starts = [s for s, nxt in zip(starts, starts[1:]) if nxt - s <= _RUN_CHARS]
    cut = min((s for s in starts if first_word_end < s < c.end), default=c.end)
    tail = text[cut : c.end].split()
    if len(tail) <= 3 and not any(w.lower().strip(".,") in _EDGE_OR_ARTICLE for w in tail):
        cut = c.end  # "... data across different [care settings]": the end of one noun phrase, not the question resuming
    piece = text[c.start:cut].split()
    while piece and piece[-1].lower().strip(".,") in _REASON_EDGE:
        piece.pop()
    trimmed = " ".join(piece).rstrip(",;:") if piece else c.text
    return Span(c.start, c.start + len(trimmed), trimmed, c.kind) if text.startswith(trimmed, c.start) else c
