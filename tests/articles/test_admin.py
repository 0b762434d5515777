"""The newsroom admin: an editor's whole flow, and what the list tells them."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import image_upload, make_article, make_author, make_section

pytestmark = pytest.mark.django_db

ADD_URL = reverse("admin:articles_article_add")
CHANGELIST_URL = reverse("admin:articles_article_changelist")
HOSTILE_BODY = (
    '<p onclick="steal()">Crews trained at dawn.<script>alert(1)</script></p>'
    '<p><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">details</a> '
    '<a href="https://example.org/report">report</a></p>'
)


def inline_management(prefix, total=0):
    return {
        f"{prefix}-TOTAL_FORMS": str(total),
        f"{prefix}-INITIAL_FORMS": "0",
        f"{prefix}-MIN_NUM_FORMS": "0",
        f"{prefix}-MAX_NUM_FORMS": "1000",
    }


def add_form(section, author, **overrides):
    return {
        "title": "Frigates finish a joint patrol",
        "slug": "frigates-finish-a-joint-patrol",
        "summary": "Two navies ended a week at sea.",
        "section": str(section.pk),
        "dateline": "PORT AVEL",
        "source": "Newsdesk Wire",
        "body": HOSTILE_BODY,
        "tags": "Naval Exercises, Aldria",
        "status": Article.Status.PUBLISHED,
        "publish_at_0": "",
        "publish_at_1": "",
        "caption": "",
        "credit": "",
        "alt": "",
        **inline_management("bylines", total=1),
        "bylines-0-author": str(author.pk),
        "bylines-0-position": "0",
        **inline_management("related_links"),
        **inline_management("corrections"),
    } | overrides


def test_editor_logs_in_writes_an_article_and_readers_see_it_clean(client, editor):
    response = client.post(
        reverse("admin:login"),
        {"username": "editor", "password": "newsdesk-demo", "next": ADD_URL},
    )
    assert response.status_code == 302 and response["Location"] == ADD_URL
    assert client.get(ADD_URL).status_code == 200

    section, author = make_section(), make_author(name="Ana Ruiz")
    response = client.post(ADD_URL, add_form(section, author))
    assert response.status_code == 302, response.context["adminform"].form.errors

    article = Article.objects.get(slug="frigates-finish-a-joint-patrol")
    assert article.is_live and article.byline == [author]
    assert sorted(article.tags.names()) == ["Aldria", "Naval Exercises"]
    client.logout()
    page = client.get(article.get_absolute_url()).content.decode()
    # The page's own JSON-LD script aside, the body carries no script.
    html = page.split('class="story-body"')[1]
    assert "Crews trained at dawn." in html
    assert '<a href="https://example.org/report">report</a>' in html
    for hostile in (
        "<script",
        "alert(1)",
        "onclick",
        "onerror",
        "javascript:",
        "steal",
    ):
        assert hostile not in html
        assert hostile not in article.body


def test_body_is_sanitised_on_every_save_not_only_in_the_form():
    article = make_article(body=HOSTILE_BODY)
    article.refresh_from_db()
    for hostile in ("<script", "onclick", "onerror", "javascript:"):
        assert hostile not in article.body


def test_duplicate_slug_is_a_form_error(editor_client):
    existing = make_article(slug="frigates-finish-a-joint-patrol")
    response = editor_client.post(
        ADD_URL, add_form(existing.section, make_author(), title="Another")
    )
    assert response.status_code == 200
    assert "slug" in response.context["adminform"].form.errors
    assert Article.objects.count() == 1


def test_lead_image_needs_alt_text(editor_client):
    response = editor_client.post(
        ADD_URL,
        add_form(make_section(), make_author(), lead_image=image_upload()),
    )
    assert response.status_code == 200
    assert "alt" in response.context["adminform"].form.errors


def test_an_upload_that_is_not_an_image_is_a_form_error(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("x.png", b"<svg onload=alert(1)>", "image/png")
    response = editor_client.post(
        ADD_URL, add_form(make_section(), make_author(), lead_image=fake, alt="x")
    )
    assert response.status_code == 200
    assert "lead_image" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def test_changelist_names_each_state(editor_client, settings):
    settings.TIME_ZONE = "UTC"
    scheduled_at = datetime(2099, 7, 30, 18, 58, tzinfo=UTC)
    make_article(title="Live one")
    make_article(title="Future one", publish_at=scheduled_at)
    make_article(title="Draft one", status=Article.Status.DRAFT)
    make_article(title="Review one", status=Article.Status.REVIEW)
    make_article(title="Gone one", status=Article.Status.WITHDRAWN)

    html = editor_client.get(CHANGELIST_URL).content.decode()

    for state in (
        "Live",
        "Scheduled for 30 Jul 2099 18:58",
        "Draft",
        "In review",
        "Withdrawn",
    ):
        assert f">{state}<" in html


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ("draft", "Draft one"),
        ("review", "Review one"),
        ("scheduled", "Future one"),
        ("live", "Live one"),
        ("withdrawn", "Gone one"),
    ],
)
def test_state_filter(editor_client, tomorrow, state, expected):
    make_article(title="Live one")
    make_article(title="Future one", publish_at=tomorrow)
    make_article(title="Draft one", status=Article.Status.DRAFT)
    make_article(title="Review one", status=Article.Status.REVIEW)
    make_article(title="Gone one", status=Article.Status.WITHDRAWN)

    response = editor_client.get(CHANGELIST_URL, {"state": state})

    titles = [article.title for article in response.context["cl"].result_list]
    assert titles == [expected]


def test_filters_by_section_author_and_tag_and_search(editor_client):
    section, author = make_section(), make_author()
    wanted = make_article(
        title="Wanted",
        section=section,
        authors=[author],
        tags=["Radar"],
        body="<p>A unique phrase about sonar buoys.</p>",
    )
    make_article(title="Other")

    def titles(params):
        response = editor_client.get(CHANGELIST_URL, params)
        return [article.title for article in response.context["cl"].result_list]

    assert titles({"section__id__exact": section.pk}) == [wanted.title]
    assert titles({"authors__id__exact": author.pk}) == [wanted.title]
    assert titles({"tags__id__exact": wanted.tags.get().pk}) == [wanted.title]
    assert titles({"q": "sonar buoys"}) == [wanted.title]


def test_publish_now_and_withdraw_actions(editor_client):
    draft = make_article(status=Article.Status.DRAFT, publish_at=None)
    live = make_article()

    editor_client.post(
        CHANGELIST_URL, {"action": "publish_now", "_selected_action": [draft.pk]}
    )
    editor_client.post(
        CHANGELIST_URL, {"action": "withdraw", "_selected_action": [live.pk]}
    )

    draft.refresh_from_db()
    live.refresh_from_db()
    assert draft.is_live
    assert live.status == Article.Status.WITHDRAWN


def test_a_future_publish_time_schedules_without_anything_else(editor_client, now):
    go_live = timezone.now() + timedelta(hours=2)
    section, author = make_section(), make_author()
    local = timezone.localtime(go_live)
    editor_client.post(
        ADD_URL,
        add_form(
            section,
            author,
            publish_at_0=local.strftime("%Y-%m-%d"),
            publish_at_1=local.strftime("%H:%M:%S"),
        ),
    )
    article = Article.objects.get()
    assert article.state.startswith("Scheduled for")
    now.move_to(go_live)
    assert editor_client.get(article.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    ("model", "term"),
    [("author", "Ruiz"), ("spokesperson", "Estevan"), ("article", "Frigates")],
)
def test_autocomplete_for_authors_spokespersons_and_related(editor_client, model, term):
    from tests.factories import make_spokesperson

    make_author(name="Ana Ruiz")
    make_spokesperson(name="Mira Estevan")
    make_article(title="Frigates on patrol")
    field = {
        "author": ("byline", "author"),
        "spokesperson": ("article", "spokespersons"),
        "article": ("relatedarticle", "to_article"),
    }[model]
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": term,
            "app_label": "articles",
            "model_name": field[0],
            "field_name": field[1],
        },
    )
    assert response.status_code == 200
    assert [result["text"] for result in response.json()["results"]] == [
        {
            "author": "Ana Ruiz",
            "spokesperson": "Mira Estevan",
            "article": "Frigates on patrol",
        }[model]
    ]


@pytest.mark.parametrize(
    "url_name", ["people_author_add", "people_spokesperson_add", "articles_section_add"]
)
def test_people_and_section_admins_open(chief_client, url_name):
    response = chief_client.get(reverse(f"admin:{url_name}"))
    assert response.status_code == 200


def test_spokesperson_photo_upload(chief_client):
    from people.models import Spokesperson

    response = chief_client.post(
        reverse("admin:people_spokesperson_add"),
        {
            "name": "Mira Estevan",
            "slug": "mira-estevan",
            "rank": "Colonel",
            "role": "spokesperson",
            "organization": "Ministry of Defence",
            "organization_abbreviation": "MOD",
            "country": "Aldria",
            "photo": image_upload("mira.jpg", image_format="JPEG"),
        },
    )
    assert response.status_code == 302
    assert Spokesperson.objects.get().photo.name.endswith(".jpg")


def test_edit_page_explains_the_automatic_picks_and_excludes_one(editor_client):
    from tests.factories import make_spokesperson
    from tests.forms import form_data

    spokesperson = make_spokesperson(name="Mira Estevan")
    pick = make_article(
        title="Navy drill", tags=["Drills"], spokespersons=[spokesperson]
    )
    other = make_article(title="Radar test", tags=["Drills"])
    article = make_article(tags=["Drills"], spokespersons=[spokesperson])
    url = reverse("admin:articles_article_change", args=[article.pk])

    page = editor_client.get(url)
    html = page.content.decode()
    assert (
        "Navy drill</a> — 1 shared tag: Drills; 1 shared spokesperson: Mira Estevan"
        in html
    )

    editor_client.post(url, form_data(page, excluded_related=[str(pick.pk)]))
    assert article.related_news() == [other]
