"""The `qabot slack` process: logging set-up, the HTTP server (Bolt's WSGI adapter under
waitress, everything on /slack/events), Socket Mode, signal handling and graceful shutdown.

On SIGTERM or SIGINT the process stops taking new work (HTTP: the listening port is closed,
so Slack's retry goes elsewhere; Socket Mode: the WebSocket is closed), lets HTTP requests in
progress get their ack, waits for questions in flight to be answered (up to SHUTDOWN_GRACE
seconds), then exits 0. A second signal, or questions still running after the grace period,
ends it at once with exit code 1 (Slack re-sends what was not acknowledged).
"""
from __future__ import annotations

import argparse
import contextlib
import logging
import os
import re
import signal
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

from slack_bolt import App

from .errors import ConfigError
from .slack_socket import SocketMode
from .slack_app import create_app
from .slack_client import make_client, require_secret
from .store import Store

if TYPE_CHECKING:
    from .config import Settings

log = logging.getLogger("qabot.slack")
__all__ = ["HttpServer", "ListenerExecutor", "RedactSecrets", "SocketMode", "run"]
SHUTDOWN_GRACE = 25.0  # seconds for questions in flight; under Kubernetes' default 30 s before SIGKILL
REQUEST_GRACE = 5.0  # seconds for HTTP requests in progress to get their response
_SECRET_SHAPES = re.compile(r"\b(?:xox[a-z]|xapp)-[A-Za-z0-9-]+")


class RedactSecrets(logging.Filter):
    """Masks Slack tokens and the given secrets in log lines and tracebacks."""

    def __init__(self, secrets: list[str]) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for s in self.secrets:
            text = text.replace(s, "[redacted]")
        return _SECRET_SHAPES.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = self.redact(record.getMessage()), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.redact(logging.Formatter().formatException(record.exc_info))
        return True


class ListenerExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, counting the work in flight so a shutdown can wait for it."""

    def __init__(self, max_workers: int, thread_name_prefix: str = "") -> None:
        super().__init__(max_workers=max_workers, thread_name_prefix=thread_name_prefix)
        self._idle = threading.Condition()
        self._pending = 0

    @property
    def pending(self) -> int:
        """Listener calls submitted and not yet finished (queued or running)."""
        with self._idle:
            return self._pending

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future:
        with self._idle:
            self._pending += 1
        try:
            future = super().submit(fn, *args, **kwargs)
        except BaseException:
            self._done(None)
            raise
        future.add_done_callback(self._done)
        return future

    def _done(self, _future: Future | None) -> None:
        with self._idle:
            self._pending -= 1
            self._idle.notify_all()

    def drain(self, timeout: float, abort: threading.Event | None = None) -> int:
        """Take no new work, wait up to `timeout` s (or until `abort` is set) for the work in
        flight; how many calls are still unfinished."""
        self.shutdown(wait=False)
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending and (left := deadline - time.monotonic()) > 0 and not (abort and abort.is_set()):
                self._idle.wait(min(left, 0.1))
            return self._pending


class HttpServer:
    """HTTP mode: Bolt's WSGI adapter under waitress; everything on /slack/events."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 3000, threads: int = 8,
                 **adjustments: Any) -> None:
        """`adjustments`: any further waitress setting (e.g. channel_timeout)."""
        import waitress
        from slack_bolt.adapter.wsgi import SlackRequestHandler

        self.server: Any = waitress.create_server(SlackRequestHandler(app, path="/slack/events"), host=host,
                                                  port=port, threads=threads, ident="qabot", **adjustments)
        self.host, self.port = self.server.effective_host, int(self.server.effective_port)
        self.url = f"http://{self.host}:{self.port}/slack/events"
        self._thread: threading.Thread | None = None

    def serve_forever(self) -> None:
        self.server.run()

    def start(self) -> HttpServer:
        """Serve in a background thread (the process, tests, benchmarks)."""
        self._thread = threading.Thread(target=self.serve_forever, name="qabot-http", daemon=True)
        self._thread.start()
        return self

    def _in_loop(self, fn: Any) -> None:
        """Run `fn` in the serving thread (waitress's sockets belong to it) and wait for it."""
        if not (self._thread and self._thread.is_alive()):
            fn()
            return
        done = threading.Event()

        def call() -> None:
            try:
                fn()
            finally:
                done.set()

        self.server.trigger.pull_trigger(call)
        done.wait(timeout=5)

    def busy(self) -> bool:
        """True while a request is queued, being handled, or its response is not yet sent."""
        from waitress.channel import HTTPChannel

        dispatcher = self.server.task_dispatcher
        if dispatcher.active_count or dispatcher.queue:
            return True
        return any(ch.requests or ch.total_outbufs_len for ch in list(self.server._map.values())
                   if isinstance(ch, HTTPChannel))

    def close_listener(self) -> None:
        """Close the listening socket only: new connections are refused from now on."""
        from waitress import wasyncore

        self._in_loop(lambda: wasyncore.dispatcher.close(self.server))

    def shutdown(self, grace: float = REQUEST_GRACE) -> bool:
        """Graceful stop: close the listening socket (new connections are refused), let requests
        in progress finish for up to `grace` s, then close everything. True if none was cut off."""
        self.close_listener()
        deadline = time.monotonic() + grace
        while self.busy() and time.monotonic() < deadline:
            time.sleep(0.02)
        clean = not self.busy()
        self.stop()
        return clean

    def stop(self) -> None:
        """Close every socket (inside the serving thread), then waitress's worker threads."""
        def close_all() -> None:
            # a socket the loop already closed (its thread gone, or a client hung up) raises
            # EBADF on a second close: stopping must still finish
            for channel in list(self.server._map.values()):
                if channel is not self.server and channel is not self.server.trigger:
                    with contextlib.suppress(OSError):
                        channel.handle_close()  # open connections
            with contextlib.suppress(OSError):
                self.server.close()  # the listening socket (if still open) and the trigger: the loop ends

        self._in_loop(close_all)
        if self._thread:
            self._thread.join(timeout=5)
        self.server.task_dispatcher.shutdown(timeout=1)


def configure_logging(settings: Settings) -> None:
    """One stderr handler for everything, with tokens and the signing secret masked."""
    secrets = [s.get_secret_value() for s in (settings.slack_bot_token, settings.slack_app_token,
                                              settings.slack_signing_secret) if s]
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    handler.addFilter(RedactSecrets(secrets))
    logging.basicConfig(level=settings.log_level.upper(), handlers=[handler], force=True)


class Stopper:
    """SIGINT/SIGTERM handlers (main thread only): the first asks for a graceful stop, a
    second one for an immediate one. Restores the previous handlers on `restore()`."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.stop, self.force = threading.Event(), threading.Event()
        self.signal_name = "stop requested"
        self._previous: dict[int, Any] = {}
        if threading.current_thread() is threading.main_thread():
            for sig in self.SIGNALS:
                self._previous[sig] = signal.signal(sig, self._on_signal)

    def _on_signal(self, signum: int, _frame: object) -> None:
        if self.stop.is_set():
            self.force.set()
        else:
            self.signal_name = signal.Signals(signum).name
            self.stop.set()

    def wait(self) -> str:
        self.stop.wait()
        return self.signal_name

    def restore(self) -> None:
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)


def drain(app: App, grace: float, force: threading.Event | None = None) -> int:
    """Wait up to `grace` s for the questions the app is still answering; how many are left."""
    executor = app.listener_runner.listener_executor
    if not isinstance(executor, ListenerExecutor):
        return 0
    pending = executor.pending
    if pending:
        log.info("finishing %d question(s) in flight (up to %.0f s)", pending, grace)
    left = executor.drain(grace, force)
    if left:
        log.error("%d question(s) still running after %.0f s; exiting without them (Slack re-sends "
                  "events that were not acknowledged; acknowledged ones are lost)", left, grace)
    return left


def _serve_http(app: App, host: str, port: int, store: Store, stopper: Stopper) -> int:
    try:
        server = HttpServer(app, host, port).start()
    except OSError as exc:
        raise ConfigError(f"cannot listen on {host}:{port} ({exc.strerror or exc}) — choose another --port "
                          "or --host") from None
    log.info("HTTP mode: listening on %s (state: %s)", server.url, store.safe_url)
    name = stopper.wait()
    server.close_listener()  # before saying so: whoever reads the log may connect at once
    log.info("%s: shutting down — no new requests; finishing the ones in progress", name)
    if not server.shutdown(REQUEST_GRACE):
        log.warning("some HTTP requests were still in progress after %.0f s and were cut off", REQUEST_GRACE)
    return drain(app, SHUTDOWN_GRACE, stopper.force)


def _serve_socket_mode(app: App, app_token: str, store: Store, stopper: Stopper) -> int:
    socket_mode = SocketMode(app, app_token).connect()
    log.info("Socket Mode: connected (state: %s)", store.safe_url)
    try:
        name = stopper.wait()
        log.info("%s: shutting down — closing the Socket Mode connection", name)
    finally:
        socket_mode.close()
    return drain(app, SHUTDOWN_GRACE, stopper.force)


def _log_start(bot: Any, settings: Settings) -> None:
    """Corpus warnings and why the index was rebuilt, once the app is up (a start that fails
    says only why, on one line)."""
    for warning in bot.corpus.warnings:
        log.warning("corpus: %s", warning)
    if bot.rebuilt_because:
        log.log(logging.INFO if bot.rebuilt_because == "missing" else logging.WARNING,
                "rebuilt the index in %s (%s)", settings.index_dir, bot.rebuilt_because)


def run(args: argparse.Namespace, settings: Settings) -> int:
    """`qabot slack [--http --host H --port N]` (also `qabot run` with tokens): serve until
    SIGINT/SIGTERM, finish the questions in flight, exit 0."""
    http = bool(getattr(args, "http", False))
    host, port = getattr(args, "host", "127.0.0.1"), int(getattr(args, "port", 3000))
    token = require_secret(settings.slack_bot_token, "SLACK_BOT_TOKEN", "xoxb-")
    app_token = ""
    if http:
        require_secret(settings.slack_signing_secret, "SLACK_SIGNING_SECRET")
    else:
        app_token = require_secret(settings.slack_app_token, "SLACK_APP_TOKEN", "xapp-")
    configure_logging(settings)
    from .service import QABot

    bot = QABot.load(settings.corpus_dir, settings.index_dir)  # a stale or damaged index is rebuilt
    store = Store.from_settings(settings)
    stopper = Stopper()
    try:
        app = create_app(settings, bot, store, make_client(settings, token))
        _log_start(bot, settings)
        if http:
            left = _serve_http(app, host, port, store, stopper)
        else:
            left = _serve_socket_mode(app, app_token, store, stopper)
    finally:
        stopper.restore()
        store.close()
    if left or stopper.force.is_set():
        logging.shutdown()
        os._exit(1)  # listener threads are still running and would keep the interpreter alive
    log.info("stopped cleanly")
    return 0
