"""Question typing: what kind of short answer a question asks for, read off its wording (pure)."""
from __future__ import annotations

import re

from .models import AnswerType

# "How much danger is the plan in?" asks how it is qualified ("significant risk"), not an amount.
HOW_QUALIFIED = re.compile(r"\b(?:how much|(?:what|which) (?:level|degree) of|how (?:strong|good|solid|robust|convincing|reliable) (?:was|is|were|are|did (?:[\w’'-]+ ){1,3}?(?:find|judge|consider|rate|think|say)) (?:the|any)) (danger|risk|trouble|progress|success|evidence|difference|support|effect|impact|credibility|goodwill)\b", re.I)
# the verbs that ask for a verdict ("how did the auditors rate the ambition?"), in their base form
JUDGE_VERBS = "rate|judge|assess|appraise|evaluate|regard|view"
# "how realistic were the plans?", "how ambitious was the fund reckoned to be?": the verdict on them
_HARD_WORDS = "hard|difficult|easy|challenging|tough|straightforward"
HOW_HARD = rf"\bhow (?:{_HARD_WORDS})\b"  # a verdict on that scale ("difficult to implement")
HOW_JUDGED = rf"\bhow (?:realistic|unrealistic|ambitious|serious|credible|achievable|feasible|optimistic|sensible|sound|reasonable|plausible|{_HARD_WORDS})"
# "how big a risk ...?", "how serious a challenge ...?": a verdict on its size ("at significant risk"), not a figure
HOW_BIG_A = r"\bhow (?:big|great|large|serious|real|significant|major|grave) (?:a |an )?(?P<sized>risk|challenge|problem|threat|task|obstacle|barrier|concern|issue)s?\b"
# "what did NHS England base its choice of seven models on?", "on what ... based?": the grounds for a decision
BASED_ON = (r"^\W*(?:on what (?:did|does|do|was|were|is|are) [^?]{2,100}? bas(?:e|ed|ing)\b"
            r"|what (?:did|does|do|was|were|is|are) [^?]{2,100}? bas(?:e|ed|ing)\b[^?]*?\bon\s*\??\s*$)")
# "how was X described / ranked / billed?": the passive verbs asking how something was described
DESCRIBED_PARTICIPLE = r"(?:described|characteri[sz]ed|portrayed|labelled|depicted|ranked|billed|classed)"
PERIOD_Q = re.compile(r"\b(?:over|during|in|for) (?:what|which) (?:time )?(?:period|years)\b|\b(?:what|which) (?:time )?period\b|\bbetween which years\b", re.I)
_Q_RULES: list[tuple[AnswerType, re.Pattern[str]]] = [
    (t, re.compile(p, re.I))
    for t, p in [
        # "why ... cuts costs": a reason, whatever else it mentions; so is "According to the NAO, why ...?"
        ("reason", r"^\s*(?:why|how come)\b|^\W*[^,?]{2,100},\s*(?:why|how come)\b"
                   r"|^\W*what (?:has |had |have )?(?:got|gets|stood|stands|was|is) in the way of\b"  # an obstacle, whatever it blocks
                   r"|^\W*(?:[^,?]{2,100},\s*)?what (?:(?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|find|think|see as) )?(?:is |was |are |were )?(?:raised|raises|raising|increased|increases|increasing|heightened|heightens|driving|drives|drove|fuels|fuelled|fuelling) "
                   r"the (?:risk|chance|danger|likelihood) of\b"  # "what raised the risk of a blame culture?": a cause
                   # "what cost the fund its credibility?": what took it away, not a sum of money
                   r"|\bwhat (?:has |had |have )?cost (?:[\w’'-]+ ){1,6}?(?:its|their|his|her) (?!\d)[a-z]\w*"
                   # "what did the NAO blame for the fund missing its £1bn savings target?", "... conclude was behind ...",
                   # "... say would stop the fund getting near its £1bn target?": a cause, whatever sum it names
                   r"|^\W*what (?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:blame|blamed)\b"
                   r"|^\W*what (?:did|does|do) (?:[\w’'-]+ ){1,8}?(?:say|said|conclude|find|think)(?: [\w’'-]+){0,3}? (?:was|is|were|had been) behind\b"
                   r"|^\W*what (?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|think|find) would (?:stop|prevent|keep)\b"
                   r"|" + BASED_ON),
        ("quote", HOW_BIG_A),  # before the figures: "how big a risk" asks no number
        # "How did the NAO characterise a 3.5% cut within one year?": words for it, whatever figure it names
        ("quote", r"^(?!.*\b(?:what|which|how) (?:much|many|percentage|proportion|share|figure|sum|amount|number)\b)"
                  r"\W*(?:[^,?]{2,80},\s*)?how (?:\w+ly )?(?:did|does|do) [^?]{1,160}? (?:describe|characteri[sz]e|sum up|portray|depict|label)\b"),
        # "What was the spending watchdog's report called?": a title, whatever money words it holds
        ("title", r"\bwhat(?:'s|’s| is| was) the (?:\w+ )?(?:name|title) of (?:the |its |their )?(?:[\w&’'-]+ ){0,3}(?:report|study|paper|article|publication)\b|\bwhat(?:'s|’s| is| was) .* (?:titled|called|entitled)\b"
                  r"|\bunder what (?:title|name)\b|\bwhat title (?:did|does|do|was|is|has|had)\b"),
        # "to whose priorities?": a body's; "whose leader warned ...?": the body led
        ("org", r"\b(?:to|towards|toward|for|of|on) whose (?:priorities|interests|budget|plans|behalf)\b"
                r"|^\W*whose (?:leader|head|chief|boss|chair\w*|president|director|spokes\w*|general secretary|chief executive)\b"
                r"|\bwhich (?:[a-z-]+ ){0,2}(?:organi[sz]ation|body|union|association|group|charity|department|college)(?:'s|’s) (?:leader|head|chief|boss|chair\w*|president|director)\b"),
        # "Which organisation does Margaret Willcox, who commented on ..., belong to?": a body, whatever clause names the person
        ("org", r"^\W*which (?:organi[sz]ation|body|group|union|association)s? (?:does|did|do|is|was)\b"
                # "Which body concluded the fund would miss its £1bn savings target?": a body, whatever sum it names
                r"|^\W*which (?:[a-z-]+ ){0,2}(?:organi[sz]ation|body|department|union|association|watchdog|committee|charity|institute)s?"
                r" (?!of\b|(?:did|does|do|is|was|were|are|has|had|have) (?:[\w’'-]+ ){0,4}?(?:spend|cost|save|pay|get|receive|allocate|need)\b)[a-z]+(?:ed|s)\b"
                # "Whose ambition to save £900m ...?": the body that holds it, not the sum
                r"|^\W*whose (?:ambition|aims?|plans?|polic(?:y|ies)|targets?|report|requirement|commitment|priorities|programme|responsibility|guidance|study|findings)\b"),
        # "commenting as chair of what?", "what was Hodge chair of?": the body the post is at
        ("org", r"\b(?:chair|chairman|chairwoman|head|chief executive|president|director|secretary|leader|member) of what\b"
                r"|^\W*what (?:was|is|were|are) [^?]{2,60}? (?:the )?(?:chair|chairman|chairwoman|head|chief executive|president|director|leader|member) of\s*\??\s*$"),
        # "Over what period did spending fall by 5.3%?", "the baseline for the 3.5% target": years, whatever figure is named
        ("date", PERIOD_Q.pattern + r"|^\W*(?:what|which) (?:was |is )?(?:the )?baseline\b|\bbaseline year\b"
                 r"|\b(?:against|on|from|compared (?:with|to)) (?:which|what) (?:year|yr)(?:'s|’s)?\b|\bwhich (?:year|yr)(?:'s|’s) (?:levels?|figures?|baseline)\b"),
        ("percent", r"\b(what|which) (percentage|proportion|portion|share|per ?cent|fraction)\b|\bas an? (?:proportion|percentage|share|fraction)\b|\bpercentage\b|\bper ?cent\b|\bhow fast\b|%"),
        ("age", r"\b(?:which|what) (?:(?:older|younger|oldest|youngest|particular|specific) )?age(?: group| band| range)?\b|\bwhich group of (?:people|patients|adults)\b|\bhow old\b|\bover what age\b"),
        ("duration", r"\bhow long\b|\bfor how many (?:days|weeks|months|years)\b|\bhow many (?:years|yrs)\b"),
        ("date", r"\bwhat(?:'s|’s| is| was| were) the (?:[\w’'-]+ )?deadline\b|^\W*(?:the |its |their )?(?:[\w’'-]+ )?deadline (?:for|on|to)\b(?!.*\b(?:who|whom|which|how|why|what|was|were|is|are|did|does)\b)|\b(?:by |to )?(?:what|which) (?:new )?deadline\b|\b(?:deadline|target) year\b|^\s*(?:the )?date\b|^(?!\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)(?!.*\b(?:what|which|who|why|how|where)\b).*(?<!last )(?<!this )(?<!next )(?<!first )(?<!each )(?<!per )(?<!a )(?<!previous )(?<!prior )(?<!preceding )\b(?:yr|year|date|when)\s*\?*\s*$|^\s*when\b|\b(?:until|til|till) when\b|\b(?:publish\w*|publication|release) date\b|\bwhat (?:\w+ )?(year|date|month|day|time)\b|\bwhich (?:financial |fiscal |calendar )?(year|month|date|day)\b|\bby when\b(?=\s*\??\s*$|\s+(?:will|would|did|does|do|is|are|was|were|should|must|has|have|had|can|could)\b)|\bwhat year\b"),
        # "By how much did emergency admissions go up ... in the pooled budget's first year?": a count
        ("number", r"\bby how much (?:did|have|has|had|do|does) (?!(?:[\w’'-]+ ){0,5}?(?:costs?|spend\w*|budgets?|funding|savings?|money|deficits?|bills?|pay)\b)"
                   r"(?:[\w’'-]+ ){1,5}?(?:go up|go down|rise|increase|fall|drop|grow|decrease|decline|climb)\b"),
        # "admissions went up by how many instead of falling": the size of a change
        ("number", r"\b(?:went up|gone up|went down|gone down|rose|risen|increased|fell|fallen|dropped|grew|grown|reduced)\s+by how many\b"),
        # "how large a reduction in admissions ...": the size of a change, not of the fund named
        ("number", r"\bhow (?:big|large|great|sizeable) an? (?:reduction|cut|rise|increase|fall|drop|decrease|improvement)\b"
                   r"(?!\s+in\s+(?:the\s+)?(?:costs?|spending|savings?|funding|budgets?|money)\b)"),
        # "cut delayed transfers by what amount?": a count, unless money is named ("the Better Care Fund" is a name)
        ("number", r"^(?!.*(?:£|\b(?:costs?|costing|spend\w*|budgets?|funding|savings?|save|saved|money|deficits?|bills?|pay|paid|pounds?|boost\w*|pot|(?<!care )fund)\b|\b(?:fund|bcf|stf) (?:was|is|were|be|been|being)\b)).*\bby what amount\b"),
        # "how much danger / progress / evidence ...": how it is qualified, whatever sum the question names
        ("other", HOW_QUALIFIED.pattern),
        ("money", r"\b(?:savings?|costs?|spending)\b[^?]*\badd(?:ed|s)? up to\b|\bhow many (?:£|pounds|millions|billions)|\b(?:cost(?:s|ing)?|save[sd]?|saving|spen[dt]|spending|pay|paid) (?:us |the nhs |them )?how much\b|\bhow much\b.*\b(cost|costs|costed|costing|spend|spent|worth|save|saved|saving|savings|budget|money|£|pounds?|overspend|allocat\w*|boost\w*|extra|funding|paid|pay)\b"
                  r"|^(?!\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would)\b)(?!.*\b(?:how many|how (?:did|does|do|would|has|have)|why|who|(?:what|which) (?:\w+ )?(?:phrase|word|words|term|expression)|describe\w*|evidence|proof"
                  r"|what (?:(?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|think|find) )?(?:has |had |have )?(?:caused|hampered|hindered|held back|stopped|prevented|inhibited|impeded|made it|makes it))\b).*\b(budget|cost|costs|price|spend|spending|savings)\s*\?*\s*$"
                  r"|^\s*(?:the )?(?:extra |additional |total |overall )?(?:cost|costs|price|bill|overspend)\b(?! (?:per|each))"
                  r"|^(?!.*\b(?:how many|who|why)\b).*\b(?:fund|bcf|pot|budget)\W+(?:total |overall )?size\s*\?*\s*$"
                  r"|\bwhat (?:figure|number)\b.*\b(?:cost|costs|spend|spending|savings?|budget|overspend)\b"
                  r"|\bhow (?:far|much) (?:over|above|beyond) (?:the )?(?:expected |planned |projected |estimated |budgeted )?(?:budget|plan|costs?|spending)\b"  # "how far over budget did it put the fund?"
                  r"|\bfinancial (?:hit|toll|blow|knock-on|impact|cost)\b"  # "what was the financial hit from admissions rising?"
                  r"|\b(?:funding|financial|cash|money) (?:gap|shortfall|black hole)\b"  # "the social care funding gap": a sum

                  r"|\bwhat (?:did|has|have|had|does|do|will|would) .* (?:cost|spend|costing)\b|^\W*what (?:is|was|were|are) (?:the )?(?:(?!verdict|judge?ment|view|assessment|opinion)[\w’'-]+ ){0,3}savings? (?:goal|target|ambition|aim)\b|\bwhat (?:[\w-]+ ){0,2}?(sum|amount|savings?|budget|cost)\b|\bwhat (?:was|is|were|are) the (?:total|overall|combined|whole) (?:sum|amount of money|budget|cost)\b"
                  r"|\bwhat(?: is| was| were| are|'s|’s) (?:the )?(?:\w+,? ){0,2}(?:cost|costs|budget|price|bill|overspend|overrun|saving|savings|spend|spending|deficits?)\b|\bhow (big|large)\b.*\b(fund|budget|pot|part|bcf|stf|money|cash|funding)\b|\b(?:size|value|worth) of (?:the |its |their |this |that )?(?:[\w’'-]+ ){0,3}(?:fund|budget|pot|bcf|stf)\b|\bsavings? target\b"
                  r"|\b(?:savings?|costs?|spend\w*|overspend|budget|funding|deficits?) of how much\b"
                  r"|\bwhat (?:level|scale|size) of (?:[\w’'-]+ ){0,2}?(?:savings?|spending|funding|costs?|overspend)\b"  # "what level of NHS savings"
                  # "what were the plans on track to save?": an amount of money
                  r"|^(?!.*\b(?:why|how (?!much\b)\w+)\b)\W*(?:[\w’'-]+ ){0,3}?what\b[^?]{0,60}\b(?:on track|on course|expected|projected|set|due|forecast|planned|going|hoping|aiming|supposed|meant) to (?:save|cost|spend)\b(?!\s*(?:£|\d))"),
        ("count", r"^\W*(?:the\s+)?(?:total\s+)?number of\b(?!.*\b(?:pounds?|£|money|per ?cent|percentage)\b)"  # "Number of indicators after the revisions?"
                  r"|\bhow many\b(?!.*\b(pounds?|£|money(?! pot)|per ?cent|percentage)\b)|\bhow many (?!(?:[a-z-]+ ){0,2}(?:pounds?|millions?|billions?|per ?cent)\b)(?:[a-z-]+ ){0,2}?[a-z]+s (?=(?:were|was|are|is|did|do|does|had|have|has)\b)|\bto how many\b|\b(?:ballpark |rough |total )?count of\b"),
        # A terse ask naming money ("bcf pooled budget how big", "dtoc overspend vs plan £m", "savings in first round?")
        ("money", r"^(?!\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b)"
                  r"(?!.*\b(?:what|which|who|why|when|where|how (?!big\b|large\b|much\b)\w+)\b)(?!.*(?:%|\bper ?cent|\bpercentage|\bproportion|\bshare\b))"
                  # "in the joint pot's first year, how much did admissions go up by?": a change in something that is no money
                  r"(?!.*\bhow much (?:did|have|has|had|do|does) (?!(?:[\w’'-]+ ){0,4}?(?:savings?|costs?|spend\w*|budgets?|funding|pot|fund|money|deficits?)\b)"
                  r"[^?]*\b(?:go|went|gone|rise|rose|risen|fall|fell|fallen|increased?|decreased?|drop(?:ped)?|climb(?:ed)?)\b)"
                  r".*(?:£|\b(?:savings?|costs?|spend|spending|budget|funding|overspend|overshoot|pot|deficits?)\b)"),
        # A terse, verbless ask about money ("BCF budget?", "total projected savings?"), not a yes/no question.
        ("number", r"^(?!\s*(?:did|does|do|is|are|was|were|has|have|had|can|could|will|would|should)\b)"
                   r"(?!.*\b(?:what|which|who|why|when|how|where)\b).*\b(?:money|funding|cash|budget|savings?|costs?|spend|spending|rise|increase|cut"
                   r"|reduction|fall|drop|overspend|overshoot|total|figure|amount|deficits?|growth|shortfall|size|count)\b"),
        ("number", r"\bhow (many|much|big|large)\b|\bhow far did\b.*\b(?:rise|fall|increase|decrease|grow|drop|go up|go down|overshoot|miss|cut|reduce|shrink)\b|\bwhat (?:(?:is|was|were|are|has|had) )?(?:the )?(?:(?![\w-]+s (?:increase|rise|fall|drop|decrease|cut|change)\b(?! (?:was|were|is|are|did|do|does|had|has|have)\b))[\w-]+ )?(number|figure|reduction|increase|rise|fall|drop|decrease|cut|target|total|amount|size|value|change)\b(?!\s+(?:when|if|because|as|while|after|before)\b)|\bto how many\b"),
        # A terse post: "rcn chief exec?", "pac chair?", "health sec at time of nao rpt?", "adass pres elect name?"
        ("person", r"^(?!.*\b(?:what|how|why|when|where|which|did|does|do|is|was|were|are)\b)\s*(?:the )?(?:[\w&’'-]+ ){0,3}"
                   r"(?:chair|chairman|chairwoman|chief exec\w*|ceo|head|president|pres|director|leader|boss|secretary|sec|spokes\w*|author)"
                   r"(?: elect)?(?:\s+(?:of|at|for|in)\b[^?]*)?(?:\s+name)?\s*\?*\s*$"),
        ("person", r"\bwhich (?:[\w’'-]+ ){0,5}(?:figure|official|spokes\w*|executive|boss|person|president|elect|chair\w*|director|secretary|leader|head|chief)(?: (?:of|at)(?: [\w’'&-]+){1,6}?)? (?:said|says|warned|argued|claimed|described|called|led|leads|commented|responded|reacted|gave|gives|offered|voiced|expressed|spoke|welcomed|criticised|urged|feared|regretted)\b"
                   r"|^\W*which (?:[\w’'&-]+ ){0,3}(?:figure|official|spokes(?:man|woman|person))\b|\bwhich (?:(?!(?:did|does|do|was|were|is|are|has|have|had)\b)\w+ ){0,5}(?:staffer|staff member|official|person|individual|spokesperson|spokesman|spokeswoman|representative|author|writer|boss|chair|chairman|chairwoman|mp|minister|leader|(?:head|member)(?= of\b))\b"
                   r"|\bwhat(?:'s|’s| is| was) (?:the )?(?:[\w&’'-]+ ){0,3}(?:chief|head|president|secretary|director|chair\w*|executive|leader|minister|author|spokes\w*|boss)(?: elect| exec\w*)?(?:'s|’s) name\b"
                   r"|^\W*name the (?:[\w’'&-]+ ){0,3}(?:leader|head|chief|boss|chair\w*|director|president|secretary|minister|spokes\w*|author)\b"
                   r"|^(?=.*\b(?:leader|head|chief|boss|chair\w*|director|president|secretary|minister|spokes\w*|official|person|who)\b).*[-–—:]\s*(?:name|who)\s*\??\s*$|(?:^|[,;:(–—-]\s*|\b(?:and|but|so|then|me|out|know|wondering)\s+)who(?:'s|’s)?\b|^\s*(?:the )?(?:author|writer)\b|\bwhat(?:'s|’s| is| was) the name of (?:the |their |its |that )?(?:[\w’'-]+ ){0,3}(?:chief|head|president|secretary|director|chair\w*|executive|manager|leader|minister|author|person|man|woman|spokes\w*|boss|lead)\b|\bwhich (person|official|individual|minister|mp|politician|campaigner|expert|executive)\b|\bwhose\b"
                   # "nhs providers person responding to the report", "adass person quoted": a terse ask for a person
                   r"|^(?!.*\b(?:what|how|why|when|where|which)\b).*\b(?:person|spokes(?:man|woman|person)|official|leader|chief|boss)\s+(?:quoted|respond\w*|comment\w*|speaking|who)\b"),
        ("org", r"\b(which|what) (?:other )?(?:[\w-]+ )?(event|initiative|programme|program|scheme|conference|summit)\b|\bwhich (?:[a-z0-9-]+ ){0,2}(organisation|organization|department|depts?|body|bodies|association|union|committee|group(?! of (?:people|patients|adults|older|elderly|residents|users))|organisations|departments|charity|institute|watchdog"
                r"|programme|program|initiative|scheme|pilot|event|conference|summit|party|parties)\b|\bwhat (organisation|organization|body|department)\b|\bwhat (?:political )?(party)\b|\bwhat (?:[a-z-]+ )?(committee|union|association|charity|institute)\b"
                r"|\bwhat(?:'s|’s| is| was) the (?:\w+ )?name of\b"),
        ("place", r"^\s*where (?:did|does|do|was|were|is) .*\b(?:talk|speak|spoke|present|announce|address|appear)\w*\b"
                  r"|\bwhich (?:[a-z-]+ ){0,2}(?:parts? of the country|area|areas|site|sites|authority|authorities|council|councils|region|regions|trust|trusts|hospital|hospitals|city|county|place|places|constituency|borough|town)\b"),
        ("reason", r"^\s*why\b|\bhow come\b|\b(?:what|which) (?:[\w’'-]+ ){0,3}(?:reasons?|explanations?|justifications?|rationale)\b|\bfor what reason\b"
                   r"|^\W*what explains\b"
                   r"|\bas the (?:main |chief |root |likely )?(?:cause|reason)s? (?:of|for)\b|\bwhat (?:lay|lies|lie|sat|sits) behind\b"
                   # "what divide makes new job roles hard to implement?": what makes it hard is a cause
                   r"|\bwhat (?:[\w-]+ ){1,2}(?:makes?|made|making) (?:[\w’'-]+ ){1,10}?(?:hard|harder|difficult|tricky|tough|impossible)\b|\bwhat (caused|hampered|held back|hindered|inhibited|impeded|makes|made|led|prompted|persuaded)\b|\bwhat,? alongside\b"
                   # "what's behind X", "what held the fund back from ...", "what (two) factors stopped ..."
                   r"|\bwhat(?:'s|’s| is| was| were)? behind\b|\bwhat (?:has |had |have )?(?:(?:\w+ )?(?:factors?|pressures?|problems?|forces?) )?(?:held|kept) (?:[\w’'-]+ ){0,6}?back\b"
                   # "what did the NAO say has been holding back the joining-up of services?"
                   r"|\bwhat (?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|think|find) (?:has |had |have |was |is )?(?:been )?(?:holding|keeping|held) (?:[\w’'-]+ ){0,6}?back\b"
                   # "what does the report see as driving X", "what does X blame for Y", "what eroded its credibility",
                   # "under what circumstances could it be sidelined": a cause or a condition
                   r"|\bwhat (?:[\w’'-]+ ){0,6}?(?:driving|drives|drove|fuell?ing|fuels|fuell?ed)\b|\bwhat (?:do|does|did) (?:[\w’'-]+ ){1,6}?blame\b"
                   r"|^\W*(?:[^,?]{2,60},\s*)?what (?:has |had |have )?(?:eroded|weakened|undermined|damaged|hurt|harmed|dented|sapped)\b"
                   r"|\b(?:under|in) what (?:circumstances?|conditions?)\b"
                   r"|\bwhat (?:(?:\w+ )?factors? )?(?:stopped|prevented)\b"
                   # "what two pressures did the NAO say had held back integration?"
                   r"|\bwhat (?:\w+ )?(?:factors?|pressures?|problems?|forces?) (?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|think|find|blame)\w* (?:had |has |have )?"
                   r"(?:held|kept|hindered|hampered|stopped|prevented|caused|inhibited)\b"
                   # "what has made it hard to ...", "what gets in the way of ...", "what did the report say made X hard"
                   r"|\bwhat (?:main |key |big |single )?(?:obstacle|barrier|hurdle|impediment) (?:did|does|do|is|was|has|had)\b.*\bto \w+ing\b"
                   r"|\bwhat (?:has|had|have) (?:made|caused|held back|hampered|hindered)\b|\bwhat (?:made|makes) it (?:so )?(?:hard|harder|difficult|tricky|tough|impossible)\b|\bwhat (?:gets|got|stands|stood) in the way\b"
                   r"|\bwhat (?:did|does|do) (?:[\w’'-]+ ){1,6}?(?:say|said|think|find) (?:had |has |have )?(?:made|makes|caused|causes|hampered|hampers|hinders|hindered|inhibited|inhibits|impeded"
                   r"|eroded|weakened|undermined|damaged|dented|sapped)\b"),
        ("expansion", r"\bwhat (?:does|do|did) (?:the )?[\w&./-]+ (?:\w+ )?stand for\b|\bwhat is [\w&./-]+ short for\b"),
        ("quote", r"\b(?:what|which) (?:\w+ )?(?:metaphor|phrase|word|words|term|expression|image|adjective)\b|^\W*(?:the )?(?:one|single) word\b|\bhow (?:\w+ly )?(?:did|does|do) .+ (describe|call|characteri[sz]e|sum up|" + JUDGE_VERBS + r"|gauge|grade|label|depict|portray)\b|\bhow (?:was|were|is|are) .+ " + DESCRIBED_PARTICIPLE + r"\b|\bwhat did .+ (call(?! for\b)|describe(?! as (?:the|its|their|an?|one of)\b))\b|\bwhat word\b|\bin what terms\b|\b(?:was|were|is|are) like what\b"
                  r"|^\W*(?:[^,?]{2,80},\s*)?" + HOW_JUDGED + r"\s+(?:was|were|is|are|did|does|do|will|would)\b"  # "how realistic were the plans?": a verdict
                  r"|\b(?:describ\w*|call\w*|label\w*|dub\w*)\b.*\b(?:as )?(?:a |an )?what\s*\??\s*$"
                  r"|\bwhat (?:view|opinion|stance|line) did .+ (?:take|took|form|have|give) (?:of|on)\b"  # "what view did the auditors take of X?"
                  r"|\b(?:verdict|assessment|judgement|judgment)\b|\b(?:with|in|using|used) (?:a|one) (?:particular |single |specific |certain )?(?:word|phrase|term)\b"
                  # "Willcox said the case for a single settlement was what?": what she called it
                  r"|\b(?:said|says|thought|thinks|felt|reckoned|argued|claimed|believed)\b[^?]*\b(?:was|were|is|are)\s+what\s*\??\s*$"),
    ]
]


# "When local areas first sent in their plans, how much did they reckon they'd save?": the
# question is the main clause after the comma, not the "when" clause that sets the scene.
_SCENE = re.compile(r"^\s*(?:back when|when|if|after|before|once|since|while|given|as(?! an? (?:percentage|proportion|share|fraction)\b))\b[^,?]{3,120},\s*(?=(?:what|which|who|whom|whose|how|why|when|where|did|does|do|is|are|was|were)\b|[^?]*\bhow (?:many|much)\b)"
                    # "When councils first sent in their plans in 2014 how much did they reckon ...": no comma, but "how much" starts the ask
                    r"|^\s*(?:back when|when|after|once)\s+(?!(?:did|does|do|is|are|was|were|will|would|has|have|had)\b)[^,?]{3,120}?\s(?=how (?:much|many)\b)", re.I)


def classify_question(question: str) -> AnswerType:
    # "The LGA objected to the revisions. Why, in its view, were they harmful?": the question asks, the statement sets the scene
    sentences = [x for x in re.split(r"(?<=[.!])\s+(?=[A-Z])", question.strip()) if x]
    if len(sentences) > 1 and sentences[-1].rstrip().endswith("?"):
        kind = _classify(sentences[-1])
        if kind != "other":
            return kind
    return _classify(question)


# "What did the NAO say the fund had lost, meaning it would fall short of its £1bn savings target?":
# the clause after the comma says what followed; the main clause asks
_AFTERMATH = re.compile(r"^(\W*(?:what|which|who|whom|how|why|when|where)\b[^,?]{3,120}),\s*(?:meaning|leaving|causing|resulting in|which (?:meant|means))\b", re.I)


def _classify(question: str) -> AnswerType:
    scene = _SCENE.match(question)
    if scene:
        question = question[scene.end():]
    aftermath = _AFTERMATH.match(question)
    if aftermath:
        question = aftermath.group(1) + "?"
    for kind, pattern in _Q_RULES:
        if pattern.search(question):
            return kind
    return "other"


_CLAUSE_BREAK = re.compile(r"\s[-–—]\s|[.?!:;]\s+")
_ASKING = re.compile(r"\b(?:what|which|who|whom|whose|how|why|when|where)\b", re.I)


def asking_clause(question: str) -> str:
    """The clause that asks, without the scene set before it: "the watchdog says delayed
    transfers went up - how much more than expected did that cost?" asks about a cost."""
    pieces = [p for p in _CLAUSE_BREAK.split(question) if p.strip()]
    return next((p for p in reversed(pieces) if _ASKING.search(p)), question)

