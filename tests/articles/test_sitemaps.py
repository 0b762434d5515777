"""Sitemaps and robots.txt: what crawlers are told, and that hidden stays hidden."""

from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_section, make_spokesperson

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return ElementTree.fromstring(response.content)


def locations(client, url):
    return [loc.text for loc in xml(client, url).iterfind(".//sm:loc", NS)]


@pytest.fixture
def desk(yesterday, tomorrow):
    section = make_section(slug="exercises")
    live = make_article(
        slug="live",
        section=section,
        publish_at=yesterday,
        tags=["Drills"],
        authors=[make_author(slug="ana-ruiz")],
        spokespersons=[make_spokesperson(slug="mira-estevan")],
    )
    hidden_section = make_section(slug="empty-section")
    for status in (Article.Status.DRAFT, Article.Status.WITHDRAWN):
        make_article(
            slug=f"hidden-{status}",
            status=status,
            section=hidden_section,
            tags=["Secret"],
            authors=[make_author(slug=f"writer-{status}")],
        )
    make_article(slug="scheduled", publish_at=tomorrow, section=hidden_section)
    return live


def test_index_points_to_every_sitemap(client, desk):
    assert locations(client, "/sitemap.xml") == [
        f"http://testserver/sitemap-{name}.xml"
        for name in ("articles", "sections", "tags", "authors", "spokespersons")
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("articles", "/articles/live/"),
        ("sections", "/sections/exercises/"),
        ("tags", "/tags/drills/"),
        ("authors", "/authors/ana-ruiz/"),
        ("spokespersons", "/spokespersons/mira-estevan/"),
    ],
)
def test_each_sitemap_lists_only_public_pages(client, desk, name, expected):
    assert locations(client, f"/sitemap-{name}.xml") == [f"http://testserver{expected}"]


def test_article_lastmod_is_its_updated_time(client, desk):
    corrected = desk.publish_at + timedelta(hours=3)
    Article.objects.filter(pk=desk.pk).update(updated_at=corrected)
    [lastmod] = xml(client, "/sitemap-articles.xml").iterfind(".//sm:lastmod", NS)
    assert lastmod.text == corrected.replace(microsecond=0).isoformat()


def test_news_sitemap_has_the_last_two_days(client, desk):
    make_article(slug="old", publish_at=timezone.now() - timedelta(days=3))
    root = xml(client, "/sitemap-news.xml")
    [url] = root.iterfind("sm:url", NS)
    assert url.find("sm:loc", NS).text == "http://testserver/articles/live/"
    news = url.find("news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "Newsdesk"
    assert news.find("news:publication/news:language", NS).text == "en"
    assert news.find("news:title", NS).text == desk.title
    assert news.find("news:publication_date", NS).text == desk.publish_at.isoformat()


def test_news_sitemap_escapes_titles(client):
    make_article(title="Fish & <chips> ]]>")
    root = xml(client, "/sitemap-news.xml")
    assert root.find(".//news:title", NS).text == "Fish & <chips> ]]>"


def test_robots_points_to_both_sitemaps_and_keeps_crawlers_out(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Disallow: /preview/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-news.xml" in lines
