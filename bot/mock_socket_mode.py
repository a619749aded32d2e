"""The Socket Mode side of the local fake Slack (see bot/mock_slack.py): a WebSocket server
on 127.0.0.1 that says `hello`, sends envelopes and records acks by `envelope_id`."""
from __future__ import annotations

import json
import logging
import socket
import struct
import threading
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import ServerConnection, serve

APP_ID = "A0QABOT"


_QUIET = logging.getLogger("qabot.mock_slack.ws")
_QUIET.setLevel(logging.WARNING)


class SocketModeServer:
    """Slack's Socket Mode side: `hello` on connect, envelopes out, acks in (by envelope_id)."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        # Its "server listening" notice comes from a background thread whenever that thread starts, and
        # would land in the stderr of whatever runs then (a CLI's one-line error): warnings only.
        self._server = serve(self._handle, host, 0, ping_interval=None, logger=_QUIET)
        self.host, self.port = host, self._server.socket.getsockname()[1]
        self.url = f"ws://{host}:{self.port}/link/?ticket=mock"
        self.acks: dict[str, dict[str, Any]] = {}
        self.connections: list[ServerConnection] = []
        self.accepted = 0  # connections ever accepted (a reconnect adds one)
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._server.serve_forever, name="mock-slack-ws", daemon=True)
        self._thread.start()

    def drop(self, abrupt: bool = False) -> None:
        """Close every client connection from the server side (the server keeps listening):
        with a WebSocket close frame, or `abrupt`ly — the TCP connection cut with no close frame."""
        with self._cond:
            conns = list(self.connections)
        for c in conns:
            if abrupt:
                c.socket.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                c.socket.shutdown(socket.SHUT_RDWR)
            else:
                c.close()

    def close(self) -> None:
        self.drop()
        self._server.shutdown()
        if self._thread:
            self._thread.join(timeout=5)

    def _handle(self, conn: ServerConnection) -> None:
        conn.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": APP_ID},
                              "debug_info": {"host": "mock", "approximate_connection_time": 3600}}))
        with self._cond:
            self.connections.append(conn)
            self.accepted += 1
            self._cond.notify_all()
        try:
            for message in conn:
                data = json.loads(message)
                if data.get("envelope_id"):
                    with self._cond:
                        self.acks[data["envelope_id"]] = data
                        self._cond.notify_all()
        except (ConnectionClosed, ValueError):
            pass
        finally:
            with self._cond:
                self.connections.remove(conn)

    def wait_connected(self, timeout: float = 10.0, accepted: int = 1) -> None:
        """Until a client is connected and `accepted` connections have been made in all."""
        with self._cond:
            if not self._cond.wait_for(lambda: self.connections and self.accepted >= accepted, timeout):
                raise AssertionError(f"no Socket Mode client connected within {timeout}s "
                                     f"({self.accepted} connection(s) so far, wanted {accepted})")

    def send(self, envelope_type: str, payload: dict[str, Any], *, retry_attempt: int = 0,
             retry_reason: str = "", accepts_response_payload: bool = False) -> str:
        """Send one envelope ("events_api", "slash_commands", "interactive") to the newest client."""
        self.wait_connected()
        envelope_id = str(uuid.uuid4())
        envelope = {"envelope_id": envelope_id, "type": envelope_type, "payload": payload,
                    "accepts_response_payload": accepts_response_payload}
        if envelope_type == "events_api":
            envelope |= {"retry_attempt": retry_attempt, "retry_reason": retry_reason}
        with self._cond:
            conn = self.connections[-1]
        conn.send(json.dumps(envelope))
        return envelope_id

    def disconnect(self, reason: str = "refresh_requested", timeout: float = 10.0) -> None:
        """Ask the newest client to reconnect, as Slack does every few hours; once it has a new
        connection (or after `timeout` s), close the old one from this side, as Slack does."""
        self.wait_connected()
        with self._cond:
            conn = self.connections[-1]
        conn.send(json.dumps({"type": "disconnect", "reason": reason, "debug_info": {"host": "mock"}}))
        with self._cond:
            self._cond.wait_for(lambda: self.connections and self.connections[-1] is not conn, timeout)
        conn.close()

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict[str, Any]:
        with self._cond:
            if not self._cond.wait_for(lambda: envelope_id in self.acks, timeout):
                raise AssertionError(f"envelope {envelope_id} was not acknowledged within {timeout}s")
            return self.acks[envelope_id]
