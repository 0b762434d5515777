"""Hostile query strings and paths: the public site never answers 5xx."""

import pytest
from django.test import Client
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.factories import make_article, make_author, make_section, make_spokesperson
from tests.forms import form_data

pytestmark = pytest.mark.django_db

JUNK = [
    "",
    "0",
    "-1",
    "last",
    "999999",
    "9" * 40,
    "1.5",
    "1e9",
    "abc",
    "%00",
    "\x00",
    "1' OR '1'='1",
    "1; DROP TABLE articles_article;--",
    "日本語",
    "🛰️",
]
QUERIES = [
    "\x00",
    "a\x00b",
    "x" * 10_000,
    "' OR 1=1 --",
    '"; DROP TABLE articles_article; --',
    "%_\\",
    "a & b | !c <-> d:*",
    "() () ((",
    "défense 国防部 🛰️",
    "\u202e\u200b",
    "<script>",
]


@pytest.fixture
def desk(db):
    section = make_section(slug="defence")
    author = make_author(slug="ann")
    spokesperson = make_spokesperson(slug="ren")
    return make_article(
        slug="story",
        section=section,
        authors=[author],
        spokespersons=[spokesperson],
        tags=["navy"],
    )


LISTS = [
    "/",
    "/articles/",
    "/sections/defence/",
    "/tags/navy/",
    "/authors/ann/",
    "/spokespersons/ren/",
    "/search/",
    "/archive/2024/01/",
]


@pytest.mark.parametrize("page", JUNK)
@pytest.mark.parametrize("url", LISTS)
def test_junk_page_numbers_never_fail(client, desk, url, page):
    response = client.get(url, {"page": page})
    assert response.status_code in (200, 404)


@pytest.mark.parametrize("query", QUERIES)
def test_hostile_search_queries_never_fail(client, desk, query):
    response = client.get("/search/", {"q": query, "page": "2x"})
    assert response.status_code in (200, 404)
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/articles/no-such-story/",
        "/articles/story%00/",
        "/articles/%73tory/",
        "/articles/st%C3%B6ry/",
        "/articles/%E2%80%AE/",
        "/articles/story/junk/",
        "/articles/story/%2e%2e/",
        "/articles/..%2f..%2fetc%2fpasswd/",
        "/sections/%ff/",
        "/tags/%00/",
        "/tags/%C3%A9%C3%A9/",
        "/tags/%ff%fe/",
        "/authors/nobody/",
        "/spokespersons/' OR 1=1 --/",
        "/archive/0000/00/",
        "/archive/2024/13/",
        "/archive/9999/99/",
        "/feeds/rss/junk/",
        "/feeds/sections/none/rss/",
        "/feeds/tags/%00/atom/",
        "/feeds/authors/%ff/json/",
        "/feeds/spokespersons/x/xml/",
        "/sitemap-nothing.xml",
        "/sitemap-articles.xml?p=abc",
        "/sitemap.xml?p=-1",
        "/preview/share/%00/",
        "/preview/articles/99999999999999999999/",
        "/" + "a" * 5000 + "/",
    ],
)
def test_odd_paths_are_not_server_errors(client, desk, path):
    assert client.get(path).status_code < 500


TEXT = st.text(max_size=60)
SEGMENT = st.text(max_size=30).filter(lambda s: "/" not in s and "?" not in s)
FEED_SCOPES = st.sampled_from(["sections", "tags", "authors", "spokespersons"])
FEED_FORMATS = st.sampled_from(["rss", "atom", "json", "xml", ""])


def quoted(segment):
    from urllib.parse import quote

    return quote(segment, safe="")


PATHS = st.one_of(
    st.just("/"),
    st.just("/articles/"),
    st.builds("/articles/{}/".format, SEGMENT.map(quoted)),
    st.builds("/sections/{}/".format, SEGMENT.map(quoted)),
    st.builds("/tags/{}/".format, SEGMENT.map(quoted)),
    st.builds("/authors/{}/".format, SEGMENT.map(quoted)),
    st.builds("/spokespersons/{}/".format, SEGMENT.map(quoted)),
    st.builds(
        "/archive/{}/{}/".format,
        st.from_regex(r"\A[0-9]{4}\Z"),
        st.from_regex(r"\A[0-9]{2}\Z"),
    ),
    st.builds("/feeds/{}/".format, FEED_FORMATS),
    st.builds(
        "/feeds/{}/{}/{}/".format, FEED_SCOPES, SEGMENT.map(quoted), FEED_FORMATS
    ),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(path=PATHS, query=TEXT, page=TEXT)
def test_generated_urls_never_fail(client, desk, path, query, page):
    assert client.get(path, {"page": page}).status_code < 500, path
    response = client.get("/search/", {"q": query, "page": page})
    assert response.status_code < 500, (query, page)


PUBLIC_PAGES = [
    "/",
    "/articles/",
    "/articles/story/",
    "/sections/defence/",
    "/tags/navy/",
    "/authors/ann/",
    "/spokespersons/ren/",
    "/search/?q=navy",
    "/archive/2024/01/",
    "/feeds/rss/",
    "/feeds/atom/",
    "/feeds/json/",
    "/feeds/sections/defence/rss/",
    "/feeds/tags/navy/atom/",
    "/feeds/authors/ann/json/",
    "/feeds/spokespersons/ren/rss/",
    "/sitemap.xml",
    "/sitemap-news.xml",
    "/sitemap-articles.xml",
    "/robots.txt",
    "/healthz",
]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_refuse_writes(client, desk, url, method):
    assert getattr(client, method)(url).status_code == 405


def test_the_admin_change_form_needs_its_csrf_token(chief, desk):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(chief)
    url = reverse("admin:articles_article_change", args=[desk.pk])
    data = form_data(browser.get(url), title="Forged headline")
    data.pop("csrfmiddlewaretoken", None)
    assert browser.post(url, data).status_code == 403
    desk.refresh_from_db()
    assert desk.title != "Forged headline"
