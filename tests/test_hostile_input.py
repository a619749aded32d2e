"""Hostile and odd input through the real app: every question gets one proper reply or a polite
refusal in its thread — never a traceback, never a hang — and whatever the question or the
corpus text, the Block Kit posted is valid and its mrkdwn inert (no `<`, so no `<!channel>`, no
mention, no link; `&` only in entities; `>` only where we start a quote). Property tests use
hypothesis; the examples run are counted and printed (`pytest -s`)."""
from __future__ import annotations

import json
import subprocess
import sys
import threading
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings as hsettings, strategies as st
from slack_bolt.request import BoltRequest

from bot import render
from bot.question_rules import validate_question
from bot.config import PROJECT_ROOT
from bot.corpus import load_corpus
from bot.errors import CorpusError, QuestionError
from bot.index import build_index
from bot.mock_slack import BOT_USER_ID, MockSlack
from bot.service import QABot
from bot.slack_app import create_app
from bot.slack_text import question_text
from bot.slack_server import HttpServer
from bot.slack_text import to_plain
from bot.tokens import tokenize
from tests.slack_fixtures import (ALICE, QUESTION, app, command_form, event_body, log_lines, mention,  # noqa: F401
                                  qabot, qabot_logs, settings, signed_headers, slack, store, wait_log, wait_until)
from tests.test_load import Sent, deliver
from tests.test_slack_http import post

HANG_GUARD = 20.0  # seconds: only catches hangs, not a performance assertion
EXAMPLES: Counter[str] = Counter()
ENTITY_OK = ("&amp;", "&lt;", "&gt;")
BLOCK_TYPES = {"section", "context", "actions", "header", "divider"}

HOSTILE = {
    "empty": "",
    "whitespace": " \t\n\u00a0\u2003\u3000 ",
    "40,000 characters": ("how much did emergency admissions rise " * 1100)[:40_000],
    "only punctuation": "?!?... ,;:—–()[]{}«»¿¡“”‘’ …???",
    "only stop words": "what is the of and to a in that it was for on by with",
    "emoji": "🚑🏥📈❓ 😀 :ambulance: 👍🏽 👨‍👩‍👧",
    "right-to-left": "كم ارتفعت حالات الدخول الطارئة؟ מה קרה לקבלות החירום?",
    "bidi override": "\u202eHow much did emergency admissions rise?\u202c",
    "NUL and control characters": "How much\x00 did\x01 emergency\x07\x08 admissions\x0b rise?\x7f\u200b\x1f",
    "terminal escape sequence": "\x1b[2J\x1b[31mHow much did emergency admissions rise?\x1b[0m\x1b]0;pwned\x07",
    "lone surrogate": "\ud83d How much did emergency admissions rise?",
    "Slack markup": "<!channel> <!here> <@U0ALICE> <#C0SECRET|secret> <https://evil.example|click> "
                    "<!subteam^S1|@team> how much did emergency admissions rise?",
    "escaped markup": "&lt;!channel&gt; &amp;lt;@U0ALICE&amp;gt; how much did emergency admissions rise?",
    "code block": "```\nSELECT * FROM admissions; -- how much did emergency admissions rise?\n```",
    "inline code and mrkdwn": "`rm -rf /` *bold* _it_ ~s~ > quote\n>>> how much did emergency admissions rise?",
    "one 1,990-character word": "a" * 1990,
    "only another user's mention": "<@U0BOB>",
    "a 400-digit number": "How much is " + "9" * 400 + "?",
}
USAGE = {"empty", "whitespace"}
REFUSED = {"40,000 characters"}
ANSWERED = {"bidi override", "NUL and control characters", "lone surrogate", "code block"}


# ---- the checks ------------------------------------------------------------------------------

def check_mrkdwn(text: str, where: str, asker: str | None = None) -> None:
    """Inert mrkdwn: no `<` at all (so no <!channel>, mention, link), `&` only in entities,
    `>` only as the quote marker at the start of a quote section."""
    assert isinstance(text, str) and text, f"{where}: empty text"
    if asker and text.startswith(f"<@{asker}> asked:"):
        text = text[len(f"<@{asker}>"):]  # the one mention we add on purpose: the asker of a shared answer
    assert "<" not in text, f"{where}: unescaped '<' in {text[:200]!r}"
    for i in (i for i, ch in enumerate(text) if ch == "&"):
        assert text.startswith(ENTITY_OK, i), f"{where}: bare '&' in {text[max(0, i - 20):i + 20]!r}"
    assert text.count(">") == (1 if text.startswith("> ") else 0), f"{where}: stray '>' in {text[:200]!r}"


def check_blocks(blocks: list[dict[str, Any]], asker: str | None = None) -> None:
    """Valid Block Kit for a message: ≤ 50 blocks of known types within Slack's text limits."""
    assert isinstance(blocks, list) and 1 <= len(blocks) <= render.MAX_BLOCKS
    ids = [b["block_id"] for b in blocks if "block_id" in b]
    assert len(ids) == len(set(ids)) and all(len(i) <= 255 for i in ids)
    for n, b in enumerate(blocks):
        where = f"block {n} ({b.get('type')})"
        assert b["type"] in BLOCK_TYPES, where
        if b["type"] == "section":
            assert set(b) <= {"type", "text", "block_id"} and b["text"]["type"] == "mrkdwn", where
            assert len(b["text"]["text"]) <= render.SECTION_LIMIT, where
            check_mrkdwn(b["text"]["text"], where, asker)
        elif b["type"] == "context":
            assert 1 <= len(b["elements"]) <= 10, where
            for e in b["elements"]:
                assert e["type"] == "mrkdwn" and len(e["text"]) <= render.SECTION_LIMIT, where
                check_mrkdwn(e["text"], where)
        elif b["type"] == "actions":
            assert 1 <= len(b["elements"]) <= 25, where
            for e in b["elements"]:
                assert e["type"] == "button" and e["text"]["type"] == "plain_text", where
                assert 1 <= len(e["text"]["text"]) <= 75 and len(e["action_id"]) <= 255, where
                assert len(e["value"]) <= 2000 and e.get("style", "primary") in ("primary", "danger"), where


def check_message(body: dict[str, Any], asker: str | None = None) -> None:
    """A posted chat message: its blocks and its plain `text` fallback."""
    check_blocks(body["blocks"], asker)
    assert len(body["text"]) <= 40_000 and "<" not in body["text"]
    for i in (i for i, ch in enumerate(body["text"]) if ch == "&"):
        assert body["text"].startswith(ENTITY_OK, i)


def within(seconds: float, fn: Callable[..., Any], *args: Any) -> Any:
    """fn(*args) in a worker thread; fails (instead of hanging the run) after `seconds`."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["value"] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 - re-raised below
            box["error"] = exc

    t = threading.Thread(target=work, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), f"{getattr(fn, '__name__', fn)} did not finish within {seconds}s"
    if "error" in box:
        raise box["error"]
    return box.get("value")


@pytest.mark.parametrize("blocks", [
    [{"type": "section", "text": {"type": "mrkdwn", "text": "hi <!channel>"}}],
    [{"type": "section", "text": {"type": "mrkdwn", "text": "<@U0ALICE> asked: x"}}],  # no asker given
    [{"type": "section", "text": {"type": "mrkdwn", "text": "fish & chips"}}],
    [{"type": "section", "text": {"type": "mrkdwn", "text": "a\n> fake quote"}}],
    [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}],
    [{"type": "section", "text": {"type": "mrkdwn", "text": "x"}}] * 51,
    [{"type": "image", "image_url": "https://evil.example/x.png", "alt_text": "x"}],
], ids=["special mention", "user mention", "bare ampersand", "injected quote", "long section", "51 blocks",
        "unknown block type"])
def test_the_block_kit_checker_itself_rejects_unsafe_or_invalid_blocks(blocks) -> None:
    with pytest.raises(AssertionError):
        check_blocks(blocks)


# ---- named hostile questions through the HTTP endpoint ---------------------------------------

@pytest.fixture
def server(app) -> Iterator[HttpServer]:
    srv = HttpServer(app, "127.0.0.1", 0).start()
    yield srv
    srv.stop()


def _cases() -> list[Any]:
    return list(HOSTILE)


@pytest.mark.parametrize("name", _cases())
def test_hostile_mention_gets_one_proper_reply_in_its_thread(name, server, slack, qabot, qabot_logs) -> None:
    ev = mention(HOSTILE[name])
    assert deliver(server.url, Sent(event_body(ev))).status == 200
    [reply] = slack.wait_for("chat.postMessage", timeout=HANG_GUARD)
    body = reply.body
    assert (body["channel"], body["thread_ts"]) == (ev["channel"], ev["ts"])
    assert body["text"] != render.ERROR_TEXT
    check_message(body)
    if name in USAGE:  # a usage hint
        assert (body["text"], body["blocks"]) == (render.plain_fallback(render.USAGE_TEXT),
                                                  render.notice_blocks(render.USAGE_TEXT))
    elif name in REFUSED:  # a polite refusal saying why
        assert body["text"].startswith("I can't take that question:") and "40,000" in body["text"]
    else:  # the bot's answer (or its plain decline) to the question as Slack users read it
        expected = qabot.ask(question_text(ev["text"], BOT_USER_ID))
        assert body["blocks"] == render.answer_blocks(expected, body["blocks"][-1]["elements"][0]["value"])
        assert name not in ANSWERED or "87,000" in (expected.short_answer or "")
    line = wait_log(qabot_logs, "question", timeout=HANG_GUARD)[0]
    assert not line.get("failed") and not [r for r in qabot_logs.records if r.exc_info]


@pytest.mark.parametrize("name", _cases())
def test_hostile_ask_command_gets_a_proper_private_reply(name, server, slack, qabot_logs) -> None:
    # form bodies are UTF-8 bytes: a lone surrogate arrives as the invalid bytes ED A0 BD
    text = urllib.parse.quote_plus(HOSTILE[name], errors="surrogatepass")
    raw = command_form("QUESTION-HERE", slack.response_url()).replace("QUESTION-HERE", text)
    assert post(server.url, raw, signed_headers(raw, content_type="application/x-www-form-urlencoded"))[0] == 200
    replies = wait_until(lambda: slack.calls("chat.postEphemeral") + slack.calls("response_url"), HANG_GUARD,
                         "a private reply")
    [eph] = replies
    assert eph.method == "chat.postEphemeral" and eph.body["user"] == ALICE and eph.body["text"] != render.ERROR_TEXT
    check_message(eph.body)
    assert not wait_log(qabot_logs, "question", timeout=HANG_GUARD)[0]["failed"]


def test_same_question_twice_at_once_gets_two_replies_each_in_its_own_thread(server, slack, qabot) -> None:
    first, second = mention(QUESTION), mention(QUESTION)
    with ThreadPoolExecutor(2) as pool:
        assert {s.status for s in pool.map(lambda ev: deliver(server.url, Sent(event_body(ev))),
                                           [first, second])} == {200}
    replies = {c.body["thread_ts"]: c.body for c in slack.wait_for("chat.postMessage", 2, timeout=HANG_GUARD)}
    assert set(replies) == {first["ts"], second["ts"]}
    expected = qabot.ask(QUESTION)
    for body in replies.values():
        assert body["blocks"] == render.answer_blocks(expected, body["blocks"][-1]["elements"][0]["value"])


def test_same_event_delivered_twice_at_once_is_answered_once(server, slack, qabot_logs) -> None:
    body = event_body(mention(QUESTION))
    with ThreadPoolExecutor(2) as pool:
        sent = list(pool.map(lambda retry: deliver(server.url, Sent(body, retry=retry)), [False, True]))
    assert [s.status for s in sent] == [200, 200]
    slack.wait_for("chat.postMessage", timeout=HANG_GUARD)
    wait_log(qabot_logs, "duplicate", timeout=HANG_GUARD)
    assert len(slack.calls("chat.postMessage")) == 1


@pytest.mark.parametrize("text", [
    "x" * 40_000, "1," * 20_000, "£" * 40_000, "word " * 8_000, "-" * 40_000, "_" * 40_000,
    "9" * 40_000, "9 " * 20_000, "a-" * 20_000, "🚑" * 40_000, "\x00" * 40_000,
    "<@U1>" * 8_000, "&amp;" * 8_000,
    ("emergency admissions " * 2_000)[:40_000]], ids=lambda t: f"{t[:6]!r}x{len(t)}")
def test_tokenising_and_reading_40000_characters_completes(text: str) -> None:
    tokens = within(HANG_GUARD, tokenize, text)
    assert isinstance(tokens, list)
    assert within(HANG_GUARD, to_plain, text, BOT_USER_ID) is not None
    with pytest.raises(QuestionError, match="limit|empty"):
        within(HANG_GUARD, validate_question, text)


TOC_CORPUS = """
import json, pathlib, sys, tempfile
from bot.corpus import load_corpus
from bot.index import build_index
from bot.service import QABot
root = pathlib.Path(tempfile.mkdtemp()) / "corpus"
root.mkdir()
dots = "·" * 300  # a table of contents with dotted leaders
line = f"Contents {dots} 5 {dots} 7 {dots} 9."
(root / "a.txt").write_text("Emergency admissions rose by 87,000 last year. " + line + "\\n", encoding="utf-8")
corpus = load_corpus(root)
print(QABot(corpus, build_index(corpus)).ask("contents").abstained)
"""


def test_long_run_of_punctuation_in_the_corpus_does_not_stall_answering() -> None:
    """Regression (found by the property test below; fixed in 75723ba): bot/answer.py's _ANAPHOR
    regex backtracked ~n³ on a sentence with long runs of non-word characters — a 900-character
    table-of-contents line with `·` leaders took ~100 s per question. In a subprocess, so a stall
    is killed at the timeout instead of burning a core for the rest of the run."""
    done = subprocess.run([sys.executable, "-c", TOC_CORPUS], cwd=PROJECT_ROOT, capture_output=True, text=True,
                          timeout=15)
    assert done.returncode == 0, done.stderr


# ---- properties ----------------------------------------------------------------------------------

FRAGMENTS = ["<!channel>", "<!here>", "<!everyone>", "<@U0ALICE>", "<@W123|bob>", "<#C0SECRET|x>", "<!subteam^S1>",
             "<https://evil.example|click>", "<mailto:a@b.c>", "&", "&amp;", "&lt;", "&gt;", "<", ">", ">>>", "```",
             "*", "_", "~", "`", "\n", "\n> ", " ", "  ", "£87,000", "2015-16", "87,000", "emergency", "admissions",
             "rose", "the", "fund", "🚑", "مرحبا", "\u202e", "\u200b", "\t", "é", "ß", "I"]
chars = st.characters(exclude_characters="\x00")  # NUL: a binary file, refused (tested in test_corpus.py)
words = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(chars, min_size=1, max_size=12)), min_size=1,
                 max_size=60)
# long "words" to split across sections (never inside an entity), and long runs of punctuation
long_word = st.integers(1, 4000).flatmap(lambda n: st.sampled_from([("x&<" * n)[:n], ("&<" * n)[:n], "·" * n]))
sentence = st.one_of(words.map(" ".join), words.map("".join), long_word)
article = st.lists(sentence, min_size=1, max_size=12).map(lambda s: ". ".join(s) + ".")
label = st.one_of(st.none(), st.text(max_size=80), st.sampled_from(FRAGMENTS).map(lambda f: f"{f} Title {f}"))
PROPERTY = hsettings(deadline=None, database=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                            HealthCheck.data_too_large, HealthCheck.large_base_example])


@hsettings(deadline=None, database=None, max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(unit=st.lists(st.one_of(chars, st.sampled_from(FRAGMENTS)), min_size=1, max_size=20).map("".join))
def test_tokenising_any_text_repeated_to_40000_characters_completes(unit: str) -> None:
    EXAMPLES["tokenise 40,000: examples"] += 1
    text = (unit * (40_000 // len(unit) + 1))[:40_000]
    assert isinstance(within(HANG_GUARD, tokenize, text), list)
    assert isinstance(within(HANG_GUARD, to_plain, text, BOT_USER_ID), str)


def fuzz_bot(root: Path, texts: list[str], titles: list[str | None], publisher: str | None) -> QABot | None:
    """A QABot over a tiny corpus written to disk; None when the corpus is (rightly) refused."""
    corpus = root / uuid.uuid4().hex / "corpus"
    corpus.mkdir(parents=True)
    entries = []
    for i, text in enumerate(texts):
        (corpus / f"a{i}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        entries.append({"doc_id": f"doc-{i}", "file": f"a{i}.txt", "title": titles[i % len(titles)],
                        "publisher": publisher, "published": "2017-02-08"})
    (corpus / "metadata.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")
    try:
        loaded = load_corpus(corpus)
    except CorpusError as exc:
        assert str(corpus) in str(exc)  # names the file (or the folder)
        EXAMPLES["corpus refused (clear CorpusError)"] += 1
        return None
    return QABot(loaded, build_index(loaded))


def question_from(data: st.DataObject, bot: QABot) -> str:
    """Mostly a run of words from one corpus sentence (so quotes of hostile text get posted),
    sometimes any text at all."""
    sentences = [s.split() for d in bot.documents for s in d.text.split(". ") if s.split()]
    if sentences and data.draw(st.integers(0, 3)):
        words = data.draw(st.sampled_from(sentences))
        start = data.draw(st.integers(0, len(words) - 1))
        return " ".join(words[start:start + data.draw(st.integers(1, 12))])
    return data.draw(st.text(max_size=300))


@hsettings(PROPERTY, max_examples=500)
@given(texts=st.lists(article, min_size=1, max_size=3), titles=st.lists(label, min_size=1, max_size=3),
       publisher=label, data=st.data())
def test_any_question_over_any_corpus_renders_valid_inert_block_kit(tmp_path, texts, titles, publisher, data) -> None:
    EXAMPLES["render: examples"] += 1
    bot = fuzz_bot(tmp_path, texts, titles, publisher)
    if bot is None:
        return
    question = question_from(data, bot)
    try:
        answer = within(HANG_GUARD, bot.ask, question)
    except QuestionError:
        EXAMPLES["render: question refused"] += 1
        check_blocks(render.notice_blocks(f"I can't take that question: {question}"))
        return
    EXAMPLES["render: declined" if answer.abstained else "render: answered with quotes"] += 1
    for kind in render.KINDS:
        for voted in (None, "up"):
            check_blocks(render.answer_blocks(answer, "ref" * 10, kind=kind, asker=ALICE, voted=voted), asker=ALICE)
    check_message({"blocks": render.answer_blocks(answer, "r"), "text": render.fallback_text(answer)})
    home = render.home_view(bot.documents)["blocks"]
    assert len(home) <= render.HOME_MAX_BLOCKS
    for b in home:
        if b["type"] == "section":
            check_mrkdwn(b["text"]["text"], "home")


@pytest.fixture(scope="module")
def module_slack() -> Iterator[MockSlack]:
    with MockSlack() as mock:
        yield mock


@hsettings(PROPERTY, max_examples=60)
@given(texts=st.lists(article, min_size=1, max_size=2), titles=st.lists(label, min_size=1, max_size=2),
       data=st.data())
def test_any_question_over_any_corpus_posted_through_the_app_is_inert(tmp_path, module_slack, texts, titles,
                                                                       data) -> None:
    from tests.slack_fixtures import make_settings
    from bot.store import Store

    EXAMPLES["app: examples"] += 1
    bot = fuzz_bot(tmp_path, texts, titles, None)
    if bot is None:
        return
    question = question_from(data, bot)
    settings = make_settings(module_slack, tmp_path / uuid.uuid4().hex)
    store = Store.from_settings(settings)
    try:
        app = create_app(settings, bot, store)
        module_slack.reset()
        raw = json.dumps(event_body(mention(question)))
        headers = {k.lower(): v for k, v in signed_headers(raw).items()}
        assert app.dispatch(BoltRequest(body=raw, headers=headers)).status == 200
        [reply] = module_slack.wait_for("chat.postMessage", timeout=HANG_GUARD)
        assert reply.body["text"] != render.ERROR_TEXT
        check_message(reply.body)
        EXAMPLES["app: replies checked"] += 1
        app.listener_runner.listener_executor.shutdown(wait=True)
    finally:
        store.close()


def test_zz_report_the_number_of_examples_run() -> None:
    """Runs last in this module: prints how many generated examples the properties checked."""
    print("\n[fuzz] " + ", ".join(f"{k}={v}" for k, v in sorted(EXAMPLES.items())))
