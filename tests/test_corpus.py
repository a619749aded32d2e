import json

import pytest

from bot.corpus import load_corpus
from bot.errors import CorpusError
from tests.corpus_fixtures import write_corpus


def test_metadata_gives_doc_ids_titles_and_dates(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path))
    docs = corpus.by_id()
    assert set(docs) == {"widget-fund", "widget-speech"}
    assert docs["widget-fund"].published.isoformat() == "2017-02-08"
    assert docs["widget-speech"].title is None  # never invented
    assert docs["widget-fund"].source_path == "corpus/a.txt"
    assert corpus.warnings == []


def test_article_text_is_kept_byte_for_byte(tmp_path):
    path = write_corpus(tmp_path)
    doc = load_corpus(path).by_id()["widget-fund"]
    assert doc.text.encode() == (path / "a.txt").read_bytes()


def test_file_without_metadata_loads_with_warning_and_title_from_heading(tmp_path):
    corpus = load_corpus(write_corpus(tmp_path, with_meta=False))
    doc = corpus.by_id()["a"]
    assert doc.title == "Widget fund misses its target"
    assert any("no entry" in w for w in corpus.warnings)


def test_empty_file_is_skipped_with_warning(tmp_path):
    path = write_corpus(tmp_path)
    (path / "empty.txt").write_text("")
    corpus = load_corpus(path)
    assert "empty" not in corpus.by_id()
    assert any("empty.txt" in w and "skipped" in w for w in corpus.warnings)


def test_binary_file_is_an_error_naming_the_file(tmp_path):
    path = write_corpus(tmp_path)
    (path / "bin.txt").write_bytes(b"\x89PNG\x00\x00data")
    with pytest.raises(CorpusError, match="bin.txt.*binary"):
        load_corpus(path)


def test_non_utf8_file_is_an_error_naming_the_file(tmp_path):
    path = write_corpus(tmp_path)
    (path / "latin.txt").write_bytes("Caf\xe9 society is here.".encode("latin-1"))
    with pytest.raises(CorpusError, match="latin.txt.*not UTF-8"):
        load_corpus(path)


def test_duplicate_doc_id_is_an_error(tmp_path):
    path = write_corpus(tmp_path)
    meta = json.loads((path / "metadata.json").read_text())
    meta["articles"][1]["doc_id"] = "widget-fund"
    (path / "metadata.json").write_text(json.dumps(meta))
    with pytest.raises(CorpusError, match="duplicate"):
        load_corpus(path)


def test_metadata_entry_for_missing_file_is_an_error(tmp_path):
    path = write_corpus(tmp_path)
    (path / "b.md").unlink()
    with pytest.raises(CorpusError, match="b.md"):
        load_corpus(path)


def test_malformed_metadata_names_the_file_and_field(tmp_path):
    path = write_corpus(tmp_path)
    (path / "metadata.json").write_text('{"articles": [{"doc_id": "X Y", "file": "a.txt"}]}')
    with pytest.raises(CorpusError, match="metadata.json.*doc_id"):
        load_corpus(path)


def test_corpus_hash_changes_when_an_article_changes(tmp_path):
    path = write_corpus(tmp_path)
    before = load_corpus(path).sha256
    (path / "b.md").write_text("Something else entirely was said here.\n")
    assert load_corpus(path).sha256 != before
