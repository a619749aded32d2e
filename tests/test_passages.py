"""Passages: a pronoun-led sentence quoted with its antecedent, never across removed text."""
import pytest

from bot.answer import Answerer
from bot.corpus import load_corpus
from bot.index import build_index
from bot.passages import bigrams, cover
from bot.tokens import tokenize
from tests.corpus_fixtures import write_articles

META = {"doc_id": "returns", "title": "Widget returns", "publisher": "Widget Weekly", "published": "2017-02-08"}

# "Related articles" on its own line is boilerplate that cleaning removes.
ACROSS_BOILERPLATE = """Widget returns

Widget returns were expected to fall last year.
Related articles
They rose by 12,000 across widget councils.
"""
DIRECTLY_AFTER = ACROSS_BOILERPLATE.replace("Related articles\n", "")

FRAMING_THEN_ANSWER = """Widget deadline

The 2020 deadline for widget integration is looming. Ultimately, a decision must be made whether to extend it.
Widget councils met in the spring to discuss funding.
"""


def _answerer(root, text: str) -> Answerer:
    corpus = load_corpus(write_articles(root, {"returns.txt": (text, META)}))
    return Answerer(build_index(corpus), corpus.documents)


def _all_quotes_are_exact_slices(a, text: str) -> None:
    for c in a.citations + a.related:
        assert text[c.start : c.end] == c.quote


def test_quote_never_reaches_back_across_removed_boilerplate(tmp_path):
    a = _answerer(tmp_path, ACROSS_BOILERPLATE).answer("By how many did widget returns rise across widget councils?")
    assert a.short_answer == "12,000"
    assert [c.quote for c in a.citations] == ["They rose by 12,000 across widget councils."]
    assert not any("Related articles" in c.quote for c in a.citations + a.related)
    _all_quotes_are_exact_slices(a, ACROSS_BOILERPLATE)


def test_pronoun_led_sentence_is_quoted_with_the_sentence_naming_its_subject(tmp_path):
    a = _answerer(tmp_path, DIRECTLY_AFTER).answer("By how many did widget returns rise across widget councils?")
    assert a.short_answer == "12,000"
    (c,) = a.citations
    assert c.quote.startswith("Widget returns were expected") and c.quote.endswith("They rose by 12,000 across widget councils.")
    _all_quotes_are_exact_slices(a, DIRECTLY_AFTER)


def test_answer_after_the_framing_sentence_is_quoted_with_it(tmp_path):
    a = _answerer(tmp_path, FRAMING_THEN_ANSWER).answer(
        "What decision must be made about the looming 2020 widget integration deadline?")
    assert not a.abstained and "extend" in a.short_answer  # from the second sentence
    (c,) = a.citations
    assert c.quote == ("The 2020 deadline for widget integration is looming. "
                       "Ultimately, a decision must be made whether to extend it.")
    _all_quotes_are_exact_slices(a, FRAMING_THEN_ANSWER)


def test_cover_sums_the_weights_of_the_terms_present():
    assert cover({"widget": 2.0, "return": 1.0, "council": 0.5}, {"widget", "council", "other"}) == pytest.approx(2.5)


def test_question_word_pairs_kept_side_by_side_earn_a_bonus():
    weights = {"widget": 2.0, "return": 1.0}
    assert bigrams(["widget", "return"], weights, ["widget", "return", "increas"]) == pytest.approx(0.5)
    assert bigrams(["widget", "return"], weights, ["return", "widget"]) == 0.0
    assert bigrams(None, weights, ["widget", "return"]) == 0.0


def test_pronoun_check_on_punctuation_heavy_text_is_a_plain_word_test():
    from bot.passages import opens_with_pronoun

    # A backtracking regex took minutes on this; the word test answers at once.
    assert not opens_with_pronoun("A " + "- " * 200 + "x")
    assert opens_with_pronoun("They rose by 12,000.") and opens_with_pronoun("Despite this, it rose.")
    assert not opens_with_pronoun("Widget returns rose by 12,000.")


REPORT_SAYS = """Widget integration

The report argues that widget payment arrangements must reward integration. Pooled budgets are one way of doing this, the report says.
"""


def test_a_demonstrative_standing_alone_is_quoted_with_the_sentence_it_stands_for(tmp_path):
    meta = {**META, "title": "NAO: widget integration underfunded"}
    corpus = load_corpus(write_articles(tmp_path, {"returns.txt": (REPORT_SAYS, meta)}))
    a = Answerer(build_index(corpus), corpus.documents).answer(
        "What does the NAO report say is one way to make payment arrangements reward integration?")
    assert not a.abstained and "Pooled budgets" in a.short_answer  # the report is the NAO's: its title says so
    (c,) = a.citations
    assert c.quote.startswith("The report argues") and c.quote.endswith("the report says.")
    _all_quotes_are_exact_slices(a, REPORT_SAYS)


def test_the_year_of_the_report_an_article_covers_comes_from_its_metadata(tmp_path):
    text = "Widget audit\n\nThe report found no central programme team to lead widget delivery.\n"
    question = "What did the 2014 widget report find was missing to lead widget delivery?"
    declined = _answerer(tmp_path / "a", text).answer(question)
    assert declined.abstained  # the article never prints 2014
    corpus = load_corpus(write_articles(tmp_path / "b", {"returns.txt": (text, {**META, "report_year": 2014})}))
    a = Answerer(build_index(corpus), corpus.documents).answer(question)
    assert not a.abstained and "programme team" in a.short_answer


def test_a_byline_stands_for_the_piece_it_heads(tmp_path):
    text = "Widget report on joined-up care\n\nBy Jane Roe, Policy Manager, Widget Institute\n\nWidget returns rose.\n"
    corpus = load_corpus(write_articles(tmp_path, {"returns.txt": (text, {**META, "title": "Widget report on joined-up care"})}))
    a = Answerer(build_index(corpus), corpus.documents)
    answer = a.answer("Who wrote the Widget Institute analysis of the widget report, and in what role?")
    assert not answer.abstained and answer.short_answer == "Jane Roe"


def test_a_bylined_article_is_in_its_authors_voice(tmp_path):
    text = ("Widget report on joined-up care\n\nBy Jane Roe, Policy Manager, Widget Institute\n\n"
            "Widget returns rose last year.\nCare boards offer a sensible structure for doing that.\n")
    corpus = load_corpus(write_articles(tmp_path, {"returns.txt": (text, {**META, "title": "Widget report on joined-up care"})}))
    a = Answerer(build_index(corpus), corpus.documents)
    (sid,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("Care boards")]
    speaker = [frozenset(tokenize("Widget Institute")), frozenset(tokenize("policy")), frozenset(tokenize("manager"))]
    assert a.passages.spoken_by(sid, speaker)
    assert "roe" in a.passages.naming(sid, speaker)  # the byline's words: who is speaking
    answer = a.answer("What does the Widget Institute policy manager think offers a sensible structure?")
    assert answer.short_answer == "Care boards"


def test_a_post_named_where_a_quotation_is_introduced_holds_for_the_quotation(tmp_path):
    text = ("Widget returns\n\nJane Roe, head of the Widget Office, said: “No one would disagree with more joined-up gadget care.\n"
            "Gadget care rose in 2016.\nSo far, benefits have fallen far short of plans, despite much effort.”\n")
    a = _answerer(tmp_path, text)
    answer = a.answer("Who was the head of the Widget Office who said the benefits had fallen far short of plans despite the effort?")
    assert answer.short_answer == "Jane Roe"
    assert any("fallen far short" in c.quote for c in answer.citations)  # the words asked about, with who said them


def test_a_sentence_inside_a_quotation_left_open_is_the_speakers(tmp_path):
    text = ("Widget returns\n\nResponding, Jane Roe commented: “Widgets matter.\n\n"
            "“Years of cuts have led to a squeeze on widgets. The knock-on effect has been felt right across the gadget trade, "
            "including shops and depots.\n")
    a = _answerer(tmp_path, text)
    assert a.answer("Which parts of the gadget trade did Jane Roe say had felt the knock-on effect?").short_answer == "shops and depots"


def test_one_quotation_over_two_sentences_is_one_statement(tmp_path):
    from bot.passages import one_quotation
    assert one_quotation("Morse added: “But that could leave serious gaps.", "Serious political leadership is needed.”")
    assert not one_quotation("Morse said the gaps were serious.", "Serious political leadership is needed.")


def test_one_quotation_may_use_straight_quotes():
    from bot.passages import one_quotation
    assert one_quotation('Morse added: "But that could leave serious gaps.', 'Serious political leadership is needed."')


QUOTED_IN_TURN = ("Widget report\n\nJane Roe, head of the Widget Office, said the fund had failed.\n"
                  "The answer may lie in local choice, Roe argued, adding: “But that leaves gaps. Serious widget leadership is needed.”\n"
                  "Responding, the chair of Widget Providers, Ann Lee, commented: “The report is right.\n"
                  "“We need a clearer widget strategy for joined-up care.”\n")


def test_a_quotation_after_another_speaker_opens_hers_is_not_the_earlier_speakers(tmp_path):
    a = _answerer(tmp_path, QUOTED_IN_TURN)
    (strategy,) = [i for i in range(len(a.passages.sets)) if "clearer widget strategy" in a.passages.text(i)]
    (leadership,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("Serious")]
    head = [frozenset(tokenize("head")), frozenset(tokenize("Widget Office"))]
    assert not a.passages.spoken_by(strategy, head)
    assert a.passages.spoken_by(strategy, [frozenset(tokenize("Lee"))])
    assert a.passages.spoken_by(leadership, head)  # "Roe argued" is the head of the Widget Office, named before


def test_she_added_goes_on_quoting_the_speaker_named_before(tmp_path):
    text = ("Widget views\n\nAnn Lee, president of the Widget Association, said the case for reform was overwhelming.\n"
            "She added: “Widget integration should be seen as the means to an end.\n"
            "“The risk of widget integration is that it focuses on structure.”\n")
    a = _answerer(tmp_path, text)
    (risk,) = [i for i in range(len(a.passages.sets)) if "The risk" in a.passages.text(i)]
    assert a.passages.spoken_by(risk, [frozenset(tokenize("Lee"))])
    assert a.answer("What did Ann Lee say the case was overwhelming for?").short_answer == "reform"


def test_the_sentence_after_a_byline_gets_no_credit_for_the_authors_name(tmp_path):
    text = ("Widget report on joined-up care\n\nBy Jane Roe, Policy Manager, Widget Institute\n\n"
            "The office published a widget report with the conclusion that widgets were slow.\nIts conclusions are salutary.\n")
    corpus = load_corpus(write_articles(tmp_path, {"returns.txt": (text, {**META, "title": "Widget report on joined-up care"})}))
    a = Answerer(build_index(corpus), corpus.documents)
    (sid,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("The office published")]
    assert "roe" not in a.passages.neighbours(sid)  # Jane Roe wrote every sentence, not this one more than the next
    assert a.passages.sets[sid + 1] <= a.passages.neighbours(sid)  # the sentence after still counts


def test_narrative_after_the_speaker_gives_its_report_is_the_speakers(tmp_path):
    text = ("Widget report\n\nThe widget office said in its latest report that plans had failed.\n"
            "The so-called pilot sites currently number around 50.\nCouncils were dismayed, Jo Bloggs said.\n")
    corpus = load_corpus(write_articles(tmp_path, {"returns.txt": (text, {**META, "title": "Widget report"})}))
    a = Answerer(build_index(corpus), corpus.documents)
    office = [frozenset(tokenize("widget office"))]
    (sid,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("The so-called")]
    assert a.passages.spoken_by(sid, office)
    assert not a.passages.spoken_by(sid + 1, office)  # someone else's words
    answer = a.answer("How many pilot sites did the widget office say there currently were?")
    assert answer.short_answer == "around 50"


def test_a_sentence_ending_in_doing_that_is_quoted_with_the_one_before():
    from bot.passages import opens_with_pronoun
    assert opens_with_pronoun("Widget plans offer a sensible structure for doing that.")
    assert not opens_with_pronoun("Widget plans offer a sensible structure for doing so much more.")


def test_a_person_named_earlier_beside_their_post_speaks_for_their_body(tmp_path):
    text = ("Widget returns\n\nJane Roe, the head of the Widget Office, said: “No one would disagree with more joined-up gadget care.”\n"
            "Gadget care rose in 2016.\nThe answer may therefore lie in local flexibility, Roe argued.\n")
    a = _answerer(tmp_path, text)
    (sid,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("The answer may")]
    assert a.passages.spoken_by(sid, [frozenset(tokenize("Widget Office"))])
    assert not a.passages.spoken_by(sid, [frozenset(tokenize("Gadget Board"))])


def test_a_person_merely_mentioned_beside_a_body_does_not_speak_for_it(tmp_path):
    text = ("Widget returns\n\nThe Widget Office report was dismissed by Jane Roe, the gadget secretary.\n"
            "Gadget care rose in 2016.\nThe answer may lie in more money, Roe argued.\n")
    a = _answerer(tmp_path, text)
    (sid,) = [i for i in range(len(a.passages.sets)) if a.passages.text(i).startswith("The answer may")]
    assert not a.passages.spoken_by(sid, [frozenset(tokenize("Widget Office"))])
