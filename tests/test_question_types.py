"""Question typing: the kind of short answer a question asks for (pure)."""
import pytest

from bot.question_types import classify_question


@pytest.mark.parametrize("question, kind", [
    ("How much did emergency admissions rise?", "number"),
    ("How many new care models were introduced?", "count"),
    ("What percentage of local areas agreed?", "percent"),
    ("How much did the fund cost?", "money"),
    ("When was the report published?", "date"),
    ("What year is the deadline?", "date"),
    ("Who is the head of the NAO?", "person"),
    ("Which department developed the policy?", "org"),
    ("Why did the fund fail?", "reason"),
    ("How did Margaret Hodge describe the planning?", "quote"),
    ("What is the capital of France?", "other"),
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
])
def test_question_types(question, kind):
    assert classify_question(question) == kind


def test_a_scene_setting_clause_does_not_decide_the_type():
    assert classify_question("When local areas first sent in their plans, how much did they expect to save?") == "money"
