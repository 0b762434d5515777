"""Load test: readers hammer the public site while an editor keeps publishing.

Starts gunicorn on 127.0.0.1 (loopback only), then for DURATION seconds runs
READERS threads fetching the public pages and feeds in a loop, and one editor
publishing, correcting and withdrawing articles through the services. Prints
requests, errors, 5xx and latency percentiles per page kind. Bounded in time
and count; it stops by itself.

    DATABASE_URL=postgres://... DJANGO_SECRET_KEY=... python bench/loadtest.py

Options come from the environment: READERS (64), DURATION (60), WORKERS (4),
PORT (8765).
"""

import http.client
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
READERS = int(os.environ.get("READERS", "64"))
DURATION = float(os.environ.get("DURATION", "60"))
WORKERS = int(os.environ.get("WORKERS", "4"))
PORT = int(os.environ.get("PORT", "8765"))
HOST = "127.0.0.1"


def setup_django():
    sys.path.insert(0, str(PROJECT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    import django

    django.setup()


def start_server():
    command = [
        sys.executable, "-m", "gunicorn", "newsdesk.wsgi",
        "--config", "gunicorn.conf.py",
        "--bind", f"{HOST}:{PORT}", "--workers", str(WORKERS),
        "--threads", "4", "--worker-class", "gthread",
        "--access-logfile", os.devnull, "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(command, cwd=PROJECT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection(HOST, PORT, timeout=2)
            connection.request("GET", "/healthz")
            if connection.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit("gunicorn did not answer /healthz within 30 s")


def reader_urls():
    from articles.models import Article, Section

    articles = list(Article.objects.published().values_list("slug", flat=True)[:50])
    sections = list(Section.objects.values_list("slug", flat=True))
    return {
        "front": ["/"],
        "article": [f"/articles/{slug}/" for slug in articles],
        "list": ["/articles/", "/articles/?page=2"],
        "section": [f"/sections/{slug}/" for slug in sections],
        "search": ["/search/?q=exercise", "/search/?q=navy"],
        "feed": ["/feeds/rss/", "/feeds/atom/", "/feeds/json/"],
    }


def read(urls, stop, results, lock):
    connection = http.client.HTTPConnection(HOST, PORT, timeout=10)
    kinds = list(urls)
    while not stop.is_set():
        kind = random.choice(kinds)
        path = random.choice(urls[kind])
        started = time.perf_counter()
        status, connection = fetch(connection, path)
        elapsed = (time.perf_counter() - started) * 1000
        with lock:
            results[kind].append((status, elapsed))


def fetch(connection, path, retried=False):
    """GET `path`; a kept-alive connection the server has since closed (a
    recycled worker) is reopened once, as browsers do for idempotent requests."""
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        return response.status, connection
    except (OSError, http.client.HTTPException) as error:
        connection.close()
        fresh = http.client.HTTPConnection(HOST, PORT, timeout=10)
        stale = isinstance(error, http.client.RemoteDisconnected | ConnectionError)
        if stale and not retried:
            return fetch(fresh, path, retried=True)
        return "error", fresh


def edit(stop, edits):
    """An editor at work: publish, correct, withdraw and republish, nonstop."""
    from articles import services
    from articles.models import Article

    while not stop.is_set():
        article = Article.objects.published().order_by("?").first()
        services.add_correction(article=article, text="Load-test note.")
        services.withdraw_article(article=article)
        services.publish_article(article=article)
        article.title = article.title.rstrip("!") + "!"
        article.save()
        edits.append(article.pk)
        time.sleep(0.2)


def percentile(values, share):
    return statistics.quantiles(values, n=100)[share - 1] if len(values) > 1 else 0


def report(results, edits):
    print(f"{READERS} readers, {DURATION:.0f} s, {WORKERS} gunicorn workers")
    print(
        f"{'page':<10}{'requests':>10}{'errors':>8}{'5xx':>6}{'p50 ms':>9}{'p99 ms':>9}"
    )
    everything = []
    for kind, rows in sorted(results.items()):
        times = [ms for _, ms in rows]
        everything += rows
        errors = sum(status == "error" for status, _ in rows)
        server = sum(isinstance(s, int) and s >= 500 for s, _ in rows)
        print(
            f"{kind:<10}{len(rows):>10}{errors:>8}{server:>6}"
            f"{percentile(times, 50):>9.1f}{percentile(times, 99):>9.1f}"
        )
    times = [ms for _, ms in everything]
    bad = sum(s == "error" or (isinstance(s, int) and s >= 500) for s, _ in everything)
    print(
        f"{'all':<10}{len(everything):>10}{bad:>14}"
        f"{percentile(times, 50):>9.1f}{percentile(times, 99):>9.1f}"
    )
    print(f"editor: {len(edits)} publish/correct/withdraw/edit rounds")
    return bad


def main():
    setup_django()
    server = start_server()
    try:
        urls = reader_urls()
        results, lock, stop, edits = (
            defaultdict(list),
            threading.Lock(),
            threading.Event(),
            [],
        )
        threads = [
            threading.Thread(target=read, args=(urls, stop, results, lock))
            for _ in range(READERS)
        ]
        threads.append(threading.Thread(target=edit, args=(stop, edits)))
        for thread in threads:
            thread.start()
        time.sleep(DURATION)
        stop.set()
        for thread in threads:
            thread.join(timeout=15)
        bad = report(results, edits)
    finally:
        server.terminate()
        server.wait(timeout=15)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
