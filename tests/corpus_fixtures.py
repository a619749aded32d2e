"""Tiny inline corpora with known answers, written to a temp folder (shared by core tests)."""
from __future__ import annotations

import json
from pathlib import Path

ARTICLE_A = """Your browser is no longer supported

We'll assume we have your consent to use cookies, for example so you won't need to log in.
Learn more

Widget fund misses its target

  • Comment

The Widget Fund spent £2.5bn in 2015-16. Despite a planned fall of 40,000, widget returns rose by 12,000, costing £90m more than planned.

Ms Jane Roe, head of the Widget Office, said the results were “deeply disappointing”.

Have your say

You must sign in to make a comment
"""

ARTICLE_B = """Widget returns rose by 12,000 last year, the Rt Hon John Smith MP told parliament.
He said the Widget Fund had failed because of poor planning.
"""


def write_corpus(root: Path, with_meta: bool = True) -> Path:
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (corpus / "b.md").write_text(ARTICLE_B, encoding="utf-8")
    if with_meta:
        meta = {"articles": [
            {"doc_id": "widget-fund", "file": "a.txt", "title": "Widget fund misses its target",
             "publisher": "Widget Weekly", "published": "2017-02-08"},
            {"doc_id": "widget-speech", "file": "b.md", "title": None, "publisher": None, "published": None},
        ]}
        (corpus / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    return corpus


def write_articles(root: Path, articles: dict[str, tuple[str, dict]]) -> Path:
    """Write inline articles ({file: (text, metadata entry without "file")}) and their
    metadata.json into root/corpus; returns the corpus folder."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    entries = []
    for name, (text, meta) in articles.items():
        (corpus / name).write_text(text, encoding="utf-8")
        entries.append({"file": name, **meta})
    (corpus / "metadata.json").write_text(json.dumps({"articles": entries}), encoding="utf-8")
    return corpus


WIDGET_META = {"publisher": "Widget Weekly", "published": "2017-02-08"}


def widget_answerer(root: Path, **articles: str):
    """An Answerer over inline articles ({doc_id: text}), each titled by its first line."""
    from bot.answer import Answerer
    from bot.corpus import load_corpus
    from bot.index import build_index
    corpus = load_corpus(write_articles(root, {
        f"{name}.txt": (text, {"doc_id": name, "title": text.splitlines()[0], **WIDGET_META}) for name, text in articles.items()}))
    return Answerer(build_index(corpus), corpus.documents)
