"""Feeds read back with a real parser: every field, every scope, every format."""

import html
import json
from datetime import timedelta

import feedparser
import feedparser_rs
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.services import withdraw_article
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

FORMATS = ["rss", "atom", "json"]
VERSIONS = {
    "application/rss+xml; charset=utf-8": "rss20",
    "application/atom+xml; charset=utf-8": "atom10",
    "application/feed+json; charset=utf-8": "json11",
}
CONTENT_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
}


@pytest.fixture
def story(yesterday):
    section = make_section(name="Exercises", slug="exercises")
    article = make_article(
        slug="harbour-drill",
        title="Navies rehearse a harbour rescue",
        summary="Three fleets practised a joint rescue & tow.",
        body="<p>Crews spent <strong>two days</strong> at sea.</p>",
        section=section,
        publish_at=yesterday,
        authors=[
            make_author(name="Ana Ruiz", slug="ana-ruiz"),
            make_author(name="Tomas Veil"),
        ],
        spokespersons=[make_spokesperson(name="Mira Estevan", slug="mira-estevan")],
        tags=["Naval Exercises", "Aldria"],
        lead_image=image_upload("drill.png", size=(64, 36)),
        alt="A rescue boat",
    )
    # Corrected an hour after it went out, so published and updated differ.
    corrected = yesterday + timedelta(hours=1)
    Article.objects.filter(pk=article.pk).update(updated_at=corrected)
    article.updated_at = corrected
    return article


def feed_urls(story):
    return {
        "site": lambda f: reverse("articles:site_feed", args=[f]),
        "section": lambda f: reverse(
            "articles:scoped_feed", args=["sections", "exercises", f]
        ),
        "tag": lambda f: reverse(
            "articles:scoped_feed", args=["tags", "naval-exercises", f]
        ),
        "author": lambda f: reverse(
            "articles:scoped_feed", args=["authors", "ana-ruiz", f]
        ),
        "spokesperson": lambda f: reverse(
            "articles:scoped_feed", args=["spokespersons", "mira-estevan", f]
        ),
    }


def parse(client, url):
    """Read a feed back as a reader would: feedparser for RSS and Atom, and
    feedparser-rs (the same API) for JSON Feed, which feedparser cannot read."""
    response = client.get(url)
    assert response.status_code == 200, url
    version = VERSIONS[response["Content-Type"]]
    parser = feedparser_rs if version == "json11" else feedparser
    feed = parser.parse(response.content)
    assert feed.bozo == 0, (url, feed.get("bozo_exception"))
    assert feed.version == version
    return response, feed


@pytest.mark.parametrize("feed_format", FORMATS)
@pytest.mark.parametrize("scope", ["site", "section", "tag", "author", "spokesperson"])
def test_every_feed_parses_and_carries_every_field(client, story, feed_format, scope):
    url = feed_urls(story)[scope](feed_format)
    response, feed = parse(client, url)

    assert response["Content-Type"] == CONTENT_TYPES[feed_format]
    [entry] = feed.entries
    assert html.unescape(entry.title) == "Navies rehearse a harbour rescue"
    assert entry.link == "http://testserver/articles/harbour-drill/"
    assert entry.id == f"urn:uuid:{story.uuid}"
    assert entry.published_parsed[:6] == story.publish_at.utctimetuple()[:6]
    assert entry.updated_parsed[:6] == story.updated_at.utctimetuple()[:6]
    assert [author.name for author in entry.authors] == ["Ana Ruiz", "Tomas Veil"]
    categories = [tag.term for tag in entry.tags]
    assert categories == ["Exercises", "Naval Exercises", "Aldria"]
    # RSS descriptions are HTML by definition; Atom and JSON carry plain text.
    assert (
        html.unescape(entry.summary) == "Three fleets practised a joint rescue & tow."
    )
    assert entry.content[0].value == story.body
    [enclosure] = entry.enclosures
    assert enclosure.href == f"http://testserver{story.lead_image.url}"
    assert enclosure.type == "image/png"
    if feed_format != "json":  # its size_in_bytes is checked on the raw JSON
        assert int(enclosure.length) == story.lead_image.size


@pytest.mark.parametrize("feed_format", FORMATS)
def test_feed_times_name_the_same_instant_in_any_desk_zone(
    client, story, feed_format, settings
):
    settings.TIME_ZONE = "Asia/Shanghai"
    _, feed = parse(client, f"/feeds/{feed_format}/")
    entry = feed.entries[0]
    assert entry.published_parsed[:6] == story.publish_at.utctimetuple()[:6]
    assert entry.updated_parsed[:6] == story.updated_at.utctimetuple()[:6]


def test_atom_has_its_required_members(client, story):
    _, feed = parse(client, "/feeds/atom/")
    assert feed.feed.id and feed.feed.title and feed.feed.updated
    for entry in feed.entries:
        assert entry.id and entry.title and entry.updated


def test_json_feed_has_the_members_its_spec_requires(client, story):
    document = json.loads(client.get("/feeds/json/").content)
    assert document["version"] == "https://jsonfeed.org/version/1.1"
    assert document["title"] == "Newsdesk"
    assert document["home_page_url"] == "http://testserver/"
    assert document["feed_url"] == "http://testserver/feeds/json/"
    [item] = document["items"]
    assert item["id"] == f"urn:uuid:{story.uuid}"
    assert item["content_html"] == story.body
    assert item["date_published"] == story.publish_at.isoformat()
    assert item["authors"][0] == {
        "name": "Ana Ruiz",
        "url": "http://testserver/authors/ana-ruiz/",
    }
    assert item["attachments"][0]["mime_type"] == "image/png"
    assert item["attachments"][0]["size_in_bytes"] == story.lead_image.size


def test_the_id_survives_edits(client, story):
    before = parse(client, "/feeds/atom/")[1].entries[0].id
    story.title, story.slug = "A new headline", "a-new-slug"
    story.save()
    after = parse(client, "/feeds/atom/")[1].entries[0]
    assert after.id == before and after.title == "A new headline"


def test_latest_twenty_newest_first(client, yesterday):
    section = make_section()
    for hour in range(25):
        make_article(
            title=f"Story {hour}",
            section=section,
            publish_at=yesterday - timedelta(hours=hour),
        )
    _, feed = parse(client, "/feeds/rss/")
    assert [entry.title for entry in feed.entries] == [f"Story {h}" for h in range(20)]


@pytest.mark.parametrize("feed_format", FORMATS)
def test_hidden_articles_are_in_no_feed(client, story, tomorrow, feed_format):
    shared = {"section": story.section, "tags": ["Naval Exercises"]}
    make_article(title="Draft", status=Article.Status.DRAFT, **shared)
    make_article(title="Review", status=Article.Status.REVIEW, **shared)
    make_article(title="Withdrawn", status=Article.Status.WITHDRAWN, **shared)
    make_article(title="Scheduled", publish_at=tomorrow, **shared)
    for url_for in feed_urls(story).values():
        _, feed = parse(client, url_for(feed_format))
        assert [entry.title for entry in feed.entries] == [story.title]


def test_a_scheduled_article_enters_feeds_at_its_second(client, now):
    go_live = timezone.now() + timedelta(minutes=5)
    make_article(title="Embargoed", publish_at=go_live)
    now.move_to(go_live - timedelta(seconds=1))
    assert parse(client, "/feeds/atom/")[1].entries == []
    now.move_to(go_live)
    assert [e.title for e in parse(client, "/feeds/atom/")[1].entries] == ["Embargoed"]


class TestConditionalGet:
    def test_matching_etag_is_304_without_a_query(self, client, story):
        first = client.get("/feeds/rss/")
        with CaptureQueriesContext(connection) as queries:
            again = client.get("/feeds/rss/", HTTP_IF_NONE_MATCH=first["ETag"])
        assert again.status_code == 304 and again.content == b""
        assert again["ETag"] == first["ETag"]
        # The edition is known: no query at all, nothing is rendered.
        assert len(queries) == 0

    def test_if_modified_since_is_304(self, client, story):
        first = client.get("/feeds/json/")
        again = client.get(
            "/feeds/json/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
        )
        assert again.status_code == 304

    @pytest.mark.parametrize(
        "change",
        ["edit", "withdraw", "publish", "scheduled_goes_live"],
    )
    def test_any_change_to_the_feed_changes_the_validators(
        self, client, story, change, now
    ):
        go_live = timezone.now() + timedelta(minutes=5)
        scheduled = make_article(section=story.section, publish_at=go_live)
        first = client.get("/feeds/atom/")
        now.shift(timedelta(seconds=2))
        if change == "edit":
            story.title = "Corrected headline"
            story.save()
        elif change == "withdraw":
            withdraw_article(article=story)
        elif change == "publish":
            make_article(section=story.section)
        else:
            now.move_to(go_live)
        again = client.get(
            "/feeds/atom/",
            HTTP_IF_NONE_MATCH=first["ETag"],
            HTTP_IF_MODIFIED_SINCE=first["Last-Modified"],
        )
        assert again.status_code == 200
        assert again["ETag"] != first["ETag"]
        if change == "scheduled_goes_live":
            assert scheduled.title in again.content.decode()

    def test_withdrawal_defeats_if_modified_since_alone(self, client, story, now):
        first = client.get("/feeds/rss/")
        now.shift(timedelta(seconds=2))
        withdraw_article(article=story)
        again = client.get("/feeds/rss/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        assert again.status_code == 200


def test_feed_query_count_does_not_grow_with_items(client, yesterday):
    """Entries prefetch bylines, tags and spokespersons for the whole feed."""

    def count():
        with CaptureQueriesContext(connection) as queries:
            client.get("/feeds/rss/")
        return len(queries)

    section = make_section()
    make_article(section=section, authors=[make_author()], tags=["One"])
    few = count()
    for _ in range(8):
        make_article(
            section=section,
            authors=[make_author(), make_author()],
            tags=["Two", "Three"],
            spokespersons=[make_spokesperson()],
        )
    assert count() == few


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/sections/nowhere/rss/",
        "/feeds/tags/nowhere/atom/",
        "/feeds/authors/nowhere/json/",
        "/feeds/spokespersons/nowhere/rss/",
        "/feeds/planets/earth/rss/",
        "/feeds/xml/",
    ],
)
def test_unknown_feeds_are_404(client, url):
    assert client.get(url).status_code == 404


def test_feeds_answer_get_and_head_only(client, story):
    assert client.post("/feeds/rss/").status_code == 405
    assert client.head("/feeds/rss/").status_code == 200


def test_pages_announce_their_feeds(client, story):
    section_feeds = [f'href="/feeds/sections/exercises/{f}/"' for f in FORMATS]
    site_feeds = [f'href="/feeds/{f}/"' for f in FORMATS]
    pages = {
        "/": site_feeds,
        "/articles/": site_feeds,
        story.get_absolute_url(): section_feeds + site_feeds,
        "/sections/exercises/": section_feeds,
        "/tags/naval-exercises/": [
            f'href="/feeds/tags/naval-exercises/{f}/"' for f in FORMATS
        ],
        "/authors/ana-ruiz/": [f'href="/feeds/authors/ana-ruiz/{f}/"' for f in FORMATS],
        "/spokespersons/mira-estevan/": [
            f'href="/feeds/spokespersons/mira-estevan/{f}/"' for f in FORMATS
        ],
    }
    for url, links in pages.items():
        html = client.get(url).content.decode()
        for link in links:
            assert link in html, (url, link)
        for mime in (
            "application/rss+xml",
            "application/atom+xml",
            "application/feed+json",
        ):
            assert f'<link rel="alternate" type="{mime}"' in html
