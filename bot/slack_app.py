"""The Slack app on slack-bolt: thin listeners over QABot, the Store and render.

Mentions, DMs, `/ask` (ephemeral, with "Share in channel"), thread follow-ups with the thread's
previous question as context, 👍/👎 votes and the App Home tab. Every Web API call goes to
SLACK_API_URL with retries for 429 (Retry-After), 5xx and connection errors. The process side
(HTTP server, Socket Mode, logging, signals, graceful shutdown) is in bot.slack_server.
"""
from __future__ import annotations

import json
import logging
import re
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from slack_bolt import App, BoltContext
from slack_bolt.error import BoltError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from . import render
from .errors import ConfigError, QuestionError, StoreError
from .models import Answer
from .slack_client import make_client
from .slack_text import addressed_to_other, question_text
from .store import Store, StoredAnswer

if TYPE_CHECKING:
    from .config import Settings
    from .service import QABot

log = logging.getLogger("qabot.slack")
NOT_IN_CHANNEL = {"channel_not_found", "not_in_channel", "user_not_in_channel", "is_archived"}


class Listeners:
    """What each listener does; create_app wires them to Bolt. Store failures never stop an
    answer (it goes out without follow-up context); any other failure gets the user a short
    "something went wrong, it was logged" reply and the log gets the traceback."""

    def __init__(self, bot: QABot, store: Store) -> None:
        self.bot, self.store = bot, store

    def _safely(self, what: str, fn: Any, *args: Any, default: Any = None) -> Any:
        try:
            return fn(*args)
        except StoreError as exc:
            log.error("store: %s failed (%s); carrying on without it", what, exc)
            return default

    @contextmanager
    def _never_silent(self, respond: Any, what: str) -> Iterator[None]:
        """For commands and buttons: a failure is logged and told to the user via response_url."""
        try:
            yield
        except Exception:
            log.exception("%s failed", what)
            respond(text=render.ERROR_TEXT, response_type="ephemeral", replace_original=False)

    # ---- questions ------------------------------------------------------------------------------
    def on_mention(self, event: dict, body: dict, client: WebClient, context: BoltContext, request: Any) -> None:
        if not (event.get("bot_id") or event.get("subtype")):
            self.question(event, body, client, context, "mention", request)

    def on_message(self, event: dict, body: dict, client: WebClient, context: BoltContext, request: Any) -> None:
        if event.get("subtype") or event.get("bot_id") or event.get("hidden") or not event.get("user"):
            return  # edits, deletes, joins, bot posts and every other subtype
        if event.get("channel_type") == "im":
            return self.question(event, body, client, context, "dm", request)
        thread_ts = event.get("thread_ts")
        if not thread_ts or thread_ts == event.get("ts") or addressed_to_other(event.get("text"), context.bot_user_id):
            return
        known, _ = self._safely("thread lookup", self.store.thread, event["channel"], thread_ts, default=(False, None))
        if known:  # a follow-up in a thread the bot has answered
            self.question(event, body, client, context, "followup", request)

    def question(self, event: dict, body: dict, client: WebClient, context: BoltContext, source: str,
                 request: Any) -> None:
        """Claim (dedupe), answer with the thread's context, reply in the thread, log one line."""
        t0 = time.perf_counter()
        channel, ts, event_id = event["channel"], event["ts"], body.get("event_id")
        thread_ts, team = event.get("thread_ts") or ts, body.get("team_id") or context.team_id
        keys = ([f"event:{event_id}"] if event_id else []) + [f"msg:{channel}:{ts}"]
        retry = (request.headers.get("x-slack-retry-num") or [None])[0] if request is not None else None
        if not self._safely("dedupe claim", self.store.claim, keys, default=True):
            log.info(json.dumps({"msg": "duplicate", "event_id": event_id, "retry": retry}))
            return
        line: dict[str, Any] = {"msg": "question", "event_id": event_id, "source": source, "team": team,
                                "channel": channel, "retry": retry}
        try:
            line |= self._answer(event, client, context, team, thread_ts)
            self._safely("dedupe complete", self.store.complete, keys)
        except Exception:
            log.exception("answering failed (event_id=%s, channel=%s)", event_id, channel)
            line["failed"] = True
            try:
                client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=render.ERROR_TEXT)
                self._safely("dedupe complete", self.store.complete, keys)
            except Exception:
                log.exception("could not tell the user about the failure; releasing the event for Slack's retry")
                self._safely("dedupe release", self.store.release, keys)
        log.info(json.dumps(line | {"latency_ms": round((time.perf_counter() - t0) * 1000, 1)}))

    def _answer(self, event: dict, client: WebClient, context: BoltContext, team: str | None,
                thread_ts: str) -> dict[str, Any]:
        """Reply to one claimed message in its thread; what to log about it."""
        channel = event["channel"]
        text = question_text(event.get("text"), context.bot_user_id)
        if not text:
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=render.USAGE_TEXT,
                                    blocks=render.notice_blocks(render.USAGE_TEXT))
            return {"usage_hint": True}
        prior = None
        if thread_ts != event["ts"]:
            prior = self._safely("thread context", self.store.thread, channel, thread_ts, default=(False, None))[1]
        try:
            answer = self.bot.ask(text, context=prior)
        except QuestionError as exc:
            notice = f"I can't take that question: {exc}"
            client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=render.plain_fallback(notice),
                                    blocks=render.notice_blocks(notice))
            return {"rejected": True}
        ref = self._save(answer, team, channel, thread_ts, event.get("user"))
        # before posting: a follow-up typed the moment the reply shows must find its context
        self._safely("thread save", self.store.remember_thread, channel, thread_ts, team,
                     None if answer.abstained else text)
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, text=render.fallback_text(answer),
                                blocks=render.answer_blocks(answer, ref), unfurl_links=False, unfurl_media=False)
        return {"followup": prior is not None} | _summary(answer)

    def _save(self, answer: Answer, team: str | None, channel: str, thread_ts: str | None, user: str | None) -> str:
        ref = uuid.uuid4().hex
        self._safely("answer save", self.store.save_answer,
                     StoredAnswer(ref, team, channel, thread_ts, user, answer.question, answer.model_dump_json()))
        return ref

    # ---- /ask -----------------------------------------------------------------------------------
    def on_ask(self, ack: Any, command: dict, client: WebClient, respond: Any, context: BoltContext) -> None:
        ack()
        t0 = time.perf_counter()
        channel, user, team = command["channel_id"], command["user_id"], command.get("team_id")
        line: dict[str, Any] = {"msg": "question", "event_id": None, "source": "/ask", "team": team,
                                "channel": channel, "failed": True}
        with self._never_silent(respond, "/ask"):
            text = question_text(command.get("text"), context.bot_user_id)
            try:
                answer = self.bot.ask(text) if text else None
            except QuestionError as exc:
                answer, text = None, f"I can't take that question: {exc}"
            if answer is None:
                notice = text or render.USAGE_TEXT
                self._ephemeral(client, respond, channel, user, render.plain_fallback(notice),
                                render.notice_blocks(notice))
            else:
                ref = self._save(answer, team, channel, None, user)
                self._ephemeral(client, respond, channel, user, render.fallback_text(answer),
                                render.answer_blocks(answer, ref, kind="ephemeral"))
                line |= _summary(answer)
            line["failed"] = False
        log.info(json.dumps(line | {"latency_ms": round((time.perf_counter() - t0) * 1000, 1)}))

    def _ephemeral(self, client: WebClient, respond: Any, channel: str, user: str, text: str, blocks: list) -> None:
        """chat.postEphemeral; where the bot is not in the channel, the command's response_url."""
        try:
            client.chat_postEphemeral(channel=channel, user=user, text=text, blocks=blocks)
        except SlackApiError as exc:
            if exc.response.get("error") not in NOT_IN_CHANNEL:
                raise
            respond(text=text, blocks=blocks, response_type="ephemeral")

    # ---- buttons --------------------------------------------------------------------------------
    def _stored(self, body: dict, action: dict, respond: Any) -> tuple[StoredAnswer, Answer] | None:
        stored = self.store.get_answer(action.get("value", ""))
        if stored is None:  # the user and the action, so a vote lost in an outage can be recovered
            log.warning("button %s for unknown answer %r by user %s", action.get("action_id"), action.get("value"),
                        (body.get("user") or {}).get("id"))
            respond(text="Sorry — I can't find that answer any more, so nothing was recorded. It was logged.",
                    response_type="ephemeral", replace_original=False)
            return None
        return stored, Answer.model_validate_json(stored.answer_json)

    def on_vote(self, ack: Any, body: dict, action: dict, client: WebClient, respond: Any) -> None:
        ack()
        with self._never_silent(respond, "recording a vote"):
            if (found := self._stored(body, action, respond)) is None:
                return
            stored, answer = found
            vote, box = render.VOTE_ACTIONS[action["action_id"]], body.get("container") or {}
            channel = _channel_of(body)
            message_ts = box.get("message_ts") or (body.get("message") or {}).get("ts")
            self.store.record_vote(stored, body["user"]["id"], vote, team=(body.get("team") or {}).get("id"),
                                   channel=channel, thread_ts=(body.get("message") or {}).get("thread_ts") or message_ts)
            kind = (action.get("block_id") or "").removeprefix("qabot_")
            blocks = render.answer_blocks(answer, stored.ref, kind=kind if kind in render.KINDS else "reply",
                                          asker=stored.user_id, voted=vote)
            if box.get("is_ephemeral"):  # chat.update cannot edit an ephemeral message
                respond(text=render.fallback_text(answer), blocks=blocks, replace_original=True)
            else:
                client.chat_update(channel=channel, ts=message_ts, text=render.fallback_text(answer), blocks=blocks)
            log.info(json.dumps({"msg": "vote", "vote": vote, "answer": stored.ref, "channel": channel}))

    def on_share(self, ack: Any, body: dict, action: dict, client: WebClient, respond: Any) -> None:
        ack()
        with self._never_silent(respond, "sharing an answer"):
            if (found := self._stored(body, action, respond)) is None:
                return
            stored, answer = found
            channel = _channel_of(body)
            blocks = render.answer_blocks(answer, stored.ref, kind="shared", asker=body["user"]["id"])
            try:
                ts = client.chat_postMessage(channel=channel, text=render.fallback_text(answer), blocks=blocks,
                                             unfurl_links=False, unfurl_media=False)["ts"]
                self._safely("thread save", self.store.remember_thread, channel, ts, stored.team,
                             None if answer.abstained else answer.question)
            except SlackApiError as exc:
                if exc.response.get("error") not in NOT_IN_CHANNEL:
                    raise
                respond(text=render.fallback_text(answer), blocks=blocks, response_type="in_channel",
                        replace_original=False)
            respond(delete_original=True)

    def on_home(self, event: dict, client: WebClient) -> None:
        if event.get("tab", "home") == "home":
            client.views_publish(user_id=event["user"], view=render.home_view(self.bot.documents))


def _summary(answer: Answer) -> dict[str, Any]:
    return {"answer_ms": answer.latency_ms, "declined": answer.abstained,
            "cited": list(dict.fromkeys(c.doc_id for c in answer.citations))}


def _bolt_logger() -> logging.Logger:
    """Bolt's base logger, minus its warning that SLACK_BOT_TOKEN (read from the environment by
    App itself) is unused because we pass a configured client."""
    logger = logging.getLogger("qabot.bolt")
    if not logger.filters:
        logger.addFilter(lambda r: "`token` will be unused" not in r.getMessage())
    return logger


def create_app(settings: Settings, bot: QABot, store: Store, client: WebClient | None = None) -> App:
    """The Bolt app. `App(...)` calls auth.test once to learn the bot's own user id."""
    from .slack_server import ListenerExecutor  # counts work in flight, for a graceful shutdown

    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    client = client or make_client(settings)
    try:
        app = App(client=client, signing_secret=secret, name="qabot.app",  # not "qabot": Bolt resets that logger
                  token_verification_enabled=True,
                  logger=_bolt_logger(),
                  listener_executor=ListenerExecutor(max_workers=8, thread_name_prefix="qabot-listener"))
    except BoltError as exc:
        code = re.search(r"'error': '(\w+)'", str(exc))
        raise ConfigError(f"SLACK_BOT_TOKEN was rejected by auth.test at SLACK_API_URL "
                          f"({code.group(1) if code else 'auth failed'}) — check the token and the URL") from None
    except OSError as exc:
        raise ConfigError(f"cannot reach Slack at SLACK_API_URL ({client.base_url}): {exc} — check the URL") from None
    on = Listeners(bot, store)
    app.event("app_mention")(on.on_mention)
    app.event("message")(on.on_message)
    app.event("app_home_opened")(on.on_home)
    app.command("/ask")(on.on_ask)
    app.action(re.compile(f"^(?:{render.ACTION_UP}|{render.ACTION_DOWN})$"))(on.on_vote)
    app.action(render.ACTION_SHARE)(on.on_share)
    return app


def _channel_of(body: dict) -> str | None:
    """The channel an interaction happened in (the container's, else the payload's)."""
    return (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")
