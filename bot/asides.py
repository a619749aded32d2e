"""The asker's own words around a question (pure): Slack shorthand spelt out, a sentence or a
lead-in about the asker, a remark on the thing asked about, a gloss between dashes; left out
so that only what is asked is searched for."""
from __future__ import annotations

import re

from .question_focus import WH
from .tokens import tokenize

_INFORMAL = re.compile(r"\b(what|who|where|when|how|that|there)s\b|\b(do|does|did|is|was|are|were|has|have|had|can|could|would|should)nt\b", re.I)


# "dtoc rise 15-16?": a financial year written short (the second year follows the first)
_SHORT_FY = re.compile(r"(?<![\d£$.,/-])(1\d|2\d)-(\d\d)(?![\d%.,-])")


# "@U123", "@alice": a handle addresses a person and asks nothing; "#BCF", "#finance": the word may be asked about
_HANDLE = re.compile(r"(?<![\w@#])@[A-Za-z][\w.-]*\s*")
_HASHTAG = re.compile(r"(?<![\w@#])#(?=[A-Za-z])")
_LEFT_BEHIND = re.compile(r"\s*[,;:]\s*(?=[?.!]|$)")  # "... pot, @alice?" -> "... pot?"


def expand_informal(question: str) -> str:
    """Slack shorthand spelt out: "whats" -> "what's", "didnt" -> "didn't", "15-16" -> "2015-16";
    handles left out ("@alice"), hashtags read as words ("#BCF" -> "BCF")."""
    plain = _LEFT_BEHIND.sub("", _HASHTAG.sub("", _HANDLE.sub("", question))).strip()  # "@alice" alone asks nothing
    text = _INFORMAL.sub(lambda m: f"{m.group(1)}'s" if m.group(1) else f"{m.group(2)}n't", plain)
    return _SHORT_FY.sub(lambda m: f"20{m.group(1)}-{m.group(2)}" if int(m.group(2)) == int(m.group(1)) + 1 else m.group(0), text)


# A sentence of the asker's own beside the question ("I work on a busy ward ...", "I heard
# it was embarrassingly low", "Asking because ..."): who asks, not what is asked.
_SENTENCE = re.compile(r"(?:[^.?!]|[.?!](?=\S))+(?:[.?!]+|$)")  # "£5.3bn", "R.C.N." do not end one
_ASIDE = re.compile(r"\s*(?:i|i'?m|i'?d|i'?ve|we|we'?re|my|our|asking|feels?|just|thanks|thank you|cheers|tbh|fyi|sorry"
                    r"|(?:[\w-]+\s+){0,2}(?:wants?|needs?) (?:the|a|an|it|this|that|to know))\b", re.I)  # "finance want the number"


_LEAD_IN = re.compile(r"^\s*(?:for (?:my|our) [^:?–—]{3,80}?|quick (?:q|question|one)(?: for [^:?–—]{1,60}?)?|context"
                      r"|(?:any |one |the |a )?(?:good news|positives?|silver lining|upside|bright spot)"
                      # "Quick check:", "For the board paper:", "Before we commit to a timetable:": the asker's occasion
                      r"|(?:quick|sanity|just|before|ahead of|being|for the|background|checking|double[- ]checking)\b[^:?–—\d£]{0,120}?(?=:)"
                      r"|(?:i'?m|i am|we'?re|we are|i work|we work) [^:?]{3,100}?(?=:)"
                      # "We'll be talking timescales with the trust - by what year ...?": the asker's situation
                      r"|(?:i|we)(?:'ll|’ll| will|'ve|’ve| have|'re|’re| are|'m|’m| am) [^:?–—\d£]{3,100}?(?=\s[-–—]\s)"
                      # "A trust board member asks: ...": who is asking
                      r"|(?:a|an|the|my|our|one) [^:?]{1,60}?\b(?:asks|wants to know|would like to know|wonders|is asking|needs to know)(?=\s*:))"
                      r"\s*(?::|\s[-–—])\s*(?=\S)", re.I)


# "the pot we keep hearing about", "the report everyone is talking about": the asker's remark on the thing
_HEARD_OF = re.compile(r",?\s+(?:that |which )?(?:we|i|you|everyone|everybody|people|they)(?:'ve|’ve| have|'re|’re| are| is)?"
                       r"(?: (?:all|always|keep|keeps|kept|been|so often))* (?:hear(?:ing)?|heard|read(?:ing)?|talk(?:ing)?|talked|go(?:ing)? on) about(?=\s*[?,.!]|\s*$)", re.I)


_GLOSS = re.compile(r"\s[-–—]\s(?=[a-z])[^-–—?:]{3,100}?\s[-–—]\s(?=\S)")


# "For the record, ...", "For the purposes of these minutes, ...": the occasion, with a comma
_FORMAL_LEAD_IN = re.compile(r"^\s*(?:for the record|for the purposes of (?:these|the|our|my) (?:minutes|record|notes|paper|report|briefing)"
                             # "For the briefing note,", "For this week's board paper,": lowercase words before the kind of paper
                             r"|for (?:the|this|a|our|my)(?-i: [a-z'’-]+){0,2} (?:minutes|board|briefing|note|notes|paper|memo|email|slides?|update|summary|brief|newsletter|meeting))\s*[,:]\s*", re.I)


_GLOSS_FIRST = re.compile(r"^\s*([^?–—]{10,200}?)\s[–—-]\s(.*\b(?:these|this|those|such)\s+[a-z][^?]*\?)\s*$", re.I)
MIN_RENAMED_TERMS = 3


# "Matron here, ...", "Commissioner here – ...": who is asking
_HERE = re.compile(r"^\s*(?!(?:what|which|who|how|why|when|where|is|are|was|were|did|does|do)\b)(?:[\w’'-]+\s+){1,3}here\s*(?:[,:;!.]|\s[-–—])\s*(?=\S)", re.I)


def without_asides(question: str) -> str:
    """The question without sentences in which the asker talks about themselves, nor a lead-in
    of theirs ("For my board report on BCF performance: ..."), nor their remark on the thing
    asked about ("the pot we keep hearing about")."""
    question = _HEARD_OF.sub("", _LEAD_IN.sub("", _FORMAL_LEAD_IN.sub("", _HERE.sub("", question))))
    # "delayed transfers of care - patients kept in hospital while waiting - rise by how much?": a gloss between dashes
    question = _GLOSS.sub(" ", question)
    lead = _GLOSS_FIRST.match(question)
    if lead and not WH.search(lead.group(1)) and len(tokenize(lead.group(2))) >= MIN_RENAMED_TERMS:
        # "Patients stuck in hospital waiting to move on — by how much did these delayed transfers rise?":
        # the question names its subject again ("these ..."), so the words before the dash only gloss it
        question = lead.group(2)
    sentences = [m.group(0) for m in _SENTENCE.finditer(question) if m.group(0).strip()]
    if len(sentences) < 2:
        return question
    kept = [s for s in sentences if s.rstrip().endswith("?") or not _ASIDE.match(s)]
    if kept and all(_BARE_CHECK.match(s) for s in kept):
        # "I remember reading that admissions went down by 87,000. Is that right?": the claim is the question
        claims = [s for s in sentences if s not in kept]
        said = _HEARD.sub("", " ".join(c.strip() for c in claims)).rstrip(".!")
        return f"Is it true that {said}?" if said else question
    return "".join(kept).strip() or question


_BARE_CHECK = re.compile(r"^\W*(?:(?:is|was) (?:that|this|it) (?:right|true|correct|accurate|so)|right|true|correct)\W*$", re.I)
_HEARD = re.compile(r"^\W*(?:i|we)(?:'ve|’ve| have)?\s+(?:[\w’'-]+\s+){0,3}?(?:read|heard|saw|seen|was told|were told|remember\w*|think|thought|believe|understand)"
                    r"(?:\s+\w+ing)?(?:\s+(?:that|somewhere that|somewhere))?\s+", re.I)
