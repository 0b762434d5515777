"""Staff export: the command, the admin page and action, filters and permission."""

import csv
import io
import json
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.exporters.export import export_chunks
from articles.exporters.formats import FORMATS
from articles.models import Article
from tests.factories import make_article, make_author, make_section, make_spokesperson

pytestmark = pytest.mark.django_db

EXPORT_URL = reverse("admin:articles_article_export")
JULY = datetime(2026, 7, 30, 18, 58, tzinfo=UTC)


@pytest.fixture
def desk():
    exercises = make_section(slug="exercises")
    author, spokesperson = make_author(slug="ana-ruiz"), make_spokesperson(slug="mira")
    return {
        "tagged": make_article(
            title="Tagged", section=exercises, tags=["Drills"], publish_at=JULY
        ),
        "by_ana": make_article(
            title="By Ana", authors=[author], publish_at=JULY - timedelta(days=40)
        ),
        "quoting": make_article(
            title="Quoting", spokespersons=[spokesperson], publish_at=JULY
        ),
        "draft": make_article(
            title="=SUM(A1) draft", status=Article.Status.DRAFT, publish_at=None
        ),
    }


def export(*args):
    out = io.StringIO()
    call_command("export_articles", *args, stdout=out)
    return out.getvalue()


def csv_titles(text):
    assert text.startswith("\ufeff")
    return [row["headline"] for row in csv.DictReader(io.StringIO(text[1:]))]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ([], {"Tagged", "By Ana", "Quoting", "'=SUM(A1) draft"}),
        (["--section", "exercises"], {"Tagged"}),
        (["--tag", "drills"], {"Tagged"}),
        (["--author", "ana-ruiz"], {"By Ana"}),
        (["--spokesperson", "mira"], {"Quoting"}),
        (["--status", "draft"], {"'=SUM(A1) draft"}),
        (["--from", "2026-07-30", "--to", "2026-07-30"], {"Tagged", "Quoting"}),
        (["--to", "2026-07-01"], {"By Ana"}),
    ],
)
def test_command_filters(desk, args, expected):
    assert set(csv_titles(export("--format", "csv", *args))) == expected


def test_csv_has_a_header_and_the_columns_an_editor_wants(desk):
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv")[1:])))
    tagged = next(row for row in rows if row["headline"] == "Tagged")
    assert tagged["section"] == "Exercises"
    assert tagged["tags"] == "Drills"
    assert tagged["published"] == "2026-07-30T18:58:00+00:00"
    assert (
        tagged["url"] == "http://127.0.0.1:8000/articles/" + desk["tagged"].slug + "/"
    )


@pytest.mark.parametrize("name", FORMATS)
def test_every_format_writes_to_a_file(desk, name, tmp_path):
    target = tmp_path / f"export.{FORMATS[name].extension}"
    assert export("--format", name, "-o", str(target)) == ""
    text = target.read_text(encoding="utf-8")
    for article in desk.values():
        assert article.title.split()[0] in text


@pytest.mark.parametrize("name", ["rss", "atom"])
def test_feed_exports_parse(desk, name):
    feed = feedparser.parse(export("--format", name))
    assert feed.bozo == 0 and len(feed.entries) == 4


def test_json_feed_export_is_one_json_document(desk):
    assert len(json.loads(export("--format", "json"))["items"]) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--section", "nowhere"], "--section: No section has the slug “nowhere”."),
        (["--tag", "nowhere"], "--tag: No tag has the slug “nowhere”."),
        (["--status", "lost"], "--status: Select a valid choice."),
        (["--from", "2026-13-01"], "--from: Enter a valid date."),
        (["--from", "2026-08-01", "--to", "2026-07-01"], "--to: The last day comes"),
    ],
)
def test_command_refuses_bad_filters_clearly(desk, args, message):
    with pytest.raises(CommandError, match=message):
        export("--format", "csv", *args)


def test_command_cannot_write_where_it_cannot(desk):
    with pytest.raises(CommandError, match="Cannot write /no/such/dir/x.csv"):
        export("--format", "csv", "-o", "/no/such/dir/x.csv")


def test_export_is_lazy_and_its_queries_do_not_grow(desk):
    """Entries come from a chunked iterator with fixed prefetches, not per row."""

    def queries_for_export():
        with CaptureQueriesContext(connection) as queries:
            export("--format", "csv")
        return len(queries)

    few = queries_for_export()
    section = make_section()
    for _ in range(12):
        make_article(section=section, authors=[make_author()], tags=["More"])
    assert queries_for_export() == few

    chunks = export_chunks(
        articles=Article.objects.all(),
        export_format=FORMATS["rss"],
        base_url="http://x",
    )
    with CaptureQueriesContext(connection) as queries:
        next(chunks)  # the channel header, before any article is read
    assert len(queries) == 0


class TestAdminExport:
    @pytest.fixture
    def staff_without_export(self, django_user_model):
        user = django_user_model.objects.create_user(
            "writer", password="a-long-test-password", is_staff=True
        )
        user.user_permissions.set(
            Permission.objects.filter(codename__in=["view_article", "change_article"])
        )
        return user

    def test_staff_without_the_permission_get_403(self, client, staff_without_export):
        client.force_login(staff_without_export)
        assert client.get(EXPORT_URL).status_code == 403
        assert client.get(EXPORT_URL, {"format": "csv"}).status_code == 403
        changelist = client.get(reverse("admin:articles_article_changelist"))
        assert "export_selected" not in changelist.content.decode()
        assert EXPORT_URL not in changelist.content.decode()

    def test_anonymous_are_sent_to_log_in(self, client):
        assert client.get(EXPORT_URL)["Location"].startswith("/admin/login/")

    def test_export_page_shows_the_filters(self, chief_client, desk):
        html = chief_client.get(EXPORT_URL).content.decode()
        for name in ("format", "section", "tag", "author", "spokesperson", "status"):
            assert f'name="{name}"' in html
        assert 'name="published_from"' in html and 'name="published_to"' in html
        changelist = chief_client.get(reverse("admin:articles_article_changelist"))
        assert EXPORT_URL in changelist.content.decode()

    @pytest.mark.parametrize("name", FORMATS)
    def test_a_valid_choice_downloads_the_file(self, chief_client, desk, name):
        response = chief_client.get(
            EXPORT_URL, {"format": name, "section": "exercises"}
        )
        assert response.status_code == 200
        assert response["Content-Type"] == FORMATS[name].content_type
        assert response["Content-Disposition"].startswith("attachment; filename=")
        body = b"".join(response.streaming_content).decode()
        assert "Tagged" in body and "Quoting" not in body

    def test_invalid_filters_show_errors_not_a_file(self, chief_client, desk):
        response = chief_client.get(
            EXPORT_URL, {"format": "csv", "published_from": "x"}
        )
        assert response.status_code == 200
        assert "Enter a valid date." in response.content.decode()

    def test_action_exports_the_selected_articles(self, chief_client, desk):
        chosen = [desk["tagged"].pk, desk["by_ana"].pk]
        response = chief_client.post(
            reverse("admin:articles_article_changelist"),
            {"action": "export_selected", "_selected_action": chosen},
        )
        assert response.status_code == 302
        form_page = chief_client.get(response["Location"])
        assert "Only the articles you selected" in form_page.content.decode()
        ids = ",".join(str(pk) for pk in sorted(chosen))
        download = chief_client.get(EXPORT_URL, {"format": "csv", "ids": ids})
        titles = csv_titles(b"".join(download.streaming_content).decode())
        assert sorted(titles) == ["By Ana", "Tagged"]
