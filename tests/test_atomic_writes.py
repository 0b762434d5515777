"""Nothing half-saved: a write that fails half-way leaves no trace.

Each test lets the first rows of a multi-row write reach the database, then
makes a later step raise, and checks that none of it stayed. The tests run in
pytest-django's per-test transaction, so a write that is not atomic of its own
would leave its first rows behind here and the test would see them.
"""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError
from django.urls import reverse
from taggit.models import Tag, TaggedItem

from articles import services
from articles.admin import ArticleAdmin
from articles.importers import services as import_services
from articles.models import Article, ArticleEvent, Byline, Correction, Section
from people.models import Author
from tests.factories import make_article, make_author, make_section
from tests.forms import form_data

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TWO_STORY_FEED = FIXTURES / "feeds" / "halcyon-desk.rss"
WIRE = FIXTURES / "wire"


class Injected(Exception):
    """The failure a test injects half-way through a write."""


def management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def add_form(section, *authors):
    data = {
        "title": "Minehunters sweep the northern approaches",
        "slug": "minehunters-sweep",
        "summary": "Three ships cleared a channel.",
        "section": str(section.pk),
        "dateline": "PORT AVEL",
        "source": "Newsdesk Wire",
        "body": "<p>The channel is open again.</p>",
        "tags": "Mine Warfare, Aldria",
        "status": Article.Status.PUBLISHED,
        "publish_at_0": "",
        "publish_at_1": "",
        "caption": "",
        "credit": "",
        "alt": "",
        **management("bylines", total=len(authors)),
        **management("related_links"),
        **management("corrections"),
    }
    for index, author in enumerate(authors):
        data[f"bylines-{index}-author"] = str(author.pk)
        data[f"bylines-{index}-position"] = str(index)
    return data


def nothing_of_the_article():
    return (
        not Article.objects.filter(slug="minehunters-sweep").exists()
        and not Byline.objects.exists()
        and not TaggedItem.objects.exists()
        and not Tag.objects.exists()
        and not ArticleEvent.objects.exists()
    )


# (a) The admin: the change form runs in one transaction.


def test_admin_add_failing_on_the_second_byline_row_saves_nothing(
    editor_client, monkeypatch
):
    section, first, second = make_section(), make_author(), make_author()
    real_save = Byline.save
    seen = []

    def save_then_fail(self, *args, **kwargs):
        if seen:
            # The article row, its tags and the first byline row are written.
            assert Article.objects.filter(slug="minehunters-sweep").exists()
            assert Byline.objects.count() == 1
            raise Injected("the second byline row")
        seen.append(self)
        real_save(self, *args, **kwargs)

    monkeypatch.setattr(Byline, "save", save_then_fail)

    with pytest.raises(Injected):
        editor_client.post(ADD_URL, add_form(section, first, second))

    assert seen and nothing_of_the_article()


def test_admin_add_failing_after_save_related_saves_nothing(editor_client, monkeypatch):
    section, author = make_section(), make_author()
    real_save_related = ArticleAdmin.save_related

    def save_related_then_fail(self, request, form, formsets, change):
        real_save_related(self, request, form, formsets, change)
        assert form.instance.bylines.count() == 1
        assert sorted(form.instance.tags.names()) == ["Aldria", "Mine Warfare"]
        raise Injected("after every related row was written")

    monkeypatch.setattr(ArticleAdmin, "save_related", save_related_then_fail)

    with pytest.raises(Injected):
        editor_client.post(ADD_URL, add_form(section, author))

    assert nothing_of_the_article()


def test_admin_change_failing_half_way_keeps_the_article_as_it_was(
    editor_client, monkeypatch
):
    kept, newcomer = make_author(name="Kept Author"), make_author(name="New Author")
    article = make_article(authors=[kept], tags=["Old Tag"])
    before = Article.objects.get(pk=article.pk)
    change_url = reverse("admin:articles_article_change", args=[article.pk])
    data = form_data(
        editor_client.get(change_url),
        title="A rewritten headline",
        tags="Fresh Tag",
        **{"bylines-0-DELETE": "on", "bylines-1-author": str(newcomer.pk)},
    )
    real_save_related = ArticleAdmin.save_related

    def save_related_then_fail(self, request, form, formsets, change):
        real_save_related(self, request, form, formsets, change)
        assert Article.objects.get(pk=article.pk).title == "A rewritten headline"
        bylines = Byline.objects.filter(article=article)
        assert list(bylines.values_list("author", flat=True)) == [newcomer.pk]
        raise Injected("after the edit was written")

    monkeypatch.setattr(ArticleAdmin, "save_related", save_related_then_fail)

    with pytest.raises(Injected):
        editor_client.post(change_url, data)

    article.refresh_from_db()
    assert article.title == before.title
    assert article.updated_at == before.updated_at
    assert article.byline == [kept]
    assert list(article.tags.names()) == ["Old Tag"]
    assert not Tag.objects.filter(name="Fresh Tag").exists()
    assert not ArticleEvent.objects.exists()


# (b) import_articles: each file all or nothing.


def fail_on_second_story(monkeypatch, error):
    """Let the second story's article row be written, then fail its bylines."""
    real_add_bylines = import_services.add_bylines
    calls = []

    def add_bylines_then_fail(article, names):
        calls.append(article)
        if len(calls) == 2:
            assert Article.objects.count() == 2
            raise error
        real_add_bylines(article, names)

    monkeypatch.setattr(import_services, "add_bylines", add_bylines_then_fail)
    return calls


def nothing_imported():
    return (
        not Article.objects.exists()
        and not Author.objects.exists()
        and not Byline.objects.exists()
        and not TaggedItem.objects.exists()
        and not Section.objects.exists()
    )


def test_import_failing_on_the_second_story_of_a_file_reports_and_saves_nothing(
    monkeypatch,
):
    calls = fail_on_second_story(monkeypatch, IntegrityError("second story"))
    err = io.StringIO()

    with pytest.raises(CommandError):
        call_command(
            "import_articles",
            "--feed",
            str(TWO_STORY_FEED),
            stdout=io.StringIO(),
            stderr=err,
        )

    assert len(calls) == 2
    assert "not saved: second story" in err.getvalue()
    assert nothing_imported()


def test_import_crashing_on_the_second_story_saves_nothing(monkeypatch):
    fail_on_second_story(monkeypatch, Injected("second story"))

    with pytest.raises(Injected):
        call_command(
            "import_articles",
            "--feed",
            str(TWO_STORY_FEED),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )

    assert nothing_imported()


def test_a_wire_file_failing_keeps_the_file_before_it_and_nothing_of_itself(
    monkeypatch,
):
    # A wire file holds one story; the second file's story fails half-way.
    fail_on_second_story(monkeypatch, IntegrityError("second file"))
    first, second = (
        WIRE / "aldria-coastguard-cutter.txt",
        WIRE / "kestria-esk-flood-barrier.txt",
    )

    with pytest.raises(CommandError):
        call_command(
            "import_articles",
            str(first),
            str(second),
            stdout=io.StringIO(),
            stderr=io.StringIO(),
        )

    article = Article.objects.get()
    assert article.title.startswith("Aldrian coastguard")
    assert Byline.objects.filter(article=article).count() == 1
    assert set(Byline.objects.values_list("article", flat=True)) == {article.pk}


# (c) and (d) The services: each is atomic and leaves one line in the log.


def test_add_correction_failing_after_the_correction_row_leaves_nothing(
    monkeypatch, editor
):
    article = make_article()
    before = Article.objects.get(pk=article.pk)
    real_record = services.record

    def record_then_fail(action, **kwargs):
        assert Correction.objects.filter(article=article).exists()
        assert Article.objects.get(pk=article.pk).updated_at != before.updated_at
        real_record(action, **kwargs)
        raise Injected("after the log line")

    monkeypatch.setattr(services, "record", record_then_fail)

    with pytest.raises(Injected):
        services.add_correction(article=article, text="A date was wrong.", by=editor)

    fresh = Article.objects.get(pk=article.pk)
    assert not Correction.objects.exists()
    assert fresh.updated_at == before.updated_at
    assert fresh.updated_by is None
    assert not ArticleEvent.objects.exists()


def fail_writing_the_log(monkeypatch):
    def save(self, *args, **kwargs):
        raise Injected("the log line")

    monkeypatch.setattr(ArticleEvent, "save", save)


def test_publish_failing_while_writing_the_log_leaves_the_article_unpublished(
    monkeypatch, editor
):
    article = make_article(status=Article.Status.REVIEW, publish_at=None)
    fail_writing_the_log(monkeypatch)

    with pytest.raises(Injected):
        services.publish_article(article=article, by=editor)

    fresh = Article.objects.get(pk=article.pk)
    assert fresh.status == Article.Status.REVIEW
    assert fresh.publish_at is None
    assert fresh.updated_by is None
    assert not Article.objects.published().exists()


@pytest.mark.parametrize(
    ("write", "status", "scheduled"),
    [
        (services.submit_for_review, Article.Status.DRAFT, False),
        (services.withdraw_article, Article.Status.PUBLISHED, False),
        (services.unschedule_article, Article.Status.PUBLISHED, True),
    ],
)
def test_every_change_of_standing_fails_whole(
    monkeypatch, editor, tomorrow, write, status, scheduled
):
    extra = {"publish_at": tomorrow} if scheduled else {}
    article = make_article(status=status, **extra)
    before = Article.objects.get(pk=article.pk)
    fail_writing_the_log(monkeypatch)

    with pytest.raises(Injected):
        write(article=article, by=editor)

    fresh = Article.objects.get(pk=article.pk)
    assert (fresh.status, fresh.publish_at) == (before.status, before.publish_at)
    assert fresh.updated_at == before.updated_at
