"""The permission matrix: each role against each action, enforced on the server."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from tests.factories import make_article, make_author, make_section
from tests.forms import form_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:articles_article_changelist")
ACTIONS = [
    "view list",
    "add",
    "change own",
    "change other's",
    "submit",
    "publish",
    "schedule",
    "withdraw",
    "delete",
    "export",
]
ALLOWED = {
    "writer": {"view list", "add", "change own", "submit"},
    "editor": set(ACTIONS) - {"delete", "export"},
    "chief": set(ACTIONS),
}


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def post_change(client, article, **changes):
    page = client.get(change_url(article))
    if page.status_code != 200 or "_save" not in page.content.decode():
        return page  # no change form for this user: a read-only page or 403
    return client.post(change_url(article), form_data(page, **changes))


def in_an_hour():
    local = timezone.localtime(timezone.now() + timedelta(hours=1))
    return {"publish_at_0": f"{local:%Y-%m-%d}", "publish_at_1": f"{local:%H:%M:%S}"}


def attempt(action, client, own, other, section):
    """Try `action`; return whether the server let it happen."""
    if action == "view list":
        return client.get(CHANGELIST).status_code == 200
    if action == "add":
        page = client.get(reverse("admin:articles_article_add"))
        if page.status_code != 200:
            return False
        data = form_data(
            page, title="Added", slug="added", section=str(section.pk), body="<p>x</p>"
        )
        client.post(reverse("admin:articles_article_add"), data)
        return Article.objects.filter(slug="added").exists()
    if action in ("change own", "change other's"):
        article = own if action == "change own" else other
        post_change(client, article, title="Changed headline")
        return Article.objects.get(pk=article.pk).title == "Changed headline"
    if action == "submit":
        post_change(client, own, status="review")
        return Article.objects.get(pk=own.pk).status == "review"
    if action == "publish":
        post_change(client, own, status="published")
        return Article.objects.get(pk=own.pk).is_live
    if action == "schedule":
        post_change(client, own, status="published", **in_an_hour())
        return Article.objects.get(pk=own.pk).is_scheduled
    if action == "withdraw":
        live = make_article(section=section)
        client.post(CHANGELIST, {"action": "withdraw", "_selected_action": [live.pk]})
        return Article.objects.get(pk=live.pk).status == "withdrawn"
    if action == "delete":
        url = reverse("admin:articles_article_delete", args=[other.pk])
        client.post(url, {"post": "yes"})
        return not Article.objects.filter(pk=other.pk).exists()
    if action == "export":
        return client.get(reverse("admin:articles_article_export")).status_code == 200
    raise AssertionError(action)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ["writer", "editor", "chief"])
def test_permission_matrix(client, request, role, action):
    user = request.getfixturevalue(role)
    client.force_login(user)
    section = make_section()
    mine = make_author(user=user)
    own = make_article(
        section=section, authors=[mine], status=Article.Status.DRAFT, publish_at=None
    )
    other = make_article(
        section=section,
        authors=[make_author()],
        status=Article.Status.DRAFT,
        publish_at=None,
    )

    assert attempt(action, client, own, other, section) == (action in ALLOWED[role])


def test_a_writer_posting_published_gets_a_form_error_and_stays_unpublished(
    client, writer
):
    client.force_login(writer)
    own = make_article(
        authors=[make_author(user=writer)], status="draft", publish_at=None
    )
    response = post_change(client, own, status="published")
    assert response.status_code == 200
    assert "Only editors publish, schedule or withdraw" in response.content.decode()
    own.refresh_from_db()
    assert own.status == "draft" and not own.is_live


def test_a_writer_cannot_edit_their_own_article_once_published(client, writer):
    client.force_login(writer)
    own = make_article(authors=[make_author(user=writer)])
    post_change(client, own, title="Rewritten after publication")
    own.refresh_from_db()
    assert own.title != "Rewritten after publication"


def test_a_writers_new_article_carries_their_byline(client, writer):
    client.force_login(writer)
    author = make_author(user=writer, name="Petra Solvang")
    page = client.get(reverse("admin:articles_article_add"))
    data = form_data(
        page, title="Mine", slug="mine", section=str(make_section().pk), body="<p>x</p>"
    )
    client.post(reverse("admin:articles_article_add"), data)
    assert Article.objects.get(slug="mine").byline == [author]
