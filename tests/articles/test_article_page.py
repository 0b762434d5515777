"""The article page shows the whole story, in a fixed number of queries."""

from datetime import datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from articles.models import Article
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_section,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db


class TimeElements(HTMLParser):
    """Collect the datetime attribute of every <time> element."""

    def __init__(self):
        super().__init__()
        self.datetimes = []

    def handle_starttag(self, tag, attrs):
        if tag == "time":
            self.datetimes.append(datetime.fromisoformat(dict(attrs)["datetime"]))


def time_datetimes(html):
    parser = TimeElements()
    parser.feed(html)
    return parser.datetimes


@pytest.fixture
def full_article(yesterday):
    section = make_section(name="Exercises", slug="exercises")
    other = make_article(
        slug="earlier-drill", title="An earlier drill", section=section
    )
    return make_article(
        slug="harbour-drill",
        title="Navies rehearse a harbour rescue",
        summary="Three fleets practised a joint rescue off the coast.",
        body="<p>Crews spent two days at sea.</p>",
        dateline="PORT AVEL",
        source="Newsdesk Wire",
        section=section,
        publish_at=yesterday,
        authors=[make_author(name="Ana Ruiz"), make_author(name="Tomas Veil")],
        spokespersons=[
            make_spokesperson(
                name="Mira Estevan",
                rank="Senior Colonel",
                organization="Ministry of Defence of Aldria",
                organization_abbreviation="MOD",
            )
        ],
        tags=["Naval Exercises", "Aldria"],
        related=[other],
        lead_image=image_upload("drill.png", size=(640, 360)),
        caption="A rescue boat leaves the harbour.",
        credit="Photo: Desk archive",
        alt="An orange rescue boat beside a grey frigate",
    )


def test_article_page_shows_every_element(client, full_article):
    html = client.get(full_article.get_absolute_url()).content.decode()

    assert "<h1" in html and "Navies rehearse a harbour rescue</h1>" in html
    assert "Three fleets practised a joint rescue off the coast." in html
    for author in full_article.byline:
        assert (
            f'<a href="{author.get_absolute_url()}" rel="author">{author.name}</a>'
            in html
        )
    assert "Newsdesk Wire" in html
    assert "PORT AVEL" in html
    assert full_article.publish_at.replace(microsecond=0) in time_datetimes(html)
    assert 'alt="An orange rescue boat beside a grey frigate"' in html
    assert full_article.lead_image.url in html
    assert 'width="640" height="360"' in html
    assert "A rescue boat leaves the harbour." in html
    assert "Photo: Desk archive" in html
    assert "<p>Crews spent two days at sea.</p>" in html
    spokesperson = full_article.spokespersons.get()
    assert (
        f'<a href="{spokesperson.get_absolute_url()}">Senior Colonel Mira Estevan, '
        "spokesperson for the Ministry of Defence of Aldria (MOD)</a>"
    ) in html
    assert '<a href="/tags/naval-exercises/" rel="tag">Naval Exercises</a>' in html
    assert "Related News" in html and "An earlier drill" in html
    assert "Updated" not in html


def test_article_page_shows_the_update_time_when_later(client, full_article):
    Article.objects.filter(pk=full_article.pk).update(updated_at=timezone.now())
    full_article.refresh_from_db()
    html = client.get(full_article.get_absolute_url()).content.decode()
    assert "Updated" in html
    assert full_article.updated_at.replace(microsecond=0) in time_datetimes(html)


def queries_for_article_page(client, article):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(article.get_absolute_url()).status_code == 200
    return len(queries)


def test_article_page_query_count_does_not_grow_with_relations(client, settings):
    """Prefetching keeps bylines, tags, spokespersons and Related News off N+1."""
    settings.NEWSDESK_PAGE_CACHE_SECONDS = 0  # count the rendering, not the cache
    section = make_section()

    def article_with(n, slug):
        others = [
            make_article(section=section, tags=[f"{slug}-tag-0"]) for _ in range(n)
        ]
        return make_article(
            slug=slug,
            section=section,
            authors=[make_author() for _ in range(n)],
            spokespersons=[make_spokesperson() for _ in range(n)],
            tags=[f"{slug}-tag-{i}" for i in range(n)],
            related=others,
        )

    small, large = article_with(1, "small"), article_with(6, "large")
    html = client.get(large.get_absolute_url()).content.decode()
    assert html.count('rel="author"') == 6 and html.count('rel="tag"') == 6

    assert queries_for_article_page(client, small) == queries_for_article_page(
        client, large
    )


class TestRelatedNews:
    def test_curated_first_in_the_editors_order_then_the_best_scored(self, now):
        section = make_section()
        hour_ago = timezone.now() - timedelta(hours=1)
        curated = [
            make_article(slug=f"curated-{i}", publish_at=hour_ago - timedelta(days=i))
            for i in range(2)
        ]
        sharing_tag = make_article(
            slug="sharing-tag", tags=["Drills"], publish_at=hour_ago - timedelta(days=3)
        )
        spokesperson = make_spokesperson()
        sharing_spokesperson = make_article(
            slug="sharing-spokesperson",
            spokespersons=[spokesperson],
            publish_at=hour_ago - timedelta(days=2),
        )
        same_section = make_article(slug="same-section", section=section)
        make_article(slug="unrelated")
        article = make_article(
            tags=["Drills"],
            spokespersons=[spokesperson],
            related=[curated[1], curated[0]],
            section=section,
        )
        # A shared tag (3) outweighs a shared spokesperson (2), which outweighs
        # the same section (1), at these ages.
        assert article.related_news() == [
            curated[1],
            curated[0],
            sharing_tag,
            sharing_spokesperson,
            same_section,
        ]

    def test_recency_decays_the_score(self, now):
        old = make_article(
            tags=["Drills", "Radar"], publish_at=timezone.now() - timedelta(days=120)
        )
        recent = make_article(tags=["Drills"])
        article = make_article(tags=["Drills", "Radar"])
        # 6 points halved four times (1.5) lose to 3 points of this week.
        assert article.related_news() == [recent, old]

    def test_at_most_five_never_itself_never_hidden(self, tomorrow):
        sharing = [make_article(tags=["Drills"]) for _ in range(7)]
        make_article(tags=["Drills"], status=Article.Status.DRAFT)
        scheduled = make_article(tags=["Drills"], publish_at=tomorrow)
        article = make_article(tags=["Drills"], related=[scheduled])

        related = article.related_news()

        assert len(related) == 5
        assert article not in related and scheduled not in related
        assert set(related) <= set(sharing)

    def test_a_curated_article_is_not_repeated_by_the_fill(self):
        curated = make_article(tags=["Drills"])
        article = make_article(tags=["Drills"], related=[curated])
        assert article.related_news() == [curated]

    def test_an_excluded_article_is_never_picked(self):
        excluded = make_article(tags=["Drills"])
        kept = make_article(tags=["Drills"])
        article = make_article(tags=["Drills"])
        article.excluded_related.add(excluded)
        assert article.related_news() == [kept]

    def test_each_pick_says_why(self):
        from articles.related import automatic_picks

        section = make_section(name="Exercises")
        spokesperson = make_spokesperson(name="Mira Estevan")
        make_article(
            title="Pick",
            tags=["Aldria", "Drills", "Radar"],
            spokespersons=[spokesperson],
            section=section,
        )
        article = make_article(
            tags=["Aldria", "Drills"], spokespersons=[spokesperson], section=section
        )
        [pick] = automatic_picks(article, limit=5, explain=True)
        assert pick.reason == (
            "2 shared tags: Aldria, Drills; 1 shared spokesperson: Mira Estevan; "
            "same section (Exercises)"
        )

    def test_queries_do_not_grow_with_the_archive(self):
        """Related News is three queries: the curated picks, the newest sharing a
        tag or spokesperson, the newest of the section."""
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        article = make_article(tags=["Drills"])

        def count():
            with CaptureQueriesContext(connection) as queries:
                article.related_news()
            return len(queries)

        few = count()
        for _ in range(30):
            make_article(tags=["Drills"], section=article.section)
        assert count() == few == 3
