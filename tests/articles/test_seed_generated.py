"""seed_demo --articles N: a large, varied, repeatable archive for benchmarks."""

import io
from collections import Counter
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone
from django.utils.html import escape
from taggit.models import Tag

from articles import demo_content, demo_generator, editions
from articles.demo_generator import BENCHMARK_QUERY, generated_articles
from articles.models import Article, Byline, RelatedArticle, Section, TaggedArticle
from articles.search import search_articles, search_document
from people.models import Author, Spokesperson

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="only PostgreSQL stores a search vector"
)


def seed(articles):
    """Run the command; return its last line of output."""
    out = io.StringIO()
    call_command("seed_demo", articles=articles, stdout=out)
    return out.getvalue().splitlines()[-1]


@pytest.fixture
def archive():
    """The demo desk and 600 generated articles."""
    seed(600)
    return generated_articles()


def counted(rows, field):
    return Counter(rows.values_list(field, flat=True))


def test_tops_the_archive_up_to_exactly_n_and_no_further():
    assert seed(300).startswith("Generated 300 articles in ")
    first = set(generated_articles().values_list("slug", flat=True))

    assert seed(300).startswith("Generated 0 articles in ")
    assert generated_articles().count() == 300

    assert seed(450).startswith("Generated 150 articles in ")
    assert generated_articles().count() == 450
    assert first < set(generated_articles().values_list("slug", flat=True))
    demo = Article.objects.exclude(pk__in=generated_articles())
    assert demo.count() == len(demo_content.ARTICLES)


def test_the_same_number_always_makes_the_same_article():
    seed(200)
    before = list(generated_articles().order_by("slug").values("slug", "body"))
    generated_articles().delete()

    seed(200)

    assert list(generated_articles().order_by("slug").values("slug", "body")) == before


def test_generating_starts_a_new_edition_for_the_page_caches():
    seed(50)
    before = editions.current_edition().stamp

    # Bulk writes send no signals; nothing else is created this time.
    seed(100)

    assert editions.current_edition().stamp > before


def test_refuses_a_negative_count():
    with pytest.raises(CommandError):
        call_command("seed_demo", "--articles=-1", stdout=io.StringIO())


def test_articles_have_tags_bylines_and_quotes_from_dozens_of_people(archive):
    tags_per_article = counted(
        TaggedArticle.objects.filter(content_object__in=archive), "content_object"
    )
    assert len(tags_per_article) == archive.count()
    assert set(tags_per_article.values()) == {3, 4, 5, 6}
    # Zipf-like: a few big tags, a long tail of small ones.
    tag_sizes = sorted(
        counted(
            TaggedArticle.objects.filter(content_object__in=archive), "tag"
        ).values(),
        reverse=True,
    )
    assert len(tag_sizes) >= 150 and Tag.objects.count() >= 250
    median = tag_sizes[len(tag_sizes) // 2]
    assert tag_sizes[0] >= 20 * median
    # Past the ten country and kind tags every story carries, still steep.
    assert tag_sizes[20] >= 4 * median

    positions = {}
    for article, position in Byline.objects.filter(article__in=archive).values_list(
        "article", "position"
    ):
        positions.setdefault(article, []).append(position)
    assert len(positions) == archive.count()
    assert {tuple(sorted(p)) for p in positions.values()} == {(0,), (0, 1), (0, 1, 2)}
    bylined = Byline.objects.filter(article__in=archive).values("author").distinct()
    assert Author.objects.count() >= 45 and bylined.count() >= 40

    quotes = Article.spokespersons.through.objects.filter(article__in=archive)
    quotes_per_article = counted(quotes, "article")
    assert set(quotes_per_article.values()) == {1, 2, 3}
    assert 0.5 < len(quotes_per_article) / archive.count() < 0.9
    assert Spokesperson.objects.count() >= 28


def test_statuses_mix_and_dates_span_ten_years(archive, now):
    statuses = counted(archive, "status")
    assert statuses[Article.Status.PUBLISHED] > 0.9 * archive.count()
    assert statuses[Article.Status.DRAFT] and statuses[Article.Status.REVIEW]
    assert statuses[Article.Status.WITHDRAWN]
    assert set(counted(archive, "section")) == set(
        Section.objects.values_list("pk", flat=True)
    )

    live = list(archive.filter(pk__in=Article.objects.published()))
    oldest = min(article.publish_at for article in live)
    assert oldest < timezone.now() - timedelta(days=6 * 365)
    for article in live:
        # Filed, then published, then perhaps updated: never stamped today.
        assert article.created_at <= article.publish_at <= article.updated_at
        assert article.version == int(article.updated_at.timestamp() * 1_000_000)
    updated = [article for article in live if article.was_updated]
    assert 0 < len(updated) < 0.1 * len(live)

    scheduled = archive.filter(
        status=Article.Status.PUBLISHED, publish_at__gt=timezone.now()
    )
    assert scheduled.exists()
    assert not Article.objects.published().filter(pk__in=scheduled).exists()
    now.shift(timedelta(days=8))
    assert Article.objects.published().filter(pk__in=scheduled).count() == len(
        scheduled
    )


def test_content_is_ready_to_show_as_save_would_leave_it(archive):
    sanitize = Article._meta.get_field("body").sanitize
    bodies = list(archive.values_list("body", flat=True))
    assert all(sanitize(body) == body for body in bodies)
    assert {body.count("<p>") for body in bodies} == set(range(3, 16))
    assert all(body.count("<") == 2 * body.count("<p>") for body in bodies)

    demo = Article.objects.exclude(pk__in=archive).exclude(lead_image="")
    pictured = archive.exclude(lead_image="")
    assert 0.6 < pictured.count() / archive.count() < 0.8
    assert set(counted(pictured, "lead_image")) <= set(counted(demo, "lead_image"))
    assert not demo.filter(lead_image_width=None).exists()
    assert not pictured.filter(lead_image_width=None).exists()
    assert not pictured.filter(alt="").exists()

    links = RelatedArticle.objects.filter(from_article__in=archive)
    assert 0.05 < len(counted(links, "from_article")) / archive.count() < 0.15
    live = Article.objects.published()
    for link in links.select_related("from_article", "to_article"):
        assert live.filter(pk=link.to_article_id).exists()
        assert link.to_article.publish_at < link.from_article.publish_at


def test_public_pages_show_generated_articles(client, archive):
    article = archive.filter(pk__in=Article.objects.published()).latest("publish_at")
    tag = article.tags.order_by("name").last()

    for url in [
        article.get_absolute_url(),
        f"/tags/{tag.slug}/",
        "/articles/",
        f"/archive/{article.publish_at:%Y/%m}/",
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert escape(article.title) in response.content.decode(), url


def test_the_benchmark_query_finds_about_two_percent(archive):
    public = archive.filter(pk__in=Article.objects.published())
    found = search_articles(Article.objects.published(), BENCHMARK_QUERY)

    share = found.filter(pk__in=public).count() / public.count()

    assert 0.01 <= share <= 0.03
    words = BENCHMARK_QUERY.split()
    assert len(words) == 2 and all(word.isalpha() for word in words)


@on_postgresql
def test_search_vectors_are_the_ones_save_would_store(archive):
    vectors = archive.annotate(expected=search_document()).values_list(
        "search_vector", "expected"
    )

    assert len(vectors) == archive.count()
    assert all(stored and stored == expected for stored, expected in vectors)


@on_postgresql
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_batches_written_side_by_side_add_up(monkeypatch):
    """Outside a transaction, PostgreSQL takes batches on several connections."""
    monkeypatch.setattr(demo_generator, "BATCH_SIZE", 40)
    assert demo_generator.can_write_in_parallel()

    assert seed(330).startswith("Generated 330 articles in ")

    archive = generated_articles()
    numbers = sorted(int(slug[-7:]) for slug in archive.values_list("slug", flat=True))
    assert numbers == list(range(1, 331))
    tags = counted(TaggedArticle.objects.filter(content_object__in=archive), "tag")
    assert sum(tags.values()) >= 3 * 330
    assert not archive.filter(search_vector=None).exists()
