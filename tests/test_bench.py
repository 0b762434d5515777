"""The benchmark's own parts (bench/): reading wrk, the table, the addresses.

Nothing here starts gunicorn or wrk; the samples below are wrk 4.1.0's real
output, captured on loopback.
"""

import socket
from datetime import timedelta

import pytest
from django.utils import timezone

from bench import inprocess, prepare, server, wrk
from bench.__main__ import parse_arguments, report_text
from bench.explain import is_worth_explaining
from bench.report import Row, format_number, format_table, ratio_lines
from bench.wrk import WrkResult, parse_wrk_output
from newsdesk.pagination import cursor_for
from tests.factories import make_article

MILLISECONDS = """\
Running 2s test @ http://127.0.0.1:18081/index.html
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     5.59ms   11.47ms 226.21ms   98.23%
    Req/Sec   615.03    430.18     1.49k    67.50%
  Latency Distribution
     50%    3.83ms
     75%    5.23ms
     90%    9.25ms
     99%   21.13ms
  2459 requests in 2.01s, 456.26KB read
Requests/sec:   1224.26
Transfer/sec:    227.16KB
"""

MICROSECONDS = """\
Running 2s test @ http://127.0.0.1:18082/
  2 threads and 2 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   151.57us  379.86us   8.08ms   96.70%
    Req/Sec    10.26k     2.20k   14.29k    61.90%
  Latency Distribution
     50%   87.00us
     75%  115.00us
     90%  140.00us
     99%    2.11ms
  42817 requests in 2.10s, 1.63MB read
Requests/sec:  20393.36
Transfer/sec:    796.62KB
"""

# wrk pads whole seconds with a trailing space ("1.40s "): kept as \x20.
SECONDS_WITH_TIMEOUTS = """\
Running 4s test @ http://127.0.0.1:18082/slow
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.44s   245.64ms   1.80s    78.57%
    Req/Sec     6.10      4.92    20.00     80.00%
  Latency Distribution
     50%    1.40s\x20
     75%    1.60s\x20
     90%    1.80s\x20
     99%    1.80s\x20
  36 requests in 4.01s, 1.41KB read
  Socket errors: connect 0, read 0, write 0, timeout 8
Requests/sec:      8.98
Transfer/sec:     359.35B
"""

NOT_FOUND = """\
Running 2s test @ http://127.0.0.1:18081/missing
  2 threads and 16 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    11.42ms   43.33ms 421.55ms   95.77%
    Req/Sec   596.62    279.12     1.36k    62.50%
  Latency Distribution
     50%    2.49ms
     75%    4.72ms
     90%    9.77ms
     99%  257.35ms
  2387 requests in 2.02s, 1.18MB read
  Non-2xx or 3xx responses: 2387
Requests/sec:   1184.16
Transfer/sec:    601.42KB
"""


def figures(rps=100.0, p50=5.0, p99=20.0, errors=0):
    return WrkResult(rps, p50, p99, errors, requests=int(rps * 8))


# --- reading wrk ------------------------------------------------------------


def test_wrk_output_in_milliseconds():
    assert parse_wrk_output(MILLISECONDS) == WrkResult(
        requests_per_second=1224.26, p50_ms=3.83, p99_ms=21.13, errors=0, requests=2459
    )


def test_wrk_output_in_microseconds_is_read_as_milliseconds():
    result = parse_wrk_output(MICROSECONDS)
    assert result.p50_ms == pytest.approx(0.087)
    assert result.p99_ms == pytest.approx(2.11)
    assert result.requests_per_second == 20393.36


def test_wrk_output_in_seconds_counts_timeouts_as_errors():
    result = parse_wrk_output(SECONDS_WITH_TIMEOUTS)
    assert result.p50_ms == pytest.approx(1400)
    assert result.p99_ms == pytest.approx(1800)
    assert result.errors == 8
    assert result.requests == 36


def test_responses_other_than_2xx_or_3xx_are_errors():
    assert parse_wrk_output(NOT_FOUND).errors == 2387


def test_socket_errors_of_every_kind_add_up():
    text = MILLISECONDS.replace(
        "Requests/sec:",
        "  Socket errors: connect 1, read 2, write 3, timeout 4\nRequests/sec:",
    )
    assert parse_wrk_output(text).errors == 10


def test_output_without_figures_is_refused():
    with pytest.raises(ValueError, match="Requests/sec"):
        parse_wrk_output("unable to connect to 127.0.0.1:18099 Connection refused")


def test_wrk_command_sends_the_headers_and_never_more_threads_than_connections(
    monkeypatch,
):
    monkeypatch.setattr(wrk.shutil, "which", lambda name: "/usr/bin/wrk")
    command = wrk.wrk_command(
        "http://127.0.0.1:8000/feeds/rss/",
        seconds=8,
        connections=1,
        headers=['If-None-Match: W/"abc"'],
    )
    assert command == [
        "/usr/bin/wrk", "--latency", "-t", "1", "-c", "1", "-d", "8s",
        "--timeout", "10s", "-H", 'If-None-Match: W/"abc"', "http://127.0.0.1:8000/feeds/rss/",
    ]  # fmt: skip


def test_without_wrk_the_bench_stops_saying_how_to_install_it(monkeypatch):
    monkeypatch.setattr(wrk.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit, match="apt-get install -y wrk"):
        wrk.wrk_path()


# --- the report ---------------------------------------------------------------


def test_table_is_markdown_with_the_figures_right_aligned():
    rows = [
        Row("static file (whitenoise)", "-", figures(1003.4, 15.5, 54.04), 0),
        Row("article page", "on", figures(543.2, 28.8, 50.7, errors=1), 0),
        Row("article page", "off", figures(6.98, 1560, 1940), 8),
    ]
    assert format_table(rows).splitlines() == [
        "| page                     | cache | req/s | p50 ms | p99 ms | errors "
        "| SQL queries/request |",
        "|--------------------------|-------|------:|-------:|-------:|-------:"
        "|--------------------:|",
        "| static file (whitenoise) | -     |  1003 |   15.5 |   54.0 |      0 "
        "|                   0 |",
        "| article page             | on    |   543 |   28.8 |   50.7 |      1 "
        "|                   0 |",
        "| article page             | off   |  6.98 |   1560 |   1940 |      0 "
        "|                   8 |",
    ]


def test_a_row_where_no_answer_came_in_time_shows_no_latency():
    row = Row("search", "off", WrkResult(0.0, 0.0, 0.0, errors=0, requests=0), 8)
    assert format_table([row]).splitlines()[-1].split("|")[3:6] == [
        " 0.000 ",
        "      - ",
        "      - ",
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [(1224.26, "1224"), (21.13, "21.1"), (3.834, "3.83"), (0.087, "0.087")],
)
def test_numbers_keep_three_significant_figures_or_so(value, shown):
    assert format_number(value) == shown


def test_ratio_of_the_article_page_to_the_static_file():
    rows = [
        Row("static file (whitenoise)", "-", figures(1000), 0),
        Row("article page", "on", figures(600), 0),
        Row("article page", "off", figures(40), 8),
    ]
    assert ratio_lines(rows) == [
        "Article page, cache on: 0.60 of the static file's req/s "
        "(meets the target of 0.50).",
        "Article page, cache off: 0.04 of the static file's req/s "
        "(misses the target of 0.50).",
    ]


def test_no_ratio_without_the_static_file():
    assert ratio_lines([Row("article page", "on", figures(600), 0)]) == []


def test_report_lists_rows_by_page_then_cache_on_before_off():
    pages = [
        inprocess.Page("static file (whitenoise)", "/static/bench-baseline.html"),
        inprocess.Page("front page", "/"),
        inprocess.Page("article page", "/articles/a/"),
    ]
    rows = [
        Row("static file (whitenoise)", "-", figures(), 0),
        Row("front page", "off", figures(), 7),
        Row("article page", "off", figures(), 8),
        Row("front page", "on", figures(), 0),
        Row("article page", "on", figures(), 0),
    ]
    text = report_text(["# Newsdesk benchmark"], rows, pages)
    order = [line.split("|")[1:3] for line in text.splitlines() if "| " in line]
    assert [(page.strip(), cache.strip()) for page, cache in order[1:]] == [
        ("static file (whitenoise)", "-"),
        ("front page", "on"),
        ("front page", "off"),
        ("article page", "on"),
        ("article page", "off"),
    ]
    assert "- article page: `/articles/a/`" in text


# --- options ------------------------------------------------------------------


def test_options_default_to_the_measured_setting(monkeypatch):
    for name in ("ARTICLES", "WORKERS", "CONNECTIONS", "DURATION", "CACHE"):
        monkeypatch.delenv(f"BENCH_{name}", raising=False)
    options = parse_arguments([])
    assert (options.articles, options.workers, options.connections) == (10000, 2, 16)
    assert options.cache == "both" and not options.skip_seed and not options.explain


def test_options_fall_back_on_the_environment(monkeypatch):
    monkeypatch.setenv("BENCH_ARTICLES", "2000")
    monkeypatch.setenv("BENCH_CACHE", "off")
    options = parse_arguments(["--duration", "3"])
    assert (options.articles, options.cache, options.duration) == (2000, "off", 3)


# --- addresses, ports and the baseline -----------------------------------------


def test_free_port_is_one_nothing_listens_on():
    port = server.free_port()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", port))
    assert server.server_url(port, "/healthz") == f"http://127.0.0.1:{port}/healthz"


def test_the_server_reads_the_project_not_its_gunicorn_conf():
    command = server.gunicorn_command(port=8123, workers=2)
    assert command[command.index("--bind") + 1] == "127.0.0.1:8123"
    assert command[command.index("--workers") + 1] == "2"
    assert command[command.index("--worker-class") + 1] == "sync"
    assert "--config" not in command and "-c" not in command


def test_the_bench_runs_on_one_database_and_local_memory(monkeypatch, tmp_path):
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.delenv("DJANGO_PAGE_CACHE_SECONDS", raising=False)
    env = prepare.bench_environment(
        database_url="sqlite:///bench.sqlite3", static_root=tmp_path, host="127.0.0.1"
    )
    assert "REDIS_URL" not in env
    assert env["DJANGO_STATIC_ROOT"] == str(tmp_path)
    assert env["DJANGO_DEBUG"] == "0" and env["DJANGO_ALLOWED_HOSTS"] == "127.0.0.1"
    assert "DJANGO_PAGE_CACHE_SECONDS" not in prepare.with_cache(env, cache_on=True)
    assert prepare.with_cache(env, cache_on=False)["DJANGO_PAGE_CACHE_SECONDS"] == "0"


def test_list_and_search_addresses_are_quoted():
    assert inprocess.list_path(before="20250314093000000000-4521") == (
        "/articles/?before=20250314093000000000-4521"
    )
    assert inprocess.search_path("coastal patrol") == "/search/?q=coastal+patrol"


def test_baseline_page_has_exactly_the_size_asked_for():
    html = inprocess.baseline_html(24_680)
    assert len(html.encode()) == 24_680
    assert html.startswith("<!DOCTYPE html>") and html.endswith("</html>\n")


def test_baseline_cannot_be_smaller_than_its_own_markup():
    with pytest.raises(ValueError):
        inprocess.baseline_html(50)


@pytest.mark.django_db
def test_pages_come_from_the_archive_as_it_is():
    now = timezone.now()
    oldest, middle, newest = (
        make_article(publish_at=now - timedelta(days=days), tags=tags)
        for days, tags in [(3, ["navy"]), (2, ["navy", "army"]), (1, ["army"])]
    )
    make_article(publish_at=now + timedelta(days=1), tags=["army"])  # scheduled
    make_article(status="draft", tags=["army"])
    paths = {page.name: page.path for page in inprocess.benchmark_pages()}
    assert paths["article page"] == newest.get_absolute_url()
    # navy and army each tag two public articles; the tie goes to the first slug.
    assert paths["tag page"] == "/tags/army/"
    assert paths["deep page (?before=)"] == inprocess.list_path(
        before=cursor_for(middle)
    )
    assert paths["search"] == inprocess.search_path(inprocess.benchmark_query())


@pytest.mark.django_db
def test_an_empty_archive_stops_the_bench_with_a_sentence():
    with pytest.raises(SystemExit, match="no published article"):
        inprocess.benchmark_pages()


def test_explain_looks_at_ordered_or_limited_reads_of_articles_only():
    assert is_worth_explaining(
        'SELECT "articles_article"."id" FROM "articles_article" ORDER BY 1 LIMIT 20'
    )
    assert not is_worth_explaining(
        'SELECT "articles_article"."id" FROM "articles_article"'
    )
    assert not is_worth_explaining('SELECT "id" FROM "articles_section" LIMIT 1')
    assert not is_worth_explaining('UPDATE "articles_article" SET "title" = 1 LIMIT 1')
