"""The machine a `qabot bench` report was measured on, and this process's peak memory."""
from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

import numpy as np


def machine_info() -> dict[str, Any]:
    try:
        from importlib.metadata import version

        rb = version("rank-bm25")
    except Exception:  # noqa: BLE001
        rb = "?"
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count()
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 2**20, 1)
    except OSError:
        pass
    return {"cpus": os.cpu_count(), "usable_cpus": usable, "mem_gib": mem, "machine": platform.machine(),
            "processor": _cpu_model(), "python": platform.python_version(), "numpy": np.__version__,
            "rank_bm25": rb, "platform": platform.platform()}


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def peak_rss_bytes() -> int | None:
    """This process's peak resident set (VmHWM), or None where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    try:
        import resource

        return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024
    except (ImportError, OSError):
        return None


def reset_peak_rss() -> bool:
    """Reset the peak (VmHWM) to the current resident set; False where that is unsupported."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False
