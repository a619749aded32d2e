"""Socket Mode for the `qabot slack` process: Bolt's handler plus a reconnect watchdog."""
from __future__ import annotations

import logging
import socket
import threading

from slack_bolt import App

log = logging.getLogger("qabot.slack")


class SocketMode:
    """Bolt's built-in Socket Mode handler plus a watchdog. slack_sdk's client notices a closed
    connection only at its next ping (every `ping_interval` s) and one cut without a close frame
    only after five failed pings, spinning on the dead socket meanwhile; the watchdog looks every
    `check_every` s and reconnects at once (backing off while Slack cannot be reached)."""

    def __init__(self, app: App, app_token: str, ping_interval: float = 5.0, check_every: float = 0.5) -> None:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        self.handler = SocketModeHandler(app, app_token, ping_interval=ping_interval)
        self.client = self.handler.client
        self.check_every = check_every
        self.reconnects = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="qabot-socket-watchdog", daemon=True)

    def connect(self) -> SocketMode:
        self.handler.connect()
        self._thread.start()
        return self

    def close(self) -> None:
        self._stop.set()
        self.client.auto_reconnect_enabled = False
        self.handler.close()
        if self._thread.is_alive():
            self._thread.join(timeout=5)

    def connection_dead(self) -> bool:
        """True when there is no session, or its socket has reached end-of-file or failed."""
        session = self.client.current_session
        sock = session.sock if session is not None else None
        if sock is None:
            return True
        try:  # peek at the raw TCP socket (also under TLS): b"" only once the peer has closed it
            return socket.socket.recv(sock, 1, socket.MSG_PEEK | socket.MSG_DONTWAIT) == b""
        except (BlockingIOError, InterruptedError):
            return False  # open, nothing to read
        except OSError:
            return True

    def _watch(self) -> None:
        wait = self.check_every
        while not self._stop.wait(wait):
            if self.client.closed or not self.client.auto_reconnect_enabled or not self.connection_dead():
                wait = self.check_every
                continue
            log.warning("Socket Mode connection lost; reconnecting")
            try:  # force when the client still believes the dead session is connected
                self.client.connect_to_new_endpoint(force=self.client.is_connected())
                self.reconnects += 1
                log.info("Socket Mode: reconnected")
                wait = self.check_every
            except Exception as exc:  # noqa: BLE001 - Slack unreachable: try again later
                wait = min(max(wait * 2, 1.0), 30.0)
                log.error("Socket Mode: reconnecting failed (%s: %s); trying again in %.0f s",
                          type(exc).__name__, exc, wait)
