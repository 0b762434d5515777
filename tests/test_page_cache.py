"""The page cache: anonymous reads kept per edition, never past an embargo."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles import editions
from articles.services import withdraw_article
from newsdesk.page_cache import PageCacheMiddleware, page_key
from tests.factories import make_article, make_author, make_section

pytestmark = pytest.mark.django_db

PUBLIC_URLS = ["/", "/articles/", "/feeds/rss/", "/feeds/json/", "/sitemap.xml"]


def queries_for(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    return response, len(queries)


@pytest.fixture(params=["local memory", "redis"])
def any_cache(request):
    """Each test below runs on both backends the desk supports."""
    if request.param == "redis":
        request.getfixturevalue("redis_cache")
    cache.clear()
    yield request.param
    cache.clear()


@pytest.fixture
def story(any_cache):
    return make_article(slug="a-story", title="First headline", tags=["Drills"])


def test_a_warm_article_page_needs_no_query(client, story):
    first, _ = queries_for(client, "/articles/a-story/")
    again, count = queries_for(client, "/articles/a-story/")
    assert first.status_code == again.status_code == 200
    assert again.content == first.content
    assert count == 0


@pytest.mark.parametrize("url", PUBLIC_URLS)
def test_every_public_page_and_feed_is_served_warm_without_a_query(client, story, url):
    client.get(url)
    response, count = queries_for(client, url)
    assert response.status_code == 200 and count == 0


def test_an_edit_is_on_the_page_at_once(client, story):
    client.get("/articles/a-story/")
    client.get("/")
    story.title = "Second headline"
    story.save()
    assert "Second headline" in client.get("/articles/a-story/").content.decode()
    assert "Second headline" in client.get("/").content.decode()


def test_a_withdrawal_takes_the_page_down_at_once(client, story):
    assert client.get("/articles/a-story/").status_code == 200
    withdraw_article(article=story)
    assert client.get("/articles/a-story/").status_code == 404
    assert "First headline" not in client.get("/feeds/rss/").content.decode()


@pytest.mark.parametrize("change", ["author", "section", "tag"])
def test_a_change_to_a_person_section_or_tag_reaches_the_article_page(
    client, any_cache, change
):
    author, section = make_author(name="Ada Byline"), make_section(name="Exercises")
    story = make_article(section=section, authors=[author], tags=["Drills"])
    client.get(story.get_absolute_url())
    if change == "author":
        author.name = "Ada Renamed"
        author.save()
    elif change == "section":
        section.name = "Renamed Section"
        section.save()
    else:
        tag = story.tags.get()
        tag.name = "Renamed Tag"
        tag.save()
    html = client.get(story.get_absolute_url()).content.decode()
    assert "Renamed" in html


def test_a_scheduled_article_is_on_cached_pages_at_its_second(client, any_cache, now):
    make_article(title="Older news")
    go_live = timezone.now() + timedelta(minutes=10)
    make_article(title="Embargoed news", slug="embargoed", publish_at=go_live)
    for url in ["/", "/articles/", "/feeds/rss/"]:
        assert "Embargoed news" not in client.get(url).content.decode()
    now.move_to(go_live - timedelta(seconds=1))
    assert "Embargoed news" not in client.get("/").content.decode()
    now.move_to(go_live)
    for url in ["/", "/articles/", "/feeds/rss/"]:
        assert "Embargoed news" in client.get(url).content.decode(), url
    assert client.get("/articles/embargoed/").status_code == 200


def test_cdn_lifetimes_end_before_the_next_scheduled_article(client, any_cache, now):
    make_article()
    calm = client.get("/")
    assert "public" in calm["Cache-Control"]
    assert "max-age=60" in calm["Cache-Control"]
    assert "stale-while-revalidate=300" in calm["Cache-Control"]
    make_article(publish_at=timezone.now() + timedelta(seconds=45))
    busy = client.get("/")
    assert "max-age=45" in busy["Cache-Control"]
    assert "stale-while-revalidate=0" in busy["Cache-Control"]


def test_pages_answer_304_without_rendering(client, story):
    first = client.get("/articles/a-story/")
    assert first["ETag"] and first["Last-Modified"]
    again, count = queries_for(
        client, "/articles/a-story/", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert again.status_code == 304 and again.content == b"" and count == 0
    since, _ = queries_for(
        client, "/articles/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert since.status_code == 304


def test_an_edit_changes_the_validators(client, story, now):
    first = client.get("/articles/a-story/")
    now.shift(timedelta(seconds=2))
    story.title = "Second headline"
    story.save()
    again = client.get(
        "/articles/a-story/",
        HTTP_IF_NONE_MATCH=first["ETag"],
        HTTP_IF_MODIFIED_SINCE=first["Last-Modified"],
    )
    assert again.status_code == 200 and again["ETag"] != first["ETag"]


def test_304_and_cache_hold_without_the_page_cache(client, story, settings):
    """Turned off, pages render every time but still revalidate for free."""
    settings.NEWSDESK_PAGE_CACHE_SECONDS = 0
    first = client.get("/articles/a-story/")
    _, count = queries_for(client, "/articles/a-story/")
    assert count > 0
    again, count = queries_for(
        client, "/articles/a-story/", HTTP_IF_NONE_MATCH=first["ETag"]
    )
    assert again.status_code == 304 and count == 0


def test_staff_bypass_the_cache(editor_client, story):
    editor_client.get("/articles/a-story/")
    response, count = queries_for(editor_client, "/articles/a-story/")
    assert count > 0
    assert "public" not in response.get("Cache-Control", "")
    assert "ETag" not in response


def test_previews_are_never_cached(editor_client, any_cache):
    draft = make_article(status="draft", title="Draft headline")
    url = f"/preview/articles/{draft.pk}/"
    assert editor_client.get(url).status_code == 200
    draft.title = "Draft headline, revised"
    draft.save()
    response = editor_client.get(url)
    assert "Draft headline, revised" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_unknown_query_parameters_bypass_the_cache(client, story):
    client.get("/articles/?utm_source=x")
    response, count = queries_for(client, "/articles/?utm_source=x")
    assert count > 0 and "ETag" not in response


def test_a_not_found_is_not_kept(client, any_cache):
    assert client.get("/articles/later/").status_code == 404
    make_article(slug="later")
    assert client.get("/articles/later/").status_code == 200


def test_another_worker_learns_of_a_change(client, story, settings):
    """Workers share the edition stamp (a file, or Redis), not their memory."""
    before = editions.current_edition()
    # What a save in another process does: only the shared stamp moves.
    editions._write_stamp()
    after = editions.current_edition()
    assert after.stamp > before.stamp and after.etag != before.etag


def test_validators_change_when_a_scheduled_article_goes_live(client, any_cache, now):
    """Else a reader's 304 would keep the page from before the embargo ended."""
    make_article()
    go_live = timezone.now() + timedelta(minutes=10)
    make_article(title="Embargoed news", publish_at=go_live)
    first = client.get("/")
    now.move_to(go_live)
    again = client.get("/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and "Embargoed news" in again.content.decode()


def test_no_kept_page_outlives_the_next_scheduled_article(rf, any_cache, now):
    make_article()
    go_live = timezone.now() + timedelta(minutes=4)
    make_article(publish_at=go_live)
    request = rf.get("/")
    PageCacheMiddleware(lambda request: HttpResponse("front page"))(request)
    kept = cache.get(page_key(request, editions.current_edition()))
    assert kept.content == b"front page"
    assert kept.expires == go_live.timestamp()


def test_with_the_cache_server_away_pages_render_and_saves_succeed(client, settings):
    """A cache is only a cache: Redis restarting must not take the site down."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/15",  # nothing listens there
        }
    }
    story = make_article(slug="a-story", title="First headline")
    story.title = "Second headline"
    story.save()
    response = client.get("/articles/a-story/")
    assert response.status_code == 200
    assert "Second headline" in response.content.decode()
    assert "ETag" not in response
