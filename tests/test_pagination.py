"""Paging through long lists: numbered pages first, then seeking by cursor."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from newsdesk import pagination
from newsdesk.pagination import MAX_NUMBERED_PAGES, cursor_for, parse_cursor
from tests.factories import make_article, make_section

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive(settings):
    """45 public articles, one hour apart, newest first as listed."""
    settings.NEWSDESK_PAGE_CACHE_SECONDS = 0
    start = timezone.now() - timedelta(days=3)
    section = make_section()
    made = [
        make_article(
            slug=f"story-{i:02d}",
            section=section,
            publish_at=start + timedelta(hours=i),
        )
        for i in range(45)
    ]
    return made[::-1]


@pytest.fixture
def few_numbered_pages(monkeypatch):
    monkeypatch.setattr(pagination, "MAX_NUMBERED_PAGES", 2)


def slugs_on(client, url):
    html = client.get(url).content.decode()
    return re.findall(r'href="/articles/(story-\d+)/"', html)


def link(client, url, rel):
    html = client.get(url).content.decode()
    found = re.search(rf'<a href="\?([^"]*)" rel="{rel}">', html)
    return found and "/articles/?" + found[1].replace("&amp;", "&")


def walk(client, url, rel):
    pages = []
    while url:
        pages.append(slugs_on(client, url))
        url = link(client, url, rel)
    return pages


def test_a_cursor_names_an_article_to_the_microsecond(archive):
    article = archive[0]
    article.publish_at = article.publish_at.replace(microsecond=123456)
    moment, pk = parse_cursor(cursor_for(article))
    assert (moment, pk) == (article.publish_at, article.pk)


@pytest.mark.parametrize(
    "value", ["", "x", "2025-1", "20251399000000000000-1", "20250101000000000000-"]
)
def test_a_bad_cursor_is_a_404(client, archive, value):
    assert client.get("/articles/", {"before": value}).status_code == 404
    assert client.get("/articles/", {"after": value}).status_code == 404


def test_older_links_walk_the_whole_list_once(client, archive, few_numbered_pages):
    pages = walk(client, "/articles/", "next")
    listed = [slug for page in pages for slug in page]
    assert listed == [article.slug for article in archive]
    assert [len(page) for page in pages] == [20, 20, 5]


def test_past_the_numbered_pages_older_seeks_by_cursor(
    client, archive, few_numbered_pages
):
    second = link(client, "/articles/", "next")
    assert second == "/articles/?page=2"
    third = link(client, second, "next")
    assert third == f"/articles/?before={cursor_for(archive[39])}"
    assert client.get("/articles/", {"page": 3}).status_code == 404


def test_newer_links_walk_back_to_the_first_page(client, archive, few_numbered_pages):
    oldest = f"/articles/?before={cursor_for(archive[24])}"
    pages = walk(client, oldest, "prev")
    assert pages[0] == [article.slug for article in archive[25:45]]
    assert pages[1] == [article.slug for article in archive[5:25]]
    assert pages[2] == [article.slug for article in archive[0:5]]
    assert len(pages) == 3


def test_the_last_page_is_the_oldest_articles(client, archive):
    assert slugs_on(client, "/articles/?page=last") == [
        article.slug for article in archive[25:]
    ]


def test_numbered_pages_stop_at_the_limit(client, archive):
    assert client.get("/articles/", {"page": MAX_NUMBERED_PAGES + 1}).status_code == 404
    for junk in ["0", "-1", "two", "１"]:
        assert client.get("/articles/", {"page": junk}).status_code == 404


def test_no_page_counts_the_list(client, archive):
    for url in ["/articles/", f"/articles/?before={cursor_for(archive[10])}"]:
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        assert not any("COUNT(" in q["sql"].upper() for q in queries), url


def test_a_deep_page_costs_what_the_first_page_does(client, archive):
    def count(url):
        client.get(url)  # the edition is read once, not per page
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    deep = f"/articles/?before={cursor_for(archive[30])}"
    assert count(deep) == count("/articles/")


def test_a_withdrawn_cursor_article_still_marks_the_place(client, archive):
    Article.objects.filter(pk=archive[19].pk).update(status=Article.Status.WITHDRAWN)
    url = f"/articles/?before={cursor_for(archive[19])}"
    assert slugs_on(client, url)[0] == archive[20].slug


def test_scoped_lists_keep_their_scope_while_seeking(client, archive):
    section = archive[0].section
    url = f"{section.get_absolute_url()}?before={cursor_for(archive[5])}"
    response = client.get(url)
    assert response.status_code == 200
    assert archive[6].slug in response.content.decode()
