"""Command line: argument parsing, exit codes and printing. Heavy imports stay lazy
so `qabot ask` starts about as fast as importing pydantic (see `qabot bench`)."""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import QABotError

if TYPE_CHECKING:
    from .config import Settings
    from .paths import Paths
    from .service import QABot

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2
MAX_BATCH_BYTES = 10 * 1024 * 1024


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="qabot", description="Answer questions from the article corpus, quoting sources.")
    p.add_argument("--corpus", type=Path, help="corpus folder (default: QABOT_CORPUS_DIR or ./corpus)")
    p.add_argument("--index", type=Path, help="index folder (default: QABOT_INDEX_DIR or ./index)")
    sub = p.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="answer one question (or a batch file) and exit")
    ask.add_argument("question", nargs="?", help="the question, in quotes")
    ask.add_argument("--json", action="store_true", help="print one JSON object (JSON Lines with --batch)")
    ask.add_argument("--batch", type=Path, help="file with one question per line (needs --json)")
    ask.add_argument("--k", type=int, help="chunks to retrieve (default 8)")

    sub.add_parser("chat", help="local chat: prints exactly the text the Slack bot would post")
    sub.add_parser("index", help="rebuild the index from the corpus and print counts")
    sub.add_parser("run", help="the Slack app when Slack tokens are configured, else the local chat")

    ev = sub.add_parser("eval", help="score the bot against gold questions")
    ev.add_argument("--gold", type=Path, help="gold JSONL file (default: corpus/gold.jsonl)")
    ev.add_argument("--split", choices=["dev", "test", "all"], default="all")
    ev.add_argument("--k", type=int, default=10, help="retrieval depth for Recall/MRR (default 10)")
    ev.add_argument("--json", type=Path, dest="json_out", help="write every case's prediction and scores here")
    ev.add_argument("--markdown", type=Path, help="write a Markdown report here")
    ev.add_argument("--fail-under", action="append", default=[], metavar="METRIC=VALUE",
                    help="exit 1 if METRIC is below VALUE — or above it for false_decline_rate, latency_p50_ms, latency_p95_ms; repeatable; 'config' uses [tool.qabot.eval] fail_under in pyproject.toml")

    bench = sub.add_parser("bench", help="benchmark retrieval at scale, answering, cold start, Slack path")
    bench.add_argument("--sizes", default="1000,10000,100000,1000000", help="synthetic corpus sizes in chunks")
    bench.add_argument("--queries", type=int, default=1000)
    bench.add_argument("--json", type=Path, dest="json_out")
    bench.add_argument("--skip", default="", help="comma list of sections to skip: scale,answer,cold,slack")

    sl = sub.add_parser("slack", help="run the Slack app (Socket Mode, or --http)")
    sl.add_argument("--http", action="store_true", help="HTTP mode (Events API) instead of Socket Mode")
    sl.add_argument("--host", default="127.0.0.1")
    sl.add_argument("--port", type=int, default=3000)

    fb = sub.add_parser("feedback", help="feedback votes")
    fb_sub = fb.add_subparsers(dest="feedback_command", required=True)
    fx = fb_sub.add_parser("export", help="write 👎 cases as gold-question candidates (JSONL)")
    fx.add_argument("--out", type=Path, help="output file (default: stdout)")

    db = sub.add_parser("db", help="state database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser("upgrade", help="create or migrate the schema")
    return p


def _settings(args: argparse.Namespace) -> Settings:
    from .config import load_settings

    overrides = {}
    if args.corpus:
        overrides["corpus_dir"] = args.corpus
    if args.index:
        overrides["index_dir"] = args.index
    return load_settings(**overrides)


def _paths(args: argparse.Namespace) -> Paths:
    """Corpus and index folders only: `ask` and `index` need no more, and skipping
    pydantic-settings keeps their start-up fast."""
    from .paths import core_paths

    return core_paths(args.corpus, args.index)


def load_bot(settings: Settings | Paths, quiet: bool = False, repair: bool = False) -> QABot:
    """One-shot commands report a corrupted index (exit 2, with the fix); long-running
    ones (`run`, `slack`) repair it and say so."""
    from .service import QABot

    bot = QABot.load(settings.corpus_dir, settings.index_dir, repair=repair)
    if not quiet:
        for w in bot.corpus.warnings:
            print(f"warning: {w}", file=sys.stderr)
        if bot.rebuilt_because:
            print(f"note: rebuilt the index ({bot.rebuilt_because})", file=sys.stderr)
    return bot


def _read_batch(path: Path) -> list[str]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QABotError(f"{path}: cannot read batch file ({exc.strerror}) — check the path") from None
    if len(data) > MAX_BATCH_BYTES:
        raise QABotError(f"{path}: batch file is over {MAX_BATCH_BYTES // 2**20} MiB — split it")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise QABotError(f"{path}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}) — re-save it as UTF-8") from None
    from .slack_text import question_text
    return [q for line in text.splitlines() if (q := question_text(line, None))]


def cmd_ask(args: argparse.Namespace) -> int:
    from .question_rules import validate_question
    from .render import to_plain_text
    from .slack_text import question_text

    if args.batch:
        if not args.json:
            raise QABotError("--batch prints JSON Lines: add --json (qabot ask --json --batch FILE)")
        if args.question:
            raise QABotError("give either a question or --batch FILE, not both")
        questions = _read_batch(args.batch)
        bot = load_bot(_paths(args))
        for q in questions:
            print(json.dumps(_answer_json(bot, q, args.k), ensure_ascii=False), flush=True)
        return EXIT_OK
    if args.question is None:
        raise QABotError('no question given — usage: qabot ask "How much did emergency admissions rise?"')
    question = question_text(args.question, None)  # pasted Slack markup reads as Slack would send it
    validate_question(question)
    bot = load_bot(_paths(args))
    answer = bot.ask(question, **({"k": args.k} if args.k else {}))
    if args.json:
        print(json.dumps(answer_to_json(answer), ensure_ascii=False))
    else:
        print(to_plain_text(answer))
    return EXIT_OK


def _answer_json(bot: QABot, question: str, k: int | None) -> dict:
    """One batch line: a question that can't be asked becomes an error object, not a crash."""
    try:
        return answer_to_json(bot.ask(question, **({"k": k} if k else {})))
    except QABotError as exc:
        return {"question": question, "error": str(exc)}


def answer_to_json(answer) -> dict:  # noqa: ANN001 - Answer, imported lazily
    from .render import to_json

    return to_json(answer)


def cmd_chat(args: argparse.Namespace, settings: Settings | None = None) -> int:
    from .render import to_plain_text
    from .slack_text import question_text

    bot = load_bot(settings or _paths(args), repair=settings is not None)
    interactive = sys.stdin.isatty()
    if interactive:
        print("Ask a question about the articles (Ctrl-D to quit).")
    previous: str | None = None
    while True:
        try:
            line = input("> " if interactive else "")
        except EOFError:
            break
        except KeyboardInterrupt:
            print()
            break
        line = question_text(line, None)
        if not line:
            continue
        try:
            answer = bot.ask(line, context=previous)
        except QABotError as exc:
            print(f"⚠ {exc}")
            continue
        print(to_plain_text(answer))
        print()
        previous = line if not answer.abstained else previous
    return EXIT_OK


def cmd_index(args: argparse.Namespace) -> int:
    from .corpus import load_corpus
    from .index import build_index, save_index

    settings = _paths(args)
    corpus = load_corpus(settings.corpus_dir)
    for w in corpus.warnings:
        print(f"warning: {w}", file=sys.stderr)
    index = save_index(build_index(corpus), settings.index_dir)
    c = index.meta.counts
    print(f"indexed {c.articles} articles, {c.chunks} chunks, {c.sentences} sentences, {c.terms} terms "
          f"-> {settings.index_dir} (BM25 {index.meta.bm25.variant}, tokenizer {index.meta.tokenizer_version})")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if settings.has_slack_tokens():
        for name, default in (("http", False), ("host", "127.0.0.1"), ("port", 3000)):
            setattr(args, name, getattr(args, name, default))
        return _delegate("bot.slack_server", args, settings)
    print("Slack tokens not set: starting the local chat. To connect Slack, set SLACK_BOT_TOKEN and "
          "SLACK_APP_TOKEN in .env (see README, 'Connect to Slack').", file=sys.stderr)
    return cmd_chat(args, settings)


def cmd_db_upgrade(settings: Settings) -> int:
    """`qabot db upgrade`: create or migrate the schema and say what changed."""
    from .store import Store

    store = Store.from_settings(settings, migrate=False)
    try:
        before, after = store.upgrade()
    finally:
        store.close()
    change = "already up to date" if before == after else f"migrated from version {before}"
    print(f"state database {store.safe_url}: schema version {after} ({change})")
    return EXIT_OK


def _delegate(module: str, args: argparse.Namespace, settings: Settings | None = None) -> int:
    """Commands that need heavy imports live in their own module with run(args, settings)."""
    mod = importlib.import_module(module)
    return int(mod.run(args, settings or _settings(args)))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        match args.command:
            case "ask":
                return cmd_ask(args)
            case "chat":
                return cmd_chat(args)
            case "index":
                return cmd_index(args)
            case "run":
                return cmd_run(args)
            case "eval":
                return _delegate("bot.evaluate", args)
            case "bench":
                return _delegate("bot.bench", args)
            case "slack":
                if not hasattr(args, "http"):
                    args.http = False
                return _delegate("bot.slack_server", args)
            case "feedback":
                return _delegate("bot.feedback", args)
            case "db" if args.db_command == "upgrade":
                return cmd_db_upgrade(_settings(args))
    except QABotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `qabot ask ... | head`: the reader went away; stop quietly (no traceback) and keep
        # Python's own flush at exit from failing on the closed pipe.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
