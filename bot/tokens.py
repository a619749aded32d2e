"""The one tokenizer, for passages and questions alike.

Lowercase + NFKC, stop words removed, Snowball (English) stems, numbers made
canonical ("87,000" -> "87000", "£5.3bn" -> "5300000000", "16/17" -> "2016" "17"),
`_`/`-` split, abbreviations and their long forms yielding the same terms, and
irregular forms folded ("rose" ~ "increase", "led" ~ "lead"); the tables are in
`bot.word_tables`, `bot.thesaurus` and `bot.phrase_synonyms`. Changing this file or a table changes
TOKENIZER_VERSION (it hashes their source), which makes a built index stale.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import Stemmer

from . import phrase_synonyms as _phrases
from . import thesaurus as _thesaurus
from . import word_tables as _tables
from .thesaurus import PHRASE_SYNONYMS, WORD_SYNONYMS
from .word_tables import (ABBREVIATIONS, HYPHEN_PREFIXES, MULTIPLIERS, NUMBER_WORDS, PHRASES, STOP_WORDS,
                          VERB_PHRASES, WORD_FORMS)


TOKEN_RE = re.compile(
    r"""(?P<date>\b\d{1,2}\.\d{1,2}\.\d{2,4}\b)
       |(?P<num>\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:(?P<unit>bn|m|k)\b|\s?-?\s?(?P<word_unit>billion|million|thousand)\b|\s?(?P<pct>%))?
       |(?P<letters>\b(?:[A-Za-z][.-]){2,}(?:[A-Za-z]\b)?)
       |(?P<word>[^\W\d_]+(?:[’'&][^\W\d_]+)*(?:-(?=[^\W\d_]))?)""",
    re.X | re.I,
)

# "16/17" (or "FY16-17") is a financial year; "aged 16-17" or "weeks 11-12" is not.
_SHORT_YEAR = re.compile(r"(?<![\d.,/£-])([0-9]{2})/([0-9]{2})(?![\d.,%/])|(?<=FY)([0-9]{2})[–-]([0-9]{2})\b", re.I)
_BYLINE = re.compile(r"^By (?:[A-Z][\w’'.-]+ ){1,3}[A-Z][\w’'-]+,")  # "By Paul Carey-Kent, Policy Manager, CIPFA"
_MAX_PHRASE = max((len(k) for k in PHRASE_SYNONYMS), default=1)
_STEMMER = Stemmer.Stemmer("english")
# The tokenizer's own source and its tables' source: any edit to them makes built indexes stale.
TOKENIZER_VERSION = "2+" + hashlib.sha256(
    Path(__file__).read_bytes() + Path(_tables.__file__).read_bytes() + Path(_thesaurus.__file__).read_bytes()
    + Path(_phrases.__file__).read_bytes() + Stemmer.version().encode()
).hexdigest()[:12]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    # "viability" ~ "viable", "flexibility" ~ "flexible": Snowball keeps the noun and adjective apart
    if len(word) > 8 and word.endswith(("ability", "ibility")):
        word = word[:-5] + "le"
    return _STEMMER.stemWord(word)


def canonical_number(digits: str, multiplier: float = 1.0) -> str:
    """'87,000' -> '87000'; ('5.3', 1e9) -> '5300000000'; '0.9' -> '0.9'."""
    raw = digits.replace(",", "")
    value = float(raw) * multiplier
    if not math.isfinite(value) or len(raw) > 18:
        return raw  # beyond a float's precision: the digits are the identity
    if value == int(value) and abs(value) < 1e18:
        return str(int(value))
    return f"{value:.6g}"


@lru_cache(maxsize=4096)
def _nfkc(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


def _normalise(text: str) -> tuple[str, list[int] | None]:
    """NFKC text and, when it changed length, each character's original offset."""
    if text.isascii():
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        n = _nfkc(ch)
        parts.append(n)
        offsets.extend([i] * len(n))
    norm = "".join(parts)
    if len(norm) == len(text):
        return norm, None
    offsets.append(len(text))
    return norm, offsets


def _raw_words(original: str) -> list[tuple[str, int, int, bool]]:
    """(lowercased word or canonical number, start, end, is_number) in order;
    offsets are into `original` even where Unicode normalisation changed lengths."""
    text, offsets = _normalise(original)
    words = _scan(text)
    if offsets is None:
        return words
    return [(w, offsets[s], offsets[e - 1] + 1 if e > s else offsets[s], n) for w, s, e, n in words]


def _scan(text: str) -> list[tuple[str, int, int, bool]]:
    out: list[tuple[str, int, int, bool]] = []
    for m in TOKEN_RE.finditer(text):
        if m.group("date"):
            out.append((m.group("date"), m.start(), m.end(), True))
            continue
        if m.group("num"):
            year = _SHORT_YEAR.match(text, m.start())
            first, second = (year.group(1) or year.group(3), year.group(2) or year.group(4)) if year else ("", "")
            if year and (int(first) + 1) % 100 == int(second):  # "16/17" is the year 2016-17
                out.append(("20" + m.group("num") if m.group("num") < "50" else "19" + m.group("num"), m.start(), m.end(), True))
                continue
            unit = (m.group("unit") or m.group("word_unit") or "").lower()
            out.append((canonical_number(m.group("num"), MULTIPLIERS.get(unit, 1.0)), m.start(), m.end(), True))
            if m.group("pct"):
                out.append(("percent", m.start("pct"), m.end("pct"), False))
            continue
        if m.group("letters"):  # "R.C.N.", "S-T-F": an abbreviation spelt out letter by letter
            out.append((re.sub(r"[.-]", "", m.group("letters")).lower(), m.start(), m.end(), False))
            continue
        word = m.group("word").lower().replace("’", "'")
        if word.endswith("-"):
            word = word[:-1]
            nxt = TOKEN_RE.match(text, m.end())
            if word in HYPHEN_PREFIXES and nxt and nxt.group("word"):
                # "co-ordination" == "coordination", "re-ablement" == "reablement"
                continue_word = nxt.group("word").lower().rstrip("-")
                out.append((word + continue_word, m.start(), nxt.end(), False))
                # Skip the joined part on the next iteration by marking it.
                out.append(("\0skip", nxt.start(), nxt.end(), False))
                continue
        if word.endswith("'s"):
            word = word[:-2]
        word = _CLITIC.sub("", word)  # "they'd", "we've", "you'll": the pronoun (a stop word)
        out.append((word, m.start(), m.end(), False))
    # Drop words already joined into a hyphenated prefix word.
    cleaned: list[tuple[str, int, int, bool]] = []
    skip_starts = {s for w, s, _, _ in out if w == "\0skip"}
    for w, s, e, is_num in out:
        if w == "\0skip" or (s in skip_starts and cleaned and cleaned[-1][2] >= e):
            continue
        cleaned.append((w, s, e, is_num))
    return cleaned


_CLITIC = re.compile(r"'(?:d|ve|re|ll|m)$")


def _emit(word: str, start: int, end: int, out: list[tuple[str, int, int]]) -> None:
    word = WORD_FORMS.get(word, word)
    if word.endswith(("n't", "n’t")):
        return  # "aren't", "couldn't": a negation, and "not" is a stop word
    if word in NUMBER_WORDS:
        out.append((NUMBER_WORDS[word], start, end))
    elif word not in STOP_WORDS and len(word) > 0:
        out.append((stem(word), start, end))


def _apply_thesaurus(words: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """Rewrite a user's paraphrases into the articles' words (phrases first, then words)."""
    out: list[tuple[str, int, int, bool]] = []
    i, n = 0, len(words)
    while i < n:
        for length in range(min(_MAX_PHRASE, n - i), 1, -1):
            target = PHRASE_SYNONYMS.get(tuple(w for w, *_ in words[i : i + length]))
            if target is not None:  # () drops the phrase
                s, e = words[i][1], words[i + length - 1][2]
                out += [(w, s, e, False) for w in target]
                i += length
                break
        else:
            word, s, e, is_num = words[i]
            if not is_num and word in WORD_SYNONYMS:
                # "bedblocking" -> "delayed transfers of care": one word may stand for several
                out += [(w, s, e, False) for w in WORD_SYNONYMS[word].split()]
            else:
                out.append(words[i])
            i += 1
    return out


def tokenize_spans(text: str) -> list[tuple[str, int, int]]:
    """Terms with the (start, end) of the text they came from."""
    if len(text) <= _CACHED_TEXT:
        return list(_tokenize_spans_cached(text))
    return _tokenize_spans(text)


# Answering tokenizes the same short sentences and questions many times over; indexing
# sees each long text once, so only short texts are cached.
_CACHED_TEXT = 1000


def is_byline(text: str) -> bool:
    """"By Jane Smith, Policy Manager": the line naming who wrote the piece."""
    return bool(_BYLINE.match(text))


@lru_cache(maxsize=8192)
def _tokenize_spans_cached(text: str) -> tuple[tuple[str, int, int], ...]:
    return tuple(_tokenize_spans(text))


def _tokenize_spans(text: str) -> list[tuple[str, int, int]]:
    words = _apply_thesaurus(_raw_words(text))
    out: list[tuple[str, int, int]] = []
    if is_byline(text):  # "By Jane Smith, ..." says who wrote it
        out.append(("author", 0, 2))
    i = 0
    n = len(words)
    while i < n:
        for length in (7, 6, 5, 4, 3, 2):
            if i + length <= n:
                seq = tuple(w for w, *_ in words[i : i + length])
                canon = PHRASES.get(seq)
                if canon:
                    s, e = words[i][1], words[i + length - 1][2]
                    if canon in VERB_PHRASES:
                        _emit(canon, s, e, out)  # "went up" is just "increase"
                    else:
                        for w in seq:
                            _emit(w, s, e, out)
                        out.append((canon, s, e))
                    i += length
                    break
        else:
            word, s, e, is_num = words[i]
            if is_num:
                out.append((word, s, e))
            elif word in ABBREVIATIONS or (word.endswith("s") and word[:-1] in ABBREVIATIONS):
                abbr = word if word in ABBREVIATIONS else word[:-1]  # "STPs" is the plural of "STP"
                for w in ABBREVIATIONS[abbr]:
                    _emit(w, s, e, out)
                out.append((abbr, s, e))
            else:
                _emit(word, s, e, out)
            i += 1
    return out


def by_word(spans: list[tuple[str, int, int]]) -> dict[tuple[int, int], list[str]]:
    """The terms of each word, keyed by its (start, end): an abbreviation ("BCF") or a long
    form ("Better Care Fund") is one word with several terms."""
    out: dict[tuple[int, int], list[str]] = {}
    for t, s, e in spans:
        out.setdefault((s, e), []).append(t)
    return out


def tokenize(text: str) -> list[str]:
    return [t for t, _, _ in tokenize_spans(text)]
