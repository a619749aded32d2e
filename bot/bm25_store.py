"""`.npy` storage for large `SparseBM25` indexes, and the plumbing its build shares.

`save_npy` writes one `.npy` per array (read back with allow_pickle=False), the
vocabulary as JSON and `bm25.json` metadata holding the parameters, counts, dtypes
and a sha256 over the content, checked by `load_npy`. Every file is written to a
temporary name and renamed; the metadata goes last, so a reader never takes a
half-written index for a whole one.

Also here: `smallest_uint` (term frequencies in the narrowest unsigned dtype, as
stored) and the optional tqdm bar `SparseBM25.build` shows on a terminal.
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from .bm25 import SparseBM25

NPY_FORMAT = 1
NPY_META = "bm25.json"
NPY_VOCAB = "vocab.json"
NPY_ARRAYS = ("doc_len", "term_ptr", "doc_ids", "tfs", "weights")


def save_npy(scorer: SparseBM25, directory: Path | str, metadata: dict | None = None) -> Path:
    """Write the arrays as .npy, the vocabulary as JSON and `bm25.json` (parameters,
    counts, dtypes, sha256 of the content, caller's `metadata`). Metadata is written
    last, so a reader never takes a half-written index for a whole one."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    (directory / NPY_META).unlink(missing_ok=True)
    arrays: dict[str, np.ndarray] = {name: getattr(scorer, name) for name in NPY_ARRAYS}
    for name, arr in arrays.items():
        _atomic(directory / f"{name}.npy", lambda f, a=arr: np.save(f, a, allow_pickle=False))
    vocab_bytes = json.dumps(scorer.vocab, ensure_ascii=False, separators=(",", ":")).encode()
    _atomic(directory / NPY_VOCAB, lambda f: f.write(vocab_bytes))
    meta = {
        "format": "qabot-bm25-npy",
        "format_version": NPY_FORMAT,
        "params": scorer.params.model_dump(),
        "counts": {"docs": scorer.n_docs, "terms": len(scorer.vocab), "postings": int(len(scorer.doc_ids))},
        "avgdl": scorer.avgdl,
        "dtypes": {k: str(v.dtype) for k, v in arrays.items()},
        "content_sha256": _content_hash(arrays, vocab_bytes),
        "metadata": metadata or {},
    }
    _atomic(directory / NPY_META, lambda f: f.write((json.dumps(meta, indent=2) + "\n").encode()))
    return directory


def load_npy(directory: Path | str, verify: bool = True) -> tuple[dict, list[str], dict[str, np.ndarray]]:
    """(parameters, vocabulary, arrays) of what `save_npy` wrote; ValueError if missing,
    edited or truncated."""
    directory = Path(directory)
    try:
        meta = json.loads((directory / NPY_META).read_bytes())
        if meta.get("format") != "qabot-bm25-npy" or meta.get("format_version") != NPY_FORMAT:
            raise ValueError(f"{directory / NPY_META}: not a qabot BM25 .npy index (format {meta.get('format')!r})")
        vocab_bytes = (directory / NPY_VOCAB).read_bytes()
        arrays = {name: np.load(directory / f"{name}.npy", allow_pickle=False) for name in NPY_ARRAYS}
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{directory}: unreadable BM25 .npy index ({exc})") from None
    if verify and _content_hash(arrays, vocab_bytes) != meta["content_sha256"]:
        raise ValueError(f"{directory}: BM25 arrays do not match the sha256 in {NPY_META} (edited or truncated)")
    return meta["params"], json.loads(vocab_bytes), arrays


def smallest_uint(a: np.ndarray) -> np.ndarray:
    """Non-negative integers (term frequencies) in the narrowest unsigned dtype that holds them."""
    top = int(a.max()) if len(a) else 0
    if len(a) and int(a.min()) < 0:
        raise ValueError("negative term frequency")
    for dt in (np.uint8, np.uint16, np.uint32):
        if top <= np.iinfo(dt).max:
            return a.astype(dt, copy=False)
    return a.astype(np.int64, copy=False)


def progress_bar(total: int | None, desc: str):  # noqa: ANN201 - tqdm or None
    """A tqdm bar on stderr, only when stderr is a terminal and tqdm is installed."""
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, desc=desc, unit=" chunks", unit_scale=True, file=sys.stderr, leave=False)


def _content_hash(arrays: dict[str, np.ndarray], vocab_bytes: bytes) -> str:
    h = hashlib.sha256()
    for name in NPY_ARRAYS:
        a = np.ascontiguousarray(arrays[name])
        h.update(f"{name}:{a.dtype.str}:{a.shape}\n".encode())
        h.update(memoryview(a).cast("B"))
    h.update(b"vocab\n")
    h.update(vocab_bytes)
    return h.hexdigest()


def _atomic(path: Path, write) -> None:  # noqa: ANN001 - callable(file)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(tmp, "wb") as f:
        write(f)
    os.replace(tmp, path)
