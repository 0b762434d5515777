"""No lost edits, exact schedules, corrections, history and the desk's log."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, ArticleEvent, Correction
from articles.services import add_correction, publish_article
from tests.factories import make_article, make_author
from tests.forms import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


class TestNoLostEdits:
    def test_the_second_save_is_refused_naming_who_and_keeping_the_input(
        self, client, editor, chief
    ):
        article = make_article(title="Original headline")
        client.force_login(editor)
        editors_page = client.get(change_url(article))
        client.force_login(chief)
        chiefs_page = client.get(change_url(article))
        client.post(
            change_url(article), form_data(chiefs_page, title="Chief's headline")
        )

        client.force_login(editor)
        response = client.post(
            change_url(article),
            form_data(editors_page, title="Editor's headline", summary="Typed dek"),
        )

        assert response.status_code == 200
        html = response.content.decode()
        assert "chief saved this article at" in html
        assert 'value="Editor&#x27;s headline"' in html  # nothing typed is lost
        assert "Typed dek" in html
        article.refresh_from_db()
        assert article.title == "Chief's headline"

    def test_a_save_from_the_current_version_goes_through(self, editor_client):
        article = make_article()
        page = editor_client.get(change_url(article))
        editor_client.post(change_url(article), form_data(page, title="Fine"))
        article.refresh_from_db()
        assert article.title == "Fine"

    def test_an_action_taken_meanwhile_also_makes_the_form_stale(self, editor_client):
        article = make_article(status="review", publish_at=None)
        page = editor_client.get(change_url(article))
        publish_article(article=article)
        response = editor_client.post(change_url(article), form_data(page, title="X"))
        assert response.status_code == 200
        assert Article.objects.get(pk=article.pk).title != "X"

    def test_someone_else_editing_is_shown(self, client, editor, chief):
        article = make_article()
        client.force_login(chief)
        client.get(change_url(article))
        client.force_login(editor)
        html = client.get(change_url(article)).content.decode()
        assert "chief is editing this article" in html.lower()


class TestScheduling:
    def test_schedule_action_sets_a_future_time_in_the_desk_zone(
        self, editor_client, settings
    ):
        settings.TIME_ZONE = "Europe/Helsinki"
        article = make_article(status="review", publish_at=None)
        tomorrow = timezone.localtime() + timedelta(days=1)
        response = editor_client.post(
            CHANGELIST,
            {
                "action": "schedule",
                "_selected_action": [article.pk],
                "apply": "1",
                "publish_at_0": f"{tomorrow:%Y-%m-%d}",
                "publish_at_1": "09:30:00",
            },
        )
        assert response.status_code == 302
        article.refresh_from_db()
        assert article.is_scheduled
        local = timezone.localtime(article.publish_at)
        assert (local.hour, local.minute) == (9, 30)

    def test_schedule_action_refuses_a_past_time(self, editor_client):
        article = make_article(status="review", publish_at=None)
        response = editor_client.post(
            CHANGELIST,
            {
                "action": "schedule",
                "_selected_action": [article.pk],
                "apply": "1",
                "publish_at_0": "2001-01-01",
                "publish_at_1": "09:30:00",
            },
        )
        assert "Choose a moment in the future." in response.content.decode()
        assert Article.objects.get(pk=article.pk).status == "review"

    def test_unschedule_returns_to_review_and_never_publishes(
        self, editor_client, now, client
    ):
        go_live = timezone.now() + timedelta(hours=1)
        article = make_article(publish_at=go_live)
        editor_client.post(
            CHANGELIST, {"action": "unschedule", "_selected_action": [article.pk]}
        )
        now.move_to(go_live + timedelta(hours=1))
        article.refresh_from_db()
        assert article.status == "review"
        client.logout()
        assert client.get(article.get_absolute_url()).status_code == 404

    def test_daylight_saving_does_not_shift_a_scheduled_time(
        self, editor_client, settings
    ):
        """Helsinki leaves summer time on 25 Oct 2026: 09:00 stays 09:00 local."""
        settings.TIME_ZONE = "Europe/Helsinki"
        article = make_article(status="review", publish_at=None)
        page = editor_client.get(change_url(article))
        editor_client.post(
            change_url(article),
            form_data(
                page,
                status="published",
                publish_at_0="2026-10-26",
                publish_at_1="09:00:00",
            ),
        )
        article.refresh_from_db()
        helsinki = ZoneInfo("Europe/Helsinki")
        assert article.publish_at == datetime(2026, 10, 26, 9, 0, tzinfo=helsinki)
        assert article.publish_at.astimezone(ZoneInfo("UTC")).hour == 7  # EET, +2
        summer = datetime(2026, 10, 24, 9, 0, tzinfo=helsinki)
        assert summer.astimezone(ZoneInfo("UTC")).hour == 6  # EEST, +3

    def test_times_in_the_admin_name_the_desk_zone(self, editor_client, settings):
        make_article()
        html = editor_client.get(CHANGELIST).content.decode()
        assert (
            f"publish at ({settings.TIME_ZONE})" in html.lower()
            or "publish at (utc)" in html.lower()
        )


class TestCorrections:
    def test_editor_appends_a_correction_that_shows_and_updates_the_article(
        self, editor_client, client, now
    ):
        article = make_article()
        before = article.updated_at
        now.shift(timedelta(minutes=5))
        page = editor_client.get(change_url(article))
        editor_client.post(
            change_url(article),
            form_data(
                page,
                **{
                    "corrections-TOTAL_FORMS": "1",
                    "corrections-0-kind": "correction",
                    "corrections-0-text": "An earlier version misnamed the frigate.",
                },
            ),
        )
        article.refresh_from_db()
        assert (
            article.corrections.get().text == "An earlier version misnamed the frigate."
        )
        assert article.updated_at > before
        html = client.get(article.get_absolute_url()).content.decode()
        assert "An earlier version misnamed the frigate." in html
        assert ArticleEvent.objects.filter(action="correct", article=article).exists()

    def test_corrections_cannot_be_rewritten_or_removed(self, editor_client, editor):
        article = make_article()
        add_correction(article=article, text="First note.", by=editor)
        page = editor_client.get(change_url(article))
        data = form_data(page)
        correction = article.corrections.get()
        data |= {
            "corrections-0-text": "Silently rewritten.",
            "corrections-0-DELETE": "on",
        }
        editor_client.post(change_url(article), data)
        assert Correction.objects.get(pk=correction.pk).text == "First note."

    def test_writers_cannot_correct(self, client, writer):
        client.force_login(writer)
        article = make_article(authors=[make_author(user=writer)], status="draft")
        html = client.get(change_url(article)).content.decode()
        assert "corrections-0-text" not in html
        assert 'name="corrections-TOTAL_FORMS" value="0"' in html

    def test_corrections_reach_exports_and_feeds_updated_time(
        self, client, editor, now
    ):
        import feedparser

        article = make_article()
        now.shift(timedelta(hours=1))
        add_correction(article=article, text="Fixed a date.", by=editor)
        entry = feedparser.parse(client.get("/feeds/atom/").content).entries[0]
        article.refresh_from_db()
        assert entry.updated_parsed[:6] == article.updated_at.utctimetuple()[:6]


class TestHistory:
    def save_title(self, client, article, title):
        page = client.get(change_url(article))
        client.post(change_url(article), form_data(page, title=title))

    def test_every_save_keeps_a_revision_and_two_can_be_compared(self, editor_client):
        article = make_article(title="First headline")
        self.save_title(editor_client, article, "Second headline")
        self.save_title(editor_client, article, "Third headline")
        history = editor_client.get(
            reverse("admin:articles_article_history", args=[article.pk])
        )
        versions = list(history.context["versions"])
        assert len(versions) == 2
        assert "editor" in history.content.decode()

        compare = editor_client.get(
            reverse("admin:articles_article_compare", args=[article.pk]),
            {"from": versions[0].pk, "to": versions[1].pk},
        )
        html = compare.content.decode()
        assert "<del>Second</del>" in html and "<ins>Third</ins>" in html

    def test_restore_a_revision_is_logged(self, editor_client):
        article = make_article(title="First headline")
        self.save_title(editor_client, article, "Second headline")
        self.save_title(editor_client, article, "Third headline")
        history = editor_client.get(
            reverse("admin:articles_article_history", args=[article.pk])
        )
        first = history.context["versions"][0]
        url = reverse("admin:articles_article_revision", args=[article.pk, first.pk])
        editor_client.post(url, form_data(editor_client.get(url)))
        article.refresh_from_db()
        assert article.title == "Second headline"
        assert ArticleEvent.objects.filter(action="restore", article=article).exists()

    def test_a_deleted_article_can_be_recovered(self, chief_client):
        article = make_article(title="Deleted by mistake")
        self.save_title(chief_client, article, "Deleted by mistake")
        chief_client.post(
            reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"}
        )
        assert not Article.objects.filter(pk=article.pk).exists()
        recover_list = chief_client.get(reverse("admin:articles_article_recoverlist"))
        assert "Deleted by mistake" in recover_list.content.decode()
        [version] = recover_list.context["deleted"]
        url = reverse("admin:articles_article_recover", args=[version.pk])
        chief_client.post(url, form_data(chief_client.get(url)))
        assert Article.objects.get(pk=article.pk).title == "Deleted by mistake"


class TestTheLog:
    def test_actions_land_in_the_log_with_user_time_and_article(
        self, client, editor, chief
    ):
        article = make_article(status="review", publish_at=None)
        client.force_login(editor)
        client.post(
            CHANGELIST, {"action": "publish_now", "_selected_action": [article.pk]}
        )
        client.post(
            CHANGELIST, {"action": "withdraw", "_selected_action": [article.pk]}
        )
        client.force_login(chief)
        client.get(reverse("admin:articles_article_export"), {"format": "csv"})
        events = list(ArticleEvent.objects.order_by("at", "pk"))
        assert [e.action for e in events] == ["publish", "withdraw", "export"]
        assert events[0].user == editor and events[0].article == article
        log = client.get(
            reverse("admin:articles_articleevent_changelist"), {"action": "withdraw"}
        )
        assert [e.action for e in log.context["cl"].result_list] == ["withdraw"]

    def test_the_log_cannot_be_edited(self, chief_client):
        article = make_article()
        publish_article(article=article, at=timezone.now() + timedelta(days=1))
        event = ArticleEvent.objects.get()
        url = reverse("admin:articles_articleevent_change", args=[event.pk])
        chief_client.post(url, {"note": "rewritten"})
        event.refresh_from_db()
        assert event.note != "rewritten" and event.action == "schedule"


def test_corrections_appear_in_csv_and_ninjs_exports(editor, tmp_path):
    import csv
    import io
    import json

    from django.core.management import call_command

    article = make_article()
    add_correction(article=article, text="Fixed the ship's name.", by=editor)
    out = io.StringIO()
    call_command("export_articles", "--format", "csv", stdout=out)
    [row] = csv.DictReader(io.StringIO(out.getvalue()[1:]))
    assert "Fixed the ship's name." in row["corrections"]
    out = io.StringIO()
    call_command("export_articles", "--format", "ninjs", stdout=out)
    [item] = json.loads(out.getvalue())
    notes = [d["value"] for d in item["descriptions"] if d["role"] == "correction"]
    assert len(notes) == 1 and notes[0].endswith("Fixed the ship's name.")
