"""Citations: every quote is an exact slice of its source file, checked before it is shown."""
import pytest

from bot.citations import article_name, cite, verify_quote
from bot.corpus import load_corpus
from bot.errors import QuoteError
from tests.corpus_fixtures import write_corpus


@pytest.fixture(scope="module")
def doc(tmp_path_factory):
    return load_corpus(write_corpus(tmp_path_factory.mktemp("corpus"))).documents[0]


def test_quote_is_exact_slice_of_source(doc):
    start = doc.text.index("Widget")
    c = cite(doc, start, start + 12, score=1.0)
    assert c.quote == doc.text[c.start : c.end] == doc.text[start : start + 12]
    assert (c.doc_id, c.title, c.publisher, c.published) == (doc.doc_id, doc.title, doc.publisher, doc.published)


@pytest.mark.parametrize("start, end, quote", [(0, 10, "not the text"), (5, 2, ""), (0, 10**9, "x")])
def test_quote_that_is_not_an_exact_slice_is_refused_naming_the_fix(doc, start, end, quote):
    with pytest.raises(QuoteError, match="rebuild the index"):
        verify_quote(doc, start, end, quote)


def test_an_article_is_named_by_its_title_or_else_its_file(doc):
    assert article_name(doc) == f"the article “{doc.title}”"
    assert article_name(doc.model_copy(update={"title": None})) == f"the article {doc.source_path}"
