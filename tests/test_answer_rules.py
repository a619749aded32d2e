"""Question rules applied by the Answerer: roles, tenure, "now", places, who said what,
ranges, lists, evidence, amounts and plans — on tiny inline corpora with known answers."""
import pytest

from bot.answer import Answerer
from bot.corpus import load_corpus
from bot.index import build_index
from bot.tokens import tokenize
from tests.corpus_fixtures import widget_answerer, write_articles

PEOPLE = """Widget fund misses its target

In 2016, Ms Jane Roe, head of the Widget Office, said the results were “deeply disappointing”.
Widget training was cut back sharply.
The Local Government Association published its widget survey in 2016.
"""

# The same person, when the article does say when and for how long.
TENURE = """Widget Office leadership

Jane Roe became head of the Widget Office in 2014 and has led it for three years.
"""

FIGURES = """Widget figures

The number of conditions widget areas must meet was cut from six to one.
The office said that despite identifying barriers to widget integration, such as poor data sharing, workforce shortages and weak leadership, departments had failed to address them.
The office found “no compelling evidence” that widget integration saves money.
Councils cut widget care spending by 8% last year.
Total gadget spending rose by 3% in 2016.
"""

# As in tests/corpus_fixtures.py: a planned figure, the actual one and what it cost.
PLANS = """Widget returns miss their plan

Despite a planned fall of 40,000, widget returns rose by 12,000, costing £90m more than planned.
Gadget returns, at 50,000 in 2015, rose by 7,000 last year across local areas.
"""

_answerer = widget_answerer


@pytest.fixture(scope="module")
def people(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("people"), people=PEOPLE)


@pytest.fixture(scope="module")
def tenure(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("tenure"), tenure=TENURE)


@pytest.fixture(scope="module")
def figures(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("figures"), figures=FIGURES)


@pytest.fixture(scope="module")
def plans(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("plans"), plans=PLANS)


def _answered(answerer: Answerer, question: str) -> str:
    a = answerer.answer(question)
    assert not a.abstained and a.citations, a.answer
    for c in a.citations:
        assert answerer.docs[c.doc_id].text[c.start : c.end] == c.quote
    return a.short_answer


def _declined(answerer: Answerer, question: str) -> str:
    a = answerer.answer(question)
    assert a.abstained and a.short_answer is None and a.citations == [], a.answer
    return a.answer


# -- who someone is, and since when ------------------------------------------------

@pytest.mark.parametrize("question", ["Who is Jane Roe?", "What is Jane Roe's role?", "remind me who jane roe is",
                                      "Remind me who Jane Roe was in this", "Jane Roe - in what capacity was she speaking?"])
def test_asking_what_a_named_person_is_answers_with_their_appositive_role(people, question):
    assert _answered(people, question) == "head of the Widget Office"


def test_how_long_someone_held_a_post_declines_when_no_duration_is_stated(people):
    _declined(people, "How long has Jane Roe been head of the Widget Office?")


def test_when_someone_became_head_declines_when_the_year_is_not_about_that_event(people):
    _declined(people, "When did Jane Roe become head of the Widget Office?")  # "In 2016, ... said"
    _declined(people, "When was the widget survey first announced?")  # "published its widget survey in 2016": not announced


def test_a_stated_start_and_duration_answer_when_and_how_long(tenure):
    assert _answered(tenure, "When did Jane Roe become head of the Widget Office?") == "2014"
    assert _answered(tenure, "How long has Jane Roe been head of the Widget Office?") == "three years"


def test_who_holds_a_post_now_declines_and_says_the_articles_cannot_say(people):
    text = _declined(people, "Who is the current head of the Widget Office?")
    assert "cannot say who holds a post now" in text


# The office is named in every article (its words carry little weight); someone else "led" a study.
OFFICE = {
    "office": """Widget Office report

Tom Doe led the widget study for the Widget Office.
Jane Roe, head of the Widget Office, said the results were “deeply disappointing”.
""",
    **{f"office{i}": f"""Widget Office note {i}

The Widget Office said widget returns rose in region {i}.
The Widget Office found the gadget fund had failed in region {i}.
""" for i in range(1, 6)},
}


@pytest.mark.parametrize("question", ["Who headed the Widget Office?", "Who was running the Widget Office when the results came out?",
                                      "Which head of the Widget Office commented publicly on its reports?"])
def test_a_post_asked_by_its_verb_or_with_extra_description_is_met_by_post_beside_body(tmp_path, question):
    assert _answered(_answerer(tmp_path, **OFFICE), question) == "Jane Roe"  # not Tom Doe, who "led" a study


# A person named in full once, then by surname only.
SURNAME = """Widget study lead speaks

Jane Roe, who led the widget study, spoke at the Widget Summit.
The widget fund missed its targets.
Roe emphasised that the office does not look at the merit of widget policy.
"""


def test_who_said_it_names_in_full_a_speaker_the_sentence_gives_by_surname(tmp_path):
    text = SURNAME + "The answer may lie in local widget plans, Roe argued, adding: “Serious widget leadership is needed.”\n"
    assert _answered(_answerer(tmp_path, surname=text), "Who said serious widget leadership is needed?") == "Jane Roe"


def test_a_person_named_in_full_is_also_the_speaker_of_a_sentence_naming_only_their_surname(tmp_path):
    answerer = _answerer(tmp_path, surname=SURNAME)
    assert "merit of widget policy" in _answered(answerer, "According to Jane Roe, what does the office not look at?")


def test_a_body_named_by_its_generic_word_is_answered_by_its_full_name(tmp_path):
    text = ("Widget reforms\n\nThe Widget Makers Association does not agree with recent changes to the widget fund.\n"
            "These revisions “undermine the widget fund’s core purpose”, the Association argues.\n")
    assert _answered(_answerer(tmp_path, body=text), "Which body argued the revisions undermine the widget fund's core purpose?") == \
        "Widget Makers Association"


def test_a_boost_answers_how_much_something_is_increased_by(tmp_path):
    text = "Widget boost\n\nThe widget fund itself will be boosted by £2.4bn in the last two years of this parliament.\n"
    assert _answered(_answerer(tmp_path, boost=text), "By how much is the widget fund set to be increased?") == "£2.4bn"


# -- places the articles never name -----------------------------------------------

@pytest.mark.parametrize("question", ["Which local area did best?", "Which site saw the biggest rise in widget returns?"])
def test_asking_for_a_place_the_articles_never_name_declines(plans, question):
    _declined(plans, question)  # "across local areas" names none of them


def test_a_lower_case_place_no_article_uses_declines_naming_it(people):
    assert "scotland" in _declined(people, "did scotland hit its widget targets").lower()


# -- who said what -----------------------------------------------------------------

def test_what_a_person_said_about_a_topic_is_their_words_on_it(people):
    assert _answered(people, "What did Jane Roe say about the results?") == "deeply disappointing"


def test_what_a_person_said_about_a_topic_declines_when_their_words_are_about_something_else(people):
    _declined(people, "What did Jane Roe say about training?")


def test_what_a_body_said_declines_when_only_someone_else_is_quoted(people):
    text = _declined(people, "What did the LGA say about the results?")
    assert "mentions" not in text  # the article does name the LGA; it just does not quote it


# -- figures, lists and evidence ---------------------------------------------------

def test_from_how_many_to_how_many_answers_both_ends(figures):
    assert _answered(figures, "Widget conditions were cut from how many to how many?") == "from six to one"
    assert _answered(figures, "How many widget conditions were there before and after the cut?") == "from six to one"


def test_apart_from_one_listed_barrier_answers_the_others(figures):
    short = _answered(figures, "Apart from poor data sharing, what barriers to widget integration had the office identified?")
    assert short == "workforce shortages and weak leadership"


def test_did_they_find_evidence_answers_how_the_evidence_is_qualified(figures):
    assert _answered(figures, "Did the office find evidence that widget integration saves money?") == "no compelling evidence"


def test_how_much_was_cut_is_a_percentage_when_the_sentence_gives_only_that(figures):
    assert _answered(figures, "How much did councils cut widget care spending?") == "8%"


def test_a_total_amount_is_never_a_percentage(figures):
    assert _answered(figures, "How much did gadget spending rise?") == "3%"  # the sentence is found ...
    _declined(figures, "What was the total amount spent on gadgets?")  # ... but 3% is no total


def test_a_total_amount_is_the_sum_not_the_percentage_beside_it(tmp_path):
    answerer = _answerer(tmp_path, total="Widget care\n\nThe total amount spent on widget care was £4.1bn, a rise of 3% on the year before.\n")
    assert _answered(answerer, "What was the total amount spent on widget care?") == "£4.1bn"


# -- planned and actual figures ----------------------------------------------------

def test_the_planned_fall_is_the_planned_figure(plans):
    assert _answered(plans, "What was the planned fall?") == "40,000"


def test_overspend_against_plan_is_not_the_planned_figure(plans):
    # Either actual figure (the rise or what it cost) is fine; the planned 40,000 is not.
    assert _answered(plans, "widget returns overspend vs plan?") in {"12,000", "£90m"}
    assert _answered(plans, "how much extra did the rise in widget returns cost vs plan") == "£90m"


def test_by_how_many_is_the_figure_after_rose_by(plans):
    assert _answered(plans, "By how many did gadget returns rise?") == "7,000"  # not the 50,000 before it


# Quotes and causes across sentences, and who used which word.
QUOTES = """Widget quotes

The Rt Hon Mary Major MP, Chair of the Widget Committee, has expressed “dismay” that “planning for the widget fund has been such a shambles”.
Local areas were given minimal central input, meaning no central widget team.
Consequently, there was limited widget risk management.
"""


@pytest.fixture(scope="module")
def quotes(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("quotes"), quotes=QUOTES)


def test_what_word_did_someone_use_takes_the_word_about_the_subject_not_near_the_speaker(quotes):
    a = quotes.answer("What word did the committee chair use for the planning of the widget fund?")
    assert a.short_answer == "such a shambles"


def test_why_question_answered_by_a_consequently_sentence_takes_the_cause_before_it(quotes):
    a = quotes.answer("Why was widget risk management so limited?")
    cause = "Local areas were given minimal central input, meaning no central widget team."
    assert a.short_answer and a.short_answer in cause
    (c,) = a.citations
    assert c.quote.startswith(cause) and "Consequently" in c.quote


def test_what_reasons_questions_are_reason_questions():
    from bot.question_types import classify_question

    assert classify_question("What reasons does the office give for the fund falling short?") == "reason"


def test_a_question_of_only_numbers_declines_with_a_reason(people):
    a = people.answer("2016")
    assert a.abstained and "only numbers" in a.answer


def test_fullwidth_question_is_read_like_ascii(people):
    assert people.answer("Ｗｈｏ ｉｓ Ｊａｎｅ Ｒｏｅ？").short_answer == people.answer("Who is Jane Roe?").short_answer


QUOTED = """Widget audit

Jane Roe, head of the Widget Office, said the widget rollout had gone badly.
“It will be important to learn from the over-optimism of such plans when rolling out gadgets,” she added.
Widget returns were expected to fall, but they rose by 12,000 last year.
Gadget makers warned of delays.
"""


@pytest.fixture(scope="module")
def quoted(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("quoted"), quoted=QUOTED)


def test_a_quotation_whose_speaker_is_named_before_it_is_supported_by_that_name(quoted):
    # The quotation itself names neither Jane nor Roe; the sentence before does.
    assert "over-optimism" in _answered(quoted, "What did Jane Roe, head of the Widget Office, say it is important to learn from?")


def test_did_it_come_down_is_answered_by_what_happened_not_by_the_plan(quoted):
    assert _answered(quoted, "Did widget returns come down last year?") == "rose by 12,000"


def test_how_a_named_person_put_it_is_not_part_of_what_is_asked(quoted):
    assert "over-optimism" in _answered(quoted, "Jane Roe warned and stressed that we must learn from what?")


def test_a_surname_alone_finds_the_full_name_and_its_role(people):
    assert _answered(people, "what does Roe do") == "head of the Widget Office"


def test_from_six_to_how_many_takes_the_far_end(figures):
    assert _answered(figures, "widget conditions cut from 6 to how many") == "one"
    assert _answered(figures, "Number of widget conditions after the cut?") == "one"


def test_a_role_leaves_out_the_body_the_question_names(people):
    assert _answered(people, "what's Roe's role at the Widget Office?") == "head"


def test_how_someone_described_a_thing_is_what_they_said_it_had_done(quoted):
    assert _answered(quoted, "How did Jane Roe describe the widget rollout?") == "gone badly"


EVENTS = """Widget events

Jane Roe, head of the Widget Office, spoke to the Widget Integration Summit about the report.
Progress has mainly been made in attitudes, the report says.
"""


@pytest.fixture(scope="module")
def events(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("events"), events=EVENTS)


def test_where_someone_spoke_is_the_event(events):
    assert _answered(events, "where did Roe talk about the report") == "Widget Integration Summit"


def test_where_a_report_says_progress_was_made_is_no_place_question(events):
    assert "attitudes" in _answered(events, "Where does the report say progress has mainly been made?")


RISKS = """Widget risks

The widget office found that the plan for joined-up widget services by 2020 was at “significant risk”.
Widget councils targeted savings of £9 million, but local plans projected savings of just £2 million.
"""


@pytest.fixture(scope="module")
def risks(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("risks"), risks=RISKS)


def test_how_much_danger_asks_how_it_is_qualified_not_an_amount(risks):
    assert _answered(risks, "How much danger is the plan for joined-up widget services by 2020 in?") == "significant risk"


def test_what_was_originally_hoped_for_is_the_target_not_the_projection(risks):
    assert _answered(risks, "How much did widget councils originally hope to save?") == "£9 million"


def test_a_delay_does_not_say_what_a_paper_proposed(events, tmp_path):
    a = _answerer(tmp_path, paper="""Widget paper

In anticipation of the widget funding green paper, now delayed until autumn, the office urged caution.
""")
    assert a.answer("What did the widget funding green paper propose?").abstained


def test_the_item_set_aside_and_the_type_word_do_not_decide_the_body(people):
    # "which body": the type, not content; "besides the survey": the item that is not the answer
    assert _answered(people, "Which body published its widget survey in 2016?") == "Local Government Association"


CHANGES = """Widget changes

The widget office found the plan for joined-up widget services by 2020 was at “significant risk”.
When Jane Roe, who led on the widget study, spoke to the summit she indicated that this requirement had been dropped.
The widget requirement for joined-up services across the county by 2020 is at significant risk.
Without full council engagement, widget integration would “become sidelined in the pursuit of hospital finances”.
Revisions to the widget pot have cut the number of widget indicators from six to one.
The report said of the £2bn gadget fund for 2016-17, £1.5bn was allocated to cover hospital deficits.
"""


@pytest.fixture(scope="module")
def changes(tmp_path_factory):
    return _answerer(tmp_path_factory.mktemp("changes"), changes=CHANGES)


def test_what_level_of_risk_asks_how_it_is_qualified(changes):
    assert _answered(changes, "What level of risk did the widget office say the joined-up widget plan faced?") == "significant risk"


def test_the_thing_described_stops_before_to(changes):
    # "the danger to the plan": the danger is described, not the plan
    assert _answered(changes, "How did the widget office characterise the danger to the joined-up widget plan?") == "significant risk"


@pytest.mark.parametrize("question", ["The widget indicators were cut to how many?",
                                      "After the revisions, how many widget indicators were left?"])
def test_cut_to_how_many_is_the_far_end_of_the_range(changes, question):
    assert _answered(changes, question) == "one"


@pytest.mark.parametrize("question", ["The widget indicators were cut from how many to how many?",
                                      "widget indicators - from how many down to how many?",
                                      "Widget indicators - how many did they go from and to?",
                                      "For the widget pot, how far were the widget indicators cut?"])
def test_from_how_many_to_how_many_is_the_whole_range(changes, question):
    assert "six to one" in _answered(changes, question)


def test_what_happened_to_a_thing_is_what_the_text_says_it_did(changes):
    # The first sentence about the requirement says nothing happened to it; the second does.
    assert _answered(changes, "According to the widget study lead, what had happened to the 2020 widget requirement?") == "dropped"


def test_what_would_happen_reads_through_a_modal_and_a_quotation_mark(changes):
    assert (_answered(changes, "Without council engagement, what would happen to widget integration?")
            == "sidelined in the pursuit of hospital finances")


def test_a_matching_year_alone_does_not_support_an_answer(changes):
    # "2016-17" and "hospital" match the gadget fund sentence; nothing about the widget returns does
    assert changes.answer("What did widget returns cost hospitals in 2016-17?").abstained


def test_what_was_said_about_the_evidence_is_how_it_was_qualified(figures):
    assert _answered(figures, "What did the office say about the evidence that widget integration saves money?") == "no compelling evidence"


NEEDED = """Widget leadership

The answer may lie in local widget flexibility, Jane Roe argued, adding: “But that could leave serious gaps in delivering what is needed – a joined-up widget service.
Strong widget leadership is needed.”
"""


def test_what_is_needed_is_the_subject_of_is_needed(tmp_path):
    a = _answerer(tmp_path, needed=NEEDED)
    assert _answered(a, "What did Jane Roe say is needed, given local widget flexibility could leave serious gaps?") == "Strong widget leadership"
    assert _answered(a, "what's needed so widget flexibility doesn't leave gaps") == "Strong widget leadership"


ONE_WAY = """Widget incentives

The report argues that if widget councils are to fully adopt integration, then widget payment arrangements must incentivise them.
Joined-up widget boards are one way of doing this, the report says.
"""


def test_one_way_of_doing_something_is_the_subject_that_is_one_way(tmp_path):
    a = _answerer(tmp_path, incentives=ONE_WAY)
    assert _answered(a, "What's one model the report says could get widget payment arrangements to reward integration?") == "Joined-up widget boards"


def test_what_someone_said_about_a_thing_is_the_clause_about_it(tmp_path):
    a = _answerer(tmp_path, deadline="""Widget deadline

Jane Roe, head of the Widget Office, said: “But the 2020 widget deadline is looming.”
""")
    assert _answered(a, "What did Jane Roe say about the 2020 widget deadline?") == "the 2020 widget deadline is looming"


@pytest.mark.parametrize("question", ["What was the average cost per day of widget returns?",
                                      "How many widget returns were there on an average day?"])
def test_a_rate_is_not_answered_by_a_total_or_a_change(plans, question):
    assert plans.answer(question).abstained


def test_an_aside_with_a_capitalised_word_does_not_make_the_question_unanswerable(figures):
    # "Asking" is no name the articles fail to mention: it is the asker talking
    # ("daily" asks no rate either): it answers as the bare question does
    q = "What barriers to widget integration did the office identify?"
    assert _answered(figures, f"{q} Asking because I see them daily") == _answered(figures, q)


def test_a_change_in_the_scene_does_not_demand_a_change_in_the_answer(plans):
    q = "I work on widget returns. The office says returns went up - how much more than planned did that cost?"
    assert _answered(plans, q) == "£90m"


@pytest.mark.parametrize("question", ["Someone said widget returns rose by 20,000 - what was the real rise?",
                                      "Widget returns rose by 9,000, is that right? what was the rise"])
def test_a_wrong_figure_in_a_check_is_corrected_not_required(plans, question):
    assert _answered(plans, question) == "12,000"


def test_a_right_figure_in_a_check_is_confirmed(plans):
    assert _answered(plans, "Widget returns rose by 12,000, yes?") == "12,000"
    assert ", not" not in plans.answer("Widget returns rose by 12,000, yes?").answer


def test_the_answer_to_a_wrong_claim_says_it_was_wrong(plans, people):
    assert plans.answer("Someone said widget returns rose by 20,000 - what was the real rise?").answer.startswith("12,000, not 20,000")
    assert people.answer("Was it John Doe who said the widget results were deeply disappointing?").short_answer == "Jane Roe"


def test_the_total_number_is_not_a_change_in_it(plans):
    assert plans.answer("What was the total number of widget returns?").abstained


def test_who_chaired_something_is_not_who_spoke_at_it(events):
    assert events.answer("Who chaired the Widget Integration Summit?").abstained


def test_the_month_an_article_came_out_names_it(people):
    # WIDGET_META: published 2017-02-08; "the February 2017 report" is no unknown name
    a = people.answer("Who at the Widget Office responded to the February 2017 report?")
    assert not a.abstained and a.short_answer == "Jane Roe"


def test_a_byline_answers_who_wrote_the_piece_not_what_it_says(tmp_path):
    a = _answerer(tmp_path, blog="""Widget review

By Jane Roe, Policy Manager, Widget Institute

The office's conclusions on widgets are salutary.
""")
    assert a.answer("What word did Jane Roe use to describe the office's conclusions on widgets?").short_answer == "salutary"


def test_a_figure_other_articles_state_in_other_words_is_corroborated(tmp_path):
    a = _answerer(tmp_path, first="""Widget pot

The widget fund is worth £5.3bn, the office said after a long review of widget plans across many areas.
""", second="""Gadget review

The fund was a pooled £5.3bn budget.
""")
    # k=1 retrieves one chunk for the question's words; the figure itself finds the other article
    answer = a.answer("How big is the fund?", k=1)
    assert answer.short_answer == "£5.3bn" and {c.doc_id for c in answer.citations} == {"first", "second"}


def test_a_checked_figure_is_looked_up_in_the_sentence_stating_it(tmp_path):
    text = """Widget results

Revisions to the widget part of the pot have cut the number of related indicators from six to one, focusing on reducing widget returns.
Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000.
"""
    a = _answerer(tmp_path, checked=text)
    assert _answered(a, "Did widget returns go down by 12,000?") == "12,000"


def test_the_year_compared_against_need_not_be_stated(tmp_path):
    text = "Widget results\n\nIn 2016, widget returns rose by 12,000 on the previous year.\n"
    a = _answerer(tmp_path, baseline=text)
    # "rose by 12,000" is on the year before: "than in 2015" is the baseline, not a year the sentence must name
    assert _answered(a, "How many more widget returns were there in 2016 than in 2015?") == "12,000"
    _declined(a, "How many more widget returns were there in 2018 than in 2015?")  # the year asked about must be there


def test_what_reasons_did_they_give_searches_for_the_reason_not_the_frame(tmp_path):
    text = "Widget results\n\nThe office said the widget fund had not achieved its potential – due to rising demand and tight budgets.\n"
    a = _answerer(tmp_path, reasons=text)
    assert _answered(a, "What reasons did the office give for the widget fund falling short of its potential?") == \
        "rising demand and tight budgets"


def test_a_region_the_articles_never_name_is_declined(tmp_path):
    text = "Widget sites\n\nThe so-called widget sites currently number around 50 across England.\n"
    a = _answerer(tmp_path, sites=text)
    assert "north" in _declined(a, "How many widget sites are located in the north of England?")


def test_who_held_a_post_before_the_named_person_is_not_their_role(people):
    _declined(people, "Who was head of the Widget Office before Jane Roe took over?")


def test_who_held_a_post_when_the_named_person_spoke_is_not_their_role(people):
    _declined(people, "Who was the chair of the Widget Office when Jane Roe commented on the results?")
    assert "head of the Widget Office" in _answered(people, "Who was Jane Roe when she commented on the results?")


def test_a_year_exceeded_is_the_baseline_not_a_year_to_find(tmp_path):
    text = "Widget results\n\nIn 2016, widget returns rose by 12,000 on the previous year.\n"
    a = _answerer(tmp_path, exceeded=text)
    assert _answered(a, "By what number did widget returns exceed their 2015 level in 2016?") == "12,000"


def test_a_possessive_name_the_articles_never_use_is_declined(people):
    assert "Smith" in _declined(people, "What did the Smith's Trust say about the widget results?")


def test_a_figure_in_a_lower_ranked_chunk_is_found_by_looking_deeper_once(tmp_path):
    from bot.answer import AnswerSettings
    corpus = load_corpus(write_articles(tmp_path, {
        "a.txt": ("Widget fund news\n\nThe widget fund met. The widget fund fell behind. The widget fund widget fund board sat.\n", {"doc_id": "a"}),
        "b.txt": ("Gadget review\n\nSeparately, councils said the gadget review was late and the widget fund was worth £5.3bn in total, "
                  "they added at length in a long statement about many other gadget matters.\n", {"doc_id": "b"}),
    }))
    shallow = Answerer(build_index(corpus), corpus.documents, AnswerSettings(k=1))
    assert [h.doc_id for h in shallow.retrieve(["widget", "fund"], 1)] == ["a"]  # the figure's chunk ranks second
    assert shallow.answer("widget fund size?").short_answer == "£5.3bn"


def test_words_asked_for_in_a_lower_ranked_chunk_are_found_by_looking_deeper_once(tmp_path):
    from bot.answer import AnswerSettings
    text = ("Widget review\n\nBy Jane Roe, Policy Manager, Widget Institute\n\nThe policy manager role is new. "
            "The institute has a policy manager. Widget matters were reviewed at length across the country in many places. "
            "Gadget matters were reviewed too, in many more places, over many more months. "
            "In a long and detailed review of many widget matters, the office’s conclusions are salutary.\n")
    corpus = load_corpus(write_articles(tmp_path, {"a.txt": (text, {"doc_id": "a"})}))
    shallow = Answerer(build_index(corpus), corpus.documents, AnswerSettings(k=1))
    (top,) = shallow.retrieve(tokenize("policy manager conclusions"), 1)
    assert "salutary" not in " ".join(shallow.passages.text(s) for s in shallow.index.chunks[top.chunk_id].sentences)
    assert shallow.answer("What word did the policy manager use for the office's conclusions?").short_answer == "salutary"


def test_a_breakdown_is_answered_only_by_a_sentence_stating_one(tmp_path):
    text = "Widget boost\n\nThe widget fund will be boosted by £2.4bn in the last two years of this parliament.\n"
    a = _answerer(tmp_path, boost=text)
    assert a.answer("How is the £2.4bn widget boost split between the two years?").abstained
    assert a.answer("How big is the widget boost?").short_answer == "£2.4bn"



def test_a_persons_words_named_as_theirs_sentences_before_answer_a_question_naming_them(tmp_path):
    text = ("Widget fund planning\n\nMs Jane Roe, Chair of the Widget Committee, has expressed “dismay” at the planning.\n"
            "“Success depends on goodwill,” she said.\n"
            "“Such incompetence is unacceptable at a time when widget demand is rising,” she said.\n")
    a = _answerer(tmp_path, plan=text)
    assert a.answer("Why did Jane Roe consider the failings especially unacceptable?").short_answer == "widget demand is rising"
    assert a.answer("Which constituency did Jane Roe represent?").abstained  # her words say nothing of that


def test_a_year_the_metadata_dates_a_report_by_only_picks_it_out_in_a_title_question(tmp_path):
    text = ("Widget returns\n\nWidget returns rose by 12,000, said the Widget Office in its latest report – titled Widget integration.\n"
            "The office has 300 staff.\n")
    corpus = load_corpus(write_articles(tmp_path, {"w.txt": (text, {"doc_id": "w", "title": "Widget returns", "report_year": 2017})}))
    a = Answerer(build_index(corpus), corpus.documents)
    assert a.answer("What was the 2017 Widget Office report called?").short_answer == "Widget integration"


@pytest.mark.parametrize("question", ["What savings target did the widget fund fall far short of?",
                                      "What was the savings target the widget fund fell well short of?"])
def test_falling_short_of_a_target_asks_for_the_target_not_a_change(tmp_path, question):
    text = "Widget fund\n\nThe widget fund will fail to generate anywhere near its projected £1 billion savings target.\n"
    assert _answered(_answerer(tmp_path, fund=text), question) == "£1 billion"


def test_a_change_the_question_says_did_not_happen_is_not_required(tmp_path):
    text = ("Widget returns\n\nWidget hospital returns were targeted with a 5% cut on 2014 levels.\n"
            "Despite a planned fall of 40,000, the numbers rose by 12,000.\n")
    # "instead of falling": they rose, so a sentence stating only a cut does not answer
    assert _answered(_answerer(tmp_path, returns=text), "By how much did widget hospital returns rise instead of falling?") == "12,000"


def test_a_party_question_declines_when_no_party_is_named(tmp_path):
    text = "Widget planning\n\nThe Rt Hon Jane Roe MP, Chair of the Committee of Widget Accounts, has expressed dismay at the planning.\n"
    a = _answerer(tmp_path, plan=text)
    _declined(a, "What political party does Jane Roe represent?")  # not "Rt Hon Jane Roe MP", nor her committee


def test_which_committee_someone_chairs_is_the_committee_not_their_post(tmp_path):
    text = "Widget planning\n\nThe Rt Hon Jane Roe MP, Chair of the Committee of Widget Accounts, has expressed dismay at the planning.\n"
    a = _answerer(tmp_path, plan=text)
    assert _answered(a, "What committee does Jane Roe chair?") == "Committee of Widget Accounts"


def test_by_how_much_something_changed_is_answered_by_the_way_it_went(tmp_path):
    text = ("Widget report\n\nThe widget returns change programme cost £3m.\n"
            "Despite a planned reduction in widget returns of 40,000, the numbers rose by 12,000.\n")
    # "change" only says a change is asked: not the "change programme"
    assert _answered(_answerer(tmp_path, r=text), "By how much did widget returns change?") == "12,000"


def test_the_questions_own_words_reworded_are_not_the_answer(tmp_path):
    text = ("Widget care\n\nJane Roe, chief executive of the Widget College, spoke today.\n"
            "“The need is clear – increasing numbers of people are unable to access widget care, "
            "and have no option but to fall back on the gadget service,” she said.\n")
    answer = _answered(_answerer(tmp_path, care=text), "What do people who can't get widget care have to do instead?")
    assert "fall back on the gadget service" in answer  # not "unable to access", which is "can't get"


def test_what_the_question_rules_out_with_if_not_is_not_the_answer(tmp_path):
    text = ("Widget views\n\nJane Roe, president of the Widget Association, spoke today.\n"
            "She added: “Widget integration is not the answer to improving gadget care, it is a means to an end.”\n")
    a = _answerer(tmp_path, views=text)
    answer = a.answer("How did Jane Roe describe widget integration, if not as the answer to improving gadget care?").short_answer
    assert answer is None or "not the answer" not in answer


def test_what_happened_to_something_is_answered_by_a_sentence_naming_it(tmp_path):
    text = ("Widget fund\n\nThe report found the £5m spent through the widget fund in 2016 did not achieve its principal targets in the first year.\n"
            "Despite a planned reduction in gadget returns of 40,000, the numbers rose by 12,000.\n")
    answer = _answered(_answerer(tmp_path, fund=text), "So what actually happened to gadget returns under the widget fund in 2016?")
    assert "12,000" in answer  # not "did not achieve", said of the fund's targets


def test_a_name_whose_words_the_articles_never_use_together_declines(tmp_path):
    text = ("Widget fund\n\nThe quality of widget care improved, said the Widget Office.\n"
            "Services commissioned by the Widget Office were cut.\n"
            "The Rt Hon Jane Roe MP, Chair of the Committee of Widget Accounts, has expressed dismay at the widget fund.\n")
    a = _answerer(tmp_path, fund=text)
    assert "Widget Quality Commission" in _declined(a, "What did the Widget Quality Commission say about the widget fund?")
    assert _answered(a, "Who chairs the Widget Accounts Committee?") == "Jane Roe"  # its words, in another order


def test_a_yes_no_question_is_answered_by_the_sentence_restating_it(tmp_path):
    text = "Widget fund\n\nIt had reduced permanent admissions of people over 65 to widget homes.\n"
    answer = _answered(_answerer(tmp_path, fund=text), "Did the fund reduce permanent admissions of over-65s to widget homes?")
    assert "reduced permanent admissions" in answer


def test_a_sentence_carrying_on_a_speakers_account_is_theirs(tmp_path):
    text = ("Widget audit\n\nJane Roe emphasised that the office does not look at the efficacy of widget policy.\n"
            "Rather, it seeks to assess whether the government is delivering on its widget aims.\n")
    answer = _answered(_answerer(tmp_path, audit=text), "According to Jane Roe, what does the office assess?")
    assert "delivering" in answer


def test_how_someone_characterised_what_happened_to_a_thing_is_what_they_said_happened(tmp_path):
    text = ("Widget aims\n\n“The college supports joining up services but, as this report identifies, this widget aim has been buried "
            "under a slew of poorly designed initiatives in England,” Jane Roe said.\n")
    answer = _answered(_answerer(tmp_path, aims=text), "How did Jane Roe characterise what had happened to the widget aim in England?")
    assert answer.startswith("buried under a slew")


def test_a_cut_measured_against_another_year_declines(tmp_path):
    text = "Widget returns\n\nLocal areas were targeted with a 3.5% cut in widget returns on 2014 levels.\n"
    a = _answerer(tmp_path, returns=text)
    assert _answered(a, "What cut in widget returns were local areas targeted with on 2014 levels?") == "3.5%"
    _declined(a, "What cut in widget returns were local areas targeted with on 2015 levels?")


def test_a_title_alone_is_never_an_answer(tmp_path):
    text = ("Widget planning\n\nThe Rt Hon Jane Roe MP, Chair of the Committee of Widget Accounts, has expressed “dismay” "
            "that planning for the widget fund has been such a shambles.\n")
    answer = _answerer(tmp_path, plan=text).answer("Jane Roe was dismayed that planning for the widget fund had turned into what?").short_answer
    assert answer != "MP"



def test_a_sentence_only_naming_the_speaker_does_not_answer_what_they_said(tmp_path):
    text = ("Widget views\n\nJane Roe, president elect of the Association of Directors of Adult Social Services, said the case for a "
            "“single, shared widget settlement” was “overwhelming”.\n"
            "She added: “Widget integration is not the answer, but should be seen as the means to an end.\n"
            "“The risk of widget integration is that it focuses on structure whereas the focus should be on the potential to improve outcomes.”\n")
    a = _answerer(tmp_path, views=text)
    assert "structure" in _answered(a, "What did Jane Roe, ADASS president elect, warn was the risk of widget integration?")


def test_how_a_thing_was_described_in_the_passive_is_its_modifier(tmp_path):
    text = ("Widget barriers\n\nThe office said that despite identifying barriers to widget integration, such as “misaligned” financial "
            "incentives across the widget system, workforce challenges and resistance to data sharing, departments had failed to address them.\n")
    answer = _answered(_answerer(tmp_path, barriers=text), "How were the financial incentives across the widget system described?")
    assert "misaligned" in answer


def test_what_something_undermines_needs_a_sentence_saying_it_undermines_anything(tmp_path):
    text = ("Widget revisions\n\nRevisions to the widget part of the pot have cut the number of indicators, and now a portion "
            "is to be paid for reducing total widget admissions.\nThese revisions “undermine the fund’s core purpose”, the council body said.\n")
    a = _answerer(tmp_path, revisions=text)
    answer = a.answer("What do the revisions to the widget indicators undermine?")
    assert answer.short_answer == "the fund’s core purpose"
    b = _answerer(tmp_path / "b", revisions=text.split("These revisions")[0])
    assert b.answer("What do the revisions to the widget indicators undermine?").abstained  # nothing here undermines anything


def test_what_view_someone_took_of_a_thing_is_how_they_described_it(tmp_path):
    text = ("Widget savings\n\nThe auditors concluded that the ambition to save £9m through widget models “may be optimistic”, "
            "as they were yet unproven.\n")
    a = _answerer(tmp_path, savings=text)
    answer = a.answer("What view did the auditors take of the ambition to save £9m through widget models?")
    assert answer.short_answer == "may be optimistic"


def test_why_the_government_took_a_decision_is_declined_when_no_reason_is_stated(tmp_path):
    text = ("Widget indicators\n\nRevisions to the widget part of the fund have cut the number of related indicators from six to one, "
            "and now a portion is to be paid for reducing total widget admissions.\n")
    a = _answerer(tmp_path, indicators=text)
    answer = a.answer("Why did the government cut the number of widget indicators from six to one?")
    assert answer.abstained and answer.short_answer is None


def test_what_someone_does_not_do_is_answered_only_by_a_sentence_saying_it_is_not_done(tmp_path):
    text = ("Widget audits\n\nThe widget office reviews councils every year. "
            "It does not look at the merits of widget policy. Rather, it seeks to assess whether councils deliver.\n")
    a = _answerer(tmp_path, audits=text)
    assert a.answer("What does the widget office say it does not assess?").short_answer != "whether councils deliver"
    b = _answerer(tmp_path / "b", audits=text.replace("It does not look at the merits of widget policy. ", ""))
    assert b.answer("What does the widget office say it does not assess?").abstained  # only what it does assess


def test_the_title_of_a_report_named_by_what_it_found_is_the_title_its_article_gives_elsewhere(tmp_path):
    text = ("Widget plan at risk\n\nThe office warned that the government’s plan for widget integration by 2020 is at “significant risk”.\n"
            "Widget returns rose by 12,000 in the year, said the office in its latest report – titled Widget integration.\n"
            "Gadget sales fell in 2016, the office said.\n")
    a = _answerer(tmp_path, risk=text)
    answer = a.answer("What was the actual title of the office's report that said the 2020 plan was at risk?")
    assert answer.short_answer == "Widget integration"  # not the quoted remark "significant risk"


def test_by_what_percentage_a_thing_rose_is_not_answered_by_another_things_rise(tmp_path):
    text = "Widget demand\n\nThe office said funding per person for widgets has increased by just 0.9% a year.\nWidget returns rose by 12,000.\n"
    a = _answerer(tmp_path, demand=text)
    assert a.answer("By what percentage did widget returns rise?").abstained  # only a count of the rise is given
    assert a.answer("By what percentage did widget funding per person increase?").short_answer == "just 0.9%"


def test_how_a_speaker_described_something_they_never_spoke_of_is_declined(tmp_path):
    text = ("Widget reaction\n\nJane Roe, head of the Widget Office, said: “Widgets and gadgets are two sides of the same coin.”\n"
            "The gadget fund missed its targets, the report found.\n")
    a = _answerer(tmp_path, reaction=text)
    assert a.answer("How did Jane Roe describe the fund's performance?").abstained
    assert a.answer("How did Jane Roe describe widgets and gadgets in relation to each other?").short_answer == "two sides of the same coin"


def test_the_rest_of_a_fund_is_answered_only_by_a_sentence_stating_a_rest(tmp_path):
    a = _answerer(tmp_path, fund="Widget fund\n\nOf the £2.1bn widget fund, £1.8bn was allocated to cover widget deficits.\n")
    assert a.answer("What was the rest of the £2.1bn widget fund spent on, beyond covering deficits?").abstained
    text = "Gadget pot\n\nA portion of the £1bn gadget pot is paid for cutting returns, while the rest will be spent on gadget repairs.\n"
    b = _answerer(tmp_path / "b", pot=text)
    assert not b.answer("Where will the rest of the gadget pot be spent?").abstained  # a rest is stated here


def test_who_disagreed_is_not_answered_by_a_sentence_saying_they_agreed(tmp_path):
    text = ("Widget survey\n\nNinety percent of local areas agreed that their widget plan had improved joint working.\n"
            "The Widget Association does not agree with recent changes to the widget scope.\n")
    a = _answerer(tmp_path, survey=text)
    assert a.answer("What percentage of local areas disagreed that their widget plan had improved joint working?").abstained
    assert "Widget Association" in a.answer("Which body disagreed with the recent changes to the widget scope?").short_answer


def test_after_a_cut_from_six_the_count_now_is_the_far_end_whatever_else_the_sentence_says_now(tmp_path):
    text = ("Widget indicators\n\nRevisions to the widget pot have cut the number of related indicators from six to one, "
            "and now a portion is to be paid for reducing widget returns.\n")
    a = _answerer(tmp_path, indicators=text)
    assert a.answer("How many indicators does the widget pot now have, after being cut from six?").short_answer == "one"


def test_how_many_things_were_closed_is_not_answered_by_how_many_there_are(tmp_path):
    text = "Widget sites review\n\nThe so-called widget sites currently number around 50. Around 12 gadget hubs were closed last year.\n"
    a = _answerer(tmp_path, sites=text)
    assert a.answer("How many widget sites were shut down after the review?").abstained
    assert a.answer("How many widget sites had finished their evaluations?").abstained
    assert a.answer("How many widget sites are there?").short_answer == "around 50"
    assert a.answer("How many gadget hubs were closed?").short_answer == "Around 12"


def test_the_year_naming_a_report_picks_the_report_and_weighs_little(figures):
    from bot.tokens import tokenize_spans
    q = "How did the office describe the progress of widget integration in its 2017 report?"
    w = figures.weights(q, tokenize_spans(q), "quote")
    assert w["2017"] < max(w.values()) / 2  # it is checked against the article's years, not sought in the sentence
    q = "How many widgets were made in 2017?"
    assert figures.weights(q, tokenize_spans(q), "count")["2017"] == max(figures.weights(q, tokenize_spans(q), "count").values())


def test_what_something_cost_to_run_is_not_answered_by_what_it_cost_in_extra_spending(tmp_path):
    a = _answerer(tmp_path, costs="Widget costs review\n\nWidget delays cost the widget fund £146m more than planned.\n")
    assert a.answer("How much did the widget fund cost to administer?").abstained  # what it cost is not what running it cost
    assert a.answer("How much did the widget delays cost the widget fund?").short_answer == "£146m"


def test_why_a_decision_was_taken_is_not_answered_by_a_reason_for_something_else(tmp_path):
    a = _answerer(tmp_path, models="Widget models review\n\nThe office concluded that the government's ambition to save £9m "
                  "through seven new widget models “may be optimistic”, as they were yet unproven.\n")
    assert a.answer("Why did the government choose seven new widget models?").abstained  # why it may be optimistic, not why chosen
    assert a.answer("Why did the office think the widget savings ambition may be optimistic?").short_answer == "they were yet unproven"


LEADERS = """Widget leaders respond

Jo Bloggs, president of the Association of Widget Care Services, said the case for more widget money was clear.
She added: “Integration is not the answer to widget care, but a means to an end.”
Ann Other, head of policy at Widget Providers, welcomed the widget report.
"""


def test_a_described_post_is_found_through_what_its_holder_said(tmp_path):
    answerer = _answerer(tmp_path, leaders=LEADERS)
    assert _answered(answerer, "Which widget care leader said integration is not the answer to widget care but a means to an end?") == "Jo Bloggs"


def test_a_post_at_a_named_body_is_never_read_loosely(tmp_path):
    answerer = _answerer(tmp_path, leaders=LEADERS)
    assert answerer.answer("Which Widget England chief executive said integration is not the answer to widget care?").abstained


def test_the_number_of_items_a_list_question_asks_for_need_not_be_stated(tmp_path):
    text = """Widget policy

The Department of Widgets and the Department for Gadgets developed the widget policy, with Widget England responsible for delivery.
"""
    answerer = _answerer(tmp_path, policy=text)
    assert _answered(answerer, "which 2 depts developed the widget policy") == "Department of Widgets and the Department for Gadgets"


def test_the_body_a_byline_names_answers_which_organisation_its_author_is_at(tmp_path):
    text = """Widget integration: the verdict

By Jo Bloggs, Policy Manager, WIPFA

The widget office published a substantial report on widget integration.
"""
    answerer = _answerer(tmp_path, verdict=text)
    assert _answered(answerer, "Which organisation is Jo Bloggs a policy manager at?") == "WIPFA"


CALLS = """Widget trust responds to the report
The widget office said progress had been slow. “Strong political leadership is needed.”
Responding to the report, the head of strategy at Widget Providers, Jo Bloggs, commented: “The report recognises that joined-up widget services and national gadgets are two sides of the same coin.
“Years of cuts have led to a squeeze on widget care.
“We need a clearer national strategy for joined-up widget services.”
"""


def test_what_someone_called_for_is_the_sentence_stating_the_call_not_the_one_naming_them(tmp_path):
    answerer = _answerer(tmp_path, calls=CALLS)
    assert "clearer national" in _answered(answerer, "What did the head of strategy at Widget Providers call for on joined-up widget services?")


BYLINED = """Widget integration: a view from Widgetco
By Jo Bloggs, Policy Manager, Widgetco
Widgetco's policy manager has studied widget policy for Widgetco for years.
The gadget office draws similar conclusions of a lack of demonstrable results from the widget pilots.
Widgetco members and the policy manager met in March.
The report sets out twenty years of widget initiatives in a timeline.
Progress has mainly been in attitudes rather than in results.
The gadget office's conclusions are salutary, but consistent with views often expressed at local level.
"""


def test_a_description_far_from_the_words_naming_its_speaker_is_still_found(tmp_path):
    answerer = _answerer(tmp_path, bylined=BYLINED)
    a = answerer.answer("How did Widgetco's policy manager describe the gadget office's conclusions?", k=1)
    assert a.short_answer == "salutary"


RUNS_ON = """Widget trust responds to the report
Responding to the report, the head of strategy at Widget Providers, Jo Bloggs, commented: “The report recognises that widgets and gadgets are two sides of the same coin.
“Years of cuts have led to a squeeze on widget care.
“The knock-on effect has been felt across the widget sector.
“We need a clearer national strategy for joined-up widget services.”
"""


@pytest.mark.parametrize("question", ["What is Widget Providers' Jo Bloggs asking for?",
                                      "What did Widget Providers want to see for joined-up widget services?"])
def test_what_someone_asks_for_is_found_where_their_quotation_runs_on(tmp_path, question):
    answerer = _answerer(tmp_path, runson=RUNS_ON)
    a = answerer.answer(question, k=1)
    assert a.short_answer and "clearer national strategy" in a.short_answer
