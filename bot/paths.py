"""Where the corpus and index live, read without pydantic-settings so `qabot ask` starts
fast. Same sources and precedence as `Settings`: explicit value, environment, `.env`."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS_DIR = PROJECT_ROOT / "corpus"
DEFAULT_INDEX_DIR = PROJECT_ROOT / "index"


@dataclass(frozen=True)
class Paths:
    corpus_dir: Path
    index_dir: Path


def _dotenv(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of a .env file (comments, blanks and `export ` allowed)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    out: dict[str, str] = {}
    for line in lines:
        line = line.strip().removeprefix("export ").strip()
        if line and not line.startswith("#") and "=" in line:
            key, value = line.split("=", 1)
            out[key.strip()] = value.strip().strip("'\"")
    return out


def core_paths(corpus_dir: Path | None = None, index_dir: Path | None = None, dotenv: Path = Path(".env")) -> Paths:
    env = {**_dotenv(dotenv), **os.environ}

    def pick(explicit: Path | None, name: str, default: Path) -> Path:
        return explicit or (Path(env[name]) if env.get(name) else default)

    return Paths(pick(corpus_dir, "QABOT_CORPUS_DIR", DEFAULT_CORPUS_DIR),
                 pick(index_dir, "QABOT_INDEX_DIR", DEFAULT_INDEX_DIR))
