"""Soak (not in the default run: `pytest -m soak -s tests/test_soak.py`): the real
`python -m bot slack --http` process on loopback, fed signed mentions at a steady rate for a
few minutes (QABOT_SOAK_SECONDS, default 240; QABOT_SOAK_RATE events/s, default 80), 10% of
them re-sent as Slack retries. Reports throughput, p50/p99 ack and reply latency, and the bot
process's resident memory (RSS) at start, after warm-up and at the end.

Memory bound. The store keeps its last `bot.store_fallback.LOCAL_ITEMS` (10,000) answers, threads and
claims in memory as its fallback (~4 KiB an answer), so RSS climbs by ~40 MiB until that cache
is full (~10,000 events), then stays flat:
  * growth from after warm-up to the end ≤ 64 MiB in all, and
  * once 1.25 x LOCAL_ITEMS events have been sent (the default run sends 19,200; the plateau
    window is its last ~85 s, ~6,700 events), growth ≤ 8 MiB — a leak of a reply (~4 KiB) per
    event would add ~26 MiB there."""
from __future__ import annotations

import os
import random
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot import store_fallback as store_module
from bot.mock_slack import MockSlack
from tests.slack_fixtures import QabotProcess, event_body, mention, slack  # noqa: F401
from tests.test_load import CHANNELS, Sent, deliver, gold_questions, pct

pytestmark = pytest.mark.soak
DURATION = float(os.environ.get("QABOT_SOAK_SECONDS", "240"))
RATE = float(os.environ.get("QABOT_SOAK_RATE", "80"))
SENDERS, RETRY_SHARE, WARMUP_SHARE = 16, 0.10, 0.1
TOTAL_GROWTH, PLATEAU_GROWTH = 64 * 2**20, 8 * 2**20
CACHE_ITEMS = getattr(store_module, "LOCAL_ITEMS", 0)


def rss_bytes(pid: int) -> int:
    """Resident set size of a process, from /proc (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError(f"no VmRSS for pid {pid}")


def test_steady_load_for_minutes_keeps_acks_fast_replies_exact_and_memory_flat(slack: MockSlack, tmp_path) -> None:
    proc = QabotProcess(["slack", "--http", "--host", "127.0.0.1", "--port", "0"], slack, tmp_path)
    questions, rng = gold_questions(80), random.Random(5)
    sent: list[Sent] = []
    replies: dict[tuple[str, str], list[float]] = {}
    rss: list[tuple[float, int]] = []
    try:
        url = proc.wait_line(r"listening on (http://127\.0\.0\.1:\d+/slack/events)").group(1)
        pid = proc.proc.pid
        rss.append((0.0, rss_bytes(pid)))
        t0, n, futures = time.monotonic(), 0, []
        with ThreadPoolExecutor(max_workers=SENDERS, thread_name_prefix="soak-sender") as pool:
            while (now := time.monotonic() - t0) < DURATION:
                if n < now * RATE:
                    body = event_body(mention(questions[n % len(questions)], channel=CHANNELS[n % len(CHANNELS)]))
                    futures.append(pool.submit(deliver, url, Sent(body)))
                    if rng.random() < RETRY_SHARE:
                        futures.append(pool.submit(deliver, url, Sent(body, retry=True)))
                    n += 1
                else:
                    time.sleep(0.002)
                if not rss or now - rss[-1][0] >= 5:
                    rss.append((now, rss_bytes(pid)))
                    for c in slack.take("chat.postMessage"):  # keep the harness's memory flat too
                        replies.setdefault((c.body["channel"], c.body["thread_ts"]), []).append(c.at)
            sent = [f.result() for f in futures]
        elapsed = time.monotonic() - t0
        deadline = time.monotonic() + 60
        while sum(map(len, replies.values())) < n and time.monotonic() < deadline:
            time.sleep(0.2)
            for c in slack.take("chat.postMessage"):
                replies.setdefault((c.body["channel"], c.body["thread_ts"]), []).append(c.at)
        time.sleep(0.5)
        for c in slack.take("chat.postMessage"):
            replies.setdefault((c.body["channel"], c.body["thread_ts"]), []).append(c.at)
        end_rss = rss_bytes(pid)
    finally:
        code = proc.stop(signal.SIGTERM)
    originals = {(s.body["event"]["channel"], s.body["event"]["ts"]): s.sent_at for s in sent if not s.retry}
    reply_s = [times[0] - originals[key] for key, times in replies.items() if key in originals]
    warm = next(b for t, b in rss if t >= DURATION * WARMUP_SHARE)
    full_at = 1.25 * CACHE_ITEMS / RATE  # seconds in: the store's cache is full and has turned over
    plateau = next(((t, b) for t, b in rss if t >= full_at), None) if DURATION - full_at >= 30 else None
    figures = {
        "seconds": round(elapsed, 1), "events": n, "retries_sent": sum(s.retry for s in sent),
        "acked_200": sum(s.status == 200 for s in sent), "replies": sum(map(len, replies.values())),
        "threads_replied": len(replies), "duplicate_replies": sum(len(t) - 1 for t in replies.values()),
        "throughput_per_s": round(len(replies) / elapsed, 1),
        "ack_p50_ms": pct([s.ack_s for s in sent], 50), "ack_p99_ms": pct([s.ack_s for s in sent], 99),
        "ack_max_ms": pct([s.ack_s for s in sent], 100),
        "reply_p50_ms": pct(reply_s, 50), "reply_p99_ms": pct(reply_s, 99), "reply_max_ms": pct(reply_s, 100),
        "rss_start_mib": round(rss[0][1] / 2**20, 1), "rss_after_warmup_mib": round(warm / 2**20, 1),
        "rss_end_mib": round(end_rss / 2**20, 1), "rss_growth_mib": round((end_rss - warm) / 2**20, 1),
        "rss_plateau_growth_mib": (f"{(end_rss - plateau[1]) / 2**20:.1f} from {plateau[0]:.0f}s"
                                   if plateau else "not checked (run too short)"),
        "bounds_mib": f"{TOTAL_GROWTH // 2**20} total, {PLATEAU_GROWTH // 2**20} on the plateau",
        "exit_code": code}
    print("\n[soak] " + ", ".join(f"{k}={v}" for k, v in figures.items()))
    print("[soak] rss MiB every 5 s: " + " ".join(f"{b / 2**20:.0f}" for _, b in rss))
    assert figures["acked_200"] == len(sent) and figures["ack_max_ms"] < 3000
    assert set(replies) == set(originals) and figures["duplicate_replies"] == 0
    assert end_rss - warm <= TOTAL_GROWTH, f"resident memory grew {(end_rss - warm) / 2**20:.1f} MiB"
    assert plateau is None or end_rss - plateau[1] <= PLATEAU_GROWTH, \
        f"resident memory still growing once the store's cache was full: {(end_rss - plateau[1]) / 2**20:.1f} MiB"
    assert code == 0
