"""Where a question's answer sits, read off its words (pure functions)."""
from bot.question_focus import counted_change, counted_terms, describer, focus_term, paid_activity
from bot.tokens import tokenize


def test_focus_is_the_questions_verb_not_the_first_plain_word():
    focus = focus_term("What does Jane Roe say local government is wary of giving up?")
    assert focus == tokenize("giving up")[-1]
    assert focus not in tokenize("local government")


def test_focus_is_a_verb_stranded_before_a_final_preposition():
    assert focus_term("What has it been buried under?") == tokenize("buried")[0]


def test_focus_is_the_first_plain_word_when_there_is_no_verb():
    assert focus_term("What barriers did Jane Roe name?") == tokenize("barriers")[0]


def test_no_focus_without_a_wh_word():
    assert focus_term("Widget returns rose") is None


def test_how_many_counts_the_words_after_it():
    assert set(counted_terms("How many new care models were introduced?")) == set(tokenize("new care models"))


def test_how_many_stops_at_the_verb():
    assert set(counted_terms("How many widget councils did the office visit?")) == set(tokenize("widget councils"))
    assert counted_terms("How many areas met all eight widget conditions?") == tokenize("areas")  # an irregular past verb
    # "the number of" only says a count is asked: what is counted follows it
    assert counted_terms("By how many was the number of widget returns supposed to drop?") == tokenize("widget returns")


def test_no_counted_terms_without_how_many():
    assert not counted_terms("How much did widget returns rise?")


def test_by_how_many_counts_the_subject_of_the_change():
    from bot.question_focus import counted_terms
    assert counted_terms("By how many did emergency hospital admissions go up last year?") == tokenize("emergency hospital admissions")


def test_focus_is_the_last_verb_of_a_verb_chain():
    # "what did it risk eroding?": the answer is eroding's object, not "diverting"'s
    assert focus_term("What did Roe say diverting resources risked eroding?") == tokenize("eroding")[0]


def test_the_speaker_of_a_how_did_x_describe_question_is_read_past_an_adverb():
    from bot.question_focus import SPEAKER
    assert SPEAKER.search("How exactly did the widget office rate the risk?").group(1) == "the widget office"


def test_what_adjective_did_x_apply_names_x_as_the_speaker():
    from bot.question_focus import SPEAKER
    assert SPEAKER.search("What adjective did the widget author apply to the conclusions?").group(2) == "the widget author"


def test_what_is_counted_is_read_through_a_paraphrase_running_past_its_preposition():
    # "new ways of delivering care" is the thesaurus's "new care models"; cut at "of" it would be "new ways"
    assert counted_terms("About how many new ways of delivering care were the trials meant to pick out?")[-1] == tokenize("models")[0]


def test_an_irregular_participle_ending_the_question_is_the_verb_the_answer_completes():
    assert focus_term("How did Jo Bloggs say widget integration should be seen?") == tokenize("see")[0]


def test_what_is_counted_ends_before_an_adverb():
    assert counted_terms("How many widget indicators now relate to the fund after the revisions?") == tokenize("widget indicators")


def test_a_verb_after_risk_is_the_verb_the_answer_completes():
    assert focus_term("What does local government risk eroding by sacrificing its widget resources?") == tokenize("eroding")[0]


def test_a_regular_past_tense_ending_the_question_is_the_verb_the_answer_completes():
    assert focus_term("What did Jo Bloggs say the reservations about handing over widget resources risked?") == tokenize("risk")[0]


def test_how_many_to_do_something_names_nothing_counted():
    assert counted_terms("Testing widget models is meant to identify how many to roll out nationally?") == []


def test_how_many_days_afterwards_counts_days():
    assert counted_terms("How many days afterwards did they check whether widget users were still at home?") == tokenize("days")


def test_a_count_of_things_that_were_closed_names_the_change():
    assert counted_change("How many widget sites were shut down after the review?") == tokenize("shut")[0]
    assert counted_change("How many of the sites had already completed their evaluations?") == tokenize("completed")[0]
    assert counted_change("How many widget sites are there?") is None
    assert counted_change("How many of the seven widget models have been approved for rollout?") == tokenize("approved")[0]
    assert counted_change("How many indicators were linked to the fund?") is None  # how they relate, not a change


def test_a_money_question_about_an_activity_names_the_activity():
    assert paid_activity("How much did the widget fund cost to administer?") == tokenize("administer")[0]
    assert paid_activity("How much did the office spend producing its widget report?") == tokenize("producing")[0]
    assert paid_activity("What was the total cost to the NHS of widget delays?") is None  # whom it cost, not what for


def test_whoever_is_asked_to_regard_or_appraise_something_is_the_describer():
    assert describer("How did the chair of the widget committee regard the office's plans?") == "the chair of the widget committee"
    assert describer("How did Jane Roe appraise the plans?") == "Jane Roe"
