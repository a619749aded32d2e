"""What a sentence must state to answer a question, beyond sharing its words."""
import pytest

from bot.stated import Required, required
from bot.tokens import tokenize


def _unmet(question: str, kind: str, sentence: str, beside: str = "") -> bool:
    needed = required(question, kind, {t: 1.0 for t in tokenize(question)})
    terms = frozenset(tokenize(sentence))
    return needed.unmet(sentence, terms, terms, terms | frozenset(tokenize(beside)))


@pytest.mark.parametrize("question, kind, sentence, can_answer", [
    ("How many widget sites were closed?", "count", "The widget sites currently number around 50.", False),
    ("How many widget hubs were closed?", "count", "Around 12 widget hubs were closed last year.", True),
    ("How much did the widget fund cost to administer?", "money", "Widget delays cost the fund £146m more than planned.", False),
    ("Why did the government choose seven widget models?", "reason", "The ambition “may be optimistic”, as the models were unproven.", False),
    ("Why did the government choose seven widget models?", "reason", "The government chose seven widget models because they were cheap.", True),
    ("What do the widget revisions undermine?", "other", "The widget revisions cut the indicators from six to one.", False),
    ("What do the widget revisions undermine?", "other", "The widget revisions undermine the fund's core purpose.", True),
    ("What share of widget areas disagreed?", "percent", "Ninety percent of widget areas agreed.", False),
    ("How did the office sum up widget progress compared with expectations?", "quote", "The office called for faster widget progression.", False),
    ("How did the office sum up widget progress compared with expectations?", "quote", "Widget progress was slower than expected.", True),
    ("How do the revised widget savings compare with what was expected?", "other", "Widget plans projected savings of £55m.", False),
    ("How do the revised widget savings compare with what was expected?", "other", "Widget savings are less than two-thirds of that expected.", True),
    ("How much did widget admissions go up?", "number", "Widget admissions were 106,000 in the plan.", False),
    ("How much did widget admissions go up?", "number", "Widget admissions rose by 87,000.", True),
    # "the balance between health and care" is no remainder
    ("Where did Jo Roe say the answer to the balance between widgets and gadgets may lie?", "other", "The answer may lie in local widget flexibility.", True),
    ("How was the £2bn widget boost split between the two years?", "money", "The £2bn widget boost was £1bn this year.", False),
    ("How was the £2bn widget boost split?", "money", "The £2bn widget boost was £1bn this year.", False),
    # workforces "divided" asks which are, not how a sum was split
    ("Which workforces are divided, making widget roles hard?", "other", "Widget roles are hard because of the divide between the workforces.", True),
])
def test_only_a_sentence_stating_what_is_asked_can_answer_sharing_its_words_is_not_enough(question, kind, sentence, can_answer):
    assert _unmet(question, kind, sentence) is not can_answer


def test_the_change_asked_about_may_be_stated_beside_the_sentence():
    assert not _unmet("How many widget hubs were closed?", "count", "There were 12 widget hubs.", beside="They closed last year.")


def test_nothing_is_required_of_a_plain_question():
    assert required("How big was the widget fund?", "money", {}) == Required()
