"""Lists inside one sentence, and where a noun phrase ends (pure).

"barriers such as A, B and C": the items; "besides X, ...": the items beside X; "provide [more
co-ordination], [clarity], and [funding]": short stretches that are one list.
"""
from __future__ import annotations

import re

from .extract import Span
from .tokens import tokenize, tokenize_spans

_PREPOSITION = re.compile(r"\s+(?:across|in|for|on|at|from|with|between|within|among)\s+", re.I)
_PREPOSITION_OR_OF = re.compile(r"\s+(?:across|of|in|for|on|at|from|with|between|within|among)\s+", re.I)


def before_preposition(phrase: str, of: bool = False) -> str:
    """A noun phrase without its prepositional tail: "financial incentives [across the system]"
    (with `of`, "of" ends it too)."""
    return (_PREPOSITION_OR_OF if of else _PREPOSITION).split(phrase, maxsplit=1)[0]


_LIST_INTRO = re.compile(r"\b(?:such as|including)\s+", re.I)
_LAST_AND = re.compile(r"\s+(?:and|or)\s+")


def list_items(text: str, start: int) -> list[tuple[int, int]]:
    """The items of the list opening at `start` ("such as A, B and C, departments had ..."):
    up to the first piece that is a clause (a finite verb) or too long to be an item."""
    items: list[tuple[int, int]] = []
    pos = start
    for m in [*_ITEM_SEP.finditer(text, start), None]:
        piece = text[pos : m.start() if m else len(text)].strip().rstrip(".")
        if not piece or len(piece.split()) > 12 or FINITE.search(piece):
            break
        items.append((pos, pos + len(piece)))
        if m is None:
            break
        pos = m.end()
    if len(items) > 1:  # "A, B and C": the last piece holds two items
        a, b = items[-1]
        last = list(_LAST_AND.finditer(text, a, b))
        if last:
            items[-1:] = [(a, last[-1].start()), (last[-1].end(), b)]
    return items


def list_spans(text: str, noun_terms: list[str], one: bool, asked: frozenset[str] = frozenset()) -> list[Span]:
    """For "what barriers ...?", the list the sentence gives after "barriers ..., such as"
    (for "name one barrier", its first item; for "which barrier around information ...?", the
    one item naming a word `asked` that no other item names)."""
    for m in _LIST_INTRO.finditer(text):
        if not set(noun_terms) & set(tokenize(text[max(0, m.start() - 50) : m.start()])[-4:]):
            continue
        items = list_items(text, m.end())
        intro = set(tokenize(text[: m.start()]))  # "barriers to integration": what every item is
        qualified = [(a, b) for a, b in items if (set(tokenize(text[a:b])) & asked) - intro]
        if len(items) > 1 and len(qualified) == 1:
            a, b = qualified[0]
            return [Span(a, b, text[a:b], "gap")]
        if len(items) > 1:
            a, b = items[0] if one else (items[0][0], items[-1][1])
            return [Span(a, b, text[a:b], "gap")]
    return []


_ITEM_SEP = re.compile(r",\s+(?:and\s+|or\s+|such as\s+|including\s+)?|\s+(?:such as|including)\s+|[;:]\s+")


FINITE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|could|did|does)\b")


def sibling_spans(text: str, excluded: set[str]) -> list[Span]:
    """The items listed next to an excluded one ("such as X, Y and Z" minus X), nearest
    first; a clause (it has a finite verb) is not a list item."""
    for m in _LIST_INTRO.finditer(text):
        listed = list_items(text, m.end())
        hit = [i for i, (a, b) in enumerate(listed) if excluded & set(tokenize(text[a:b]))]
        rest = [i for i in range(len(listed)) if i not in hit]
        if hit and rest and rest == list(range(rest[0], rest[-1] + 1)):
            a, b = listed[rest[0]][0], listed[rest[-1]][1]
            return [Span(a, b, text[a:b], "gap")]  # "B and C": the rest of the list, together
        if hit:
            near = sorted(rest, key=lambda i: min(abs(i - h) for h in hit))
            return [Span(listed[i][0], listed[i][1], text[listed[i][0] : listed[i][1]], "gap") for i in near][:2]
    seps = list(_ITEM_SEP.finditer(text))
    cuts = [(0, 0)] + [(m.start(), m.end()) for m in seps] + [(len(text), len(text))]
    # What comes right before "such as" / "including" names the list ("barriers such as ..."), not an item.
    heads = {m.start() for m in seps if re.search(r"such as|including", m.group(0))}
    items = [(cuts[i][1], cuts[i + 1][0]) for i in range(len(cuts) - 1)
             if cuts[i + 1][0] > cuts[i][1] and cuts[i + 1][0] not in heads]
    hit = [i for i, (a, b) in enumerate(items) if excluded & set(tokenize(text[a:b]))]
    if not hit:
        return []
    choice = _WHETHER.search(text)
    if choice and excluded & set(tokenize(choice.group(2))) and not excluded & set(tokenize(choice.group(1))):
        # "whether to [extend it] or provide more co-ordination ...", asked besides the second choice: the first
        return [Span(choice.start(1), choice.end(1), choice.group(1), "gap")]
    alternative = _OR_ELSE.search(text, items[hit[-1]][0], items[hit[-1]][1])
    if alternative and not excluded & set(tokenize(alternative.group(1))):
        # "whether to extend it or provide [more co-ordination, clarity, and funding]": the other choice, with its list
        a = alternative.start(1)
        b = a + len(re.split(r"\s+to\s+", before_preposition(text[a : items[hit[-1]][1]]))[0].rstrip(" ,.;:"))  # "programme director [to lead the way]"
        for c, d in items[hit[-1] + 1 :]:
            d = c + len(_UNQUOTED.match(text, c, d).group(0).rstrip(" ,.;:"))  # "funding[,” she added.]"
            if len(text[c:d].split()) > MAX_ITEM_WORDS or FINITE.search(text[c:d]) or not _LIST_GLUE.fullmatch(text[b:c]):
                break
            b = d
        return [Span(a, b, text[a:b], "gap")]
    joined = _and_sibling(text, *items[hit[-1]], excluded)
    if joined:  # "the risk of unhealthy competition and [a culture of blame] when ...": X's partner in "X and Y"
        return [joined]
    out: list[Span] = []
    for i in sorted(range(len(items)), key=lambda i: min(abs(i - h) for h in hit)):
        a, b = items[i]
        piece = text[a:b].strip().rstrip(".")
        if i in hit or not piece or len(piece.split()) > 10 or FINITE.search(piece) or excluded & set(tokenize(piece)):
            continue
        out.append(Span(a, a + len(piece), piece, "gap"))
    return out[:2]


# where the partner of "X and ..." ends: punctuation, or a clause of its own ("... when things go wrong")
_PARTNER_END = re.compile(r"[,;:”\"()–—]|\s(?:when|which|who|whom|because|while|where|whereas|rather than|but|as|if|unless|after|before|since)\b")
MAX_PARTNER_WORDS = 14


def _and_sibling(text: str, a: int, b: int, excluded: set[str]) -> Span | None:
    """In the stretch text[a:b], what "and" joins to the excluded words just before it
    ("undermine the Fund's purpose ... and [reduce the resources available ...]")."""
    spans = [(s, e) for t, s, e in tokenize_spans(text[a:b]) if t in excluded]
    if not spans:
        return None
    glue = _LAST_AND.search(text, a + spans[-1][1], b)
    if glue is None or FINITE.search(text, a + spans[-1][1], glue.start()):
        return None  # no "and" after them, or a new clause in between
    start = glue.end()
    stop = _PARTNER_END.search(text, start, b)
    end = stop.start() if stop else b
    piece = text[start:end].rstrip(" .")
    if not piece or len(piece.split()) > MAX_PARTNER_WORDS or FINITE.search(piece) or excluded & set(tokenize(piece)):
        return None
    return Span(start, start + len(piece), piece, "gap")


_WHETHER = re.compile(r"\bwhether\s+(?:to\s+)?((?:[\w’'-]+\s+){0,5}?[\w’'-]+)\s+or\s+(?:to\s+)?([^.;:”\"]+)", re.I)
_UNQUOTED = re.compile(r"[^“”\";:]*")
_OR_ELSE = re.compile(r"\s+or\s+(?:to\s+)?(?:provide|give|offer|make|take|use|find|seek|get)?\s*(.+)", re.I)
_LIST_GLUE = re.compile(r",?\s+(?:and|or)\s+|,\s+")
MAX_ITEM_WORDS = 4


def joined_lists(text: str, gaps: list[Span]) -> list[Span]:
    """Short stretches that are the items of one list ("provide [more co-ordination], [clarity], and
    [funding]"), as one stretch: what was provided is all three."""
    out: list[Span] = []
    run: list[Span] = []
    for g in sorted(gaps, key=lambda g: g.start) + [None]:
        short = g is not None and len(g.text.split()) <= MAX_ITEM_WORDS and not FINITE.search(g.text)
        if short and run and _LIST_GLUE.fullmatch(text[run[-1].end : g.start]):
            run.append(g)
            continue
        # "A, B and C" (the last joined by "and" / "or"), or just "A and B"
        last_joined = run[-1].end if len(run) >= 3 else run[-1].start if len(run) == 2 else None
        if last_joined is not None and re.search(r"\b(?:and|or)\b", text[run[-2].end : last_joined]):
            a, b = run[0].start, run[-1].end
            out.append(Span(a, b, text[a:b], "gap"))
        run = [g] if short else []
    return out
