"""The `qabot bench` report: targets met or missed, and the printed table.

The JSON report (written by --json) is the dict the sections return; this module
only reads it.
"""
from __future__ import annotations

from typing import Any

from .scale import PARITY_MAX_SIZE, PARITY_RTOL

TARGETS = {
    "real_retrieval_p99_ms": ("retrieval on the real corpus p99", "<", 1.0),
    "real_answer_p99_ms": ("full answer path p99", "<", 10.0),
    "100k_p50_ms": ("100k chunks p50", "<=", 2.0),
    "100k_p99_ms": ("100k chunks p99", "<=", 10.0),
    "1m_p50_ms": ("1M chunks p50", "<=", 20.0),
    "1m_peak_rss_gb": ("1M chunks build peak memory", "<", 6.0),
    "cold_ratio": ("cold start / import floor", "<=", 1.3),
    "slack_p50_ms": ("Slack path p50", "<", 50.0),
    "slack_p99_ms": ("Slack path p99", "<", 250.0),
}


def targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Each of TARGETS with the measured value (None when its section did not run) and whether it is met."""
    values: dict[str, float | None] = dict.fromkeys(TARGETS)
    ans = report.get("answer") or {}
    if "retrieval" in ans:
        values["real_retrieval_p99_ms"] = ans["retrieval"]["p99_ms"]
        values["real_answer_p99_ms"] = ans["ask"]["p99_ms"]
    for row in (report.get("scale") or {}).get("sizes", []):
        if row["chunks"] == 100_000:
            values["100k_p50_ms"], values["100k_p99_ms"] = row["ours"]["p50_ms"], row["ours"]["p99_ms"]
        if row["chunks"] == 1_000_000:
            values["1m_p50_ms"] = row["ours"]["p50_ms"]
            if row.get("peak_rss_bytes"):
                values["1m_peak_rss_gb"] = round(row["peak_rss_bytes"] / 1e9, 2)
    cold = report.get("cold") or {}
    if "ratio" in cold:
        values["cold_ratio"] = cold["ratio"]
    sl = report.get("slack") or {}
    if "p50_ms" in sl:
        values["slack_p50_ms"], values["slack_p99_ms"] = sl["p50_ms"], sl["p99_ms"]
    out = []
    for key, (label, op, limit) in TARGETS.items():
        v = values[key]
        met = None if v is None else (v < limit if op == "<" else v <= limit)
        out.append({"target": key, "what": label, "limit": f"{op} {limit:g}", "value": v, "met": met})
    return out


def format_report(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [f"qabot bench — {m['cpus']} CPUs ({m['usable_cpus']} usable), {m['mem_gib']} GiB, {m['processor']}; "
             f"Python {m['python']}, numpy {m['numpy']}, rank_bm25 {m['rank_bm25']}"]
    for key, fmt in (("scale", _scale_lines), ("answer", _answer_lines), ("cold", _cold_lines),
                     ("slack", _slack_lines)):
        if report.get(key):
            lines += ["", *fmt(report[key])]
    lines += ["", "Targets"]
    for t in report["targets"]:
        state = "n/a (not measured)" if t["met"] is None else ("met" if t["met"] else "MISSED")
        v = "-" if t["value"] is None else f"{t['value']:g}"
        lines.append(f"  {t['what']:<32} {t['limit']:>8}   measured {v:>9}   {state}")
    return "\n".join(lines)


def _scale_lines(sc: dict[str, Any]) -> list[str]:
    if "sizes" not in sc:
        return [f"Retrieval at scale: {sc}"]
    q, bm = sc["queries"], sc["bm25"]
    lines = [f"Retrieval at scale: BM25 {bm['variant']} (k1={bm['k1']}, b={bm['b']}, "
             f"delta={bm['delta']}), top-{q['k']}, {q['count']} queries "
             f"({q['gold']} gold + {q['real_phrases'] + q['synthetic_phrases']} phrases)",
             f"  synthetic corpus: {sc['synthetic']}",
             f"  baseline: {sc['baseline']}"]
    hdr = (f"  {'chunks':>9} {'terms':>8} {'postings':>11} {'build s':>8} {'peak RSS':>9} {'index':>9} "
           f"{'load s':>7} {'ours p50':>9} {'p99':>8} {'base p50':>9} {'p99':>9} {'base q':>7} {'speed-up':>9} "
           f"{'parity':>11}")
    lines += [hdr, "  " + "-" * (len(hdr) - 2)]
    for r in sc["sizes"]:
        par = r["parity"]
        ptxt = f"{par['ok']}/{par['checked']}" + ("" if r["chunks"] <= PARITY_MAX_SIZE else "*")
        lines.append(
            f"  {r['chunks']:>9,} {r['terms']:>8,} {r['postings']:>11,} {r['build_s']:>8.2f} "
            f"{_mb(r.get('peak_rss_bytes')):>9} {_mb(r['index_bytes']):>9} {r['load_s']:>7.3f} "
            f"{r['ours']['p50_ms']:>7.3f}ms {r['ours']['p99_ms']:>6.2f}ms {r['baseline']['p50_ms']:>7.1f}ms "
            f"{r['baseline']['p99_ms']:>7.1f}ms {r['baseline']['queries']:>7} {r['speedup_p50']:>8.0f}x "
            f"{ptxt:>11}")
    lines.append("  build s: token lists -> index (excl. generating the synthetic chunks); peak RSS: the build "
                 "process (holds the chunks too); base q: queries the baseline ran (subsample above "
                 f"{PARITY_MAX_SIZE:,}: evenly spaced); speed-up: p50 on those queries; parity: top-10 ids+scores "
                 f"vs rank_bm25 within {PARITY_RTOL:g} rel (* spot check on the subsample)")
    return lines


def _answer_lines(an: dict[str, Any]) -> list[str]:
    if "ask" not in an:
        return [f"Answering: {an.get('skipped', an)}"]
    lines = [f"Answering on the real corpus ({an['chunks']} chunks, {an['questions']} gold questions x "
             f"{an['rounds']} rounds, in process)"]
    for key, label in (("retrieval", "retrieval QABot.search"), ("top_k_only", "  top-k only (ours)"),
                       ("baseline_top_k", "  top-k rank_bm25"), ("ask", "full answer QABot.ask")):
        r = an[key]
        lines.append(f"  {label:<26} p50 {r['p50_ms']:>8.3f} ms   p99 {r['p99_ms']:>8.3f} ms")
    b = an["batch"]
    lines.append(f"  batch throughput           {b['qps']:,.0f} questions/s (1 thread, {b['questions']} questions)")
    if an.get("note"):
        lines.append(f"  note: {an['note']}")
    return lines


def _cold_lines(co: dict[str, Any]) -> list[str]:
    if "ratio" not in co:
        return [f"Cold start: {co.get('skipped', co)}"]
    lines = [f"Cold start (median of {co['runs']} fresh processes, interleaved)",
             f"  {co['command']:<58} {co['ask_median_ms']:>7.1f} ms",
             f"  {co['floor_command']:<58} {co['floor_median_ms']:>7.1f} ms",
             f"  {'  same + defining one pydantic.BaseModel (reference)':<58} {co['floor_plus_one_model_ms']:>7.1f} ms"
             f"  ({co['floor_plus_one_model_ratio']:.2f}x)",
             f"  {'python -c pass':<58} {co['bare_python_ms']:>7.1f} ms",
             f"  ratio {co['ratio']:.2f}x the floor"]
    if "phases_ms" in co:
        lines.append("  phases: " + ", ".join(f"{k[:-3]} {v:.1f} ms" for k, v in co["phases_ms"].items()))
    imp = co.get("imports") or {}
    if imp.get("beyond_floor_top"):
        lines.append(f"  imports: {imp['total_import_ms']:.0f} ms total vs floor {imp['floor_import_ms']:.0f} ms;"
                     " beyond the floor: " + ", ".join(f"{x['module']} {x['cumulative_ms']:.1f}"
                                                       for x in imp["beyond_floor_top"][:8]))
    return lines


def _slack_lines(sl: dict[str, Any]) -> list[str]:
    if "p50_ms" not in sl:
        return [f"Slack path: skipped: {sl.get('skipped', sl)}"]
    return [f"Slack path ({sl['events']} signed app_mention events -> reply at the mock Web API)",
            f"  p50 {sl['p50_ms']:.1f} ms   p99 {sl['p99_ms']:.1f} ms   max {sl['max_ms']:.1f} ms"
            + (f"   ({sl['note']})" if sl.get("note") else "")]


def _mb(b: int | None) -> str:
    if b is None:
        return "-"
    return f"{b / 2**30:.2f} GiB" if b >= 2**30 else f"{b / 2**20:.1f} MiB"
