"""What a sentence must state to answer a question, beyond sharing its words (pure).

Each rule is a question that a sentence merely sharing its words seems to answer, though it
does not: "how many sites were closed?" by "the sites number around 50", "why did the
government choose seven models?" by a reason given for something else, "what share
disagreed?" by "ninety percent agreed". `required` reads the question once; `Required.unmet`
is asked of each candidate sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .figures import asked_changes, stated_changes
from .gap_fit import ASKS_COMPARISON, COMPARATIVE
from .question_focus import counted_change, final_verb, paid_activity
from .question_rules import asks_stated_reason, decision_terms
from .reading import AMOUNT_KINDS, STATED_IF_ASKED


@dataclass(frozen=True)
class Required:
    """What the answering sentence (or the passage quoting it, or its neighbours) must state."""

    patterns: tuple[re.Pattern[str], ...] = ()  # a rate, a breakdown, a negation, the rest, a disagreement, a comparison
    verb: str | None = None  # "what do the revisions undermine?": the passage says something undermines
    decision: frozenset[str] = frozenset()  # "why did the government choose ...?": the passage reports that choice
    event: str | None = None  # "how many sites were closed?", "cost to administer": stated in or beside the sentence
    changes: frozenset[str] = frozenset()  # "how much did X go up?": the sentence states a change that way

    def unmet(self, text: str, sentence_terms: frozenset[str], passage_terms: frozenset[str], near: frozenset[str]) -> bool:
        """Does the candidate fail to state something the question requires?"""
        return bool((self.verb and self.verb not in passage_terms)
                    or (self.decision and not self.decision & passage_terms)
                    or (self.event and self.event not in near)
                    or (self.changes and not self.changes & stated_changes(sentence_terms))
                    or any(not stated.search(text) for stated in self.patterns))


def required(question: str, kind: str, weights: dict[str, float], claimed: str = "") -> Required:
    """Read once per question (`claimed`: the asker's figure in doubt, which may have the change
    the wrong way round: "fell by 106,000?")."""
    patterns = [stated for asked, stated in STATED_IF_ASKED if asked.search(question)]
    if kind in ("quote", "other") and ASKS_COMPARISON.search(question):  # "how did she sum up progress compared with expectations?"
        patterns.append(COMPARATIVE)  # a description stating a comparison ("slower ... than expected")
    verb = final_verb(question) if kind == "other" else None
    return Required(
        patterns=tuple(patterns),
        verb=verb if verb in weights else None,
        decision=decision_terms(question) if kind == "reason" and asks_stated_reason(question) else frozenset(),
        event=counted_change(question) if kind == "count" else paid_activity(question) if kind == "money" else None,
        changes=frozenset(asked_changes(question)) if kind in AMOUNT_KINDS and not claimed else frozenset(),
    )
