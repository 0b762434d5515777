"""Stored XSS: hostile text in every field that reaches a page, feed or the admin."""

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from urllib.parse import urlsplit

import feedparser
import pytest
from django.urls import reverse
from taggit.models import Tag

from articles.models import Article, Correction
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

PAYLOAD = '<script>alert(1)</script>"><img src=x onerror=alert(2)>]]></script>'
HOSTILE_LINKS = (
    '<a href="javascript:alert(3)">js</a>'
    '<a href="data:text/html,&lt;script&gt;alert(4)&lt;/script&gt;">data</a>'
    '<a href="https://example.org/ok">ok</a><a href="mailto:desk@example.org">m</a>'
)
SAFE_SCHEMES = {"http", "https", "mailto", ""}


class Tags(HTMLParser):
    """The real elements of a page, their attributes and inline script text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.scripts = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        if tag == "script":
            self._script = [dict(attrs).get("type", ""), ""]

    def handle_data(self, data):
        if self._script is not None:
            self._script[1] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append(tuple(self._script))
            self._script = None


def parse_html(html):
    parser = Tags()
    parser.feed(html)
    parser.close()
    return parser


def assert_no_injected_markup(html, where):
    assert "<script>alert" not in html, where
    page = parse_html(html)
    for tag, attrs in page.elements:
        handlers = {name for name in attrs if name.startswith("on")}
        assert not any("alert" in (attrs[name] or "") for name in handlers), (
            where,
            tag,
            attrs,
        )
        assert not (tag == "img" and attrs.get("src") == "x"), (where, attrs)
        if tag == "a" and attrs.get("href"):
            scheme = urlsplit(attrs["href"].strip()).scheme.lower()
            assert scheme in SAFE_SCHEMES, (where, attrs["href"])
    for kind, text in page.scripts:
        if kind == "application/ld+json":
            json.loads(text)
        else:
            assert "alert(" not in text, (where, text)
    return page


@pytest.fixture
def hostile(db):
    """An article, and everything around it, written by an attacker."""
    section = make_section(slug="hostile", name=f"Sec {PAYLOAD}", description=PAYLOAD)
    author = make_author(slug="hostile-author", name=f"Ann {PAYLOAD}", bio=PAYLOAD)
    spokesperson = make_spokesperson(
        slug="hostile-spokesperson",
        name=f"Ren {PAYLOAD}",
        rank=PAYLOAD,
        role=PAYLOAD,
        organization=PAYLOAD,
        organization_abbreviation="X<b>",
    )
    tag = Tag.objects.create(name=f"tag {PAYLOAD}", slug="hostile-tag")
    article = make_article(
        slug="hostile-story",
        title=f"Payload {PAYLOAD}",
        summary=f"Dek {PAYLOAD}",
        body=f"<p>Body {PAYLOAD}</p>{HOSTILE_LINKS}",
        dateline=PAYLOAD,
        source=PAYLOAD,
        lead_image=image_upload(),
        caption=PAYLOAD,
        credit=PAYLOAD,
        alt=PAYLOAD,
        section=section,
        authors=[author],
        spokespersons=[spokesperson],
        tags=[tag],
    )
    Correction.objects.create(article=article, text=f"Fix {PAYLOAD}")
    return article


def test_the_body_is_sanitised_on_save(hostile):
    body = Article.objects.get(pk=hostile.pk).body
    assert "<script" not in body and "onerror" not in body
    assert "javascript:" not in body and "data:" not in body
    hrefs = [
        attrs["href"]
        for tag, attrs in parse_html(body).elements
        if tag == "a" and "href" in attrs
    ]
    assert hrefs == ["https://example.org/ok", "mailto:desk@example.org"]


PUBLIC_PAGES = [
    "/",
    "/articles/",
    "/articles/hostile-story/",
    "/sections/hostile/",
    "/tags/hostile-tag/",
    "/authors/hostile-author/",
    "/spokespersons/hostile-spokesperson/",
    "/search/?q=Payload",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_escape_hostile_text(client, hostile, url):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert_no_injected_markup(html, url)
    assert "Payload &lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_json_ld_block_parses_and_keeps_the_text(client, hostile):
    page = parse_html(client.get(hostile.get_absolute_url()).content.decode())
    blocks = [json.loads(t) for k, t in page.scripts if k == "application/ld+json"]
    assert blocks
    assert blocks[0]["headline"] == f"Payload {PAYLOAD}"


FEEDS = [
    "/feeds/{kind}/",
    "/feeds/sections/hostile/{kind}/",
    "/feeds/tags/hostile-tag/{kind}/",
    "/feeds/authors/hostile-author/{kind}/",
    "/feeds/spokespersons/hostile-spokesperson/{kind}/",
]


@pytest.mark.parametrize("kind", ["rss", "atom"])
@pytest.mark.parametrize("template", FEEDS)
def test_xml_feeds_stay_well_formed_and_carry_no_markup(
    client, hostile, template, kind
):
    url = template.format(kind=kind)
    response = client.get(url)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # raises on malformed XML
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.entries[0].title == f"Payload {PAYLOAD}"
    for where, html in html_fields(root):
        assert_no_injected_markup(html, f"{url} {where}")


CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
ATOM = "{http://www.w3.org/2005/Atom}"


def html_fields(root):
    """The texts a feed reader renders as HTML: RSS item descriptions and
    content:encoded, Atom summary and content of type html."""
    for item in root.iter("item"):
        for element in [*item.findall("description"), *item.findall(CONTENT)]:
            yield element.tag, element.text or ""
    for name in ("summary", "content"):
        for element in root.iter(ATOM + name):
            if element.get("type") == "html":
                yield element.tag, element.text or ""


@pytest.mark.parametrize("template", FEEDS)
def test_json_feeds_parse_and_their_html_is_clean(client, hostile, template):
    url = template.format(kind="json")
    feed = json.loads(client.get(url).content)
    item = feed["items"][0]
    assert item["title"] == f"Payload {PAYLOAD}"
    if "content_html" in item:
        assert_no_injected_markup(item["content_html"], url)


def test_news_sitemap_is_well_formed(client, hostile):
    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    titles = [e.text for e in root.iter() if e.tag.endswith("title")]
    assert f"Payload {PAYLOAD}" in titles


def admin_pages(article):
    section, author = article.section, article.byline[0]
    spokesperson = article.spokespersons.get()
    return [
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_history", args=[article.pk]),
        reverse("admin:articles_section_change", args=[section.pk]),
        reverse("admin:articles_section_changelist"),
        reverse("admin:people_author_change", args=[author.pk]),
        reverse("admin:people_author_changelist"),
        reverse("admin:people_spokesperson_change", args=[spokesperson.pk]),
        reverse("admin:people_spokesperson_changelist"),
        reverse("admin:taggit_tag_changelist"),
        reverse("admin:articles_articleevent_changelist"),
        reverse("desk:calendar"),
    ]


def test_admin_pages_escape_hostile_text(chief_client, hostile):
    hostile.refresh_from_db()
    for url in admin_pages(hostile):
        response = chief_client.get(url)
        assert response.status_code == 200, url
        assert_no_injected_markup(response.content.decode(), url)
