"""Candidate answers for open questions inside one sentence (pure functions, no corpus)."""
from bot.open_spans import cut_at_question_words, gap_spans, has_done_spans, modifier_spans, polarity_spans, predicate_spans
from bot.tokens import tokenize, tokenize_spans

def _texts(spans, text):
    assert all(text[s.start : s.end] == s.text for s in spans)  # every span is a slice of the sentence
    return [s.text for s in spans]


def _gaps(text: str, question: str) -> list[str]:
    q = set(tokenize(question))
    return _texts(gap_spans(text, [m for m in tokenize_spans(text) if m[0] in q]), text)


def test_polarity_of_the_evidence_is_its_qualifying_words():
    text = "The NAO said it had found “no compelling evidence” that integration saves money."
    assert _texts(polarity_spans(text, tokenize("evidence")), text) == ["no compelling evidence"]


def test_evidence_without_a_qualifier_has_no_polarity():
    assert polarity_spans("The NAO published evidence on integration.", tokenize("evidence")) == []


def test_gap_keeps_a_leading_article_but_trims_trailing_function_words():
    # "spent [the money] on the widget scheme": the trailing "on the" goes, the leading "the" stays.
    assert _gaps("Councils spent the money on the widget scheme.",
                 "What did councils spend on the widget scheme?") == ["the money"]


def test_gap_does_not_end_on_a_currency_sign_cut_from_its_figure():
    assert not any(g.endswith("£") for g in _gaps("The ambition to save £900m was optimistic.", "Why was the £900m ambition optimistic?"))


def test_a_gap_never_splits_a_figure_at_its_thousands_comma():
    gaps = _gaps("Despite a planned fall, widget returns rose by 87,000 last year.", "Which rose more?")
    assert "87" not in gaps and not any(g.startswith("000") for g in gaps)


def test_gap_trims_a_trailing_article():
    assert _gaps("The plan relied on a new fund and the", "plan relied") == ["a new fund"]


def test_gap_stops_at_whereas():
    gaps = _gaps("Widget councils wanted the money whereas gadget councils wanted time.", "What did widget councils want?")
    assert gaps[0] == "the money" and not any("whereas" in g for g in gaps)


def test_a_long_gap_also_offers_the_first_of_two_predicates():
    text = "These revisions “undermine the Fund’s core purpose as promoting locally led integrated care and reduce the resources available”."
    assert "the Fund’s core purpose as promoting locally led integrated care" in _gaps(text, "What do the revisions undermine?")


def test_a_long_gap_also_offers_the_clause_before_but():
    text = "Successful widget delivery depends on goodwill and joint commitment but delays to the design have weakened its credibility."
    assert "goodwill and joint commitment" in _gaps(text, "What does successful widget delivery depend on?")
    # "but" comes before "and lost": the first clause is cut at "but"
    text = "Delivery depends on goodwill and joint commitment but delays to the design have weakened its credibility and lost goodwill."
    assert "goodwill and joint commitment" in _gaps(text, "What does delivery depend on?")


def test_a_second_noun_is_not_a_second_predicate():
    text = "We need a clearer national strategy for joined-up health and social care services which supports people."
    assert not any(g.endswith("health") for g in _gaps(text, "What did she say we need a clearer national strategy for?"))


def test_a_predicate_may_follow_a_long_noun_phrase():
    from bot.open_spans import predicate_spans
    text = "The office warned that progress with integration of widget and gadget care had been slower than envisaged."
    assert _texts(predicate_spans(text, tokenize("progress")), text) == ["slower than envisaged"]


def test_what_a_noun_phrase_has_done_is_its_predicate():
    from bot.open_spans import predicate_spans
    text = "“So far, benefits have fallen far short of plans, despite much effort.”"
    assert _texts(predicate_spans(text, tokenize("the benefits")), text) == ["fallen far short of plans"]
    text = "Planning for the fund has been such a shambles."
    # a short complement ("for the fund") lies between the subject and its verb
    assert _texts(predicate_spans(text, tokenize("the planning")), text) == ["such a shambles"]


def test_a_change_word_used_as_an_adjective_or_noun_is_not_what_happened():
    from bot.open_spans import change_spans
    text = "The failure to deliver savings, improved patient outcomes and a 3.5% cut on 2014 levels."
    assert _texts(change_spans(text), text) == []
    text = "Delivery had improved joint working, and admissions rose by 87,000."
    assert _texts(change_spans(text), text) == ["improved joint working", "rose by 87,000"]


def test_a_predicate_ends_at_its_last_content_word():
    text = "Integration has been buried under a slew of poorly designed integration initiatives in recent years."
    found = _texts(predicate_spans(text, tokenize("integration")), text)
    assert found[0] == "buried under a slew of poorly designed integration initiatives"


def test_a_qualified_phrase_opens_with_its_determiner():
    text = "Government is unable to provide any compelling evidence that integration saves money."
    assert _texts(modifier_spans(text, tokenize("evidence")), text) == ["any compelling evidence"]


def test_adjectives_listed_with_a_comma_all_qualify_the_phrase():
    text = "The report called for faster progress towards an individual-orientated, integrated widget service."
    assert _texts(modifier_spans(text, tokenize("widget service")), text) == ["individual-orientated, integrated widget service"]
    text = "In 2015, integrated widget services grew."  # a year set off by a comma qualifies nothing
    assert _texts(modifier_spans(text, tokenize("widget services")), text) == ["integrated widget services"]


def test_a_hedge_is_no_answer():
    text = "The report concludes that thus far progress appears to be mainly in attitudes and approaches rather than in results."
    found = _gaps(text, "Where has progress mainly been made, rather than in results?")
    assert "appears" not in found and "attitudes and approaches" in found


def test_a_clause_with_its_subject_never_reaches_back_past_punctuation():
    text = "By 2020, councils said the deadline was looming."
    assert _texts(predicate_spans(text, tokenize("the 2020 deadline"), with_subject=True), text) == ["the deadline was looming"]


def test_such_points_back_and_does_not_describe():
    from bot.open_spans import modifier_spans
    text = "“Such incompetence from widget departments is unacceptable,” she said."
    assert _texts(modifier_spans(text, tokenize("incompetence"), quoted=False), text) == []


def test_a_reason_does_not_open_on_a_connective():
    text = "Areas planned with minimal central input, meaning no central widget team."
    assert "no central widget team" in _gaps(text, "minimal input")


def _cut(text: str, reason_from: str, question: str) -> str:
    """The reason running from `reason_from` to the sentence's end, cut where the question's words resume."""
    from bot.extract import Span
    start = text.index(reason_from)
    reason = Span(start, len(text) - 1, text[start:-1], "reason")
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize(question))]
    return cut_at_question_words(text, reason, matched).text


def test_a_reason_stops_where_the_question_resumes_but_not_inside_its_last_noun_phrase():
    text = "It is hard because of the divide between the health and social care workforces."
    assert _cut(text, "the divide", "why is integrated care hard") == "the divide between the health and social care workforces"
    text = "It is hard because of the divide between workforces, so integrated care is slow to arrive."
    assert _cut(text, "the divide", "why is integrated care hard") == "the divide between workforces"


def test_after_because_of_one_word_the_cause_shares_with_the_question_does_not_end_it():
    text = "The widget fund will fail to save £1bn because of significant failings in planning, the office has concluded."
    assert _cut(text, "significant", "why did the office conclude the widget fund would fail?") == "significant failings in planning"


def test_a_stretch_left_hanging_before_an_age_goes_on_past_it():
    text = "It had reduced permanent admissions of people over 65 to widget homes."
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize("reduce over-65s"))]
    gaps = [g.text for g in gap_spans(text, matched)]
    assert "permanent admissions of people over 65 to widget homes" in gaps
    assert "permanent admissions of people over" not in gaps
    # "over half" is a share, not an age: the stretch before it stands
    text = "Councils have reservations about sacrificing over half of their money."
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize("councils half"))]
    assert "reservations about sacrificing over" in [g.text for g in gap_spans(text, matched)]


def test_what_a_content_clause_says_is_not_said_of_the_noun_it_follows():
    from bot.open_spans import predicate_spans
    text = "The report hit the headlines for its conclusion that widget integration has been slower than envisaged."
    assert _texts(predicate_spans(text, tokenize("conclusion")), text) == []
    text = "The conclusion that was reached has been criticised."
    assert _texts(predicate_spans(text, tokenize("conclusion")), text)  # a relative clause ("that was ...") still reads on


def test_a_clauses_verb_before_the_noun_is_no_modifier():
    text = "Arguably, those widget plans and targets were always unrealistic, given they included targets to cut widget admissions."
    assert not any("included" in m for m in _texts(modifier_spans(text, tokenize("targets")), text))


def test_short_stretches_listed_together_are_also_one_stretch():
    text = "The office should provide more staff, money, and time for widgets."
    matched = [m for m in tokenize_spans(text) if m[0] in set(tokenize("office provide widgets"))]
    assert "more staff, money, and time" in _texts(gap_spans(text, matched), text)


def test_what_something_does_to_a_thing_is_the_verb_before_the_thing_through_its_clause():
    from bot.open_spans import done_to_spans
    text = ("It is “deeply disturbing that local government believes the changes to widget targets and how the fund will be run "
            "move the integration agenda backward and not forward”.")
    assert [s.text for s in done_to_spans(text, "integration agenda")] == ["move the integration agenda backward and not forward"]
    text = "These revisions “undermine the Widget Fund’s core purpose as promoting local care and reduce the resources available”."
    assert [s.text for s in done_to_spans(text, "core purpose")] == ["undermine the Widget Fund’s core purpose as promoting local care"]


def test_a_hedged_verdict_in_quotation_marks_keeps_its_hedge():
    text = "The auditors concluded that the widget board’s ambition to save £9m through introducing seven new widget models “may be optimistic”, as they were unproven."
    assert "may be optimistic" in _texts(predicate_spans(text, tokenize("ambition")), text)


def test_what_a_thing_has_done_is_the_verb_phrase_after_it_has():
    text = "A timeline shows how widget policy shifts have increased the levels of complexity in the system."
    assert [c.text for c in has_done_spans(text, "two decades of widget policy shifts")] == ["increased the levels of complexity"]
    assert has_done_spans("Widget shifts have been slow.", "widget shifts") == []  # no past participle: a state, not something done
    assert has_done_spans("Widget shifts that councils have ignored remain.", "widget shifts") == []  # what others did to them
