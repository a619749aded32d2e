import json

import pytest

from bot.bm25 import BM25Params
from bot.corpus import load_corpus
from bot.errors import IndexStateError
from bot.index import BuildOptions, build_index, ensure_index, load_index, save_index
from tests.corpus_fixtures import write_corpus


@pytest.fixture()
def corpus(tmp_path):
    return load_corpus(write_corpus(tmp_path))


def test_index_round_trips_through_plain_json(corpus, tmp_path):
    saved = save_index(build_index(corpus), tmp_path / "index")
    loaded = load_index(tmp_path / "index")
    assert loaded.sentences == saved.sentences and loaded.chunks == saved.chunks
    assert loaded.meta.counts.articles == 2
    json.loads((tmp_path / "index" / "index.json").read_text())  # plain JSON, no pickle


def test_metadata_records_how_the_index_was_built(corpus, tmp_path):
    save_index(build_index(corpus), tmp_path / "index")
    meta = json.loads((tmp_path / "index" / "meta.json").read_text())
    assert meta["corpus_sha256"] == corpus.sha256
    assert meta["tokenizer_version"] and meta["bm25"]["variant"] and meta["payload_sha256"]


def test_changed_corpus_makes_the_index_stale_and_it_is_rebuilt(tmp_path):
    path = write_corpus(tmp_path)
    ensure_index(load_corpus(path), tmp_path / "index")
    (path / "b.md").write_text("A completely new article about gadgets appears here.\n")
    index, reason = ensure_index(load_corpus(path), tmp_path / "index")
    assert reason and "stale" in reason
    assert index.meta.corpus_sha256 == load_corpus(path).sha256


def test_stale_index_without_rebuild_is_a_clear_error(tmp_path):
    path = write_corpus(tmp_path)
    ensure_index(load_corpus(path), tmp_path / "index")
    with pytest.raises(IndexStateError, match="qabot index"):
        ensure_index(load_corpus(path), tmp_path / "index", BuildOptions(bm25=BM25Params(k1=1.2)), rebuild=False)


@pytest.mark.parametrize("damage", ["truncate", "edit", "delete_meta"])
def test_damaged_index_is_detected_at_load(corpus, tmp_path, damage):
    save_index(build_index(corpus), tmp_path / "index")
    payload = tmp_path / "index" / "index.json"
    if damage == "truncate":
        payload.write_bytes(payload.read_bytes()[:100])
    elif damage == "edit":
        payload.write_text(payload.read_text().replace('"sentences":[[0,', '"sentences":[[1,', 1))
    else:
        (tmp_path / "index" / "meta.json").unlink()
    with pytest.raises(IndexStateError, match="qabot index"):
        load_index(tmp_path / "index")


def test_damaged_index_is_rebuilt_not_used(corpus, tmp_path):
    fresh = save_index(build_index(corpus), tmp_path / "index")
    (tmp_path / "index" / "index.json").write_text("{}")
    index, reason = ensure_index(corpus, tmp_path / "index")
    assert reason and "hash" in reason
    assert index.sentences == fresh.sentences


def test_committed_project_index_is_fresh():
    """The index shipped in index/ matches the corpus and tokenizer (run `qabot index` if not)."""
    from bot.config import PROJECT_ROOT

    index = load_index(PROJECT_ROOT / "index")
    assert index.is_fresh_for(load_corpus(PROJECT_ROOT / "corpus"), BuildOptions())


def test_the_committed_index_is_fresh_for_the_committed_corpus_and_tokenizer():
    # the tokenizer version hashes its source: an edit to the thesaurus needs `qabot index` and a commit of index/
    from bot.config import PROJECT_ROOT
    index = load_index(PROJECT_ROOT / "index")
    assert index.is_fresh_for(load_corpus(PROJECT_ROOT / "corpus"), BuildOptions()), "run `qabot index` and commit index/"
