"""Answers outside the matched sentence: a quotation's speaker, a consequence's cause (before it)
and a cause's consequence (after it), the argument behind a stance (after it, past a subheading)."""
import pytest

from bot.answer import Answerer
from bot.corpus import load_corpus
from bot.index import build_index
from tests.corpus_fixtures import write_articles

SPEECH = """Widget fund review

Widget returns rose again last year.
Ms Jane Roe, head of the Widget Office, said: “Widget councils tried hard.
“So far, widget benefits have fallen far short of plans, despite much effort.”
"""

CONSEQUENCE = """Widget fund review

There was no central widget programme team.
Consequently, there was limited widget risk management.
"""


def _answerer(root, text: str) -> Answerer:
    corpus = load_corpus(write_articles(root, {"w.txt": (text, {"doc_id": "w", "title": "Widget fund review"})}))
    return Answerer(build_index(corpus), corpus.documents)


def test_who_said_a_quotation_is_the_speaker_named_just_before_it(tmp_path):
    a = _answerer(tmp_path, SPEECH).answer("Who said widget benefits fell far short of plans?")
    assert a.short_answer == "Jane Roe"
    (c,) = a.citations  # quoted from the speaker's sentence through the quotation
    assert c.quote.startswith("Ms Jane Roe, head of the Widget Office, said") and c.quote.endswith("despite much effort.”")
    assert SPEECH[c.start : c.end] == c.quote


PRONOUN_SPEECH = """Widget fund review

Ms Jane Roe, chair of the Widget Committee, has expressed “dismay” at the widget plans.
“Delays have weakened the widget fund,” she said, noting it is “deeply disturbing that widget councils feel ignored”.
"""


def test_a_quotation_ending_she_said_is_spoken_by_the_person_named_expressing_a_view_before(tmp_path):
    a = _answerer(tmp_path, PRONOUN_SPEECH).answer("Who found it deeply disturbing that widget councils feel ignored?")
    assert a.short_answer == "Jane Roe"


def test_who_at_a_body_said_something_is_not_a_speaker_named_without_that_body(tmp_path):
    a = _answerer(tmp_path, PRONOUN_SPEECH).answer("Who at the Widget Office found it deeply disturbing that widget councils feel ignored?")
    assert a.abstained


def test_why_a_consequence_is_the_sentence_before_it(tmp_path):
    a = _answerer(tmp_path, CONSEQUENCE).answer("Why was there limited widget risk management?")
    assert not a.abstained
    (c,) = a.citations
    assert c.quote.startswith("There was no central widget programme team.")


def test_the_effects_words_do_not_cut_the_cause_found_in_the_sentence_before(tmp_path):
    text = ("Widget fund review\n\nBut local areas were tasked with developing tailored widget plans with minimal central input.\n"
            "Consequently, there was limited risk management and no analysis of local widget planning capacity.\n")
    a = _answerer(tmp_path, text).answer("According to the office, why was there limited risk management and no analysis of widget planning capacity?")
    assert a.short_answer.endswith("with minimal central input")




NO_TEAM = ("Widget fund review\n\nLocal areas drew up widget plans with minimal central input, meaning no central programme team.\n"
           "Consequently, there was limited risk management and no analysis of local widget planning capacity, the office said.\n")


def test_the_cause_of_a_consequently_sentence_is_what_the_sentence_before_ends_by_saying_followed(tmp_path):
    a = _answerer(tmp_path, NO_TEAM).answer("Why was there limited risk management and no analysis of widget planning capacity?")
    assert a.short_answer == "no central programme team"


def test_what_a_cause_led_to_is_the_sentence_after_it_opening_consequently(tmp_path):
    answerer = _answerer(tmp_path, NO_TEAM)
    a = answerer.answer("What were the consequences of having no central programme team for the widget fund?")
    assert a.short_answer == "limited risk management and no analysis of local widget planning capacity"
    (cited,) = a.citations  # the cause and its consequence, quoted together
    assert cited.quote.startswith("Local areas drew up") and cited.quote.endswith("the office said.")
    assert NO_TEAM[cited.start : cited.end] == cited.quote
    # asked about one side of it, or for one consequence, the answer is that one
    assert answerer.answer("Because no central programme team was put in place, what followed for risk oversight?").short_answer == \
        "limited risk management"
    assert answerer.answer("What was one consequence of having no central programme team for the widget fund?").short_answer == \
        "limited risk management"


def test_what_a_cause_cost_is_the_next_sentence_opening_this_cost(tmp_path):
    text = ("Widget fund review\n\nDays lost to widget delays rose by 185,000 on the previous year.\n"
            "This cost £146m more than expected, the report said.\n")
    a = _answerer(tmp_path, text).answer("What was the financial fallout from widget delays rising by 185,000?")
    assert a.short_answer == "£146m more than expected"


def test_what_a_cause_led_to_within_its_sentence_follows_and_so(tmp_path):
    text = "Widget fund review\n\nLocal widget plans fell short of what ministers expected - and so all widget proposals had to be resubmitted.\n"
    a = _answerer(tmp_path, text).answer("What happened as a result of local widget plans falling short of what ministers expected?")
    assert a.short_answer == "all widget proposals had to be resubmitted"


TITLED = """Widget fund review

The widget plan for 2020 is at significant risk, the office found.
Widget returns rose again last year.
The office set this out in its latest report – titled Widget Integration.
“Widgets are “misaligned”,” one council said.
"""


def test_the_report_that_found_something_is_named_where_the_article_gives_its_title(tmp_path):
    a = _answerer(tmp_path, TITLED).answer("What was the report that found the widget plan for 2020 at significant risk called?")
    assert a.short_answer == "Widget Integration"  # a title, not any quoted word
    (c,) = a.citations
    assert "titled Widget Integration" in c.quote and TITLED[c.start : c.end] == c.quote


def test_another_article_using_a_titles_words_does_not_corroborate_the_title(tmp_path):
    other = "Widget news\n\nThe widget report found Widget Integration at risk.\n"
    corpus = load_corpus(write_articles(tmp_path, {"w.txt": (TITLED, {"doc_id": "w", "title": "Widget fund review"}),
                                                    "o.txt": (other, {"doc_id": "o", "title": "Widget news"})}))
    a = Answerer(build_index(corpus), corpus.documents).answer("What was the widget report called?")
    assert a.short_answer == "Widget Integration"
    assert {c.doc_id for c in a.citations} == {"w"}


STANCE = """Widget fund review

The Widget Councils Association does not agree with recent changes to the widget fund's scope.
The changes cut the number of widget indicators from six to one.

Ambitious target

These revisions “undermine the widget fund's core purpose and reduce the resources for prevention,” the Association argues.
"""


def test_why_someone_opposes_something_is_the_argument_they_make_after_it(tmp_path):
    a = _answerer(tmp_path, STANCE).answer("Why does the Widget Councils Association oppose the changes to the widget fund's scope?")
    assert a.short_answer == "undermine the widget fund's core purpose"
    argument, stance = a.citations  # the argument, then the sentence stating the stance; each an exact slice
    assert argument.quote.startswith("These revisions") and stance.quote.startswith("The Widget Councils Association")
    assert all(STANCE[c.start : c.end] == c.quote for c in a.citations)


def test_a_stance_without_a_reported_argument_has_no_argument_after_it(tmp_path):
    from bot.antecedents import argument_after
    from bot.passages import Passage

    q = "Why does the Widget Councils Association oppose the changes to the widget fund's scope?"
    for text, found in ((STANCE, True), (STANCE.replace(" the Association argues", " it seems"), False)):
        passages = _answerer(tmp_path / str(found), text).passages
        (sid,) = [i for i in range(len(passages.sets)) if passages.text(i).startswith("The Widget Councils")]
        sent = passages.index.sentences[sid]
        assert (argument_after(passages, Passage(sid, 1.0, 1.0, sent.start, sent.end, 0), q) is not None) is found


CAPTIONED = """Widget fund review

Jane Roe, chief executive of the Widget Office, called on the government to answer key questions.
jane roe

Jane Roe

“This aim has been buried under a slew of poorly designed widget initiatives,” she said.
"""


def test_a_quotations_speaker_is_found_past_a_photo_caption_and_cited_apart(tmp_path):
    a = _answerer(tmp_path, CAPTIONED).answer("Who said the aim had been buried under a slew of poorly designed widget initiatives?")
    assert a.short_answer == "Jane Roe"
    quote, speaker = a.citations  # never one quote spanning the removed caption
    assert quote.quote.startswith("“This aim") and speaker.quote.startswith("Jane Roe, chief executive")
    assert all(CAPTIONED[c.start : c.end] == c.quote for c in a.citations)


def _argument(tmp_path, text: str, q: str):
    from bot.antecedents import argument_after
    from bot.passages import Passage

    passages = _answerer(tmp_path, text).passages
    (sid,) = [i for i in range(len(passages.sets)) if passages.text(i).startswith("The Widget Councils")]
    sent = passages.index.sentences[sid]
    return argument_after(passages, Passage(sid, 1.0, 1.0, sent.start, sent.end, 0), q)


OPPOSE = "Why does the Widget Councils Association oppose the changes to the widget fund's scope?"


def test_an_argument_is_only_the_one_made_by_whoever_took_the_stance(tmp_path):
    assert _argument(tmp_path, STANCE, OPPOSE) is not None
    other = STANCE.replace("the Association argues", "said a Widget Ministry spokesperson")
    assert _argument(tmp_path / "other", other, OPPOSE) is None


def test_a_stance_that_gives_its_own_reason_keeps_it(tmp_path):
    text = STANCE.replace("changes to the widget fund's scope.", "changes to the widget fund's scope because they cut council funding.")
    assert _argument(tmp_path, text, OPPOSE) is None


@pytest.mark.parametrize("question, asks", [
    ("What were the consequences of having no programme team?", True),
    ("What was the consequence, according to the office, of there being no programme team?", True),
    ("Because there was no programme team, what was the knock-on for handling risks?", True),
    ("When local plans only promised £55m, what did that force?", True),
    ("What happened as a result of plans falling short?", True),
    ("What was the financial upshot of widget admissions going up?", True),
    ("What financial consequence followed from widget admissions rising by 87,000?", True),
    ("What happened to the 2020 target?", False),  # what became of it, not what it led to
    ("What were the results of the pilots?", False),
])
def test_a_consequence_question_names_a_cause_and_asks_what_it_led_to(question, asks):
    from bot.reasons import asks_consequence
    assert asks_consequence(question) is asks
