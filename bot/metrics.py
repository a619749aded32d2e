"""Pure metric functions for `qabot eval`: answers, retrieval, citations, declining, latency.

Nothing here reads files or knows about the bot; `bot.evaluate` feeds it plain values.
Rates are returned as `Ratio(num, den)` so reports can show "47/50" next to 0.94.
"""
from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from fractions import Fraction
from typing import NamedTuple


class Ratio(NamedTuple):
    num: float
    den: int

    @property
    def value(self) -> float | None:
        """num / den, or None when nothing was counted (the metric is undefined)."""
        return self.num / self.den if self.den else None


# -- answers: SQuAD v1.1 ---------------------------------------------------------------------

_ASCII_PUNCT = frozenset(string.punctuation)
_ARTICLES = re.compile(r"\b(a|an|the)\b")


def _is_punct(ch: str) -> bool:
    # The official script strips ASCII punctuation only; the articles also use curly
    # quotes and dashes (“ ” ’ –), which are punctuation too (Unicode category P*).
    return ch in _ASCII_PUNCT or unicodedata.category(ch).startswith("P")


def normalize_answer(text: str) -> str:
    """SQuAD v1.1: lowercase, drop punctuation, drop a/an/the, fold whitespace."""
    text = "".join(ch for ch in text.lower() if not _is_punct(ch))
    return " ".join(_ARTICLES.sub(" ", text).split())


def _blank(prediction: str | None) -> bool:
    return prediction is None or not prediction.strip()


def exact_match(prediction: str | None, answers: Iterable[str]) -> float:
    """1.0 if the normalized prediction equals any normalized accepted answer; None/blank is 0."""
    if _blank(prediction):
        return 0.0
    pred = normalize_answer(prediction)
    return float(any(pred == normalize_answer(a) for a in answers))


def token_f1(prediction: str, answer: str) -> float:
    """SQuAD token F1 of one prediction against one answer (bag of normalized tokens)."""
    pred, gold = normalize_answer(prediction).split(), normalize_answer(answer).split()
    common = sum((Counter(pred) & Counter(gold)).values())
    # 2PR/(P+R) written as 2c/(|pred|+|gold|): the same number, without rounding at 0.5.
    return 2 * common / (len(pred) + len(gold)) if common else 0.0


def f1(prediction: str | None, answers: Iterable[str]) -> float:
    """Max token F1 over the accepted answers; None/blank prediction is 0."""
    if _blank(prediction):
        return 0.0
    return max((token_f1(prediction, a) for a in answers), default=0.0)


# -- answers: numbers ------------------------------------------------------------------------

_UNITS = {"bn": 10**9, "billion": 10**9, "m": 10**6, "million": 10**6, "k": 10**3, "thousand": 10**3}
_ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen " \
        "sixteen seventeen eighteen nineteen".split()
_TENS = {w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), 2)}
_WORDS = {w: i for i, w in enumerate(_ONES)} | _TENS | {"dozen": 12}
_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3}


def _unit_pct(n: int) -> str:
    """Optional unit then optional per cent, as groups unit<n> and pct<n>."""
    return rf"(?:\s?-?\s?(?P<unit{n}>bn|billion|m|million|k|thousand)\b)?(?P<pct{n}>\s?%|\s?per\s?cent\b)?"


_WORD_RE = "|".join(sorted(_WORDS, key=len, reverse=True))
NUMBER_RE = re.compile(
    rf"""(?P<date>\b\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\b)
    |(?P<years>\b(?:19|20)\d{{2}})[-–/](?P<years_end>(?:19|20)?\d{{2}})\b
    |(?<![\w.])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?){_unit_pct(1)}
    |\b(?:(?P<numer>{"|".join(_NUMERATORS)})[- ])?(?P<frac>{"|".join(_FRACTIONS)})\b
    |\b(?P<word>{_WORD_RE})(?:-(?P<word_ones>{"|".join(_ONES[1:10])}))?\b{_unit_pct(2)}""",
    re.I | re.X,
)


def _canonical(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else f"{float(value):.6g}"


def _key(match: re.Match[str]) -> str:
    g = {k: (v.lower() if v else v) for k, v in match.groupdict().items()}
    if g["date"]:
        return "date:" + ".".join(str(int(p)) for p in re.split(r"[./]", g["date"]))
    if g["years"]:
        return f"years:{g['years']}-{g['years_end'][-2:]}"
    if g["frac"]:
        return _canonical(Fraction(_NUMERATORS.get(g["numer"] or "a", 1), _FRACTIONS[g["frac"]]))
    if g["digits"]:
        value = Fraction(g["digits"].replace(",", ""))
    else:
        value = Fraction(_WORDS[g["word"]] + (_WORDS[g["word_ones"]] if g["word_ones"] else 0))
    value *= _UNITS.get(g["unit1"] or g["unit2"] or "", 1)
    return _canonical(value) + ("%" if g["pct1"] or g["pct2"] else "")


def numbers(text: str | None) -> list[str]:
    """Canonical keys of the numbers in `text`, in order, units applied.

    '£5.3 billion' and '£5.3bn' -> '5300000000'; '87,000' -> '87000'; '90%' and 'Ninety
    percent' -> '90%'; 'two-thirds' -> '0.666667'; '04.07.18' -> 'date:4.7.18';
    '2014-15' -> 'years:2014-15'. Currency symbols are ignored; per cent is kept.
    """
    return [_key(match) for match in NUMBER_RE.finditer(text or "")]


def first_number(text: str | None) -> str | None:
    """Canonical key of the first number in `text`, or None."""
    found = numbers(text)
    return found[0] if found else None


def answer_correct(prediction: str | None, answers: Iterable[str]) -> bool:
    """Numeric-aware correctness, true if it holds for any accepted answer.

    For an accepted answer with a number: the prediction's first number equals it (with
    several, e.g. 'from six to one', the prediction's first numbers equal all of them, in
    order). Otherwise: SQuAD token F1 >= 0.5. None/blank is incorrect.
    """
    if _blank(prediction):
        return False
    predicted = numbers(prediction)
    for answer in answers:
        expected = numbers(answer)
        if expected:
            if predicted[: len(expected)] == expected:
                return True
        elif token_f1(prediction, answer) >= 0.5:
            return True
    return False


# -- retrieval (per document) --------------------------------------------------------------------

def rank_documents(hit_doc_ids: Iterable[str], k: int) -> list[str]:
    """Documents in order of their first hit, the first k distinct ones."""
    ranked: list[str] = []
    for doc_id in hit_doc_ids:
        if doc_id not in ranked:
            ranked.append(doc_id)
            if len(ranked) == k:
                break
    return ranked


def recall_at_k(ranked: Sequence[str], relevant: Iterable[str], k: int) -> float:
    """1.0 if any relevant document is among the first k (a.k.a. success@k / hit rate)."""
    relevant = set(relevant)
    return float(any(d in relevant for d in ranked[:k]))


def reciprocal_rank(ranked: Sequence[str], relevant: Iterable[str], k: int) -> float:
    """1/rank of the first relevant document within the first k, else 0 (mean it for MRR@k)."""
    relevant = set(relevant)
    return next((1.0 / i for i, d in enumerate(ranked[:k], 1) if d in relevant), 0.0)


# -- citations ------------------------------------------------------------------------------------

def citation_precision(cited: Iterable[Sequence[str]], gold: Iterable[Iterable[str]]) -> Ratio:
    """Citations from a gold article / all citations, pooled over cases (cited[i] vs gold[i])."""
    hits = total = 0
    for docs, gold_docs in zip(cited, gold, strict=True):
        gold_set = set(gold_docs)
        hits += sum(d in gold_set for d in docs)
        total += len(docs)
    return Ratio(hits, total)


def citation_coverage(cited: Iterable[Sequence[str]], gold: Iterable[Iterable[str]]) -> Ratio:
    """Cases with at least one citation from a gold article / cases."""
    pairs = list(zip(cited, gold, strict=True))
    return Ratio(sum(bool(set(docs) & set(g)) for docs, g in pairs), len(pairs))


def is_verbatim(quote: str, source: str, start: int, end: int) -> bool:
    """The quote is exactly source[start:end] with valid offsets."""
    return 0 <= start <= end <= len(source) and source[start:end] == quote


# -- declining --------------------------------------------------------------------------------

def decline_metrics(cases: Iterable[tuple[bool, bool]]) -> dict[str, Ratio]:
    """From (answerable, abstained) pairs: decline precision, recall, false-decline rate."""
    pairs = list(cases)
    right = sum(abst and not ans for ans, abst in pairs)
    wrong = sum(abst and ans for ans, abst in pairs)
    n_answerable = sum(ans for ans, _ in pairs)
    return {
        "decline_precision": Ratio(right, right + wrong),
        "decline_recall": Ratio(right, len(pairs) - n_answerable),
        "false_decline_rate": Ratio(wrong, n_answerable),
    }


# -- latency --------------------------------------------------------------------------------------

def percentile(values: Iterable[float], q: float) -> float | None:
    """q-th percentile (0-100) with linear interpolation between ranks (numpy's default)."""
    xs = sorted(values)
    if not xs:
        return None
    pos = (len(xs) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)
