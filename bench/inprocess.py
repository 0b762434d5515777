"""The site seen from inside the bench's own process: its pages, their SQL.

Django runs here with the server's environment and database, so the URLs are
built from the real archive and each page's queries are counted with the
test client. Its cache is this process's memory, apart from the server's.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from bench import BenchmarkError

FALLBACK_QUERY = "defence training"
ARTICLE_PAGE = "article page"
STATIC_PAGE = "static file (whitenoise)"
BASELINE_NAME = "bench-baseline.html"
_BASELINE_HEAD = (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
    "<title>Benchmark baseline</title></head>\n<body><p>A static file of the "
    "article page's size.</p>\n<!-- "
)
_BASELINE_TAIL = " -->\n</body></html>\n"


@dataclass(frozen=True)
class Page:
    name: str
    path: str
    # Sent with the ETag the first GET got: the 304 a feed reader sees.
    is_revalidation: bool = False


def setup_django(env):
    """Configure Django in this process exactly as the server is configured."""
    os.environ.update(env)
    import django

    django.setup()


def check_settings(static_root):
    """Stop with one sentence if the settings ignore what the bench sets."""
    from django.conf import settings

    if Path(settings.STATIC_ROOT) != Path(static_root):
        raise SystemExit(
            "newsdesk/settings.py does not read DJANGO_STATIC_ROOT, so the "
            "benchmark cannot collect static files apart from the project's."
        )
    if not hasattr(settings, "NEWSDESK_PAGE_CACHE_SECONDS"):
        raise SystemExit(
            "newsdesk/settings.py has no NEWSDESK_PAGE_CACHE_SECONDS, so the "
            "page cache cannot be switched on and off."
        )


def benchmark_pages():
    """The pages to load, found in the archive as it is; in table order."""
    from django.urls import reverse

    from articles.models import Article

    newest = Article.objects.published().newest_first().first()
    if newest is None:
        raise SystemExit("The database has no published article to benchmark.")
    feed = reverse("articles:site_feed", kwargs={"feed_format": "rss"})
    return [
        Page("front page", reverse("articles:front")),
        Page(ARTICLE_PAGE, newest.get_absolute_url()),
        Page("tag page", busiest_tag_path()),
        Page("/articles/?page=1", list_path(page=1)),
        Page("deep page (?before=)", list_path(before=middle_cursor())),
        Page("search", search_path(benchmark_query())),
        Page("RSS feed", feed),
        Page("RSS feed, 304", feed, is_revalidation=True),
    ]


def list_path(**query):
    from django.urls import reverse

    return f"{reverse('articles:list')}?{urlencode(query)}"


def search_path(query):
    from django.urls import reverse

    return f"{reverse('articles:search')}?{urlencode({'q': query})}"


def benchmark_query():
    try:
        from articles.demo_generator import BENCHMARK_QUERY
    except ImportError:
        return FALLBACK_QUERY
    return BENCHMARK_QUERY


def busiest_tag_path():
    """The page of the tag on the most published articles."""
    from django.db.models import Count
    from django.urls import reverse

    from articles.models import Article, TaggedArticle

    busiest = (
        TaggedArticle.objects.filter(content_object__in=Article.objects.published())
        .values("tag__slug")
        .annotate(articles=Count("pk"))
        .order_by("-articles", "tag__slug")
        .first()
    )
    if busiest is None:
        raise SystemExit("No published article has a tag to benchmark a tag page.")
    return reverse("articles:tag", kwargs={"slug": busiest["tag__slug"]})


def middle_cursor():
    """The cursor of the published article half-way down the archive."""
    from articles.models import Article
    from newsdesk.pagination import cursor_for

    published = Article.objects.published().newest_first()
    return cursor_for(published[published.count() // 2])


def baseline_html(size):
    """An HTML page of exactly `size` bytes: filler inside a comment."""
    filler = size - len((_BASELINE_HEAD + _BASELINE_TAIL).encode())
    if filler < 0:
        raise ValueError(f"A {size}-byte page is too small for the baseline.")
    return _BASELINE_HEAD + "x" * filler + _BASELINE_TAIL


def write_baseline(static_root, size):
    """The static file whitenoise serves as the baseline; returns its URL path."""
    from django.conf import settings

    (Path(static_root) / BASELINE_NAME).write_text(baseline_html(size))
    return f"/{settings.STATIC_URL.lstrip('/')}{BASELINE_NAME}"


def reader_client(host):
    """A test client that asks for `host`, as wrk does, without a session."""
    from django.test import Client

    return Client(headers={"host": host})


def expected_status(page):
    return 304 if page.is_revalidation else 200


def request_headers(client, page):
    """What to send with `page`: for a revalidation, the ETag a first GET got."""
    if not page.is_revalidation:
        return {}
    return {"if-none-match": client.get(page.path)["ETag"]}


def fetch(client, page, headers):
    """GET `page`, failing loudly on any status but the one it should have."""
    response = client.get(page.path, headers=headers)
    if response.status_code != expected_status(page):
        raise BenchmarkError(
            f"{page.path} answered {response.status_code}, not {expected_status(page)}."
        )
    return response


def page_size(page, *, host):
    """The bytes of `page`'s body, as the server will send it to `host`."""
    client = reader_client(host)
    return len(fetch(client, page, request_headers(client, page)).content)


def captured_queries(page, *, host, cache_on):
    """The SQL of a repeat request for `page`, with the page cache on or off."""
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext, override_settings

    client = reader_client(host)
    cache.clear()
    overrides = {} if cache_on else {"NEWSDESK_PAGE_CACHE_SECONDS": 0}
    with override_settings(**overrides):
        headers = request_headers(client, page)
        fetch(client, page, headers)  # the first one fills the caches
        with CaptureQueriesContext(connection) as captured:
            fetch(client, page, headers)
    return [query["sql"] for query in captured]


def database_description():
    """Vendor and version of the database, and how many articles it holds."""
    from django.db import connection

    from articles.models import Article

    return (
        f"{connection.display_name} {_database_version(connection)}, "
        f"{Article.objects.published().count()} published of "
        f"{Article.objects.count()} articles"
    )


def _database_version(connection):
    if connection.vendor == "sqlite":
        return sqlite3.sqlite_version
    if connection.vendor != "postgresql":
        return ""
    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0].split()[0]


def close_connections():
    from django.db import connections

    connections.close_all()
