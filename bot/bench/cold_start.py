"""`qabot bench` section `cold`: `qabot ask --json "..."` as a fresh process.

Median wall time against the floor `python -c "import pydantic, rank_bm25"`, runs
interleaved; plus where the time goes: phases (import, load, ask, render) and what
`qabot ask` imports beyond the floor (`python -X importtime`).
"""
from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from .common import COLD_QUESTION

COLD_RUNS = 9
FLOOR_CODE = "import pydantic, rank_bm25"

_PHASES = r"""
import json, sys, time
t0 = time.perf_counter()
import bot.cli
t1 = time.perf_counter()
from bot.config import load_settings
from bot.service import QABot
from bot.render import to_json
t2 = time.perf_counter()
s = load_settings(index_dir=sys.argv[2])
bot = QABot.load(s.corpus_dir, s.index_dir)
t3 = time.perf_counter()
a = bot.ask(sys.argv[1])
t4 = time.perf_counter()
json.dumps(to_json(a))
t5 = time.perf_counter()
print(json.dumps({"import_cli_ms": (t1 - t0) * 1e3, "import_core_ms": (t2 - t1) * 1e3,
                  "load_ms": (t3 - t2) * 1e3, "ask_ms": (t4 - t3) * 1e3, "render_ms": (t5 - t4) * 1e3}))
"""


def bench_cold(settings, work: Path, runs: int = COLD_RUNS) -> dict[str, Any]:  # noqa: ANN001
    index_copy = work / "cold-index"
    if settings.index_dir.exists():
        shutil.copytree(settings.index_dir, index_copy, dirs_exist_ok=True)
    env = dict(os.environ, QABOT_CORPUS_DIR=str(settings.corpus_dir), QABOT_INDEX_DIR=str(index_copy))
    ask = _qabot_cmd() + ["ask", "--json", COLD_QUESTION]
    floor = [sys.executable, "-c", FLOOR_CODE]
    # Warm-up (page cache, .pyc files; a stale index is rebuilt into the copy once).
    dt, proc = _wall(ask, env)
    if proc.returncode != 0:
        return {"skipped": f"`qabot ask` failed (exit {proc.returncode}): {proc.stderr.strip()[-300:]}"}
    _wall(floor, env)
    # Reference: the floor plus defining one pydantic model (what any BaseModel on the path costs).
    model_floor = [sys.executable, "-c", f"{FLOOR_CODE}\nclass M(pydantic.BaseModel):\n    x: int"]
    ask_t, floor_t, model_t = [], [], []
    for _ in range(runs):
        floor_t.append(_wall(floor, env)[0])
        ask_t.append(_wall(ask, env)[0])
        model_t.append(_wall(model_floor, env)[0])
    out: dict[str, Any] = {
        "command": " ".join(["qabot", "ask", "--json", json.dumps(COLD_QUESTION)]),
        "floor_command": f'python -c "{FLOOR_CODE}"', "runs": runs,
        "ask_median_ms": _median_ms(ask_t),
        "floor_median_ms": _median_ms(floor_t),
        "ask_all_ms": [round(t * 1000, 1) for t in ask_t], "floor_all_ms": [round(t * 1000, 1) for t in floor_t],
    }
    out["ratio"] = round(out["ask_median_ms"] / out["floor_median_ms"], 2)
    out["floor_plus_one_model_ms"] = _median_ms(model_t)
    out["floor_plus_one_model_ratio"] = round(out["floor_plus_one_model_ms"] / out["floor_median_ms"], 2)
    out["bare_python_ms"] = _median_ms([_wall([sys.executable, "-c", "pass"], env)[0] for _ in range(5)])
    phases = [json.loads(p.stdout.strip().splitlines()[-1]) for p in
              (_wall([sys.executable, "-c", _PHASES, COLD_QUESTION, str(index_copy)], env)[1] for _ in range(3))
              if p.returncode == 0 and p.stdout.strip()]
    if phases:
        out["phases_ms"] = {k: round(statistics.median(p[k] for p in phases), 1) for k in phases[0]}
    out["imports"] = import_profile(env, index_copy)
    return out


def import_profile(env: dict[str, str], index_dir: Path) -> dict[str, Any]:
    """What `qabot ask` imports beyond the floor, by cumulative import time."""
    code = ("import sys; from bot.cli import main; "
            f"sys.exit(main(['--index', {str(index_dir)!r}, 'ask', '--json', {COLD_QUESTION!r}]))")
    runs = [_importtime([sys.executable, "-X", "importtime", "-c", code], env) for _ in range(3)]
    floor = _importtime([sys.executable, "-X", "importtime", "-c", FLOOR_CODE], env)
    names = set(runs[0])
    top = {}
    for name in names:
        vals = [r[name][0] for r in runs if name in r]
        top[name] = (statistics.median(vals), runs[0][name][1])
    total = sum(us for us, d in top.values() if d == 0)  # top-level entries cover everything once
    extra = sorted(((n, us) for n, (us, d) in top.items() if n not in floor and "." not in n),
                   key=lambda x: -x[1])
    bot_mods = sorted(((n, us) for n, (us, d) in top.items() if n.startswith("bot.")), key=lambda x: -x[1])
    return {"total_import_ms": round(total / 1000, 1),
            "floor_import_ms": round(sum(us for us, d in floor.values() if d == 0) / 1000, 1),
            "beyond_floor_top": [{"module": n, "cumulative_ms": round(us / 1000, 1)} for n, us in extra[:12]],
            "bot_modules": [{"module": n, "cumulative_ms": round(us / 1000, 1)} for n, us in bot_mods[:12]]}


def _importtime(cmd: list[str], env: dict[str, str]) -> dict[str, tuple[int, int]]:
    """{top-level module: (cumulative us, depth)} from `python -X importtime`."""
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, text=True, check=False)
    out: dict[str, tuple[int, int]] = {}
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        parts = line[len("import time:"):].split("|")
        if len(parts) != 3 or not parts[1].strip().isdigit():
            continue
        name = parts[2].rstrip()
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2  # " mod" top level, "   mod" nested
        out[name.strip()] = (int(parts[1]), depth)
    return out


def _qabot_cmd() -> list[str]:
    script = Path(sys.executable).parent / "qabot"
    return [str(script)] if script.exists() else [sys.executable, "-m", "bot"]


def _wall(cmd: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, check=False)
    return time.perf_counter() - t0, proc


def _median_ms(samples_s: list[float]) -> float:
    return round(statistics.median(samples_s) * 1000, 1)
