"""Names in a question that no article mentions (pure; a stand-in vocabulary)."""
from bot.tokens import tokenize, tokenize_spans
from bot.unknown_names import unknown_names

SENTENCES = [frozenset(tokenize(s)) for s in (
    "The quality of widget care improved, said the Widget Office.",
    "Services commissioned by the Widget Office were cut.",
    "Jane Roe chairs the Committee of Widget Accounts.")]
KNOWN = set().union(*SENTENCES)


def _unknown(question: str, publishers: set[str] | None = None) -> list[str]:
    return unknown_names(question, tokenize_spans(question), KNOWN.__contains__, SENTENCES, publishers or set())


def test_a_place_no_article_names_is_unknown():
    assert _unknown("How many widget sites are in London?") == ["London"]


def test_a_name_whose_words_no_sentence_uses_together_is_unknown():
    assert _unknown("What did the Widget Quality Commission say?") == ["Widget Quality Commission"]


def test_a_name_whose_words_one_sentence_uses_in_another_order_is_known():
    assert _unknown("Who chairs the Widget Accounts Committee?") == []



def test_a_service_no_article_names_is_unknown_even_in_lower_case():
    assert _unknown("By what percentage did councils cut spending on children's widget care?") == ["children"]
    assert _unknown("How much was cut from widget care?") == []
