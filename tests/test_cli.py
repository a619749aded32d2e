"""The CLI as a user runs it: real files, real index, exit codes and one-line errors."""
import json
import subprocess
import sys

import pytest

from bot.cli import main
from bot.config import PROJECT_ROOT
from tests.corpus_fixtures import write_corpus

EXAMPLE = "How much did emergency admissions rise?"
QUOTE = ("Despite a planned reduction in emergency admissions of 106,000, the numbers rose by 87,000, "
         "resulting in costs of £311m more than planned.")


@pytest.fixture()
def project(tmp_path):
    """The real corpus with a private index folder, so tests never write to index/."""
    return ["--corpus", str(PROJECT_ROOT / "corpus"), "--index", str(tmp_path / "index")]


def test_ask_answers_the_example_with_both_2017_articles(project, capsys):
    assert main(project + ["ask", "--json", EXAMPLE]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["short_answer"] == "87,000" and out["abstained"] is False
    assert {c["doc_id"] for c in out["citations"]} == {"care-fund-failures", "rcn-integration-agenda"}
    assert QUOTE in [c["quote"] for c in out["citations"]]


def test_json_fields_are_the_documented_contract(project, capsys):
    main(project + ["ask", "--json", EXAMPLE])
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["question", "answer", "short_answer", "abstained", "citations", "related", "latency_ms"]
    assert set(out["citations"][0]) == {"doc_id", "title", "publisher", "published", "source_path", "start",
                                        "end", "quote", "score"}


def test_every_json_quote_is_an_exact_slice_of_its_source_file(project, capsys):
    for q in (EXAMPLE, "Who is the head of the NAO?", "What is the capital of France?"):
        main(project + ["ask", "--json", q])
        out = json.loads(capsys.readouterr().out)
        for c in out["citations"] + out["related"]:
            text = (PROJECT_ROOT / c["source_path"]).read_text(encoding="utf-8")
            assert text[c["start"] : c["end"]] == c["quote"]


def test_human_reply_shows_answer_short_answer_and_numbered_sourced_quotes(project, capsys):
    assert main(project + ["ask", EXAMPLE]) == 0
    out = capsys.readouterr().out
    assert "87,000" in out and "1." in out and "2." in out and "—" in out


def test_pasted_slack_markup_is_read_as_slack_sends_it(project, capsys):
    main(project + ["ask", "--json", "<@U0123ABC> how much did emergency admissions rise? cc <#C1|finance>"])
    out = json.loads(capsys.readouterr().out)
    assert out["short_answer"] == "87,000" and "<" not in out["question"]


def test_batch_questions_are_read_as_slack_sends_them(project, tmp_path, capsys):
    batch = tmp_path / "q.txt"
    batch.write_text("<@U0123ABC> how much did emergency admissions rise?\n", encoding="utf-8")
    assert main(project + ["ask", "--json", "--batch", str(batch)]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[0])["short_answer"] == "87,000"


def test_a_message_that_only_mentions_someone_asks_nothing(project, capsys):
    main(project + ["ask", "--json", "<@U0123ABC>"])
    out = json.loads(capsys.readouterr().out)
    assert out["abstained"] is True and "no words to search for" in out["answer"]


def test_capital_of_france_declines(project, capsys):
    main(project + ["ask", "--json", "What is the capital of France?"])
    out = json.loads(capsys.readouterr().out)
    assert out["abstained"] is True and out["citations"] == [] and out["short_answer"] is None


def test_batch_gives_one_json_line_per_question_in_order(project, tmp_path, capsys):
    batch = tmp_path / "q.txt"
    batch.write_text(f"{EXAMPLE}\n\nWhat is the capital of France?\n{'x' * 2500}\n", encoding="utf-8")
    assert main(project + ["ask", "--json", "--batch", str(batch)]) == 0
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [x["question"][:10] for x in lines] == [EXAMPLE[:10], "What is th", "x" * 10]
    assert lines[0]["short_answer"] == "87,000" and lines[1]["abstained"] and "2,000" in lines[2]["error"]


@pytest.mark.parametrize("argv, message", [
    (["ask", ""], "empty"),
    (["ask", "   "], "empty"),
    (["ask", "why " * 600], "2,000"),
    (["ask", "--json", "--batch", "/nonexistent/q.txt"], "cannot read batch file"),
    (["ask", "--batch", "x.txt"], "add --json"),
    (["ask"], "no question"),
])
def test_bad_input_is_one_line_error_with_exit_2(project, capsys, argv, message):
    assert main(project + argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_undecodable_batch_file_names_the_byte(project, tmp_path, capsys):
    batch = tmp_path / "q.txt"
    batch.write_bytes(b"How much\xff?\n")
    assert main(project + ["ask", "--json", "--batch", str(batch)]) == 2
    assert "not UTF-8" in capsys.readouterr().err


def test_unreadable_corpus_file_is_an_error_naming_it(tmp_path, capsys):
    corpus = write_corpus(tmp_path)
    (corpus / "bad.txt").write_bytes(b"\xff\xfe\x00binary")
    assert main(["--corpus", str(corpus), "--index", str(tmp_path / "i"), "ask", "widget?"]) == 2
    assert "bad.txt" in capsys.readouterr().err


def test_corrupted_index_is_an_error_with_the_fix(tmp_path, capsys):
    corpus = write_corpus(tmp_path)
    args = ["--corpus", str(corpus), "--index", str(tmp_path / "i")]
    assert main(args + ["index"]) == 0
    (tmp_path / "i" / "index.json").write_text('{"truncated": ')
    capsys.readouterr()
    assert main(args + ["ask", "How much did widget returns rise?"]) == 2
    err = capsys.readouterr().err
    assert "qabot index" in err and "Traceback" not in err
    assert main(args + ["index"]) == 0 and main(args + ["ask", "How much did widget returns rise?"]) == 0


def test_index_command_prints_counts(tmp_path, capsys):
    corpus = write_corpus(tmp_path)
    assert main(["--corpus", str(corpus), "--index", str(tmp_path / "i"), "index"]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out and "chunks" in out and "sentences" in out and "terms" in out


def test_chat_prints_the_same_text_as_the_slack_fallback(project, monkeypatch, capsys):
    import io

    from bot.render import to_plain_text
    from bot.service import QABot

    monkeypatch.setattr(sys, "stdin", io.StringIO(EXAMPLE + "\n"))
    assert main(project + ["chat"]) == 0
    out = capsys.readouterr().out
    bot = QABot.load(PROJECT_ROOT / "corpus", PROJECT_ROOT / "index")
    assert to_plain_text(bot.ask(EXAMPLE)) in out


def test_python_dash_m_bot_works():
    r = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", EXAMPLE], capture_output=True, text=True,
                       cwd=PROJECT_ROOT, timeout=120)
    assert r.returncode == 0 and json.loads(r.stdout)["short_answer"] == "87,000"
