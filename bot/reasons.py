"""Causes a sentence states, for "why" questions (pure): after "because", "due to", "given" ...;
before ", meaning ...", "- and so ..." or "have led to ..." when what follows is what is asked
about; and one side of a lone dash explaining the other. And the other way round, for "what
followed from X?": the result after the cue when the cause is what is asked about."""
from __future__ import annotations

import re

from .extract import Span
from .tokens import tokenize

_REASON_CUE = re.compile(
    r"\b(because of|because|due to|as a result of|owing to|given that|given|hindered by|inhibited by|caused by|thanks to|driven by|in the wake of|would have required|would require"
    r"|(?<=,\s)as(?=\s+(?:they|it|he|she|this|these|those|there|its|their)\b)"  # "“may be optimistic”, as they were yet unproven"
    r"|at a time when|let alone (?:at )?(?:a )?times? when|(?<=\bthat\s)without|(?<=\bthat\s)unless)\s+", re.I)  # "unacceptable at a time when ...", "that without X, ..."


_BECAUSE_THIS = re.compile(r"\bbecause\s+([^,;:.]{3,160}),\s+(?:this|it|that|which)\s+"
                           r"(?:(?:increases|raises|heightens|creates|brings)\s+(?:the\s+)?(?:risk|chance|danger|likelihood)\s+of\s+)?"
                           r"([^,;:.]+?)(?=\s+(?:when|rather than|instead of|while)\b|[,;:.]|$)", re.I)


# "delays and changes to the Fund’s design have weakened its credibility": the subject is what did it
_CAUSAL_VERB = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:led to|caused|resulted in|brought about|contributed to|"
                          r"weakened|eroded|undermined|damaged|hampered|hindered|dented)\b(?!\s+by\b)", re.I)  # "hindered by X": passive, X is the cause
_RESULT_CUE = re.compile(r",\s+(?:meaning|which meant|which means|resulting in|leading to|costing)\b"
                         r"|(?:,|\s[–—-])\s+(?:and so|and therefore|and as a result|so|therefore)\s", re.I)  # "... - and so all proposals had to be resubmitted"


_DASH = re.compile(r"\s[–—-]\s")
# "What were the consequences of ...?", "what happened as a result of ...?", "because X, what followed?"
_RESULT_NOUN = r"(?:consequences?|upshot|knock-on|fallout|repercussions?)"
_RESULT_ADJECTIVE = r"(?:(?:main|key|big|biggest|financial|practical|immediate) )?"
_CONSEQUENCE_Q = re.compile(rf"\b(?:(?:the|one|a|another|main|key|first) {_RESULT_ADJECTIVE}{_RESULT_NOUN}(?: effects?)?(?:,[^,?]{{1,40}},)? (?:of|for|from)"
                            r"|what (?:followed|resulted|ensued)|what happened (?:as a (?:result|consequence)|because|after|next)"
                            rf"|what (?:\w+ )?(?:{_RESULT_NOUN}|effects?) (?:followed|resulted|flowed|came) from"
                            r"|what did (?:this|that) (?:lead to|mean|cause|result in|force|trigger|prompt))\b", re.I)
_ONE_CONSEQUENCE = re.compile(rf"\b(?:one|a|another) {_RESULT_ADJECTIVE}(?:consequence|upshot|knock-on|result)\b", re.I)
_NEGATIONS = frozenset(tokenize("no not"))  # "no analysis" shares nothing with "no programme team"
_EXISTENTIAL = re.compile(r"^(?:there (?:was|were|is|are|has been|have been|had been)\s+)", re.I)


def asks_one_consequence(question: str) -> bool:
    """"What was one consequence of ...?": one of the results, not all of them."""
    return bool(_ONE_CONSEQUENCE.search(question))


def asks_consequence(question: str) -> bool:
    """Does the question name a cause and ask what it led to?"""
    return bool(_CONSEQUENCE_Q.search(question))


def result_clause(text: str, start: int = 0) -> Span | None:
    """The result stated from `start` on, to the end of its clause ("there was limited risk
    management and no analysis of local planning capacity, capability, ..., the NAO said":
    "limited risk management and no analysis of local planning capacity")."""
    rest = text[start:]
    lead = len(rest) - len(rest.lstrip(" ,"))  # "Consequently, there was ..."
    rest = rest[lead:]
    there = _EXISTENTIAL.match(rest)
    skip = lead + (there.end() if there else 0)
    piece = re.split(r"[,;:.!?“”\"]\s*|\s[–—-]\s", text[start + skip:])[0].strip()
    if len(piece.split()) < 2:
        return None
    begin = start + skip + text[start + skip:].index(piece)
    return Span(begin, begin + len(piece), piece, "reason")


def asked_conjunct(span: Span, asked: set[str] | frozenset[str], one: bool = False) -> Span:
    """"limited risk management and no analysis of ...", asked what followed "for risk
    oversight": the one conjunct the question names (or, asked for `one` consequence, the
    first), else the whole result."""
    cuts = [m.span() for m in re.finditer(r"\s+and\s+", span.text)]
    bounds = [0] + [x for cut in cuts for x in cut] + [len(span.text)]
    parts = list(zip(bounds[::2], bounds[1::2]))
    named = [(a, b) for a, b in parts if (asked - _NEGATIONS) & set(tokenize(span.text[a:b]))]
    if len(parts) >= 2 and not named and one:
        named = parts[:1]
    if len(parts) < 2 or len(named) != 1:
        return span
    a, b = named[0]
    return Span(span.start + a, span.start + b, span.text[a:b], span.kind)


def last_result(sentence: str) -> Span | None:
    """What the sentence ends by saying followed (", meaning no programme team."), or None."""
    cues = list(_RESULT_CUE.finditer(sentence))
    return result_clause(sentence, cues[-1].end()) if cues else None


def result_spans(sentence: str, asked: set[str] | frozenset[str]) -> list[Span]:
    """What follows ", meaning ..." or "- and so ..." when the cause before it is what is asked about."""
    out = []
    for m in _RESULT_CUE.finditer(sentence):
        before, after = set(tokenize(sentence[: m.start()])), set(tokenize(re.split(r"[;:.]\s", sentence[m.end():])[0]))
        if len(asked & before) > len(asked & after) and (span := result_clause(sentence, m.end())):
            out.append(span)
    return out


def _dash_explanation(sentence: str, asked: set[str] | frozenset[str]) -> list[Span]:
    """"The need for co-ordination is clear – increasing numbers of people are unable to access
    care": one side of a lone dash explains the other; the side the question names less is the reason."""
    dashes = list(_DASH.finditer(sentence))
    if len(dashes) != 1:
        return []  # none, or an aside between two dashes
    left, right = sentence[: dashes[0].start()], sentence[dashes[0].end() :]
    on_left, on_right = len(set(tokenize(left)) & asked), len(set(tokenize(right)) & asked)
    if on_left == on_right:
        return []
    if on_left > on_right:
        piece, start = re.split(r",\s|;\s|[.”\"]+\s*$", right)[0], dashes[0].end()
    else:
        opening = re.search(r".*\bthat\s", left)  # "MacDougall emphasised that [the NAO does not look ...]": a reported point
        if not opening:
            return []
        start, piece = opening.end(), left[opening.end() :]
    piece = piece.strip().rstrip(".,;”\"")
    if _REASON_CUE.match(piece):
        return []  # "– due to ...": read by its cue
    return [Span(start, start + len(piece), piece, "reason")] if len(piece.split()) >= 3 else []


# "the vanguard sites were selected to take a lead on ...": what they were chosen for is why
_TO_DO = r"\s+to\s+((?:[\w’'-]+\s+){1,12}?[\w’'-]+)(?=\s+(?:that|which|and|but|while)\b|[,;:.]|$)"  # "... to [take a lead on X]"
_PURPOSE = re.compile(r"\b(selected|chosen|picked|set up|created|designed|established|introduced|launched)" + _TO_DO, re.I)
# "£1.8 billion was allocated [to cover NHS deficits]": what money was given for is why it was given
_SPENT_TO = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+(?:allocated|spent|used|given|awarded|earmarked|paid|provided|set aside|handed out|distributed)"
                       + _TO_DO, re.I)


def reason_spans(sentence: str, asked: set[str] | frozenset[str] = frozenset()) -> list[Span]:
    """Causes the sentence states: after "because", "due to", "given" ...; and, when the
    effect is what is `asked` about, before ", meaning ..." or "- and so ..." ("tasked with ...
    minimal central input, meaning no programme team")."""
    out = []
    for m in _RESULT_CUE.finditer(sentence):
        if not asked & set(tokenize(re.split(r"[;:.]\s", sentence[m.end():])[0])):
            continue
        clause = re.split(r"\s[–—-]\s", re.split(r"[;:]\s|,\s", sentence[: m.start()])[-1])[0]  # not the aside between dashes
        clause = re.sub(r"^(?:but|and|so|yet|however)\s+", "", clause.strip(), flags=re.I).strip()
        # "... tasked with developing tailored plans [with minimal central input], meaning ...": the circumstance next to the cue
        clause = re.split(r"\s+with\s+(?=(?:little|minimal|no|limited|insufficient|scant|less|few)\b)", clause)[-1]
        if clause:
            start = sentence.rfind(clause, 0, m.start())
            out.append(Span(start, start + len(clause), clause, "reason"))
    for m in _CAUSAL_VERB.finditer(sentence):
        if not asked & set(tokenize(re.split(r"[,;:.]\s", sentence[m.end():])[0])):
            continue  # what it did is not what is asked about
        clause = re.split(r"[;:“”\"]\s*|,\s|\s[–—-]\s|\b(?:but|and so|so|while|whereas)\s+", sentence[: m.start()])[-1].strip()
        if len(clause.split()) >= 2:
            start = sentence.rfind(clause, 0, m.start())
            out.append(Span(start, start + len(clause), clause, "reason"))
    out += _dash_explanation(sentence, asked)
    out += [Span(m.start(2), m.end(2), m.group(2), "reason") for m in _PURPOSE.finditer(sentence) if set(tokenize(m.group(1))) & asked]
    # ... when the sum given is what is asked about, and what it was given for is not
    out += [Span(m.start(1), m.end(1), m.group(1), "reason") for m in _SPENT_TO.finditer(sentence)
            if set(tokenize(re.split(r"[,;:]\s", sentence[: m.start()])[-1])) & asked and not set(tokenize(m.group(1))) & asked]
    restated: list[tuple[int, int]] = []
    for m in _BECAUSE_THIS.finditer(sentence):
        cause = tokenize(m.group(1))
        if cause and sum(t in asked for t in cause) >= 0.5 * len(cause):
            # "because organisations struggle with their viability, this increases the risk of
            # unhealthy competition": the cause restates the question; what it leads to answers it
            out.append(Span(m.start(2), m.end(2), m.group(2), "reason"))
            restated.append(m.span(1))
        else:  # "because [organisations struggle with their own viability], this ...": the whole cause, to its comma
            out.append(Span(m.start(1), m.end(1), m.group(1), "reason"))
    for m in _REASON_CUE.finditer(sentence):
        if any(a <= m.end() <= b for a, b in restated):
            continue  # the restated cause itself ("because of rising demand, this ...")
        rest = sentence[m.end():]
        stop = re.search(r"[,;:.][”\"]?(?:\s|$)|\s[–—-]\s| with | which | while ", rest)  # "rising,” she said": nor past the quote
        text = rest[: stop.start()] if stop else rest
        text = text.strip().rstrip(".,;")
        if text and m.group(1).lower() in ("without", "unless"):  # the condition keeps its negation: "without full engagement"
            out.append(Span(m.start(1), m.end() + len(text), sentence[m.start(1) : m.end() + len(text)], "reason"))
        elif text:
            out.append(Span(m.end(), m.end() + len(text), text, "reason"))
    return out
