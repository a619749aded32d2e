import pytest

from bot.models import Sentence, Span
from bot.sentences import make_chunks, split_paragraph


def _split(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_paragraph(text, Span(start=0, end=len(text)))]


@pytest.mark.parametrize("text, expected", [
    ("The fund cost £5.3bn in 2015-16. It failed.", ["The fund cost £5.3bn in 2015-16.", "It failed."]),
    ("Published 04.07.18 by the NAO. Next one.", ["Published 04.07.18 by the NAO.", "Next one."]),
    ("The Rt Hon Margaret Hodge MP spoke. Ms Davies agreed.", ["The Rt Hon Margaret Hodge MP spoke.", "Ms Davies agreed."]),
    ("Ms. Davies and Dr. Smith met. They talked.", ["Ms. Davies and Dr. Smith met.", "They talked."]),
    ("She said: “It is over.” Then she left.", ["She said: “It is over.”", "Then she left."]),
    ("He called it “a shambles”. Others disagreed.", ["He called it “a shambles”.", "Others disagreed."]),
    ("Growth was 0.9% on average. Spending fell 5.3%.", ["Growth was 0.9% on average.", "Spending fell 5.3%."]),
    ("• First point here. Second point.", ["First point here.", "Second point."]),
    ("J. Smith wrote it. done", ["J. Smith wrote it. done"]),
])
def test_sentence_splitting_survives_the_corpus_tricky_cases(text, expected):
    assert _split(text) == expected


def test_sentence_offsets_slice_the_original_text():
    text = "xx  First one. Second one!  "
    spans = split_paragraph(text, Span(start=4, end=len(text)))
    assert [text[s.start : s.end] for s in spans] == ["First one.", "Second one!"]


def test_chunks_overlap_and_carry_offsets():
    sents = [Sentence(doc_id="d", start=i * 10, end=i * 10 + 5) for i in range(5)]
    chunks = make_chunks(sents, first_index=100, size=3, overlap=1)
    assert [c.sentences for c in chunks] == [[100, 101, 102], [102, 103, 104]]
    assert (chunks[0].start, chunks[0].end) == (0, 25)


def test_chunking_rejects_overlap_not_smaller_than_size():
    with pytest.raises(ValueError, match="overlap"):
        make_chunks([], 0, size=2, overlap=2)
