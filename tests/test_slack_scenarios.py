"""Scenario tests in the style of bolt-python's tests/scenario_tests: build a Slack body, sign
it, `app.dispatch(BoltRequest(...))`, and assert on the Web API calls the mock Slack received.
Real parts throughout: Bolt app, QABot over the corpus, SQLite store, HTTP to the mock."""
from __future__ import annotations

import json
import logging
import re
import shutil
import time
from typing import Any

import pytest
from slack_bolt import App
from slack_bolt.request import BoltRequest
from slack_bolt.response import BoltResponse
from sqlalchemy import text

from bot import render
from bot.config import PROJECT_ROOT
from bot.mock_slack import BOT_ID, BOT_USER_ID, MockSlack
from bot.models import Answer
from bot.service import QABot
from bot.slack_app import create_app
from bot.store import Store
from tests.slack_fixtures import (ALICE, BOB, BOT_TOKEN, CHANNEL, DECLINED, QUESTION, SIGNING_SECRET,  # noqa: F401
                                  action_form, action_payload, all_mrkdwn, app, command_form, event_body,
                                  load_qabot, mention, message_event, next_ts, qabot, qabot_logs, settings,
                                  signed_headers, slack, store, wait_log)

EVIL = "<!channel> <@U0ALICE> <https://evil.example|click> & <!subteam^S1>"


def dispatch(app: App, body: dict[str, Any] | str, content_type: str = "application/json", **kw: Any) -> BoltResponse:
    raw = body if isinstance(body, str) else json.dumps(body)
    headers = {k.lower(): v for k, v in signed_headers(raw, content_type=content_type, **kw).items()}
    return app.dispatch(BoltRequest(body=raw, headers=headers))


def ask_in_channel(app: App, slack: MockSlack, question: str, **kw: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """Mention the bot; return (the event, the chat.postMessage body it caused)."""
    before = len(slack.calls("chat.postMessage"))
    ev = mention(question, **kw)
    assert dispatch(app, event_body(ev)).status == 200
    return ev, slack.wait_for("chat.postMessage", before + 1)[before].body


def settle(slack: MockSlack, method: str = "chat.postMessage", count: int = 1) -> list:
    """After a sentinel reply has landed, give stray listeners a moment, then return all calls."""
    slack.wait_for(method, count)
    time.sleep(0.2)
    return slack.calls(method)


def test_mention_in_channel_gets_one_threaded_reply_with_quotes(app, slack, qabot, qabot_logs) -> None:
    ev, post = ask_in_channel(app, slack, QUESTION)
    expected = qabot.ask(QUESTION)
    ref = post["blocks"][-1]["elements"][0]["value"]
    assert post["channel"] == CHANNEL and post["thread_ts"] == ev["ts"]
    assert post["blocks"] == render.answer_blocks(expected, ref)
    assert post["text"] == render.escape(render.to_plain_text(expected))  # what `qabot chat` prints
    assert "*Short answer:* 87,000" in post["blocks"][0]["text"]["text"]
    assert post["unfurl_links"] is False
    line = wait_log(qabot_logs, "question")[0]
    assert line["source"] == "mention" and line["declined"] is False and line["cited"] and line["latency_ms"] >= 0
    assert len(settle(slack)) == 1


def test_mention_in_a_known_thread_that_also_arrives_as_message_is_answered_once(app, slack, qabot_logs) -> None:
    parent, _ = ask_in_channel(app, slack, QUESTION)
    ts = next_ts()
    follow = "and how much did that cost?"
    dispatch(app, event_body(mention(follow, ts=ts, thread_ts=parent["ts"])))
    dispatch(app, event_body(message_event(f"<@{BOT_USER_ID}> {follow}", ts=ts, thread_ts=parent["ts"])))
    wait_log(qabot_logs, "duplicate")
    assert len(settle(slack, count=2)) == 2


def test_direct_message_is_answered_in_its_thread(app, slack, qabot) -> None:
    ev = message_event(QUESTION, channel="D0ALICE", channel_type="im")
    dispatch(app, event_body(ev))
    post = slack.wait_for("chat.postMessage")[0].body
    assert post["channel"] == "D0ALICE" and post["thread_ts"] == ev["ts"]
    assert "87,000" in post["text"]


def test_follow_up_in_thread_uses_the_previous_question_even_after_a_restart(
        settings, slack, qabot, store, app, qabot_logs) -> None:
    parent, _ = ask_in_channel(app, slack, QUESTION)
    wait_log(qabot_logs, "question")  # the first listener has finished
    store.close()
    restarted = Store.from_settings(settings)  # a new process: context must come from the database
    app2 = create_app(settings, qabot, restarted)
    follow = "and how much did that cost?"
    dispatch(app2, event_body(message_event(follow, thread_ts=parent["ts"])))
    post = slack.wait_for("chat.postMessage", 2)[1].body
    assert post["thread_ts"] == parent["ts"]
    expected = qabot.ask(follow, context=QUESTION)
    assert post["text"] == render.fallback_text(expected)
    assert [line.get("followup") for line in wait_log(qabot_logs, "question", 2)] == [False, True]


def test_thread_replies_not_meant_for_the_bot_are_ignored(app, slack) -> None:
    dispatch(app, event_body(message_event("what rose?", thread_ts=next_ts())))  # a thread the bot never joined
    parent, _ = ask_in_channel(app, slack, QUESTION)
    dispatch(app, event_body(message_event(f"<@{BOB}> do you agree?", thread_ts=parent["ts"])))
    dispatch(app, event_body(message_event("a top-level chat message")))
    ask_in_channel(app, slack, DECLINED)  # sentinel
    assert len(settle(slack, count=2)) == 2


def test_own_and_bot_messages_edits_deletes_and_other_subtypes_are_ignored(app, slack) -> None:
    dm = {"channel": "D0ALICE", "channel_type": "im"}
    ignored = [
        message_event(QUESTION, user=BOT_USER_ID, bot_id=BOT_ID, **dm),  # our own reply
        message_event(QUESTION, user="U0OTHERBOT", bot_id="B0OTHER", **dm),  # another bot
        message_event(QUESTION, subtype="bot_message", **dm) | {"user": None},
        message_event(QUESTION, subtype="message_changed", **dm),
        message_event(QUESTION, subtype="message_deleted", **dm),
        message_event(QUESTION, subtype="channel_join", **dm),
        message_event(QUESTION, subtype="thread_broadcast", **dm),
        mention(QUESTION, bot_id="B0OTHER"),
    ]
    for ev in ignored:
        assert dispatch(app, event_body(ev)).status == 200
    ask_in_channel(app, slack, DECLINED)  # sentinel
    posts = settle(slack)
    assert len(posts) == 1 and "couldn" in posts[0].body["text"]


def test_ask_replies_only_to_the_asker_and_share_posts_in_channel(app, slack, store) -> None:
    resp = dispatch(app, command_form(QUESTION, slack.response_url("cmd")), "application/x-www-form-urlencoded")
    assert resp.status == 200 and not resp.body
    eph = slack.wait_for("chat.postEphemeral")[0].body
    assert (eph["channel"], eph["user"]) == (CHANNEL, ALICE)
    ref = eph["blocks"][-1]["elements"][-1]["value"]
    assert [b["action_id"] for b in eph["blocks"][-1]["elements"]] == ["qabot_vote_up", "qabot_vote_down", "qabot_share"]
    assert "87,000" in eph["text"]
    assert not slack.calls("chat.postMessage")
    click = action_payload("qabot_share", ref, block_id="qabot_ephemeral", response_url=slack.response_url("share"),
                           ephemeral=True)
    assert dispatch(app, action_form(click), "application/x-www-form-urlencoded").status == 200
    shared = slack.wait_for("chat.postMessage")[0].body
    assert shared["channel"] == CHANNEL and "thread_ts" not in shared
    assert shared["blocks"][0]["text"]["text"] == f"<@{ALICE}> asked: _{QUESTION}_"
    assert shared["blocks"][-1]["block_id"] == "qabot_shared"
    assert slack.wait_for("response_url")[0].body["delete_original"] is True  # the ephemeral copy goes
    shared_ts = slack.calls("chat.postMessage")[0].response["ts"]
    assert store.thread(CHANNEL, shared_ts) == (True, QUESTION)  # follow-ups under the shared answer work


def test_ask_where_the_bot_is_not_a_member_answers_through_response_url(app, slack) -> None:
    slack.respond_with("chat.postEphemeral", {"ok": False, "error": "channel_not_found"})
    dispatch(app, command_form(QUESTION, slack.response_url("cmd"), channel="C0NOTJOINED"),
             "application/x-www-form-urlencoded")
    body = slack.wait_for("response_url")[0].body
    assert body["response_type"] == "ephemeral" and "87,000" in body["text"]
    assert body["blocks"][-1]["block_id"] == "qabot_ephemeral"


def test_ask_without_text_gets_the_usage_hint(app, slack) -> None:
    dispatch(app, command_form("  ", slack.response_url()), "application/x-www-form-urlencoded")
    assert slack.wait_for("chat.postEphemeral")[0].body["text"] == render.plain_fallback(render.USAGE_TEXT)


def test_vote_is_acked_fast_stored_and_buttons_become_thanks(app, slack, store, qabot) -> None:
    parent, post = ask_in_channel(app, slack, QUESTION)
    ref = post["blocks"][-1]["elements"][1]["value"]
    click = action_payload("qabot_vote_down", ref, block_id="qabot_reply", response_url=slack.response_url(),
                           user=BOB, message_ts="1800009999.000001", thread_ts=parent["ts"])
    t0 = time.monotonic()
    assert dispatch(app, action_form(click), "application/x-www-form-urlencoded").status == 200
    assert time.monotonic() - t0 < 3
    update = slack.wait_for("chat.update")[0].body
    assert (update["channel"], update["ts"]) == (CHANNEL, "1800009999.000001")
    assert update["blocks"][-1] == {"type": "context", "elements": [{"type": "mrkdwn", "text": "Thanks — recorded 👎"}]}
    assert not any(b["type"] == "actions" for b in update["blocks"])
    [vote] = store.votes()
    assert (vote.user_id, vote.vote, vote.channel, vote.thread_ts, vote.team) == (BOB, "down", CHANNEL, parent["ts"],
                                                                                  "T0MOCK")
    assert vote.question == QUESTION
    assert Answer.model_validate_json(vote.answer_json).short_answer == qabot.ask(QUESTION).short_answer


def test_vote_on_an_ephemeral_answer_replaces_it_through_response_url(app, slack, store) -> None:
    dispatch(app, command_form(QUESTION, slack.response_url()), "application/x-www-form-urlencoded")
    ref = slack.wait_for("chat.postEphemeral")[0].body["blocks"][-1]["elements"][0]["value"]
    click = action_payload("qabot_vote_up", ref, block_id="qabot_ephemeral", response_url=slack.response_url("v"),
                           ephemeral=True)
    dispatch(app, action_form(click), "application/x-www-form-urlencoded")
    body = slack.wait_for("response_url")[0].body
    assert body["replace_original"] is True
    assert [b["action_id"] for b in body["blocks"][-1]["elements"]] == ["qabot_share"]
    assert "Thanks — recorded 👍" in all_mrkdwn(body["blocks"])
    assert [v.vote for v in store.votes()] == ["up"] and not slack.calls("chat.update")


def test_vote_for_an_unknown_answer_says_so(app, slack, store) -> None:
    click = action_payload("qabot_vote_up", "nope", block_id="qabot_reply", response_url=slack.response_url())
    dispatch(app, action_form(click), "application/x-www-form-urlencoded")
    assert "can't find that answer" in slack.wait_for("response_url")[0].body["text"]
    assert store.votes() == []


def test_declined_question_says_so_plainly(app, slack, qabot_logs) -> None:
    _, post = ask_in_channel(app, slack, DECLINED)
    texts = all_mrkdwn(post["blocks"])
    assert texts[0].startswith("I couldn't find that in the articles")
    assert "No article states this" in texts[-1]
    assert "Short answer" not in post["text"]
    assert wait_log(qabot_logs, "question")[0]["declined"] is True


def test_mention_with_no_question_gets_a_usage_hint(app, slack) -> None:
    ev = message_event(f"<@{BOT_USER_ID}>  ", kind="app_mention")
    dispatch(app, event_body(ev))
    post = slack.wait_for("chat.postMessage")[0].body
    assert post["text"] == render.USAGE_TEXT and post["thread_ts"] == ev["ts"]


def test_over_long_question_gets_a_polite_reply_not_an_error(app, slack, qabot_logs) -> None:
    _, post = ask_in_channel(app, slack, "why " * 600)
    assert re.match(r"I can't take that question: the question is 2,\d{3} characters; the limit is 2,000", post["text"])
    assert wait_log(qabot_logs, "question")[0]["rejected"] is True


@pytest.fixture(scope="module")
def evil_bot(tmp_path_factory: pytest.TempPathFactory) -> QABot:
    """The real corpus with markup planted in a quoted sentence and in a title."""
    root = tmp_path_factory.mktemp("evil")
    corpus = root / "corpus"
    shutil.copytree(PROJECT_ROOT / "corpus", corpus)
    article = corpus / "000_6465289e31773cb7.txt"
    article.write_text(article.read_text(encoding="utf-8").replace(
        "£311m more than planned.", f"£311m more than planned {EVIL}."), encoding="utf-8")
    meta = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    meta["articles"][0]["title"] = f"<!here> Care fund {EVIL}"
    (corpus / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return load_qabot(corpus, root)


def test_corpus_text_with_channel_markup_is_rendered_inert(settings, slack, store, evil_bot) -> None:
    app = create_app(settings, evil_bot, store)
    _, post = ask_in_channel(app, slack, QUESTION)
    raw = json.dumps(post, ensure_ascii=False)
    for live in ("<!channel>", "<!here>", "<@U0ALICE>", "<https://evil.example|click>", "<!subteam^S1>"):
        assert live not in raw
    assert "&lt;!channel&gt; &lt;@U0ALICE&gt; &lt;https://evil.example|click&gt; &amp; &lt;!subteam^S1&gt;" in raw
    assert "— _&lt;!here&gt; Care fund" in raw
    assert "87,000" in post["blocks"][0]["text"]["text"]


def test_rate_limited_reply_is_retried_after_retry_after(app, slack) -> None:
    slack.fail("chat.postMessage", status=429, retry_after=1)
    t0 = time.monotonic()
    _, post = ask_in_channel(app, slack, QUESTION)
    calls = slack.calls("chat.postMessage")
    assert [c.status for c in calls] == [429, 200] and time.monotonic() - t0 >= 1
    assert calls[0].body["blocks"] == post["blocks"]


def test_server_error_reply_is_retried(app, slack) -> None:
    slack.fail("chat.postMessage", status=500, retry_after=None)
    ask_in_channel(app, slack, QUESTION)
    assert [c.status for c in slack.calls("chat.postMessage")] == [500, 200]


def test_failure_while_answering_tells_the_user_and_logs_the_traceback(app, slack, qabot_logs) -> None:
    slack.respond_with("chat.postMessage", {"ok": False, "error": "invalid_blocks"})
    ev = mention(QUESTION)
    dispatch(app, event_body(ev))
    post = slack.wait_for("chat.postMessage", 2)[1].body
    assert post == {"channel": CHANNEL, "thread_ts": ev["ts"], "text": render.ERROR_TEXT, "team_id": "T0MOCK"}
    assert wait_log(qabot_logs, "question")[0]["failed"] is True
    failure = [r for r in qabot_logs.records if r.getMessage().startswith("answering failed")][0]
    assert failure.exc_info and "invalid_blocks" in str(failure.exc_info[1])


def test_store_failure_still_answers_without_context(app, slack, store, qabot_logs) -> None:
    with store.engine.begin() as conn:
        conn.execute(text("DROP TABLE threads"))
    parent, _ = ask_in_channel(app, slack, QUESTION)
    dispatch(app, event_body(mention("and how much did that cost?", thread_ts=parent["ts"])))
    post = slack.wait_for("chat.postMessage", 2)[1].body
    assert post["thread_ts"] == parent["ts"] and post["blocks"][-1]["type"] == "actions"
    assert any("store: thread" in r.getMessage() for r in qabot_logs.records if r.levelno == logging.ERROR)


def test_app_home_lists_the_articles(app, slack, qabot) -> None:
    body = event_body({"type": "app_home_opened", "user": ALICE, "channel": "D0ALICE", "tab": "home",
                       "event_ts": next_ts()})
    dispatch(app, body)
    call = slack.wait_for("views.publish")[0].body
    assert call["user_id"] == ALICE and call["view"] == render.home_view(qabot.documents)


def test_tokens_never_reach_the_logs(app, slack, caplog) -> None:
    caplog.set_level(logging.DEBUG)
    ask_in_channel(app, slack, QUESTION)
    dispatch(app, command_form(QUESTION, slack.response_url()), "application/x-www-form-urlencoded")
    slack.wait_for("chat.postEphemeral")
    logged = caplog.text + "".join(str(r.args) for r in caplog.records)
    assert BOT_TOKEN not in logged and SIGNING_SECRET not in logged
    assert not re.search(r"xoxb-\d", logged)


def test_manifest_declares_exactly_the_scopes_events_and_command_the_app_uses() -> None:
    import yaml

    manifest = yaml.safe_load((PROJECT_ROOT / "slack" / "manifest.yaml").read_text(encoding="utf-8"))
    assert sorted(manifest["oauth_config"]["scopes"]["bot"]) == sorted(
        ["app_mentions:read", "channels:history", "groups:history", "im:history", "chat:write", "commands"])
    assert sorted(manifest["settings"]["event_subscriptions"]["bot_events"]) == sorted(
        ["app_home_opened", "app_mention", "message.channels", "message.groups", "message.im"])
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/ask"]
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    assert manifest["settings"]["socket_mode_enabled"] is True
    assert manifest["features"]["app_home"]["home_tab_enabled"] is True
    assert manifest["features"]["app_home"]["messages_tab_enabled"] is True  # DMs to the bot


def test_env_example_loads_and_leaves_slack_unconfigured(monkeypatch) -> None:
    from bot.config import Settings

    for name in ("SLACK_BOT_TOKEN", "SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL"):
        monkeypatch.delenv(name, raising=False)
    example = Settings(_env_file=PROJECT_ROOT / ".env.example")
    assert not example.has_slack_tokens() and example.slack_api_url == "https://slack.com/api/"
