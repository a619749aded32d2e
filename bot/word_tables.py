"""The tokenizer's word tables: stop words, folded word forms, abbreviations and their
long forms, number words. Data only; `bot.tokens` applies them. They are part of
TOKENIZER_VERSION, so editing them makes a built index stale."""
from __future__ import annotations

from .thesaurus import FRAMING_WORDS

_BASE_STOP_WORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further had
    has have having he her here hers herself him himself his how i if in into is it its itself just
    me more most my myself nor not of off on once only or other our ours ourselves out over own same
    she should so some such than that the their theirs them themselves then there these they this
    those through to too under until very was we were what when where which while who whom why will
    with without would you your yours yourself yourselves also s t according said says say did many much
    ever tell know let us one get got go went going up whose instead rather ie eg done even though although
    kind type sort name describe described description characterise characterised call called thing things exactly happen happened date month
    article articles blog piece story commentary column number numbers actual actually precise precisely shall may might must
    among amongst upon onto""".split()
)
# "get" is a light verb ("getting a top-up", "got people working together", "get admissions down"): no content
STOP_WORDS = _BASE_STOP_WORDS | FRAMING_WORDS | frozenset("get gets getting got".split())

# Irregular or synonymous verb forms folded onto one canonical word (before stemming).
WORD_FORMS: dict[str, str] = {
    **dict.fromkeys("rise rises rising rose risen increase increased increases increasing grew grow grows grown growing climb climbed soared".split(), "increase"),
    **dict.fromkeys("fall falls falling fell fallen decrease decreased decreases decreasing reduce reduced reduces reducing reduction reductions drop dropped declined decline".split(), "decrease"),
    **dict.fromkeys("spent spend spends spending expenditure".split(), "spend"),
    **dict.fromkeys("costed costs costing cost".split(), "cost"),
    **dict.fromkeys("said says told stated".split(), "say"),
    **dict.fromkeys("percentage percent per_cent proportion".split(), "percent"),
    **dict.fromkeys("hamper hampered hampering hinder hindered hindering inhibit inhibited inhibiting".split(), "hinder"),
    **dict.fromkeys("final last".split(), "last"),
    **dict.fromkeys("extra additional boost boosted".split(), "boost"),
    **dict.fromkeys("receive received receives receiving".split(), "receive"),
    # the stemmer cuts "sacrificing" to "sacrif" but "sacrifice" to "sacrific"
    **dict.fromkeys("sacrifice sacrifices sacrificing sacrificed".split(), "sacrifice"),
    **dict.fromkeys("evidenced evidencing".split(), "evidence"),
    **dict.fromkeys("incoming elect".split(), "elect"),
    **dict.fromkeys("less fewer lower".split(), "decrease"),
    **dict.fromkeys("find finds finding found findings".split(), "find"),
    **dict.fromkeys("wrote written writes writer author authored".split(), "author"),
    **dict.fromkeys("leader leaders leads runs chief head heads boss".split(), "head"),
    **dict.fromkeys("supposed intended".split(), "plan"),
    **dict.fromkeys("proof evidence".split(), "evidence"),
    **dict.fromkeys("spoke spoken speaks speaking talked".split(), "speak"),
    **dict.fromkeys("talk talks talking".split(), "speak"),
    **dict.fromkeys("cut cuts cutting".split(), "decrease"),
    **dict.fromkeys("absence absent lack lacks lacked lacking".split(), "lack"),
    **dict.fromkeys("decide decides decided deciding decision decisions".split(), "decision"),
    "share": "percent",
    "leadership": "lead",
    "delivery": "deliver", "deliveries": "deliver",  # Snowball keeps "deliveri" apart from "deliv"
    "pooled": "pool", "pooling": "pool",
}

# Irregular past forms the stemmer cannot fold ("led" ~ "lead"): general English, not the corpus.
IRREGULAR = {
    "lead": "led", "make": "made", "pay": "paid", "give": "gave given", "take": "took taken",
    "bring": "brought", "begin": "began begun", "see": "saw seen", "think": "thought", "seek": "sought",
    "keep": "kept", "meet": "met", "hold": "held", "leave": "left", "lose": "lost", "send": "sent",
    "win": "won", "build": "built", "know": "knew known", "show": "showed shown", "choose": "chose chosen",
    "draw": "drew drawn", "drive": "drove driven", "hide": "hid hidden", "feel": "felt", "mean": "meant",
    "buy": "bought", "sell": "sold", "teach": "taught", "catch": "caught", "fight": "fought",
    "understand": "understood", "stand": "stood", "run": "ran", "come": "came", "become": "became",
    "deal": "dealt", "lend": "lent", "feed": "fed", "forget": "forgot forgotten", "undertake": "undertook undertaken",
    "withdraw": "withdrew withdrawn", "oversee": "oversaw overseen", "undergo": "underwent undergone",
    "arise": "arose arisen", "break": "broke broken", "overtake": "overtook overtaken", "fly": "flew flown",
}
for _base, _forms in IRREGULAR.items():
    for _form in _forms.split():
        WORD_FORMS.setdefault(_form, _base)

# Long forms (lowercase word sequences) and the abbreviation they share a term with.
PHRASES: dict[tuple[str, ...], str] = {
    ("better", "care", "fund"): "bcf",
    ("national", "audit", "office"): "nao",
    ("accident", "and", "emergency"): "a&e",
    ("delayed", "transfers", "of", "care"): "dtoc",
    ("delayed", "transfer", "of", "care"): "dtoc",
    ("delayed", "discharges"): "dtoc",
    ("delayed", "discharge"): "dtoc",
    ("sustainability", "and", "transformation", "fund"): "stf",
    ("sustainability", "and", "transformation"): "stp",
    ("association", "of", "directors", "of", "adult", "social", "services"): "adass",
    ("royal", "college", "of", "nursing"): "rcn",
    ("local", "government", "association"): "lga",
    ("department", "for", "communities", "and", "local", "government"): "dclg",
    ("department", "of", "health"): "doh",
    ("committee", "of", "public", "accounts"): "pac",
    ("public", "accounts", "committee"): "pac",
    ("chartered", "institute", "of", "public", "finance", "and", "accountancy"): "cipfa",
    ("national", "health", "service"): "nhs",
    ("national", "health", "executive"): "nhe",
    # The articles say "councils" and "local authorities" for the same bodies.
    ("local", "authority"): "council",
    ("local", "authorities"): "council",
    ("went", "up"): "increase",
    ("gone", "up"): "increase",
    ("go", "up"): "increase",
    ("went", "down"): "decrease",
    ("per", "cent"): "percent",
}
# Abbreviation -> the words of its long form (the first long form listed wins).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {}
for _words, _abbr in PHRASES.items():
    if len(_abbr) <= 5 and _words[0] not in ("went", "gone", "go", "per"):
        ABBREVIATIONS.setdefault(_abbr, _words)
ABBREVIATIONS["dh"] = ABBREVIATIONS["doh"]
ABBREVIATIONS["nhse"] = ("nhs", "england")
ABBREVIATIONS["stf"] = ("sustainability", "and", "transformation", "fund")
# "A&E" means emergency care in this corpus' sense.
ABBREVIATIONS["a&e"] = ("accident", "and", "emergency")

NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty".split()
    )
} | {w: str(10 * (i + 3)) for i, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split())} | {
    "dozen": "12", "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}
MULTIPLIERS = {"bn": 1e9, "billion": 1e9, "m": 1e6, "million": 1e6, "k": 1e3, "thousand": 1e3}
VERB_PHRASES = frozenset({"increase", "decrease", "percent"})
HYPHEN_PREFIXES = frozenset({"co", "re", "pre", "non", "sub", "multi", "inter", "cross"})
