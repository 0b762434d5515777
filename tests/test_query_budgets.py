"""Every public page and feed renders in a fixed number of queries.

Each budget holds for a page of 2 articles with one author, tag and
spokesperson each, and for a full page whose articles have several of each
and Related News: prefetching, never a query per item. Counted with the page
cache off and the edition already read (a warm cache needs none at all,
tests/test_page_cache.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import make_article, make_author, make_section, make_spokesperson

pytestmark = pytest.mark.django_db

BUDGETS = {
    # article+section, bylines, tags, spokespersons, corrections, curated
    # related, related by tag or spokesperson, by section, navigation sections
    "article": 9,
    # lead, section cutoffs, latest per section, their bylines and tags, navigation
    "/": 8,
    # a page of articles, bylines, tags, navigation
    "/articles/": 4,
    # + is the month empty, the months before and after
    "/archive/{year}/{month:02d}/": 7,
    "/sections/{section}/": 5,  # + the section
    "/tags/{tag}/": 5,  # + the tag
    "/authors/{author}/": 5,  # + the author
    "/spokespersons/{spokesperson}/": 5,  # + the spokesperson
    # results (one more row tells if a page follows: no count), bylines, tags,
    # navigation, the three filter lists
    "/search/?q=report": 7,
    # articles, bylines, tags, spokespersons, corrections (feed items)
    "/feeds/rss/": 5,
    "/feeds/atom/": 5,
    "/feeds/json/": 5,
    "/feeds/sections/{section}/rss/": 6,  # + the section
    "/feeds/tags/{tag}/atom/": 6,
    "/feeds/authors/{author}/json/": 6,
    "/feeds/spokespersons/{spokesperson}/rss/": 6,
}


def desk(n, per_item):
    """n + 1 public articles in one section, each by `per_item` authors, with
    as many tags and spokespersons, the newest with `per_item` related."""
    section = make_section(slug="the-section")
    authors = [make_author(slug=f"author-{i}") for i in range(per_item)]
    people = [make_spokesperson(slug=f"person-{i}") for i in range(per_item)]
    tags = [f"tag-{i}" for i in range(per_item)]
    shared = {"section": section, "authors": authors, "spokespersons": people}
    older = [make_article(title=f"Report {i}", tags=tags, **shared) for i in range(n)]
    lead = make_article(
        title="Report lead", tags=tags, related=older[:per_item], **shared
    )
    return {
        "article": lead.get_absolute_url(),
        "section": section.slug,
        "tag": "tag-0",
        "author": "author-0",
        "spokesperson": "person-0",
    }


def queries(client, url):
    assert client.get(url).status_code == 200, url  # reads the edition once
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200, url
    return len(captured)


def budget_url(template, names):
    today = timezone.localdate()
    if template == "article":
        return names["article"]
    return template.format(year=today.year, month=today.month, **names)


@pytest.fixture
def uncached(settings):
    settings.NEWSDESK_PAGE_CACHE_SECONDS = 0


@pytest.mark.parametrize("template", BUDGETS)
def test_a_small_page_keeps_its_budget(client, uncached, template):
    names = desk(1, per_item=1)
    assert queries(client, budget_url(template, names)) == BUDGETS[template]


@pytest.mark.parametrize("template", BUDGETS)
def test_a_full_page_of_rich_articles_keeps_the_same_budget(client, uncached, template):
    names = desk(21, per_item=4)
    assert queries(client, budget_url(template, names)) == BUDGETS[template]
