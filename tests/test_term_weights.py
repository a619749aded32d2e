"""How much each word of a question matters (pure; a stand-in scorer with known idf)."""
from bot.term_weights import question_weights
from bot.tokens import tokenize, tokenize_spans


class _Scorer:
    """Every known term has idf 2.0."""

    def __init__(self, known: str) -> None:
        self.known = set(tokenize(known))

    def __contains__(self, term: str) -> bool:
        return term in self.known

    def idf_of(self, term: str) -> float:
        return 2.0


def _weights(question: str, known: str) -> dict[str, float]:
    return question_weights(question, tokenize_spans(question), _Scorer(known), unknown_idf=4.0, median_idf=1.0)


def test_a_name_no_article_mentions_weighs_most():
    w = _weights("How many widget sites are in London?", "widget sites")
    assert w[tokenize("London")[0]] == max(w.values())


def test_who_said_it_weighs_little():
    w = _weights("According to Jane Roe, how many widget sites were there?", "jane roe widget sites")
    assert w[tokenize("Roe")[0]] < w[tokenize("widget")[0]] / 10


def test_a_year_is_context_and_originally_is_left_implied():
    w = _weights("What did widget councils originally hope to save in 2016?", "widget councils save 2016 originally")
    assert w["2016"] < w[tokenize("councils")[0]]
    assert w[tokenize("originally")[0]] < w[tokenize("councils")[0]]


def test_first_round_is_left_implied():
    w = _weights("How much did the first round of widget plans save?", "first round widget plans save")
    assert w[tokenize("round")[0]] < w[tokenize("widget")[0]] / 2


def test_the_first_year_of_something_is_when_not_what():
    # a sentence dating the rise "in 2015-16" answers it as well as one saying "in its first year"
    w = _weights("By how many did widget returns rise in the fund's first year?", "widget returns rise fund first year")
    assert w[tokenize("first")[0]] < w[tokenize("returns")[0]] / 2
    w = _weights("What did the first widget plans project?", "widget plans project first")
    assert w[tokenize("first")[0]] == w[tokenize("plans")[0]]


def test_a_verb_of_viewing_before_as_weighs_little():
    w = _weights("What did Jane Roe see as the danger in widget integration?", "jane roe see danger widget integration")
    assert w[tokenize("see")[0]] < w[tokenize("widget")[0]] / 5
