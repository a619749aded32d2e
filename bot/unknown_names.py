"""Names in a question that no article mentions (pure): "How many vanguard sites are in
London?" and "What did the Care Quality Commission say?" are declined, naming them."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .extract import PLACE_NAMES
from .tokens import by_word, tokenize

# Services the question may narrow to in lower case ("children's social care"): named like places
_SCOPES = frozenset("children child childrens paediatric maternity dental dentists dentistry pharmacy pharmacies".split())
_LOWER_NAMES = PLACE_NAMES | _SCOPES
# Two or more capitalised words in a row, not opening the question: a name ("Care Quality Commission")
_CAPITALISED_NAME = re.compile(r"(?<=[a-z,;:] )[A-Z][a-z][\w’'-]*(?: [A-Z][a-z][\w’'-]*)+\b")


def unknown_names(question: str, spans: list[tuple[str, int, int]], known: Callable[[str], bool],
                  sentence_terms: Sequence[frozenset[str]], publishers: set[str]) -> list[str]:
    """Capitalised words (names, places) whose terms no article uses, and capitalised names
    whose words no one sentence uses together. `known`: is a term in the articles (or their
    metadata)?; `publishers`: the outlets' own names ("NHE" for "National Health Executive")."""
    out = []
    for (s, e), terms in by_word(spans).items():
        surface = question[s:e] if s > 0 or question[s:e].lower() in _LOWER_NAMES else ""
        surface = re.sub(r"['’]s$", "", surface)  # "the King's Fund": the name, not its possessive
        if ((surface[:1].isupper() or surface.lower() in _LOWER_NAMES) and surface.isalpha()
                and not any(known(t) for t in terms)):
            out.append(surface)
    for m in _CAPITALISED_NAME.finditer(question):  # "the Care Quality Commission": each word known, the name nowhere
        terms = frozenset(tokenize(m.group(0)))
        if (len(terms) > 1 and not any(p.lower() in terms for p in publishers)  # "National Health Executive": NHE
                and not any(terms <= s for s in sentence_terms) and not any(u in m.group(0) for u in out)):
            out.append(m.group(0))
    return out
