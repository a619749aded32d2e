"""What a question requires of an answering sentence beyond its answer type (pure).

"What did the LGA say ...": the LGA must be the one speaking. "... say about the Better
Care Fund": the words must be about the fund. "When did Morse become head ...": the date
must sit next to the event. "Who is the current ...": the articles cannot say who holds
a post now. Each rule is a regex over the question; `answer.Answerer` applies them.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from dataclasses import dataclass, field

from .errors import QuestionError
from .question_focus import describer, first_group
from .question_types import BASED_ON, JUDGE_VERBS
from .tokens import by_word, stem, tokenize, tokenize_spans
from .posts import POST_ONLY, POST_TERMS
from .word_tables import NUMBER_WORDS

_FOLLOWUP = re.compile(r"^(and|but|so|also|what about|how about|what of|then)\b|\b(that|it|this|they|them|those|these)\b", re.I)
# Who said it, not what is asked: "according to X", "per X", "what did X say".
ATTRIBUTION = re.compile(r"\b(?i:according to|in the view of|in the eyes of) [^,?]*|\b(?i:per) (?=[A-Z]|the [A-Z])[^,?]*"
                         # "in the auditors' view", "in the NAO's opinion": whose view, not what is asked
                         r"|\b(?i:in (?:the |its |their |his |her )?(?:[\w-]+(?:'s|’s|'|’) )(?:view|opinion|eyes|estimation|judge?ment))\b"
                         r"|\b(?:does|did|do)\s+(?:[A-Z][\w’'-]+\s+)+(?=(?:say|said|think|warn|argue|claim|believe|indicate|suggest|tell|note|stress|admit|insist|reckon)\b)"
                         r"|^\s*(?:[A-Z][\w’'-]+\s+){1,3}(?=(?:says|said|warns|warned|argues|argued|claims|reckons|thinks)\b)")
# Words a sentence answering this type of question uses ("titled Health and social care integration").
TYPE_CUES: dict[str, tuple[str, ...]] = {"title": (stem("titled"),)}
# "Who is Janet Davies?", "What is Miriam Deakin's role?": asks what a named person is.
_ROLE_Q = re.compile(r"\bwho(?:'s|’s| is| was)\b|\b(?:roles?|jobs?|positions?|posts?|titles?|capacity)\b"
                     # "which organisation was she speaking for?" asks her role; "which organisation does he work for?" the body
                     # ... but "which organisation is she president elect of / a policy manager at?" asks the body
                     r"|\bwhich (?:body|organisation|organization)\b(?!.*\b(?:works?|worked|lead|leads|led|runs?|ran|represents?|represented|belongs?|belonged)\b)"
                     r"(?!.*\b(?:of|at|for|with)\s*\?*\s*$)"
                     r"|\bwhat does .+ do\b|\bwho (?:does|did|do) (?:s?he|they|[A-Z][\w’'-]+) work for\b"
                     r"|\bwho (?:[\w’'-]+ ){1,4}(?:is|was)(?: in (?:this|all this|the story|these articles))?\W*$", re.I)  # "remind me who Margaret Willcox is"
# Acts whose content is asked ("what did it propose?"): a sentence that does not report the act
# (the paper was only delayed) does not say what it proposed.
_ACTS = {stem(w) for w in "propose proposed recommend recommended accept accepted reject rejected announce announced decide decided".split()}
# Events a date question may ask about; the date must sit next to one ("when did X become
# head", "on what date did the NAO publish ...": not a date the sentence gives for something else).
_TENURE = {stem(w) for w in "become join appoint retire resign start took term tenure succeed publish announce unveil step quit leave left depart".split()}
# "Who is the current health secretary?": the articles are dated; who holds a post now is not in them.
_CURRENT = re.compile(r"\b(?:current|currently|now|present|incumbent|today|at the moment|these days)\b", re.I)
# "What did the LGA say in response to ...": the one who spoke, reacted or responded.
_RESPONDER = re.compile(r"\b(?:did|does|do|has|have)\s+((?:(?!(?:give|gave|its|their|his|her|put|it|they|what|which|she|he)\b)[\w’'&-]+,?\s+){1,10}?)(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bfor )(?<!\bany )(?<!['’] )(?<!['’]s )"
                        r"(?:say|said|respond|react|reply|comment|welcome|think|warn|indicate|suggest|tell|note|stress|admit|insist|reckon|believe|argue|claim|call\w* for|see(?![a-z])|saw|fear|urge(?!nt)|regret|doubt|blame)\w*\b"
                        r"|\b(?:what|how) (?:was|were|is) ((?:[\w’'&-]+\s+){1,5}?)(?:reaction|response|view|verdict)\b"
                        r"|^\s*((?:[\w’'&.-]+\s+){1,7}?)(?:said|says|warned|argued|claimed)\b"
                        r"|\bwho (?:from|at) ((?:[\w’'&-]+\s+){1,5}?)(?:said|says|spoke|comment\w*|respond\w*|react\w*|warn\w*|argued|welcom\w*)\b", re.I)
# "What did Deakin say about the Better Care Fund?": her words must be about that topic.
ABOUT = re.compile(r"(?:\b(?:what|how) (?:did|does|do|has|have)|^\s*(?:did|does|do|has|have))\b.*?\b(?:say|said|think|thought|feel|felt|argue|argued|warn|warned"
                    r"|comment|commented|make of)\s+(?:anything\s+|something\s+)?(?:about|on|regarding|of)\s+(.+?)\s*\??$"
                    # "what was the RCN chief executive's view of the vanguard sites?": her words must be about them
                    r"|^\W*what (?:was|is|were|are) (?:the )?[^?]{2,80}?(?:'s|’s|s') (?:view|opinion|verdict|take|position|stance|assessment)"
                    r" (?:of|on|about)\s+(.+?)\s*\??$"
                    # "what did MacDougall tell the summit about the pioneers' budgets?": about those budgets
                    r"|\bwhat (?:did|does|do|has|have) [^?]{2,80}? (?:tell|told) [^?]{2,60}? about\s+(.+?)\s*\??$", re.I)
# "How did Deakin characterise the fund's performance?": her words must be about the fund
# (the thing itself: not "in relation to each other", "relative to expectations", "they want")
_DESCRIBE = rf"(?:describe|characteri[sz]e|portray|depict|sum up|summari[sz]e|{JUDGE_VERBS})"
_DESCRIBED_THING = re.compile(rf"^\W*(?:how (?:did|does|do|has|have|had) .+? {_DESCRIBE}d?|what (?:did|does|do|has|have|had) .+? call(?!\s+for\b)"
                              rf"|(?:what|which) .+? (?:to|for) {_DESCRIBE})\s+(?!how\b|why\b|what\b|whether\b)(.+?)"
                              r"(?:\s+(?:in relation to|relative to|compared (?:with|to)|in terms of|as regards|against|they|he|she|it|which|that|who)\b.*)?\s*\??$", re.I)
# "What did Davies liken the vanguard sites to?": her words, said of the vanguard sites
_LIKENED = re.compile(r"\bwhat (?:did|does|do|has|have|had) (.+?) (?:liken|compare|equate)d? (.+?) (?:to|with)(?:\s+(?:at|in|during|when|while|on)\b.*)?\s*\??$", re.I)
# "councils' belief that the altered targets set integration back": what is judged is what they believe
# (not "claim", "suggestion", "fear": read as speech verbs, they would name the believers as speakers)
HELD_THAT = re.compile(r"\b(?:belief|view|idea|notion|assertion|concern|complaint)s?\s+that\s+(.+?)\s*\??$", re.I)
# "describe the job of integrating X", "the nature of the settlement": the activity, the settlement
# ("kind", "sort", "type" and "size" of are stop words already)
_FRAME_OF = re.compile(r"^(?:the |its |their |a |an )?(?:(?:job|task|work|business|process|act|effort|matter) of (?=[a-z]+ing\b)"
                       r"|(?:scale|nature|tone) of )", re.I)
# "what happened to the 2020 requirement?": the thing asked about
_HAPPENED_OBJECT = (r" to (?:all |both |each )?(?:the |this |that |its |their |of the )?((?:[\w’'-]+\s+){0,6}?[\w’'-]+?)"
                    r"(?=\s+(?:by|in|for|of|across|since|after|under|at|on|so|compared|against|with|than|if|when|without|unless|once|because)\b|\s*[,?]|$)")
HAPPENED_TO = re.compile(r"\bhappen(?:ed|s)?(?: (?:under|in|during|with|over|after|since)(?: (?!to\b)[\w’'-]+){1,5}?)?" + _HAPPENED_OBJECT, re.I)
# ... which a sentence must name ("happened with patients waiting to be discharged" names no object)
_HAPPENED_DIRECTLY_TO = re.compile(r"\bhappen(?:ed|s)?" + _HAPPENED_OBJECT, re.I)
_ACCORDING_TO = re.compile(r"\b(?i:according to|in the view of|in the eyes of)\s+([^,?]+)|\b(?i:per)\s+((?:the\s+)?[A-Z][^,?]*)")
_IN_RESPONSE = re.compile(r"\bin (?:response|reply|reaction) to\b", re.I)
_RECOMMENDS = re.compile(r"\b(?:recommend\w*|propos\w*|call(?:ed|s)? for|urg\w*|suggest\w*)\b", re.I)
_REACTION = re.compile(r"\b(?:respond\w*|response|react\w*|reply|replied)\b", re.I)
# Words that report a reaction or a statement in the answering sentence.
_REPORTED = re.compile(r"\b(?:respond\w*|response|react\w*|repl\w*|said|says|comment\w*|welcom\w*|told|warn\w*|added|argued|called)\b", re.I)
# A sentence that is (part of) a quotation: opens or closes with quote marks, "..., she said", or
# "She added: “..." (a quote running on into the next paragraph is left open).
_QUOTATION = re.compile(r"^\W*[“\"]|[”\"]\W*$|[,.]”\s+(?:s?he|they|it)\s+(?:said|added|says|warned)"
                        r"|^\W*(?:s?he|they)\s+(?:said|added|says|adds|warned|continued|argued|went on)\s*[:,]\s*[“\"]", re.I)
# Speakers named only by a generic word ("the report", "the chief") do not narrow anything down.
GENERIC_SPEAKER_TERMS = frozenset(tokenize("report reports government chief head boss leader people organisation organization body spokesperson spokesman spokeswoman representative"))


@dataclass(frozen=True)
class Requirements:
    """What an answering sentence must show, read off the question."""

    speaker: tuple[frozenset[str], ...] = ()  # who must be speaking: the terms of each word naming them
    reaction: bool = False  # "how did X respond": the sentence must report a reaction
    topic: tuple[str, ...] = ()  # terms of what they must be speaking about
    event: frozenset[str] = field(default_factory=frozenset)  # "become", "join": next to the date asked
    now: bool = False  # "who is the current ...": not answerable from dated articles
    act: frozenset[str] = field(default_factory=frozenset)  # "what did the green paper propose": that act must be reported
    call: frozenset[str] = field(default_factory=frozenset)  # "what did X call for": the sentence itself reports a call or need


_LIST_OF = re.compile(r"\b(?:(?:which|what) (?:are |were )?|(?:the )?names? of |name |list )(?:all )?(?:the )?(?:(?!(?:have|has|had|did|does|do|is|was|will|would|could)\b)[a-z]+ )?"
                     r"(two|three|four|five|six|seven|eight|nine|ten|[2-9]|10) (?!(?:of|in|out|decades?|years?|months?|weeks?|days?)\b)[a-z]+", re.I)


def listed_count(question: str) -> int:
    """"Which three conditions ...": how many things the answer must name (0: not a list question)."""
    m = _LIST_OF.search(question)
    return int(NUMBER_WORDS.get(m.group(1).lower(), m.group(1))) if m else 0


def is_followup(question: str) -> bool:
    """Short or pronoun-led: read it with the thread's previous question."""
    return len(question.split()) <= 8 or bool(_FOLLOWUP.search(question))


def is_role_question(question: str) -> bool:
    """Asks what someone is ("who is X", "X's role"), once the caller knows X is a person."""
    return bool(_ROLE_Q.search(question))


def is_quotation(sentence: str) -> bool:
    return bool(_QUOTATION.search(sentence))


# "Miriam Deakin, commented: “...": a sentence opening someone's quotation
_INTRODUCES = re.compile(r"\b(?:said|says|commented|comments|added|adding|adds|argued|warned|explained|stated|noted"
                         r"|emphasi[sz]ed|indicated|continued|told [\w ]{1,30}?)\s*[:,]?\s*[“\"]", re.I)


_PRONOUN_SPEAKER = re.compile(r"\W*(?:s?he|they)\s+\w+\s*[:,]?\s*[“\"]", re.I)  # "She added: “...": the speaker before goes on


def introduces_quotation(sentence: str) -> bool:
    return bool(_INTRODUCES.search(sentence))


def introduces_new_speaker(sentence: str) -> bool:
    """Opens a quotation by someone it names ("Deakin commented: “..."), not "She added: “..."."""
    return introduces_quotation(sentence) and not _PRONOUN_SPEAKER.match(sentence)


def reports_reaction(sentence: str, speaker: list[frozenset[str]]) -> bool:
    """A quotation, or the speaker named before a reporting verb ("Responding to the
    report, X commented ..."); "the report said the DoH had not ..." is not the DoH's reaction."""
    if is_quotation(sentence):
        return True
    cues = [m.start() for m in _REPORTED.finditer(sentence)]
    if not cues:
        return False
    first = min((s for t, s, _ in tokenize_spans(sentence) if any(t in w for w in speaker)), default=None)
    return not speaker or (first is not None and first < max(cues))


# "Who chaired the summit?": someone who spoke at it did not chair it.
_PERSON_ACTS = {stem(w) for w in "chair host found edit organise".split()}
# "What did X call for?": a call ("has called for ...") or a need ("we need ...") must be reported
_CALL_FOR = re.compile(r"\bcall(?:s|ed|ing)? for\b", re.I)
# "what is Deakin asking for?", "what did NHS Providers want to see?": what someone calls for ("we need ...")
WANTED = re.compile(r"\bwhat (?:did|does|do|is|are|was|were) (?:[\w’'-]+ ){1,6}?(?P<frame>want(?:ed|s)? to see|wanting to see|want(?:ed|s)?(?=\s*(?:from|\?|$))"
                    r"|(?:ask|push|press|argu|plead|lobby|campaign)(?:ing|ed|s|e|es)? for)", re.I)
_CALL_ACT = frozenset({stem("need"), stem("call"), stem("case")})  # "the case for a single settlement"
_WHO_ACTED = re.compile(r"\bwho (?:chair|host|found|edit|organis)\w*\b", re.I)


def _started_act(question: str) -> frozenset[str]:
    """"When was the fund due to start?": a start of something, not of someone in a post."""
    in_post = re.search(r"\bstart(?:ed|s|ing)? (?:as|work|in (?:the |his |her |their )?(?:post|role|job))\b", question, re.I)
    return frozenset() if in_post else frozenset({stem("start")})


def requirements(question: str, kind: str, terms: list[str], people: list[str] | None = None) -> Requirements:
    """`people`: names of persons the question mentions ("According to Willcox, ..." then
    requires Willcox's own words; "according to the NAO" does not, the NAO speaks in many voices)."""
    who = _RESPONDER.search(question)
    according = _ACCORDING_TO.search(question)
    source = next((g for g in who.groups() if g), "") if who else ""
    said_by = (according.group(1) or according.group(2)) if according else ""
    if who and who.group(3) and not re.match(r"\s*(?:someone|somebody|a|an|one)\b", who.group(3), re.I):
        # "nao says the extra admissions cost how much": an attribution, like "according to"
        source, said_by = "", said_by or who.group(3)
    by_post = not source and bool(said_by) and bool(POST_ONLY.search(said_by))
    if not source and said_by and (any(p.lower() in said_by.lower() for p in people or []) or by_post):
        source = said_by  # "according to the head of the NAO": one person's words, not any the NAO published
    if not source and kind == "quote":
        # "How did the RCN's Janet Davies characterise ...?": her own words
        source = describer(question)
    likened = _LIKENED.search(question)
    if likened and not source:
        source = likened.group(1)
    if re.match(r"\s*(?:which|what|who)\b", source, re.I):
        source = ""  # "Which organisation said ...": the speaker is the answer, not a requirement
    speaker: list[frozenset[str]] = []
    if source:
        words = [frozenset(ts) for ts in by_word(tokenize_spans(source)).values()]
        speaker = [ts for ts in words if not ts <= GENERIC_SPEAKER_TERMS or (by_post and ts & POST_TERMS)]
        speaker = [ts for ts in speaker if not all(t.isdigit() for t in ts)]  # "one article": no one in particular
    about = (ABOUT.search(question) or _HAPPENED_DIRECTLY_TO.search(question)
             or (HELD_THAT.search(question) or _DESCRIBED_THING.search(question) if speaker else None))
    return Requirements(
        speaker=tuple(speaker),
        # "what did the NAO recommend in response to slow progress?": a recommendation, not a reaction to the report
        reaction=bool(_REACTION.search(question)) and not (_IN_RESPONSE.search(question) and _RECOMMENDS.search(question)),
        topic=tuple(tokenize(_FRAME_OF.sub("", first_group(about).strip()))) if about else tuple(tokenize(likened.group(2))) if likened and speaker else (),
        event=frozenset(_TENURE.intersection(terms)) - _started_act(question) if kind in ("date", "duration") else frozenset(),
        now=kind in ("person", "role") and bool(_CURRENT.search(question)),
        act=(frozenset(_ACTS.intersection(terms)) if kind == "other"
             else frozenset(_PERSON_ACTS.intersection(terms)) if kind == "person" and _WHO_ACTED.search(question) else frozenset()),
        call=_CALL_ACT if kind == "other" and (_CALL_FOR.search(question) or WANTED.search(question)) else frozenset(),
    )


MAX_QUESTION_CHARS = 2000


def validate_question(question: str) -> str:
    """Whitespace-folded question, or a QuestionError naming the problem and the fix."""
    # NFKC first, so "Ｗｈｏ ｉｓ ..." is typed and matched like "Who is ...".
    text = " ".join(unicodedata.normalize("NFKC", question).replace("\x00", " ").split())
    if not text:
        raise QuestionError('the question is empty — ask something, e.g. "How much did emergency admissions rise?"')
    if len(text) > MAX_QUESTION_CHARS:
        raise QuestionError(f"the question is {len(text):,} characters; the limit is {MAX_QUESTION_CHARS:,} — shorten it")
    return text


_STATED_REASON_ONLY = re.compile(r"\bwhat (?:reason|explanation|justification|rationale)s? (?:did|does|do|has|had|have|was|were)\b"
                                 r"|\b(?:give|gave|given|offer|offered) as (?:the|a|its|their) (?:reason|explanation)\b|\bwhat explains\b"
                                 r"|^\W*why (?:did|does|do|has|had|have|was|were|is|are) (?:the )?(?:government|ministers?|department|dh|dhsc|treasury|nhs england)\b"
                                 # "what led the government to cut ...?", "the government's reason for boosting ...": a decision's reason
                                 r"|^\W*what (?:led|caused|prompted|made|drove|pushed|persuaded) (?:the )?(?:government|ministers?|department|dh|dhsc|treasury|nhs england)\b"
                                 r"|\b(?:government|ministers|department|nhs england)(?:'s|’s|') (?:reason|rationale|justification|explanation|thinking)\b"
                                 # "what caused X?": a cause the sentence states as one ("have led to", "because"), not a stretch of it
                                 r"|^\W*(?:[^,?]{2,60},\s*)?what (?:had |has |have )?caused\b"
                                 # "why was the green paper delayed?", "why was a 3.5% cut chosen?": a decision, reported without its reason
                                 r"|^\W*why (?:was|were|has been|had been|have been) (?!there\b)[^?,]{3,80}? (?:delayed|postponed|pushed back|chosen|picked|set|boosted|"
                                 r"given|handed|dropped|scrapped|selected|introduced|created|launched|made responsible|put in charge)\b"
                                 # "what did NHS England base its choice on?": grounds stated as such, or none
                                 r"|" + BASED_ON +
                                 # "why did MacDougall say the requirement had been dropped?": the decision's reason, as he gave it
                                 r"|^\W*why (?:did|does|do) [^?]{2,60}? (?:say|said|tell|told|think|argue|claim|indicate)\b[^?]*\b(?:had been|has been|was|were|have been)"
                                 r" (?:delayed|postponed|pushed back|dropped|scrapped|abandoned|chosen|picked|selected)\b", re.I)


# "Why did NHS England choose seven models?": the decision whose reason is asked; the answering sentence must report it
_DECISION_WORDS = re.compile(r"\b(?:choose|chose|chosen|choosing|settle|settled|settling|select|selected|selecting|pick|picked|picking"
                             r"|cut|cutting|set|setting|delay|delayed|delaying|postpone|postponed|drop|dropped|dropping|scrap|scrapped"
                             r"|boost|boosted|boosting|choice|choices|decision|decisions)\b", re.I)


def decision_terms(question: str) -> frozenset[str]:
    """The terms of the decision a stated-reason question asks about ("choose", "cut"), if any."""
    return frozenset(t for m in _DECISION_WORDS.finditer(question) for t in tokenize(m.group(0)))


@lru_cache(maxsize=512)  # read per candidate sentence in `spans`: once per question is enough
def asks_stated_reason(question: str) -> bool:
    """"What reason did the government give for ...?", "why did ministers cut ...?": only a reason the
    articles state as one answers it (they report decisions without their reasons)."""
    # "Why, according to X, had the government dropped it?": read without the aside naming the source
    return bool(_STATED_REASON_ONLY.search(_ASIDE_SOURCE.sub("", question)))


_ASIDE_SOURCE = re.compile(r",\s*(?:according to|in the view of|per|in the eyes of)\s[^,?]*,", re.I)
