"""Hand-written thesaurus: maps the words staff type onto the words the articles use.

The corpus is five short news articles about the National Audit Office (NAO) report on
the Better Care Fund (BCF) and health and social care integration. Staff phrase questions
in their own words ("the spending watchdog slammed...", "admissions jumped..."), while
the articles say "the National Audit Office criticised...", "admissions rose...". This
table bridges that gap before the words reach the tokenizer.

How it was built: every *target* was taken from the articles' own vocabulary (checked by
script against the lowercased word set of the five articles, boilerplate excluded); every
*key* comes from general English knowledge of common paraphrases, spelling variants
(US "-ize", "program") and British news idiom ("watchdog", "bed blocking"). That first
version was not derived from any evaluation questions. Entries marked "dev review" were
added later while studying the bot's failures on the gold *dev* split (office shorthand,
"than expected", "bring out", "hospital trusts" for NHS Providers, filler words); none
came from the test split or the held-out file, which is how their effect is measured.

Rules followed:
  * precision over recall: a mapping is listed only when the two words are
    interchangeable in this corpus' context (a wrong synonym makes the bot "answer"
    questions the articles do not answer);
  * words the articles themselves use are not remapped (they already match; the one
    exception is the framing verb "called"), and proper names are never mapped (but for the
    articles' own two spellings of one name, "MacDougall" / "McDougall");
  * plain inflections that the Snowball stemmer already merges ("council"/"councils",
    "criticise"/"criticised") are left out to keep the table short;
  * a target of "" means "drop this word": it only frames the question.

WORD_SYNONYMS   user word -> article word ("" = drop)
PHRASE_SYNONYMS user word sequence -> article word sequence (bot/phrase_synonyms.py)
FRAMING_WORDS   words that only frame a question and carry no content
"""
from __future__ import annotations

from .phrase_synonyms import PHRASE_SYNONYMS  # the phrase half of the table, kept in its own module

WORD_SYNONYMS: dict[str, str] = {
    # --- going up ---------------------------------------------------------------
    "rise": "increase", "risen": "rose", "grew": "increased", "grow": "increase",
    "growth": "increase", "climb": "increase", "climbed": "increased", "climbing": "rising",
    "jump": "increase", "jumped": "increased", "soar": "increase", "soared": "increased",
    "soaring": "rising", "surge": "increase", "surged": "increased", "hike": "increase",
    "mounting": "rising",
    # --- going down / cuts ------------------------------------------------------
    "decrease": "reduce", "decreased": "reduced", "decreasing": "reducing",
    "decline": "fall", "declined": "reduced", "declining": "falling",
    "drop": "fall", "drops": "fall", "dropping": "falling", "fell": "fall",
    "shrink": "reduce", "lowered": "reduced", "lowering": "reducing", "curb": "reduce",
    "slash": "cut", "slashed": "cut", "trimmed": "cut", "trim": "cut", "trims": "cut",
    "cutback": "cuts", "cutbacks": "cuts", "austerity": "cuts",
    # --- cost, spending, saving -------------------------------------------------
    "overspend": "cost", "overspent": "cost", "overrun": "cost", "overruns": "costs", "price": "cost", "expense": "cost",
    "expenses": "costs", "expenditure": "spending", "outlay": "spending",
    "invest": "spend", "invested": "spent", "earmarked": "allocated",
    "efficiencies": "savings",
    "dislike": "like", "disliked": "like", "dislikes": "like",  # dev review: "what did the NHS dislike" ~ "did not like"
    "disagree": "agree", "disagreed": "agree", "disagrees": "agree",  # dev review: "which body disagreed" ~ "does not agree"
    "fear": "risk", "feared": "risk", "fears": "risk",  # dev review: "what did the NAO fear could happen" ~ "there is a risk that"
    "rollout": "rolled", "roll-out": "rolled",  # dev review: "for national rollout" ~ "rolled out nationally"
    "promise": "projected", "promised": "projected", "promises": "projected",  # dev review: plans "promised" savings
    # --- money and funding ------------------------------------------------------
    "cash": "money", "financing": "funding", "investment": "funding",
    # --- failing / succeeding ---------------------------------------------------
    "miss": "fail", "misses": "fail", "missed": "failed", "unsuccessful": "failed",
    "shortfall": "short",
    "accomplish": "achieve", "accomplished": "achieved", "attain": "achieve",
    "reach": "achieve", "reached": "achieved", "reaching": "achieve",  # "reach its potential" (dev review)
    "little": "limited", "scant": "limited",  # "little risk management" = "limited risk management" (dev review)
    "attained": "achieved", "realised": "achieved", "realized": "achieved",
    "fulfil": "deliver", "fulfill": "deliver", "fulfilled": "delivered",
    "succeed": "successful", "succeeded": "successful",
    "yield": "generate", "gains": "benefits",
    # --- warning, criticising, emphasising --------------------------------------
    "caution": "warned", "cautioned": "warned", "alerted": "warned",
    "criticize": "criticised", "criticized": "criticised", "criticizes": "criticised",
    "criticism": "criticised", "criticisms": "criticised",
    "slam": "criticised", "slams": "criticised", "slammed": "criticised",
    "attacked": "criticised", "blasted": "criticised", "condemned": "criticised",
    "lambasted": "criticised",
    "damning": "critical", "scathing": "critical", "critique": "critical",
    "flag": "highlighted", "flagged": "highlighted",
    "emphasize": "emphasised", "emphasized": "emphasised", "emphasis": "emphasised",
    "underlined": "emphasised",
    "verdict": "conclusion", "judgement": "conclusion", "judgment": "conclusion",
    "findings": "conclusions",  # dev review: "the NAO's findings" ~ "the NAO's conclusions"
    # --- saying, arguing, responding --------------------------------------------
    "claim": "argues", "claims": "argues", "claimed": "argued",
    "contend": "argues", "contended": "argued",
    "remarked": "commented", "remarks": "commented",
    "response": "responding", "reaction": "responding", "observed": "noted",
    "advise": "recommend", "advised": "recommend", "advice": "recommend",
    # --- describing / naming: framing only, dropped ------------------------------
    "describe": "", "described": "", "describes": "", "describing": "",
    "characterise": "", "characterised": "", "characterize": "", "characterized": "",
    "call": "", "called": "", "calls": "",
    "label": "", "labelled": "", "dubbed": "", "termed": "",
    # --- leading, running, heading ----------------------------------------------
    "boss": "head", "bosses": "head", "comptroller": "head", "headed": "led",
    "ceo": "executive", "chairman": "chair", "chairwoman": "chair",
    "accountable": "responsible", "supervision": "oversight", "monitoring": "oversight",
    # --- publishing, launching --------------------------------------------------
    "release": "published", "released": "published", "issued": "published",
    "unveiled": "published", "launch": "introduced", "launched": "introduced",
    # --- plans, aims, targets, expectations -------------------------------------
    "intend": "plan", "intends": "plans", "intended": "planned",
    "intention": "aim", "intentions": "aims", "objective": "aim", "objectives": "aims",
    "goal": "target", "goals": "targets", "pot": "fund", "hope": "targeted", "hoped": "targeted",
    "want": "ambition", "wants": "ambition", "wanted": "ambition",
    "vs": "against", "versus": "against", "element": "part", "elements": "part",
    "aspiration": "ambition", "aspirations": "ambition",
    "forecast": "projected", "predicted": "projected", "estimated": "projected",
    "anticipated": "expected", "timetable": "deadline", "cutoff": "deadline", "urgent": "emergency",
    "freedom": "flexibility", "freedoms": "flexibility", "hole": "gaps", "holes": "gaps",
    "schemes": "initiatives",  # the articles say "scheme" once, of the Fund itself; several are "initiatives"
    "fight": "struggle", "fighting": "struggle", "fights": "struggle", "battle": "struggle", "battling": "struggle",
    "overambitious": "ambitious", "overoptimistic": "optimistic",
    "unachievable": "unrealistic",
    # --- integrating, working together ------------------------------------------
    "combine": "integrate", "combining": "integrating",
    "merge": "integrate", "merged": "integrated", "merging": "integrating",
    "merger": "integration", "unify": "integrate", "unified": "integrated",
    "cooperation": "joint", "partnership": "joint",
    "involvement": "engagement", "participation": "engagement",
    # --- delaying, hindering, barriers ------------------------------------------
    "postpone": "delayed", "postponed": "delayed", "deferred": "delayed",
    "hamper": "hindered", "hampered": "hindered", "hampering": "hindered",
    "impede": "hindered", "obstruct": "hindered",
    "obstacle": "barriers", "obstacles": "barriers", "hurdle": "barriers",
    "hurdles": "barriers", "impediments": "barriers", "blockers": "barriers",
    "damaged": "weakened", "reluctance": "resistance", "opposition": "resistance",
    "mismatched": "misaligned", "marginalised": "sidelined", "marginalized": "sidelined",
    "strain": "pressure", "strains": "pressures",
    "tackle": "address", "tackled": "address", "tackling": "address",
    "spot": "identify", "spots": "identifies", "spotted": "identifying", "spotting": "identifying",
    # --- lacking ----------------------------------------------------------------
    "absent": "absence", "missing": "lacking", "shortage": "lack",
    # --- dropping a requirement -------------------------------------------------
    "abandon": "dropped", "abandoned": "dropped", "scrap": "dropped",
    "scrapped": "dropped", "ditched": "dropped", "axed": "dropped", "shelved": "dropped",
    # --- organisations and people -----------------------------------------------
    "centre": "central", "center": "central",  # "missing at the centre" (dev review)
    "holdups": "delayed",
    "watchdog": "nao", "watchdogs": "nao", "auditor": "nao", "auditors": "nao", "municipalities": "authorities",
    "mps": "mp", "union": "rcn",
    "staff": "workforce", "staffing": "workforce", "employees": "workforce",
    "personnel": "workforce", "workers": "workforce",
    "elderly": "older", "pensioners": "older", "seniors": "older",
    "capita": "person",
    # --- everyday paraphrases of dev questions (dev review) ------------------------
    "higher": "increased", "exceed": "increased", "exceeded": "increased",  # "how much higher were they than in 2014-15"
    "slated": "criticised", "slate": "criticised", "savaged": "criticised", "panned": "criticised",
    "gripe": "like", "gripes": "like", "grievance": "like", "grumble": "like",  # "did not like funds being syphoned off"
    "unhappy": "like", "displeased": "like", "dissatisfied": "like",
    "whitehall": "government", "ministry": "department", "ministries": "department",
    "bedblocking": "delayed transfers of care", "steer": "lead", "steering": "lead", "steered": "led",
    "smothered": "buried", "smother": "buried", "stifled": "buried",
    "breed": "increases", "breeds": "increases", "breeding": "increases",
    "slice": "part", "portion": "part", "chunk": "part", "tranche": "part",
    "data": "data information",  # "a barrier around data": "resistance to information sharing" (and still "cost data")
    "redo": "resubmitted", "redone": "resubmitted", "redid": "resubmitted", "rewrite": "resubmitted",
    "rewritten": "resubmitted", "rewrote": "resubmitted",
    "rethink": "review", "rethought": "review", "reconsider": "review", "reconsidered": "review",
    "mechanism": "way", "byline": "", "metaphor": "", "analogy": "",
    "react": "responding", "reacted": "responding", "reacting": "responding",
    "commons": "",  # "the Commons committee": the committee, wherever it sits
    # --- care activity ----------------------------------------------------------
    "admitted": "admissions", "hospitalisation": "admissions",
    "hospitalisations": "admissions", "unplanned": "emergency",
    "rehab": "rehabilitation", "folk": "people", "folks": "people",
    # --- reports, evidence, evaluation ------------------------------------------
    "investigation": "report", "inquiry": "report", "document": "report",
    "publication": "report",
    "proof": "evidence", "convincing": "compelling", "persuasive": "compelling",
    "untested": "unproven",
    "trial": "testing", "trials": "testing", "piloting": "testing",
    "trialled": "tested", "piloted": "tested",
    "effectiveness": "efficacy", "quantifiable": "measurable", "tangible": "demonstrable",
    "comparison": "compared", "baseline": "compared",  # dev review: "the comparison baseline for the rise" ~ "compared with 2014-15, they rose"
    "survival": "viability", "fragility": "viability",  # dev review: "organisations worried about their own survival"
    "mostly": "mainly", "largely": "mainly", "primarily": "mainly",  # dev review: "where has progress mostly shown up" ~ "mainly in"
    "metrics": "indicators", "measures": "indicators",  # dev review: "the number of measures linked to the payment-by-results slice"
    "criteria": "conditions", "remit": "scope",
    "program": "programme", "programs": "programmes",
    "template": "blueprints", "templates": "blueprints",
    # --- problems, judgements ---------------------------------------------------
    "mistakes": "errors", "blunders": "errors",
    "chaos": "shambles", "chaotic": "shambles", "fiasco": "shambles", "mess": "shambles",
    "badly": "poorly", "disappointment": "dismay",
    "worrying": "disturbing", "alarming": "disturbing", "troubling": "disturbing",
    "doubts": "reservations", "misgivings": "reservations",
    "jeopardy": "risk", "danger": "risk", "threat": "risk", "pitfall": "risk", "pitfalls": "risk",
    "sobering": "salutary", "panacea": "solution", "complicated": "complexity",
    "gulf": "divide", "rift": "divide",
    "solvency": "viability", "autonomy": "flexibility",
    "headway": "progress", "turnaround": "reversal",
    "swamped": "buried", "plethora": "slew",
    "siphon": "syphoned", "siphoned": "syphoned", "diverted": "syphoned",
    "safeguard": "protect", "safeguarding": "protecting",
    "foster": "encouraging", "fostering": "encouraging",
    "streamline": "simplify", "streamlining": "simplify",
    "bespoke": "tailored", "customised": "tailored",
    "redrafted": "resubmitted", "readiness": "preparation", "extension": "extend",
    "imminent": "looming",
    "amendments": "revisions", "alterations": "changes", "modifications": "changes",
    # --- size, degree, time -----------------------------------------------------
    "extra": "additional", "altogether": "total", "bigger": "larger",
    "considerable": "significant", "considerably": "significantly",
    "substantially": "significantly",
    "slow": "slower", "slowly": "slower", "quicker": "faster", "quickly": "faster",
    "nationwide": "nationally", "preceding": "previous", "newest": "latest",
    # dev review
    "concentrate": "focus", "concentrates": "focus", "concentrating": "focus", "concentrated": "focus",
    "quietly": "", "reckon": "", "reckoned": "", "suggest": "", "suggested": "", "suggests": "", "whatever": "", "someone": "", "somebody": "",
    "especially": "", "particularly": "",
    "choice": "decision", "choices": "decision", "lesson": "learn", "lessons": "learn", "learnt": "learn",
    # --- office shorthand (dev review) -------------------------------------------
    "govt": "government", "gov": "government", "dept": "department", "depts": "departments",
    "org": "organisations", "orgs": "organisations", "info": "information", "yrs": "years", "yr": "year", "emerg": "emergency",
    "mgmt": "management", "exec": "executive", "execs": "executive",
    "rpt": "report", "pres": "president", "sec": "secretary",
    "viewed": "seen", "regarded": "seen",  # "how should integration be viewed" = "should be seen as" (dev review)
    "plug": "cover", "plugging": "cover", "plugged": "cover",
    "resubmission": "resubmitted", "resubmissions": "resubmitted",  # dev review: "after resubmission"
    "requirements": "conditions",  # dev review: "the list of requirements areas must meet" ~ "conditions areas are required to meet"
    "big": "",  # dev review: "how big was the pot": the size is what "how much" asks; never content here
    # dev review (plain words): "the hoops areas jump through", "councils uneasy about ...", "trust overspends"
    "hoops": "conditions", "overspends": "deficits", "instrument": "tool", "instruments": "tool",
    # dev review (causes and consequences): "lasting savings"
    "lasting": "sustainable", "durable": "sustainable",
    "places": "areas",  # dev review: "the places that made integration work" ~ "the best performing areas"
    "macdougall": "mcdougall",  # not a paraphrase: one article spells the NAO's study lead both ways
}


# Words that only frame a question; every "" (drop) target above is one of them too.
FRAMING_WORDS: frozenset[str] = frozenset(
    """describe characterise characterize call name named kind sort type aspect
    roughly exactly approximately approx precisely exact approximate specifically
    size everywhere
    tell know explain list quote quoted refer refers referred mean meant
    word words phrase wording amount figure figures example examples please
    anything something think thinks believe believes besides staffer staffers role
    summarise summarised summarize summarized nobody properly
    real really true correct someone somebody
    monday tuesday wednesday thursday friday saturday sunday weekend""".split()  # "ahead of Thursday's meeting": when the asker meets
) | frozenset(w for w, target in WORD_SYNONYMS.items() if target == "")


def unknown_targets(article_words: set[str]) -> list[str]:
    """Targets (words this table maps onto) that are missing from `article_words`.

    "" (drop) is not a target. A test passes the lowercased word set of the articles and
    asserts the result is empty, i.e. the table only ever points at real article words.
    """
    targets = {w for t in WORD_SYNONYMS.values() for w in t.split()}
    for words in PHRASE_SYNONYMS.values():
        targets.update(words)
    return sorted(t for t in targets if t not in article_words)
