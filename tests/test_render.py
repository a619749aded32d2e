"""Answer -> Block Kit, plain text and JSON: structure, escaping and Slack's size limits."""
from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot import render
from bot.models import Answer, Citation, Document
from tests.slack_fixtures import DECLINED, QUESTION, all_mrkdwn, qabot  # noqa: F401 - fixture

EVIL = "<!channel> <!here> <!subteam^S1|@all> <@U0ALICE> <https://evil.example|click> & <b>"


def cite(doc_id: str = "a", quote: str = "Admissions rose by 87,000.", title: str | None = "Care fund",
         publisher: str | None = None, published: dt.date | None = None) -> Citation:
    return Citation(doc_id=doc_id, title=title, publisher=publisher, published=published,
                    source_path=f"corpus/{doc_id}.txt", start=0, end=len(quote), quote=quote, score=1.0)


def answer(citations: list[Citation] | None = None, *, text: str = "87,000 — reported by 2 articles.",
           short: str | None = "87,000", abstained: bool = False, related: list[Citation] | None = None,
           question: str = QUESTION) -> Answer:
    return Answer(question=question, answer=text, short_answer=short, abstained=abstained,
                  citations=citations if citations is not None else [cite("a"), cite("b")], related=related or [])


def test_answer_blocks_have_answer_quotes_agreement_and_vote_buttons() -> None:
    blocks = render.answer_blocks(answer([cite("a", published=dt.date(2018, 7, 4), publisher="NHE"), cite("b")]),
                                  "ref1")
    assert [b["type"] for b in blocks] == ["section", "section", "section", "context", "actions"]
    assert blocks[0]["text"]["text"] == "87,000 — reported by 2 articles.\n*Short answer:* 87,000"
    assert blocks[1]["text"]["text"] == "> Admissions rose by 87,000.\n— _Care fund, NHE, 4 July 2018_"
    assert blocks[2]["text"]["text"].endswith("— _Care fund, publisher not stated, date not stated_")
    assert blocks[3]["elements"][0]["text"] == "✅ 2 articles agree · quotes are verbatim"
    buttons = blocks[4]["elements"]
    assert [(b["action_id"], b["value"]) for b in buttons] == [("qabot_vote_up", "ref1"), ("qabot_vote_down", "ref1")]
    assert blocks[4]["block_id"] == "qabot_reply"


def test_one_article_says_it_states_this() -> None:
    blocks = render.answer_blocks(answer([cite("a"), cite("a", quote="Again 87,000.")]), "r")
    assert blocks[-2]["elements"][0]["text"] == "1 article states this · quote is verbatim"


def test_declined_answer_says_so_and_lists_related_passages() -> None:
    a = answer([], text="I couldn't find that in the articles.", short=None, abstained=True,
               related=[cite("x", quote="Paris is mentioned nowhere.")])
    blocks = render.answer_blocks(a, "r")
    texts = all_mrkdwn(blocks)
    assert texts[0] == "I couldn't find that in the articles."
    assert "*These passages may be related:*" in texts
    assert any(t.startswith("> Paris is mentioned nowhere.") for t in texts)
    assert texts[-1] == "No article states this. The passages above may be related."
    assert "Short answer" not in " ".join(texts)


def test_declined_without_related_passages_is_plain() -> None:
    a = answer([], text="I couldn't find that in the articles.", short=None, abstained=True)
    assert all_mrkdwn(render.answer_blocks(a, "r")) == ["I couldn't find that in the articles.", "No article states this."]


def test_corpus_and_user_text_cannot_make_mentions_or_links() -> None:
    a = answer([cite("a", quote=f"Rose by 87,000 {EVIL}", title=f"Title {EVIL}", publisher=EVIL)],
               text=f"87,000 {EVIL}", short=f"87,000 {EVIL}", question=f"What rose? {EVIL}")
    for kind in render.KINDS:
        texts = all_mrkdwn(render.answer_blocks(a, "r", kind=kind, asker="U0ALICE"))
        for text in texts:
            body = re.sub(r"(?m)^> ", "", text.replace("<@U0ALICE> asked:", ""))  # our own markup
            assert "<" not in body and ">" not in body
        assert sum("&lt;!channel&gt; &lt;!here&gt; &lt;!subteam^S1|@all&gt; &lt;@U0ALICE&gt; "
                   "&lt;https://evil.example|click&gt; &amp; &lt;b&gt;" in t for t in texts) >= 2  # answer+short, quote+source
    fallback = render.fallback_text(a)
    assert "<!channel>" not in fallback and "&lt;!channel&gt;" in fallback and "&amp;" in fallback


def test_escape_handles_ampersand_first() -> None:
    assert render.escape("<&>") == "&lt;&amp;&gt;"
    assert render.escape("&lt;") == "&amp;lt;"


def test_fallback_text_is_the_cli_text_escaped() -> None:
    a = answer([cite("a", quote="A & B <rose>")])
    assert render.fallback_text(a) == render.escape(render.to_plain_text(a))


def test_long_quote_is_split_at_word_boundaries_within_3000_characters() -> None:
    words = [f"word{i}" for i in range(1500)]
    blocks = render.quote_blocks(cite("a", quote=" ".join(words) + " & <more>"))
    texts = [b["text"]["text"] for b in blocks]
    assert len(texts) > 2 and all(len(t) <= render.SECTION_LIMIT for t in texts)
    assert all(t.startswith("> ") for t in texts)
    rejoined = " ".join(t.removeprefix("> ").split("\n— ")[0] for t in texts)
    assert rejoined == " ".join(words) + " &amp; &lt;more&gt;"
    assert texts[-1].endswith("— _Care fund, publisher not stated, date not stated_")


def test_split_never_cuts_an_entity() -> None:
    text = "x" * 9 + "&amp;" + "y" * 20
    pieces = render.split_words(text, 12)
    assert "".join(pieces) == text
    assert all(len(p) <= 12 for p in pieces)
    assert not any(re.search(r"&[a-z]*$", p) for p in pieces[:-1])


def test_many_citations_stay_within_50_blocks_with_a_note() -> None:
    blocks = render.answer_blocks(answer([cite(f"d{i}") for i in range(80)]), "r")
    assert len(blocks) == render.MAX_BLOCKS
    assert any("more passage(s) not shown" in t for t in all_mrkdwn(blocks))
    assert blocks[-1]["type"] == "actions"


def test_ephemeral_answer_offers_share_and_shared_answer_names_asker() -> None:
    eph = render.answer_blocks(answer(), "r", kind="ephemeral")
    assert eph[-1]["block_id"] == "qabot_ephemeral"
    assert [b["action_id"] for b in eph[-1]["elements"]] == ["qabot_vote_up", "qabot_vote_down", "qabot_share"]
    shared = render.answer_blocks(answer(), "r", kind="shared", asker="U0ALICE")
    assert shared[0]["text"]["text"] == f"<@U0ALICE> asked: _{QUESTION}_"
    assert render.answer_blocks(answer(), "r", kind="shared", asker="<!channel>")[0]["text"]["text"].startswith("Someone")


def test_vote_replaces_buttons_with_thanks() -> None:
    blocks = render.answer_blocks(answer(), "r", voted="down")
    assert blocks[-1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "Thanks — recorded 👎"}]}
    assert not any(b["type"] == "actions" for b in blocks)
    eph = render.answer_blocks(answer(), "r", kind="ephemeral", voted="up")
    assert [b["action_id"] for b in eph[-1]["elements"]] == ["qabot_share"]


def test_home_view_lists_articles_with_dates_how_to_ask_and_three_examples(qabot) -> None:  # noqa: F811
    view = render.home_view(qabot.documents)
    texts = all_mrkdwn(view["blocks"])
    assert view["type"] == "home"
    assert "*NAO: Health and care integration undermined by underfunded NHS and councils*\nNHE · 4 July 2018" in texts
    assert sum("date not stated" in t for t in texts) == 4
    assert any("Untitled article (bcf-lost-credibility)" in t for t in texts)
    assert any("/ask" in t for t in texts)
    examples = [t for t in texts if t.startswith("• How much")][0].split("\n")
    assert len(examples) == 3 and examples[0] == f"• {QUESTION}"


def test_home_view_escapes_titles() -> None:
    doc = Document(doc_id="d", source_path="corpus/d.txt", title=EVIL, publisher=None, published=None, text="", kept=[])
    assert "<!channel>" not in str(render.home_view([doc]))


def test_json_contract_is_unchanged() -> None:
    data = render.to_json(answer())
    assert list(data) == ["question", "answer", "short_answer", "abstained", "citations", "related", "latency_ms"]


def test_real_answer_renders_short_answer_87000(qabot) -> None:  # noqa: F811
    blocks = render.answer_blocks(qabot.ask(QUESTION), "r")
    assert "*Short answer:* 87,000" in blocks[0]["text"]["text"]
    declined = qabot.ask(DECLINED)
    assert declined.abstained and "couldn" in all_mrkdwn(render.answer_blocks(declined, "r"))[0]


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4000)


@settings(max_examples=60, deadline=None)
@given(quotes=st.lists(_text, min_size=0, max_size=30), title=_text, text=_text, short=_text)
def test_any_text_renders_inert_and_within_limits(quotes: list[str], title: str, text: str, short: str) -> None:
    a = answer([cite(f"d{i}", quote=q or "q", title=title) for i, q in enumerate(quotes)], text=text or "x",
               short=short or None)
    for kind in render.KINDS:
        blocks = render.answer_blocks(a, "r", kind=kind, asker="U0ALICE")
        assert len(blocks) <= render.MAX_BLOCKS
        for t in all_mrkdwn(blocks):
            assert 0 < len(t) <= render.SECTION_LIMIT
            body = re.sub(r"(?m)^> ", "", t.replace("<@U0ALICE> asked:", ""))
            assert "<" not in body and ">" not in body
