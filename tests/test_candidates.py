"""Weighing candidate sentences (bot/candidates.py) — on tiny inline corpora with known answers."""
from tests.corpus_fixtures import widget_answerer as _answerer


BLOG = """Widget review

By Jane Roe, Policy Manager, Widget Institute

On 7 February, the Widget Office published a long report on widget integration across the regions.
It found that widget integration has been slower and less successful than envisaged.
Widget boards have struggled with their budgets for several years running.
Many local areas have reported similar troubles with gadget plans.
The office's conclusions are salutary, but consistent with views often heard locally.
"""


def test_every_sentence_of_a_bylined_piece_is_its_authors_words(tmp_path):
    # the verdict sits four sentences from the byline: the author's name is credited to it all the same
    a = _answerer(tmp_path, blog=BLOG)
    got = a.answer("How did the Widget Institute's Jane Roe appraise the office's conclusions?")
    assert got.short_answer == "salutary"
    assert "salutary" in got.citations[0].quote


def test_how_far_over_the_expected_cost_is_the_overspend(tmp_path):
    # "how far" says a size is asked: it is not a word the sentence must hold
    a = _answerer(tmp_path, costs="""Widget delays

In 2016, widget delays grew by 5,000 on the previous year, against a planned fall.
This cost £46m more than expected, the office said.
""")
    assert a.answer("How far over the expected cost did widget delays run?").short_answer == "£46m"
