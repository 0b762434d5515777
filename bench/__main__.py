"""Benchmark the public site: `python -m bench`, or `make bench BENCH_ARGS=...`.

Seeds a database with --articles articles (a SQLite file in a temporary
folder, or the database DATABASE_URL names), starts gunicorn on 127.0.0.1
with --workers sync workers, and loads each page in turn with wrk
(--connections connections for --duration seconds, after --warmup seconds
whose figures are dropped), with the page cache on and off. It prints the
machine and the software, then a markdown table: requests per second, p50
and p99 latency, errors, and SQL queries per request (counted in this
process with Django's test client, against the same database). A static file
of the article page's size, served by whitenoise in the same run, is the
baseline the article page is measured against.

    python -m bench --articles 2000 --duration 3
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsdesk_bench \\
        python -m bench --explain --output bench.md

It needs wrk (`apt-get install -y wrk`), listens and connects on loopback
only, and ends by itself: about three minutes of load at the defaults, plus
the seeding. Exits 1 when any request failed.
"""

import argparse
import importlib.metadata
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import BenchmarkError, inprocess, prepare, report, server
from bench.wrk import (
    TIMEOUT_SECONDS,
    run_wrk,
    threads_for,
    wrk_path,
    wrk_version,
)

CACHE_MODES = {"on": ["on"], "off": ["off"], "both": ["on", "off"]}


def parse_arguments(argv=None):
    def env(name, default):
        return os.environ.get(f"BENCH_{name}", default)

    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__.split("\n\n")[0],
        epilog="Each option falls back on BENCH_<OPTION> (BENCH_ARTICLES, ...) "
        "from the environment. The database is DATABASE_URL's, or a new SQLite "
        "file in a temporary folder.",
    )
    number = {"type": int, "metavar": "N"}
    parser.add_argument(
        "--articles", **number, default=int(env("ARTICLES", 10000)),
        help="top the archive up to N generated articles (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--workers", **number, default=int(env("WORKERS", 2)),
        help="gunicorn sync workers (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--connections", **number, default=int(env("CONNECTIONS", 16)),
        help="wrk's concurrent connections (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--duration", **number, default=int(env("DURATION", 8)),
        help="seconds of load a row (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--warmup", **number, default=int(env("WARMUP", 1)),
        help="seconds of load before each row, not counted (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--cache", choices=CACHE_MODES, default=env("CACHE", "both"),
        help="the page cache on, off, or both in turn (%(default)s)",
    )  # fmt: skip
    parser.add_argument(
        "--skip-seed", action="store_true",
        help="neither migrate nor seed: use DATABASE_URL's database as it is",
    )  # fmt: skip
    parser.add_argument(
        "--explain", action="store_true",
        help="print the plans of each page's ordered or limited article reads",
    )  # fmt: skip
    parser.add_argument(
        "--output", type=Path, metavar="FILE",
        help="also write the report (markdown) to FILE",
    )  # fmt: skip
    return parser.parse_args(argv)


def say(message):
    print(f"bench: {message}", file=sys.stderr, flush=True)


def stop_on_sigterm(signum, frame):
    # Unwinds like Ctrl-C, so gunicorn is stopped and the scratch folder removed.
    raise KeyboardInterrupt


def main(argv=None):
    options = parse_arguments(argv)
    signal.signal(signal.SIGTERM, stop_on_sigterm)
    wrk_path()  # no wrk: stop before seeding anything
    if options.skip_seed and not os.environ.get("DATABASE_URL"):
        raise SystemExit("--skip-seed needs DATABASE_URL: the SQLite file is new.")
    try:
        with tempfile.TemporaryDirectory(prefix="newsdesk-bench-") as scratch:
            text, rows = benchmark(options, Path(scratch))
    except (BenchmarkError, subprocess.CalledProcessError) as error:
        raise SystemExit(f"bench: {error}") from None
    except KeyboardInterrupt:
        raise SystemExit("bench: interrupted; gunicorn is stopped.") from None
    print(text)
    if options.output:
        options.output.write_text(text + "\n")
    failed = sum(row.result.errors for row in rows)
    if failed:
        raise SystemExit(f"bench: {failed} requests failed (the errors column).")


def benchmark(options, scratch):
    """Prepare, measure and return the report's text and its rows."""
    port = server.free_port()
    host = f"{server.HOST}:{port}"
    static_root = scratch / "static"
    env = prepare.bench_environment(
        database_url=os.environ.get("DATABASE_URL") or prepare.sqlite_url(scratch),
        static_root=static_root,
        host=server.HOST,
    )
    seeding = seed(options, env)
    prepare.collect_static(env)
    inprocess.setup_django(env)
    inprocess.check_settings(static_root)
    pages = inprocess.benchmark_pages()
    article = next(page for page in pages if page.name == inprocess.ARTICLE_PAGE)
    size = inprocess.page_size(article, host=host)
    baseline = inprocess.Page(
        inprocess.STATIC_PAGE, inprocess.write_baseline(static_root, size)
    )
    if options.explain:
        print(explain(pages, host=host))
    queries = count_queries([baseline, *pages], options, host=host)
    header = header_lines(options, seeding=seeding)
    results = measure(pages, baseline, options, env=env, port=port, workdir=scratch)
    rows = [
        report.Row(page.name, cache, figures, queries[page.name, cache])
        for page, cache, figures in results
    ]
    return report_text(header, rows, [baseline, *pages]), rows


def seed(options, env):
    if options.skip_seed:
        return "none (--skip-seed: the database as it was)"
    say(f"migrating and seeding {options.articles} articles")
    seconds = prepare.seed_database(articles=options.articles, env=env)
    return f"{seconds:.1f} s (migrate, seed_demo --articles {options.articles})"


def explain(pages, *, host):
    from bench.explain import explain_pages

    say("explaining each page's article reads (cache off)")
    return explain_pages(pages, host=host)


def count_queries(pages, options, *, host):
    """{(page name, cache): SQL statements of a repeat request}."""
    say("counting SQL queries per request in this process")
    counts = {}
    for page in pages:
        modes = ["-"] if page.name == inprocess.STATIC_PAGE else cache_modes(options)
        for cache in modes:
            statements = inprocess.captured_queries(
                page, host=host, cache_on=cache != "off"
            )
            counts[page.name, cache] = len(statements)
    return counts


def cache_modes(options):
    return CACHE_MODES[options.cache]


def measure(pages, baseline, options, *, env, port, workdir):
    """[(page, cache, wrk's figures)]: each page under each cache mode, and the
    baseline once, first."""
    # The server's workers have the database to themselves.
    inprocess.close_connections()
    rows = len(pages) * len(cache_modes(options)) + 1
    say(f"about {rows * (options.warmup + options.duration)} s of load")
    results = []
    for cache in cache_modes(options):
        with server.running_gunicorn(
            port=port,
            workers=options.workers,
            env=prepare.with_cache(env, cache == "on"),
            workdir=workdir,
        ):
            if not results:
                results.append((baseline, "-", load(baseline, "-", options, port)))
            results += [
                (page, cache, load(page, cache, options, port)) for page in pages
            ]
    return results


def load(page, cache, options, port):
    """wrk's figures for `page`, after a warm-up whose figures are dropped."""
    url = server.server_url(port, page.path)
    headers = [server.revalidation_header(url)] if page.is_revalidation else []
    say(f"{page.name}, cache {cache}: {page.path}")
    wrk_options = {"connections": options.connections, "headers": headers}
    if options.warmup:
        run_wrk(url, seconds=options.warmup, **wrk_options)
    return run_wrk(url, seconds=options.duration, **wrk_options)


def header_lines(options, *, seeding):
    import django

    software = (
        f"Python {platform.python_version()}, Django {django.get_version()}, "
        f"gunicorn {importlib.metadata.version('gunicorn')}, wrk {wrk_version()}"
    )
    return [
        f"# Newsdesk benchmark, {time.strftime('%Y-%m-%d %H:%M %Z')}",
        "",
        f"- machine: {report.machine_description()}",
        f"- software: {software}",
        f"- database: {inprocess.database_description()}",
        f"- seeding: {seeding}",
        f"- load: gunicorn, {options.workers} sync workers; wrk, "
        f"{options.connections} connections on {threads_for(options.connections)} "
        f"threads, {options.duration} s "
        f"a row after a {options.warmup} s warm-up, timeout {TIMEOUT_SECONDS} s",
    ]


def report_text(header, rows, pages):
    order = [page.name for page in pages]
    rows = sorted(rows, key=lambda row: (order.index(row.page), row.cache != "on"))
    paths = [f"- {page.name}: `{page.path}`" for page in pages]
    return "\n".join(
        [
            *header,
            "",
            report.format_table(rows),
            "",
            *report.ratio_lines(rows),
            "",
            "Pages:",
            "",
            *paths,
        ]
    )


if __name__ == "__main__":
    main()
