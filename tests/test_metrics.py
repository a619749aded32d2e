"""Metric functions against hand-computed values, published examples and trec_eval."""
from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import metrics as m


# -- SQuAD normalisation, EM, F1 -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Cat!", "cat"),
    ("  a   dog,\tan  owl ", "dog owl"),
    ("theatre and anvil", "theatre and anvil"),  # articles only as whole words
    ("“very different” cultures", "very different cultures"),  # curly quotes are punctuation
    ("the government’s tool", "governments tool"),
    ("re-ablement", "reablement"),
    ("£5.3bn", "£53bn"),  # SQuAD drops the decimal point; numbers are answer_correct's job
])
def test_normalize_lowercases_and_drops_punctuation_articles_and_extra_space(text, expected):
    assert m.normalize_answer(text) == expected


def test_exact_match_ignores_case_punctuation_and_articles():
    assert m.exact_match("The Department of Health.", ["department of health"]) == 1.0


def test_exact_match_is_max_over_accepted_answers():
    assert m.exact_match("over-optimism", ["the over-optimism of such plans", "over-optimism"]) == 1.0
    assert m.exact_match("optimism", ["the over-optimism of such plans", "over-optimism"]) == 0.0


@pytest.mark.parametrize("prediction", [None, "", "   "])
def test_empty_prediction_scores_zero(prediction):
    assert m.exact_match(prediction, ["87,000"]) == 0.0
    assert m.f1(prediction, ["87,000"]) == 0.0
    assert m.answer_correct(prediction, ["87,000"]) is False


def test_f1_hand_computed_partial_overlap():
    # pred {cat, sat}, gold {cat, sat, down}: P = 1, R = 2/3, F1 = 0.8
    assert m.token_f1("cat sat", "the cat sat down") == pytest.approx(0.8)


def test_f1_counts_repeated_tokens_once_per_match():
    # pred {cat, cat}, gold {cat}: common 1, P = 1/2, R = 1, F1 = 2/3
    assert m.token_f1("cat cat", "cat") == pytest.approx(2 / 3)


def test_f1_no_overlap_is_zero_and_takes_max_over_answers():
    assert m.token_f1("dog", "cat") == 0.0
    assert m.f1("cat sat", ["dog", "the cat sat down", "cat"]) == pytest.approx(0.8)


def test_f1_of_answer_that_is_only_an_article_is_zero():
    assert m.token_f1("the", "a") == 0.0


# -- numbers and answer_correct -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("£5.3bn", "5300000000"), ("£5.3 billion", "5300000000"), ("£1-billion", "1000000000"),
    ("£311m", "311000000"), ("at least £314 million", "314000000"), ("87,000", "87000"), ("87000", "87000"),
    ("90%", "90%"), ("Ninety percent", "90%"), ("3.5 per cent", "3.5%"), ("0.9%", "0.9%"),
    ("around a dozen", "12"), ("twenty-five", "25"), ("seven", "7"), ("five million", "5000000"),
    ("less than two-thirds", "0.666667"), ("over half of its resources", "0.5"), ("a third", "0.333333"),
    ("04.07.18", "date:4.7.18"), ("2014-15", "years:2014-15"), ("2015/16", "years:2015-16"),
    ("from eight to three", "8"), ("91 days", "91"), ("5 minutes", "5"), ("A4 paper", None),
    ("no numbers here", None), (None, None),
])
def test_first_number_applies_units_and_keeps_percent(text, expected):
    assert m.first_number(text) == expected


@pytest.mark.parametrize(("prediction", "answers"), [
    ("£5.3 billion", ["£5.3bn"]),
    ("87000", ["87,000"]),
    ("90%", ["Ninety percent"]),
    ("an increase of 87,000 admissions", ["87,000"]),
    ("three", ["three", "from eight to three"]),
    ("from eight to three", ["three", "from eight to three"]),
])
def test_answer_correct_compares_first_numbers(prediction, answers):
    assert m.answer_correct(prediction, answers)


@pytest.mark.parametrize(("prediction", "answers"), [
    ("86,000", ["87,000"]),
    ("90", ["90%"]),  # a count is not a percentage
    ("from six to one", ["one"]),  # the first number is 6
    ("six", ["one", "from six to one"]),  # an answer with two numbers needs both, in order
    ("from six to seven", ["from six to one"]),
    ("a large rise", ["87,000"]),  # no number at all
    ("£5.3m", ["£5.3bn"]),
])
def test_answer_incorrect_when_first_numbers_differ(prediction, answers):
    assert not m.answer_correct(prediction, answers)


def test_numbers_lists_every_number_in_order():
    assert m.numbers("from £2.4bn in 2015-16 to ninety per cent, then 04.07.18") == [
        "2400000000", "years:2015-16", "90%", "date:4.7.18"]
    assert m.numbers("") == [] and m.numbers(None) == []


def test_answer_correct_for_text_needs_f1_at_least_half():
    # {red, blue, green} vs {red}: 2*1/(3+1) = 0.5 exactly -> correct
    assert m.answer_correct("red blue green", ["red"])
    # {overoptimism} vs {overoptimism, of, such, plans}: 2/5 = 0.4 -> not correct ...
    assert not m.answer_correct("over-optimism", ["the over-optimism of such plans"])
    # ... but another accepted answer matches
    assert m.answer_correct("over-optimism", ["the over-optimism of such plans", "over-optimism"])


# -- retrieval -------------------------------------------------------------------------------------

def test_rank_documents_keeps_first_appearance_and_k_distinct():
    assert m.rank_documents(["a", "a", "b", "c", "b", "d"], 3) == ["a", "b", "c"]
    assert m.rank_documents(["a", "a"], 5) == ["a"]


def test_recall_at_k_is_whether_any_gold_document_is_in_top_k():
    ranked = ["x", "y", "gold2", "gold1"]
    assert [m.recall_at_k(ranked, {"gold1", "gold2"}, k) for k in (1, 2, 3, 5)] == [0.0, 0.0, 1.0, 1.0]


def test_reciprocal_rank_uses_first_gold_document_within_cutoff():
    ranked = ["x", "y", "gold2", "gold1"]
    assert m.reciprocal_rank(ranked, {"gold1", "gold2"}, 10) == pytest.approx(1 / 3)
    assert m.reciprocal_rank(ranked, {"gold1", "gold2"}, 2) == 0.0
    assert m.reciprocal_rank([], {"gold1"}, 10) == 0.0


def test_mrr_matches_published_worked_example():
    # Wikipedia, "Mean reciprocal rank": first correct answers at ranks 3, 2, 1 -> MRR = 11/18.
    runs = [(["catten", "cati", "cats"], {"cats"}), (["torii", "tori", "toruses"], {"tori"}),
            (["viruses", "virii", "viri"], {"viruses"})]
    rrs = [m.reciprocal_rank(ranked, gold, 10) for ranked, gold in runs]
    assert sum(rrs) / len(rrs) == pytest.approx(11 / 18)


def test_recall_and_mrr_match_trec_eval_on_random_runs():
    pytrec_eval = pytest.importorskip(
        "pytrec_eval", reason="pytrec-eval-terrier is not installed (dev dependency): pip install pytrec-eval-terrier")
    rng = random.Random(4)
    docs = [f"d{i}" for i in range(12)]
    qrels, runs, ours = {}, {}, {}
    for q in range(40):
        relevant = rng.sample(docs, rng.randint(1, 3))
        ranked = rng.sample(docs, rng.randint(1, 10))
        qid = f"q{q}"
        qrels[qid] = {d: 1 for d in relevant}
        runs[qid] = {d: float(len(ranked) - i) for i, d in enumerate(ranked)}  # distinct scores: no ties
        ours[qid] = {f"success_{c}": m.recall_at_k(ranked, relevant, c) for c in (1, 3, 5)}
        ours[qid]["recip_rank"] = m.reciprocal_rank(ranked, relevant, 10)
    theirs = pytrec_eval.RelevanceEvaluator(qrels, {"success.1,3,5", "recip_rank"}).evaluate(runs)
    for qid, values in ours.items():
        for name, v in values.items():
            assert theirs[qid][name] == pytest.approx(v), (qid, name)
    # MRR@k: trec_eval's recip_rank on the run cut to k documents.
    cut = {qid: {d: s for d, s in run.items() if s > len(run) - 2} for qid, run in runs.items()}
    theirs_at_2 = pytrec_eval.RelevanceEvaluator(qrels, {"recip_rank"}).evaluate(cut)
    for qid, run in runs.items():
        ranked = sorted(run, key=run.get, reverse=True)
        assert theirs_at_2[qid]["recip_rank"] == pytest.approx(m.reciprocal_rank(ranked, qrels[qid], 2))


# -- citations, declining, latency ----------------------------------------------------------------

def test_citation_precision_pools_citations_over_cases():
    cited = [["a", "a", "b"], ["c"], []]
    gold = [["a"], ["d"], ["a"]]
    assert m.citation_precision(cited, gold) == (2, 4)  # a, a of a, a, b, c


def test_citation_coverage_counts_cases_with_a_gold_citation():
    cited = [["a", "b"], ["c"], []]
    gold = [["b"], ["d"], ["a"]]
    assert m.citation_coverage(cited, gold) == (1, 3)


def test_ratio_without_denominator_is_undefined():
    assert m.Ratio(0, 0).value is None
    assert m.Ratio(3, 4).value == 0.75


@pytest.mark.parametrize(("quote", "start", "end", "ok"), [
    ("quick", 4, 9, True), ("Quick", 4, 9, False), ("quick ", 4, 9, False), ("", 3, 3, True),
    ("dog", 40, 43, False), ("fox", 9, 5, False), ("The", -1, 2, False),
])
def test_is_verbatim_requires_exact_slice_with_valid_offsets(quote, start, end, ok):
    assert m.is_verbatim(quote, "The quick brown fox", start, end) is ok


def test_decline_metrics_hand_computed():
    # (answerable, abstained): 2 correct declines, 1 false decline, 1 missed decline, 2 answered
    cases = [(False, True), (False, True), (True, True), (False, False), (True, False), (True, False)]
    d = m.decline_metrics(cases)
    assert d["decline_precision"] == (2, 3)
    assert d["decline_recall"] == (2, 3)
    assert d["false_decline_rate"] == (1, 3)


def test_decline_precision_undefined_when_nothing_declined():
    assert m.decline_metrics([(True, False), (False, False)])["decline_precision"].value is None


def test_percentile_interpolates_linearly():
    assert m.percentile([4, 1, 3, 2], 50) == pytest.approx(2.5)
    assert m.percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)
    assert m.percentile([7.0], 95) == 7.0
    assert m.percentile([], 50) is None


@given(st.lists(st.floats(0, 1e4), min_size=1, max_size=50), st.sampled_from([0, 50, 95, 100]))
def test_percentile_matches_numpy(values, q):
    assert m.percentile(values, q) == pytest.approx(float(np.percentile(values, q)))
