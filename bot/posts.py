"""Posts a question names and how a sentence holds them (pure): "who is the chief executive of
NHS England?" asks for the holder of a post at a body; "Amyas Morse, head of the NAO" holds one.
`answer.Answerer` reads the post once per question and checks each sentence with these."""
from __future__ import annotations

import re

from .thesaurus import WORD_SYNONYMS
from .tokens import by_word, stem, tokenize, tokenize_spans
from .word_tables import ABBREVIATIONS


_POST_WORDS = r"(?:chief|head|president|pres|secretary|sec|director|chair\w*|executive|ceo|manager|leader|minister|boss)"
# "Who is the chief executive of X?", "who runs the RCN?": the question names a post.
_NAMES_POST = re.compile(rf"\b(?:{_POST_WORDS}|runs|leads|heads|author|wrote)\b", re.I)


POST_TERMS = frozenset(tokenize("chief head boss leader"))
POST_ONLY = re.compile(rf"\b{_POST_WORDS}\b")  # lowercase: "National Health Executive" is a publisher


def names_post(question: str) -> bool:
    return bool(_NAMES_POST.search(question))
# "the chief executive of NHS England", "the LGA's chief executive": a post and the body it is at.
POSSESSIVE = r"(?:'s|’s|(?<=s)'|(?<=s)’)"  # "the RCN's", "the nurses'"
_POST_OF = re.compile(rf"\b((?:[\w’'-]+ ){{0,2}}{_POST_WORDS}(?: executive| exec| officer|[ -]elect)?\s+(?:of|at|for)\s+(?:the\s+)?"
                      rf"[\w’'&-]+(?:\s+(?:of|for|and)?\s*[A-Z][\w’'&-]*){{0,5}})"
                      rf"|\b([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){{0,4}}{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}{_POST_WORDS}(?:\s+executive)?)"
                      # "the nursing union's boss", "the nurses' union leader": lowercase, after "the"
                      rf"|\bthe\s+((?:[a-z&-]+\s+){{0,2}}[a-z&-]+{POSSESSIVE}\s+(?:[\w-]+\s+){{0,2}}{_POST_WORDS}(?:\s+executive)?)")


# "chair of (Parliament's) public spending committee": the committee; its owner is seldom named beside the post
_POST_OF_OWNED = re.compile(rf"\b((?:[\w’'-]+ ){{0,2}}{_POST_WORDS})\s+of\s+(?:the\s+)?(?:[\w’'&-]+{POSSESSIVE}\s+)?"
                            r"((?:[a-z-]+\s+){0,3}(?:committee|watchdog|union|association|college|office|department|board))\b(?!\s+of\b)", re.I)
# "Which minister did the chair of the committee blame?": the post holder is who acts, not who is asked
_ASKS_OBJECT = re.compile(r"^\W*(?:which|what) [\w-]+ (?:did|does|do|had|has|have|would|will)\b", re.I)
_ABBR_POST = re.compile(rf"\b([A-Za-z&]{{2,8}})\s+{_POST_WORDS}(?:\s+exec\w*|\s+officer)?\b", re.I)
_LEADS = re.compile(r"\b(?:who|that)\s+(?:was\s+|is\s+)?(leads|heads|runs|chairs|leading|heading|running|chairing|headed|ran|chaired|in charge of)\s+"
                    r"((?:the\s+)?[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)(?=\s*[,?(]|\s*$|\s+(?:when|while|during|at the time)\b"
                    r"|\s+and\s+(?:\w+ed|said|spoke|wrote)\b"  # "who chaired X and criticised ...": X
                    r"|\s+(?:that|which)\s+(?!(?:is|was|are|were)\b)[a-z]+(?:s|ed|ote)\b)", re.I)  # "who chaired the MPs' committee that checks spending": the committee
# "who headed the NAO team that carried out the study?": who ran a piece of work, not a post
_WORK_DONE = re.compile(r"\b(?:team|study|work|review|report|project|inquiry|investigation|research|analysis)$", re.I)
# "Who led the NAO?": its head; but "who led the study" asks who ran a piece of work, not a post
_LED_BODY = re.compile(r"\b(?i:who)\s+(?:was\s+|is\s+)?(led)\s+((?:the\s+)?(?:[A-Z][\w’'&-]*)(?:\s+[A-Z][\w’'&-]*){0,3})\s*(?:[,?]|$)")
# "Which nursing union leader ...": a post named by its body, after "which"
_WHICH_POST = re.compile(r"^\W*which ((?:(?!(?:organi[sz]ation|body|group|one)\b)[\w&’'-]+ ){1,3}(?:leader|head|chief|boss|ceo|chair|chairman|chairwoman|president|director)(?: executive)?)\b"
                         r"(?!\s+(?:of|at|for)\b)", re.I)
# "nhs providers chief exec?": a terse ask that is only the post and its body.
_TERSE_POST = re.compile(rf"^\s*(?:the )?((?:[\w&’'-]+ ){{1,3}}{_POST_WORDS}(?: exec\w*| executive| elect| officer)?)\b(?:\s+name)?\s*\?*\s*$", re.I)
# "Who is the health secretary?": a post named by its field.
_FIELD_POST = re.compile(r"\bthe ((?:[a-z-]+ ){1,2}(?:secretary|minister|president|director|chair\w*))\b", re.I)


def post_phrase(question: str) -> str | None:
    """The post and organisation (or field) a "who is the X of Y" question names, or None."""
    if _ASKS_OBJECT.search(question):
        return None  # "which minister did the chair of the committee blame?": the chair acts; no post is asked
    owned = _POST_OF_OWNED.search(question)
    if owned:
        return f"{owned.group(1)} of {owned.group(2)}"
    m = _POST_OF.search(question)
    if m:
        return m.group(2) or m.group(3) or _with_paraphrase(question, m.group(1), m.end(1))
    which = _WHICH_POST.search(question)
    if which:  # "which nursing union leader is quoted ...?"
        return which.group(1)
    led = _led(question)
    if led and not _WORK_DONE.search(led.group(2)):  # "the man that leads the audit office": the head of it; "who chairs X": its chair
        body = led.group(2)
        if re.fullmatch(r"(?:it|them|this|that|they)", body, re.I):
            # "the Local Government Association, who is the person that leads it": the body named before
            named = re.findall(r"\b((?:[A-Z][\w’'&-]*\s+)*[A-Z][\w’'&-]*)", question[: led.start()])
            body = named[-1] if named else body
        return f"{'chair' if led.group(1).lower().startswith('chair') else 'head'} of {body}"
    for short in _ABBR_POST.finditer(question):  # "the nhse chief exec", "rcn leader"
        if short.group(1).lower() in ABBREVIATIONS:
            return short.group(0)
    field = _FIELD_POST.search(question) or _TERSE_POST.match(question)
    return field.group(1) if field else None


def names_body(post: str) -> bool:
    """Does the post name its body ("the NHS England chief executive", "the nhse chief exec"), not
    describe it ("the social care leader")?"""
    return any(w[:1].isupper() or w.lower() in ABBREVIATIONS for w in re.findall(r"[\w&’'-]+", post)
               if not re.fullmatch(_POST_WORDS + r"|exec\w*|officer|elect", w, re.I))


def post_verb(question: str) -> str | None:
    """"Who headed the NAO?": the verb that stands for the post ("head of the NAO"), or None."""
    led = _led(question)
    return led.group(1) if led else None


def _led(question: str) -> re.Match[str] | None:
    """"who leads / headed / chairs X", "who led <a body>": the verb (group 1) and X (group 2)."""
    return _LEADS.search(question) or _LED_BODY.search(question)


_POST_STOPS = frozenset("that who which when where while and or but at in on for to with by from as was is were are did does had has".split())


def _with_paraphrase(question: str, post: str, end: int) -> str:
    """The body read on while the asker's plain words go on naming it: lowercase "the head
    of the spending watchdog" names the NAO in two words, not one; "chair of Parliament's
    spending watchdog committee" names the Committee of Public Accounts in four."""
    words = []
    for w in re.findall(r"\s+([\w’'-]+)", question[end:])[:3]:
        if w.lower() in _POST_STOPS:
            break  # "the head of the spending watchdog [that wrote it]": the body ends there
        words.append(w)
    best = post
    for i in range(1, len(words) + 1):
        more = " ".join(words[:i])
        read_on = f"{post} {more}"
        if tokenize(read_on) != tokenize(post) + tokenize(more) or (i == 1 and WORD_SYNONYMS.get(words[0].lower())):
            best = read_on  # a phrase of the thesaurus spans the post's body and these words
    return best


POST_REACH = 6  # content words (stop words not counted) between a post and its body ("Amyas Morse, head of the NAO")


def split_post(post: str) -> tuple[frozenset[str], frozenset[str]]:
    """The post's role words ("head", "chief exec") and its body's words ("NAO"), read once per question."""
    role = frozenset(t for w in re.findall(r"\b" + _POST_WORDS + r"(?:\s+exec\w*)?\b", post, re.I) for t in tokenize(w))
    return role, frozenset(tokenize(post)) - role


ELECT = stem("elect")


def post_beside_body(sentence: str, role: frozenset[str], body: frozenset[str]) -> bool:
    """Does the sentence name the post next to its body ("head of the NAO"), not just both
    somewhere ("the head of strategy at NHS Providers ... the NAO report")? (`split_post`)"""
    if not role or not body:
        return True
    words = [set(ts) for ts in by_word(tokenize_spans(sentence)).values()]
    elect = ELECT in role | body
    for i in (i for i, ts in enumerate(words) if role & ts):
        if not elect and i + 1 < len(words) and ELECT in words[i + 1]:
            continue  # "Margaret Willcox, president elect of ADASS" is not its president
        near = set().union(*words[max(0, i - POST_REACH) : i + POST_REACH + 1]) & body
        if 2 * len(near) >= len(body):  # at least half the body's words: "NHS" shares only "national" with the NAO
            return True
    return False
