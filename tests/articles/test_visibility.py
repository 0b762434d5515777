"""The one rule: public iff status is published and publish_at has come."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.services import publish_article, withdraw_article
from tests.factories import (
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

HIDDEN_STATES = {
    "draft": {"status": Article.Status.DRAFT},
    "review": {"status": Article.Status.REVIEW},
    "withdrawn": {"status": Article.Status.WITHDRAWN},
    "scheduled": {"status": Article.Status.PUBLISHED},  # publish_at set below
}


@pytest.fixture
def desk(tomorrow):
    """One live article and one hidden article of each kind, sharing everything."""
    section = make_section(slug="exercises")
    author = make_author(slug="ana-ruiz")
    spokesperson = make_spokesperson(slug="mira-estevan")
    shared = {"section": section, "authors": [author], "spokespersons": [spokesperson]}
    live = make_article(slug="live-story", tags=["Drills"], **shared)
    hidden = {
        name: make_article(
            slug=f"{name}-story",
            title=f"Hidden {name} headline",
            tags=["Drills"],
            related=[live],
            publish_at=tomorrow if name == "scheduled" else live.publish_at,
            **shared,
            **fields,
        )
        for name, fields in HIDDEN_STATES.items()
    }
    # The live article curates every hidden one: Related News must still hide them.
    for position, article in enumerate(hidden.values()):
        live.related_links.create(to_article=article, position=position)
    return live, hidden


def public_urls(live):
    when = live.publish_at
    return [
        reverse("articles:front"),
        reverse("articles:list"),
        live.get_absolute_url(),
        live.section.get_absolute_url(),
        reverse("articles:tag", args=["drills"]),
        live.byline[0].get_absolute_url(),
        live.spokespersons.get().get_absolute_url(),
        reverse("articles:archive_month", args=[f"{when:%Y}", f"{when:%m}"]),
    ]


def test_published_queryset_holds_only_live_articles(desk):
    live, hidden = desk
    assert list(Article.objects.published()) == [live]


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_article_is_on_no_public_page(client, desk, state):
    live, hidden = desk
    for url in public_urls(live):
        response = client.get(url)
        assert response.status_code == 200, url
        assert hidden[state].title not in response.content.decode(), url
        assert live.title in response.content.decode() or url == live.get_absolute_url()


@pytest.mark.parametrize("state", HIDDEN_STATES)
def test_hidden_article_url_is_404(client, desk, state):
    _, hidden = desk
    assert client.get(hidden[state].get_absolute_url()).status_code == 404


def test_scheduled_article_goes_live_at_its_second(client, now):
    section = make_section()
    publish_at = timezone.now() + timedelta(minutes=10)
    article = make_article(section=section, publish_at=publish_at)
    url = article.get_absolute_url()

    now.move_to(publish_at - timedelta(seconds=1))
    assert client.get(url).status_code == 404
    assert article.title not in client.get(reverse("articles:list")).content.decode()
    assert article.title not in client.get(section.get_absolute_url()).content.decode()

    now.move_to(publish_at)
    assert client.get(url).status_code == 200
    assert article.title in client.get(reverse("articles:list")).content.decode()
    assert article.title in client.get(section.get_absolute_url()).content.decode()


def test_withdrawn_article_disappears_at_once(client):
    article = make_article()
    assert client.get(article.get_absolute_url()).status_code == 200
    withdraw_article(article=article)
    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.title not in client.get(reverse("articles:front")).content.decode()


def test_publishing_a_draft_makes_it_public(client):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    assert client.get(article.get_absolute_url()).status_code == 404
    publish_article(article=article)
    assert client.get(article.get_absolute_url()).status_code == 200


def test_publish_now_keeps_a_live_articles_time(yesterday):
    article = make_article(publish_at=yesterday)
    publish_article(article=article)
    article.refresh_from_db()
    assert article.publish_at == yesterday
