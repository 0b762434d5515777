"""Previews: staff see unpublished copy, reviewers see it through a share link,
and nothing of it reaches readers, crawlers or caches."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article
from previews.models import ShareLink
from previews.services import create_share_link, revoke_share_link
from tests.factories import (
    image_upload,
    make_article,
    make_author,
    make_spokesperson,
)

pytestmark = pytest.mark.django_db

NOT_PUBLISHED = "Preview — not published"
LIVE_VERSION = "Preview — live version"
UNSAVED = "Preview — unsaved changes"
SHARED = "Preview shared for review — not published"


@pytest.fixture
def draft():
    """A draft with a byline, a quoted spokesperson and a tag: all not public."""
    return make_article(
        title="Corvette trials move to the northern range",
        slug="corvette-trials-move-north",
        status=Article.Status.DRAFT,
        publish_at=None,
        authors=[make_author(name="Mira Okafor")],
        spokespersons=[make_spokesperson(name="Tomas Varga")],
        tags=["Naval Trials"],
    )


def preview_url(article):
    return reverse("previews:article", args=[article.pk])


def share_create_url(article):
    return reverse("previews:create_share_link", args=[article.pk])


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def assert_private(response):
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


def edits(article, **overrides):
    """The article's admin change form as posted, with `overrides` typed in."""
    return {
        "title": article.title,
        "slug": article.slug,
        "summary": article.summary,
        "section": str(article.section_id),
        "dateline": article.dateline,
        "source": article.source,
        "body": article.body,
        "spokespersons": [str(s.pk) for s in article.spokespersons.all()],
        "tags": ", ".join(article.tags.names()),
        "status": article.status,
        "publish_at_0": "",
        "publish_at_1": "",
        "caption": "",
        "credit": "",
        "alt": "",
        "edited_version": str(article.version),
    } | overrides


def database_writes(queries):
    verbs = ("INSERT", "UPDATE", "DELETE")
    return [q["sql"] for q in queries if q["sql"].lstrip().upper().startswith(verbs)]


# Staff preview of the saved article


def test_staff_preview_a_draft_as_readers_would_see_it(editor_client, draft):
    response = editor_client.get(preview_url(draft))

    assert response.status_code == 200
    assert [t.name for t in response.templates][:2] == [
        "previews/article_preview.html",
        "articles/article_detail.html",
    ]
    html = response.content.decode()
    assert NOT_PUBLISHED in html
    for shown in (draft.title, "Mira Okafor", "Tomas Varga", "Naval Trials"):
        assert shown in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert_private(response)


def test_preview_of_a_live_article_says_so(editor_client):
    article = make_article()

    html = editor_client.get(preview_url(article)).content.decode()

    assert LIVE_VERSION in html and NOT_PUBLISHED not in html


def test_related_news_in_a_preview_is_still_only_public(editor_client, tomorrow):
    live = make_article(title="Live neighbour", tags=["Radar"])
    make_article(title="Embargoed neighbour", tags=["Radar"], publish_at=tomorrow)
    draft = make_article(status=Article.Status.DRAFT, publish_at=None, tags=["Radar"])

    response = editor_client.get(preview_url(draft))

    assert response.context["related_news"] == [live]


def test_anonymous_visitors_get_a_private_not_found(client, draft):
    response = client.get(preview_url(draft))

    assert response.status_code == 404
    assert draft.title not in response.content.decode()
    assert_private(response)


def test_staff_without_permission_to_view_articles_get_not_found(client, draft):
    client.force_login(
        get_user_model().objects.create_user("intern", is_staff=True, password="x")
    )

    assert client.get(preview_url(draft)).status_code == 404


def test_a_missing_article_is_not_found(editor_client):
    assert editor_client.get("/preview/articles/999999/").status_code == 404


# Preview of unsaved changes


def test_preview_changes_shows_the_edits_and_saves_nothing(editor_client, draft):
    before = Article.objects.values().get(pk=draft.pk)
    form = edits(
        draft,
        title="Corvette trials move to the southern range",
        body='<p onclick="steal()">Crews sailed at dawn.<script>alert(1)</script></p>',
        tags="Something Else",
        status=Article.Status.PUBLISHED,
    )

    with CaptureQueriesContext(connection) as queries:
        response = editor_client.post(preview_url(draft), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert UNSAVED in html
    assert "Corvette trials move to the southern range" in html
    assert "Crews sailed at dawn." in html
    assert "<script" not in html.split('class="story-body"')[1]
    assert "onclick" not in html and "steal" not in html
    # Byline, tags and spokespersons are the saved ones.
    assert "Mira Okafor" in html and "Naval Trials" in html
    assert "Something Else" not in html
    assert_private(response)

    assert database_writes(queries.captured_queries) == []
    assert Article.objects.values().get(pk=draft.pk) == before
    assert list(Article.objects.get(pk=draft.pk).tags.names()) == ["Naval Trials"]
    assert not Article.objects.published().filter(pk=draft.pk).exists()


def test_a_new_lead_image_is_neither_stored_nor_shown_until_saved(
    editor_client, draft, settings
):
    form = edits(draft, lead_image=image_upload(), alt="A corvette at sea")

    response = editor_client.post(preview_url(draft), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "The new lead image appears once the article is saved." in html
    assert "<img" not in html
    assert not (settings.MEDIA_ROOT.exists() and any(settings.MEDIA_ROOT.rglob("*")))


def test_the_saved_lead_image_stays_until_a_new_one_is_saved(editor_client, settings):
    article = make_article(lead_image=image_upload("old.png"), alt="The old picture")
    stored = sorted(settings.MEDIA_ROOT.rglob("*"))
    form = edits(article, lead_image=image_upload("new.png"), alt="The new picture")

    response = editor_client.post(preview_url(article), form)

    html = response.content.decode()
    assert f'src="{article.lead_image.url}" alt="The new picture"' in html
    assert "new.png" not in html
    assert sorted(settings.MEDIA_ROOT.rglob("*")) == stored


def test_invalid_changes_list_the_errors_and_save_nothing(editor_client, draft):
    other = make_article(slug="taken-slug")

    response = editor_client.post(
        preview_url(draft), edits(draft, title="", slug=other.slug)
    )

    assert response.status_code == 200
    assert response.templates[0].name == "previews/invalid_changes.html"
    html = response.content.decode()
    assert "Title:" in html and "Slug:" in html
    assert draft.title in html
    assert_private(response)
    assert Article.objects.get(pk=draft.pk).title == draft.title


def test_preview_changes_needs_the_csrf_token(editor, draft):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)

    assert client.post(preview_url(draft), edits(draft)).status_code == 403


def test_anonymous_cannot_post_changes(client, draft):
    assert client.post(preview_url(draft), edits(draft, title="X")).status_code == 404
    assert Article.objects.get(pk=draft.pk).title == draft.title


# Share links


def test_a_share_link_shows_the_draft_without_an_account(client, editor, draft):
    link = create_share_link(article=draft, by=editor)

    response = client.get(link.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert SHARED in html and draft.title in html
    assert_private(response)


def test_a_share_link_lasts_48_hours_by_default(client, editor, draft, now):
    link = create_share_link(article=draft, by=editor)
    assert link.expires_at - link.created_at == timedelta(hours=48)

    now.move_to(link.expires_at - timedelta(seconds=1))
    assert client.get(link.get_absolute_url()).status_code == 200

    now.move_to(link.created_at + timedelta(hours=48, seconds=1))
    response = client.get(link.get_absolute_url())
    assert response.status_code == 404
    assert_private(response)
    assert ShareLink.objects.get().state == ShareLink.State.EXPIRED


def test_the_lifetime_is_a_setting(editor, draft, settings, now):
    settings.NEWSDESK_SHARE_LINK_HOURS = 4

    link = create_share_link(article=draft, by=editor)

    assert link.expires_at - link.created_at == timedelta(hours=4)
    assert create_share_link(article=draft, by=editor, hours=1).expires_at == (
        link.created_at + timedelta(hours=1)
    )


def test_a_tampered_token_is_not_found(client, editor, draft):
    url = create_share_link(article=draft, by=editor).get_absolute_url()
    position = len(url) - 5  # inside the signature
    tampered = (
        url[:position] + ("A" if url[position] != "A" else "B") + url[position + 1 :]
    )

    assert client.get(tampered).status_code == 404
    assert client.get("/preview/share/not-a-token/").status_code == 404


def test_a_token_signed_for_something_else_is_not_found(client, editor, draft):
    link = create_share_link(article=draft, by=editor)
    forged = signing.dumps(link.pk, salt="elsewhere")

    assert client.get(f"/preview/share/{forged}/").status_code == 404


def test_a_revoked_link_is_not_found(client, editor, draft):
    link = create_share_link(article=draft, by=editor)

    revoke_share_link(link=link, by=editor)

    assert client.get(link.get_absolute_url()).status_code == 404
    link.refresh_from_db()
    assert link.state == ShareLink.State.REVOKED and link.revoked_by == editor


def test_a_link_to_a_deleted_article_is_not_found(client, editor, draft):
    url = create_share_link(article=draft, by=editor).get_absolute_url()

    draft.delete()

    assert client.get(url).status_code == 404
    assert not ShareLink.objects.exists()


def test_share_links_answer_get_and_head_only(client, editor, draft):
    url = create_share_link(article=draft, by=editor).get_absolute_url()

    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405


@pytest.mark.parametrize("role", ["editor", "chief"])
def test_editors_and_chiefs_create_a_link_from_the_article_page(
    client, draft, role, request
):
    client.force_login(request.getfixturevalue(role))

    response = client.post(share_create_url(draft), follow=True)

    assert response.redirect_chain == [(change_url(draft), 302)]
    link = ShareLink.objects.get(article=draft)
    assert link.created_by.username == role
    message = str(list(response.context["messages"])[0])
    assert message.startswith("Share link created") and link.url in message
    assert link.url.endswith(link.get_absolute_url())
    assert client.get(link.get_absolute_url()).status_code == 200


def test_a_writer_cannot_create_a_share_link(client, writer, draft):
    client.force_login(writer)

    assert client.post(share_create_url(draft)).status_code == 403
    assert not ShareLink.objects.exists()


def test_creating_a_link_needs_a_post_and_a_login(client, editor_client, draft):
    assert editor_client.get(share_create_url(draft)).status_code == 405
    editor_client.logout()
    response = client.post(share_create_url(draft))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert not ShareLink.objects.exists()


def test_only_editors_and_chiefs_hold_share_link_permissions(writer, editor, chief):
    for codename in ("add_sharelink", "view_sharelink", "change_sharelink"):
        assert editor.has_perm(f"previews.{codename}")
        assert chief.has_perm(f"previews.{codename}")
        assert not writer.has_perm(f"previews.{codename}")


def test_the_share_link_admin_lists_states_and_revokes(editor_client, editor, now):
    article = make_article(status=Article.Status.DRAFT, publish_at=None)
    active = create_share_link(article=article, by=editor)
    revoked = revoke_share_link(
        link=create_share_link(article=article, by=editor), by=editor
    )
    expired = create_share_link(article=article, by=editor, hours=1)
    now.shift(timedelta(hours=2))
    changelist = reverse("admin:previews_sharelink_changelist")

    html = editor_client.get(changelist).content.decode()

    assert active.url in html
    for state in ("active", "expired", "revoked"):
        assert f'<td class="field-state">{state}</td>' in html
    response = editor_client.post(
        changelist, {"action": "revoke", "_selected_action": [active.pk, expired.pk]}
    )
    assert response.status_code == 302
    assert all(link.is_revoked for link in ShareLink.objects.all())
    assert ShareLink.objects.get(pk=revoked.pk).revoked_at == revoked.revoked_at


# The admin's controls


def test_the_article_change_page_offers_preview_and_share(editor_client, draft):
    html = editor_client.get(change_url(draft)).content.decode()

    preview = preview_url(draft)
    assert f'<a href="{preview}" target="_blank">Preview</a>' in html
    assert f'formaction="{preview}" formtarget="_blank" formmethod="post"' in html
    assert 'value="Preview changes"' in html
    assert f'action="{share_create_url(draft)}"' in html
    assert "Create share link" in html


def test_the_writer_sees_preview_but_not_share(client, writer):
    author = make_author(user=writer)
    article = make_article(
        status=Article.Status.DRAFT, publish_at=None, authors=[author]
    )
    client.force_login(writer)

    html = client.get(change_url(article)).content.decode()

    assert f'href="{preview_url(article)}"' in html
    assert "Create share link" not in html


# Nothing of a preview reaches readers


def test_a_previewed_draft_stays_off_every_public_surface(
    client, editor, editor_client, draft
):
    editor_client.get(preview_url(draft))
    editor_client.post(preview_url(draft), edits(draft, status="published"))
    link = create_share_link(article=draft, by=editor)
    editor_client.logout()
    client.get(link.get_absolute_url())

    for url in ("/feeds/rss/", "/sitemap-articles.xml", "/articles/"):
        response = client.get(url)
        assert response.status_code == 200
        assert draft.slug not in response.content.decode(), url
        assert draft.title not in response.content.decode(), url
    assert client.get(draft.get_absolute_url()).status_code == 404


def test_changes_made_from_an_older_version_are_not_previewed(editor_client, draft):
    stale = edits(draft, title="Stale headline", edited_version=str(draft.version))
    draft.save()  # someone else saves in the meantime

    response = editor_client.post(preview_url(draft), stale)

    assert response.templates[0].name == "previews/invalid_changes.html"
    assert "Stale headline" not in response.content.decode()
