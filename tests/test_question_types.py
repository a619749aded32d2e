"""Question typing: the kind of short answer a question asks for (pure)."""
import pytest

from bot.question_types import asking_clause, classify_question


@pytest.mark.parametrize("question, kind", [
    ("How much did emergency admissions rise?", "number"),
    ("According to Jo Bloggs, what cost the widget fund its credibility with local bodies?", "reason"),  # took it away
    ("What did the extra widget admissions cost?", "money"),
    ("What did the rise of 800 widget returns end up costing?", "money"),
    ("What did the widget office base its choice of seven models on?", "reason"),  # the grounds for a decision
    ("On what did the widget office base its findings?", "reason"),
    ("How many extra pounds were spent on the widget fund?", "number"),  # pounds, however qualified: no count
    ("What was the total sum run through the widget pot?", "money"),  # a sum of money, not a count
    ("What was the financial knock-on effect of widget returns going up?", "money"),
    ("How many indicators were linked to the widget performance money?", "count"),  # indicators, not pounds
    ("How many pounds were spent on widgets?", "money"),
    ("How did the widget office characterise cutting returns by 3.5% within a year?", "quote"),  # words for it
    ("How did the widget office describe the 3.5% target, in what percentage terms?", "percent"),
    ("What got in the way of properly assessing whether widget integration produces lasting savings?", "reason"),
    ("What did the widget report say raised the risk of unhealthy competition between organisations?", "reason"),
    ("According to the widget report, what increases the risk of unhealthy competition?", "reason"),  # after a leading clause
    ("What does the 2018 widget report see as driving the risk of unhealthy competition and a blame culture between organisations?", "reason"),
    ("Which reason did the government give for cutting the widget indicators?", "reason"),
    ("What explains the widget fund's success in reducing admissions?", "reason"),
    ("In the widget blog's view, how realistic were the widget plans all along?", "quote"),  # a verdict
    ("How did the auditors appraise the widget board's hope of saving £9m?", "quote"),  # a verdict, whatever sum it names
    ("How did Jo Bloggs regard widget integration as a fix for widget care?", "quote"),
    ("By what deadline did local areas have to resubmit their widget plans?", "date"),
    ("What new deadline did the government set for widget integration?", "date"),
    ("After the widget plans were resubmitted, what level of widget savings were they on track to deliver?", "money"),
    ("In the first year of the joint widget pot, how much did widget admissions go up by?", "number"),  # the pot is only the scene
    ("How big was the widget transformation money for 2016-17?", "money"),
    ("Which group of people saw fewer widget admissions?", "age"),
    ("Which group represents widget councils?", "org"),
    ("What view did the auditors take of the widget ambition?", "quote"),
    ("What two pressures did the office say had held back widget integration?", "reason"),
    ("When organisations struggle, what risks increase according to the widget report?", "other"),  # "increase" is the verb
    ("What admissions rise was seen?", "number"),
    ("What did the office say inhibited evaluations of whether widgets would lead to savings?", "reason"),
    ("What was the extra, unplanned cost linked to the widget delays?", "money"),  # adjectives between commas
    ("Which older age group saw fewer widget moves?", "age"),
    ("How many new care models were introduced?", "count"),
    ("What percentage of local areas agreed?", "percent"),
    ("How much did the fund cost?", "money"),
    ("How far over the expected cost did widget delays run?", "money"),  # the overspend is a sum
    ("How big a risk did the office think the widget deadline was under?", "quote"),  # a verdict on its size, no figure
    ("Which incoming president of the widget directors' association gave her reaction?", "person"),  # who did it
    ("How serious a challenge is widget integration?", "quote"),
    ("widget yr 1 - returns went up by how many instead of falling", "number"),
    ("Widget returns were meant to drop by how many?", "count"),
    ("widget union person respondng to the 2018 report", "person"),
    ("widget union leader who commented on the report?", "person"),
    ("What was the size of the pooled budget channelled through the widget fund?", "money"),
    ("What was the financial overrun linked to widget delays?", "money"),
    ("How were the financial incentives across the widget system described?", "quote"),
    ("When the widget element was revised, the number of indicators was cut from six down to how many?", "count"),
    ("What other widget programme did the office find had shown no results?", "org"),
    ("Number of widget indicators after the revisions?", "count"),
    ("What was the government's original savings goal for the widget fund?", "money"),
    ("What was the office's verdict on the savings ambition?", "quote"),
    ("What did the widget fund actually spend in 2016-17?", "money"),
    ("How many care homes closed during the first year of the joint money pot?", "count"),  # "money pot" is the fund
    ("The widget office hoped to save how much by introducing new models?", "money"),
    ("Which chief executive and general secretary of the Widget Union responded to the report?", "person"),
    ("When was the report published?", "date"),
    ("What year is the deadline?", "date"),
    ("In which financial year was £5.3bn spent through the widget pot?", "date"),
    ("The 3.5% cut in widget returns was measured against which year's levels?", "date"),
    ("Who is the head of the NAO?", "person"),
    ("Which department developed the policy?", "org"),
    ("Which organisation does Jane Roe, who commented on the report, belong to?", "org"),
    ("What political party does Jane Roe represent?", "org"),
    ("What committee does Jane Roe chair?", "org"),
    ("The 3.5% widget cut is measured against which yr's levels", "date"),
    ("Why did the fund fail?", "reason"),
    ("What did Jane Roe say had weakened the widget fund's credibility?", "reason"),
    ("According to the widget office, why was there limited risk management?", "reason"),
    ("With regard to the widget savings ambition, why did the auditors think it optimistic?", "reason"),
    ("According to the office, what made it hard to judge whether widget integration produces savings?", "reason"),
    ("What's behind the widget fund failing to reach its potential?", "reason"),
    ("What held the widget fund back from reaching its potential?", "reason"),
    ("What two factors stopped the widget fund reaching its potential?", "reason"),
    ("What hampered evaluations of whether widgets produced savings?", "reason"),
    ("According to the office, what two pressures held back the widget fund?", "reason"),
    ("According to the office, what has held back the joining-up of widgets?", "reason"),
    ("According to the chair, what eroded the widget fund's credibility?", "reason"),
    ("What does the widget union blame for the squeeze on care?", "reason"),
    ("What does the report see as driving the risk of unhealthy competition?", "reason"),
    ("Under what circumstances could widgets be sidelined?", "reason"),
    ("How did Margaret Hodge describe the planning?", "quote"),
    ("What adjective did the widget author apply to the office's conclusions?", "quote"),
    ("What was the combined deficit of widget trusts in 2016-17?", "money"),
    ("How exactly did the widget office rate the risk to the 2020 goal?", "quote"),
    ("I recall the office describing the widget incentives with a particular word - what was it?", "quote"),
    ("Jane Roe said the case for a single widget settlement was what?", "quote"),
    ("What is the capital of France?", "other"),
    ("What did the widget union call for in response to the report?", "other"),  # what it wants, not what it called something
    ("Which areas head the league table?", "place"),
    ("The BCF report - name?", "other"),
    ("Which departments developed the policy?", "org"),
    ("What level of risk did the plan face?", "other"),
    ("By how much did emergency admissions go up in the pooled budget's first year?", "number"),
    ("How many local areas submitted plans for the pooled budget?", "count"),
    ("How did the chair describe the planning for the pooled budget?", "quote"),
    ("How much more than planned did the rise in admissions end up costing?", "money"),
    ("Extra cost of delayed transfers versus plan?", "money"),
    ("rcn leader who responded to the nao integration report - name?", "person"),
    ("which two depts developed bcf policy?", "org"),
    ("remind me what the planned reduction in emergency admissions was", "number"),
    ("Which chair of the Committee of Public Accounts called the planning a shambles?", "person"),
    ("What figure did the NAO give for the extra cost, above plan, of the delays?", "money"),
    ("widget fund size?", "money"),
    ("Widget overshoot - how many £m over plan did that cost?", "money"),
    ("the plans were heading for savings of how much?", "money"),
    ("jane roe described the widget planning as a what?", "quote"),
    ("Which phrase did the office use about the evidence on savings?", "quote"),
    ("what key phrase did the office use about the widget budget", "quote"),
    ("One word the chair used to describe the widget planning?", "quote"),
    ("How does the revised savings figure compare with the target, as a proportion?", "percent"),
    ("how much did widget returns go UP by when they were meant to be coming down?", "number"),
    ("By when will the widget plan be in place?", "date"),
    ("What was widget fund spend in 2016-17?", "money"),
    ("What's the budget for the gadget programme?", "money"),
    ("Which named LGA spokesperson objected to the changes?", "person"),
    ("the office says widget returns cost how much more than planned", "money"),
    ("What has the gadget programme cost so far?", "money"),
    ("rcn chief exec?", "person"),
    ("health sec at time of the report?", "person"),
    ("widget deadline for full integration yr?", "date"),
    ("nao widget rpt publish date", "date"),
    ("green paper delayed til when", "date"),
    ("Did widget returns come down last year?", "other"),
    ("Which Widget Office figure said the plans had failed?", "person"),
    ("Over what period did widget spending fall by 5.3%?", "date"),
    ("What was the baseline for the 3.5% widget target?", "date"),
    ("What cut were widget areas asked to achieve, and against what baseline?", "number"),  # the cut, not only its baseline
    ("What drop in widget returns had the fund been planned to deliver?", "number"),
    ("How far over budget did the rise in widget returns put the fund?", "money"),
    ("The plan was to cut widget returns by what amount?", "number"),  # a count: no money is named
    ("By what amount was the fund boosted?", "money"),
    ("Whose leader warned that widget integration was buried under bad plans?", "org"),
    ("What's the deadline for joined-up widget care to be in place nationwide?", "date"),
    ("What was the year-on-year rise in widget returns in 2015-16?", "number"),
    ("What portion of its money is local government wary of giving up?", "percent"),
    ("What was the government's deadline year for joined-up widget care?", "date"),
    ("As a percentage, how many local areas agreed the widget plan had helped?", "percent"),
    ("Besides the widget fund, what other scheme showed few results?", "org"),
    ("What title did the Widget Office give its report?", "title"),
    ("Which parts of the country were picked as widget pioneers?", "place"),
    ("How large a reduction in widget returns was the Widget Care Fund planned to achieve?", "number"),
    ("Which Widget Association president elect commented on the findings?", "person"),
    ("Which organisation's leader called for better widget plans?", "org"),
    ("What obstacle did the office identify to introducing new widget roles?", "reason"),
    ("What risks increase when widget bodies struggle with their own viability?", "other"),  # "increase" is the verb here
    ("What did the office conclude about the evidence that widget integration delivers savings?", "other"),
    ("Which Widget Association figure, due to become its president, said the case was strong?", "person"),
    ("Which politician called the planning a shambles?", "person"),
    ("Which named Widget Association official objected?", "person"),
    ("Which parliamentary committee did Jane Roe chair?", "org"),
    ("Widget councils are wary of giving money to whose priorities?", "org"),
    ("Councils are wary of putting their money towards whose priorities?", "org"),
    ("Jane Roe was commenting as chair of what?", "org"),
    ("remind me what widget plans were on track to save after resubmission", "money"),
    ("What was the office hoping to save by introducing new widgets?", "money"),
    ("After the plans were redone, what were they on course to save?", "money"),
    ("What was the planned change in widget returns?", "number"),
    ("What was the spending watchdog's widget report actually called?", "title"),
    ("Under what title was the widget report published?", "title"),
    ("Name the Widget Office's head.", "person"),
    ("What is the WCU president elect's name?", "person"),
    ("Which watchdog found the widget fund failed?", "org"),
    ("Did councils increase widget spending?", "other"),  # yes or no: what happened, in words
    ("How big was the BCF?", "money"),
    ("What was Jane Roe chair of?", "org"),
    ("Which constituency did Jane Roe represent?", "place"),
    ("first round of widget plans - what did their savings add up to?", "money"),
    ("what has the average rise in widget funding per head been?", "number"),
    ("After the plans were resubmitted, what minimum NHS savings were they on track to deliver?", "money"),
    ("Which government publication on widget funding was delayed until autumn?", "other"),  # a document, not a body
    ("What led the government to cut the widget indicators?", "reason"),
    ("What prompted the head of the Widget Office to speak out?", "reason"),
    ("What was the government's reason for boosting the widget fund?", "reason"),
    # a body or an owner is asked for, whatever sum the question names
    ("Which body concluded the widget fund would miss its £1 billion savings target?", "org"),
    ("Whose ambition to save £900m through seven widget models was called optimistic?", "org"),
    ("Which department was given £5m for widgets?", "org"),
    ("Which trust representative said the report was right?", "person"),
    ("Which member of Widget Office staff led the study?", "person"),
    ("Which CIPFA author argued that widget plans offer a sensible structure?", "person"),
    ("widget returns increase in 15-16 vs previous yr?", "number"),  # the year compared with, not a date asked
    ("the report timeline covers how many yrs of widget initiatives", "duration"),
    ("which 2 depts developed the widget policy", "org"),
    ("What was the financial hit from widget returns rising instead of falling?", "money"),
    ("what's the widget association's estimate of the widget care funding gap", "money"),
    ("What explanation did the office offer for the widget pilots' lack of results?", "reason"),
    ("According to Jo Roe, what lay behind the widget pilots' lack of results?", "reason"),
    ("What did the office identify as the cause of the widget pilots' lack of results?", "reason"),
    ("Which nursing body's chief executive called for answers?", "org"),
    ("Per the spending watchdog, how much risk was the widget plan exposed to?", "other"),  # how it is qualified, no sum
    ("What divide makes new widget roles hard to implement?", "reason"),
    ("What did the office say has been holding back the joining-up of widget services?", "reason"),
    # "describe as the ..." asks for the thing so described, not for words describing it
    ("What did the office describe as the government's main widget tool?", "other"),
    ("What did the office describe the widget fund as?", "quote"),
    ("deadline for integrated widget care across england?", "date"),  # terse: a date
    ("The deadline for widget plans was missed by how many areas?", "count"),  # a count, whatever deadline it names
    # a cause, whatever sum it names
    ("What did the office blame for the widget fund missing its £1 billion savings target?", "reason"),
    ("What did the office conclude in 2014 was behind the widget fund missing its £1 billion savings target?", "reason"),
    ("What did the office say would stop the widget fund getting near its £1 billion savings target?", "reason"),
])
def test_question_types(question, kind):
    assert classify_question(question) == kind


def test_a_statement_before_the_question_does_not_decide_the_type():
    assert classify_question("The widget union objected to the changes. Why, in its view, were they harmful?") == "reason"
    assert classify_question("The fund cost £5.3bn. What did the union say?") == "other"


def test_a_clause_saying_what_followed_does_not_decide_the_type():
    assert classify_question("What did the office say the widget fund had lost, meaning it would miss its £1bn savings target?") == "other"
    assert classify_question("How much did the widget fund save, meaning it missed its target?") == "money"


def test_a_scene_setting_clause_does_not_decide_the_type():
    assert classify_question("When local areas first sent in their plans, how much did they expect to save?") == "money"
    assert classify_question("When local areas first sent in their plans how much did they reckon they'd save") == "money"
    assert classify_question("When did the office say how much was saved?") == "date"  # "when did" asks when


def test_the_asking_clause_leaves_out_the_scene_set_before_it():
    q = "the office says widget returns went up in 2016 - how much more than planned did that cost?"
    assert asking_clause(q) == "how much more than planned did that cost?"
    assert asking_clause("widget budget?") == "widget budget?"  # nothing asks: the whole question
