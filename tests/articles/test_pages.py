"""Public pages: pagination, month archive, front page, and input that is wrong."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db


def test_front_page_has_the_lead_story_and_latest_by_section(client, yesterday):
    exercises, procurement = (
        make_section(name="Exercises"),
        make_section(name="Procurement"),
    )
    for day in range(6):
        make_article(
            title=f"Exercise day {day}",
            section=exercises,
            publish_at=yesterday - timedelta(days=day),
        )
    lead = make_article(title="Tanks ordered", section=procurement)

    response = client.get(reverse("articles:front"))

    assert response.context["lead"] == lead
    sections = dict(response.context["by_section"])
    assert [a.title for a in sections[exercises]] == [
        f"Exercise day {d}" for d in range(4)
    ]
    assert procurement not in sections  # its only story leads the page


def test_list_pages_twenty_per_page(client, yesterday):
    section = make_section()
    for minute in range(25):
        make_article(section=section, publish_at=yesterday - timedelta(minutes=minute))

    first = client.get(reverse("articles:list"))
    second = client.get(reverse("articles:list"), {"page": 2})

    assert len(first.context["articles"]) == 20
    assert len(second.context["articles"]) == 5
    assert 'rel="next"' in first.content.decode()


def test_list_page_query_count_does_not_grow_with_items(client):
    """Bylines and tags are prefetched for the page, not queried per article."""

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get(reverse("articles:list"))
        return len(queries)

    make_article(authors=[make_author()], tags=["One"])
    few = count()
    for _ in range(10):
        make_article(authors=[make_author(), make_author()], tags=["Two", "Three"])
    assert count() == few


def test_month_archive(client):
    july = datetime(2025, 7, 14, 9, 30, tzinfo=UTC)
    in_july = make_article(title="July story", publish_at=july)
    make_article(title="August story", publish_at=july + timedelta(days=31))

    response = client.get(reverse("articles:archive_month", args=["2025", "07"]))

    assert list(response.context["articles"]) == [in_july]
    assert "July 2025" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/articles/no-such-story/",
        "/sections/no-such-section/",
        "/tags/no-such-tag/",
        "/authors/no-such-author/",
        "/spokespersons/no-such-person/",
        "/articles/%E2%9C%93-odd/",
        "/archive/2025/13/",
        "/archive/2025/00/",
        "/archive/1999/01/",
        "/archive/2025/7/",
        "/nowhere/",
    ],
)
def test_unknown_addresses_are_a_styled_404(client, url):
    make_article()
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize("page", ["0", "-1", "abc", "999", "1.5", "\x00", "9" * 40])
def test_bad_page_numbers_are_404(client, page):
    article = make_article()
    for url in ("/articles/", article.section.get_absolute_url()):
        assert client.get(url, {"page": page}).status_code == 404


def test_page_last_is_allowed(client):
    make_article()
    assert client.get("/articles/", {"page": "last"}).status_code == 200


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_public_pages_answer_get_and_head_only(client, method):
    article = make_article()
    for url in (
        reverse("articles:front"),
        reverse("articles:list"),
        article.get_absolute_url(),
    ):
        assert getattr(client, method)(url).status_code == 405
        assert client.head(url).status_code == 200


def test_server_error_page_is_styled(client, settings):
    from django.template.loader import render_to_string

    html = render_to_string("500.html")
    assert "Something went wrong" in html and "site.css" in html
