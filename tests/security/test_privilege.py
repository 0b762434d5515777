"""Staff without a permission are refused by the server, not by a hidden button."""

from datetime import timedelta

import pytest
import reversion
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from articles.models import Article, ArticleEvent
from previews.models import ShareLink
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff(django_user_model):
    """Signed in to the admin, and allowed nothing in it."""
    return django_user_model.objects.create_user(
        "bystander", password="x-not-used", is_staff=True
    )


@pytest.fixture
def viewer(django_user_model):
    """Staff who may only look at articles."""
    user = django_user_model.objects.create_user(
        "viewer", password="x-not-used", is_staff=True
    )
    user.user_permissions.add(
        Permission.objects.get(
            codename="view_article", content_type__app_label="articles"
        )
    )
    return user


@pytest.fixture
def revised(db):
    """An article with two saved revisions."""
    with reversion.create_revision():
        article = make_article(status=Article.Status.DRAFT, publish_at=None)
    with reversion.create_revision():
        article.title = "Second version"
        article.save()
    return article


def versions_of(article):
    return list(Version.objects.get_for_object(article).order_by("pk"))


def refused_pages(article):
    older, newer = versions_of(article)
    return [
        reverse("admin:articles_article_history", args=[article.pk]),
        reverse("admin:articles_article_revision", args=[article.pk, older.pk]),
        reverse("admin:articles_article_compare", args=[article.pk])
        + f"?from={older.pk}&to={newer.pk}",
        reverse("admin:articles_article_recoverlist"),
        reverse("admin:articles_article_export"),
        reverse("admin:articles_article_delete", args=[article.pk]),
        reverse("admin:articles_articleevent_changelist"),
        reverse("desk:calendar"),
        reverse("desk:calendar_week"),
    ]


def test_staff_without_permissions_get_403(client, staff, revised):
    client.force_login(staff)
    for url in refused_pages(revised):
        assert client.get(url).status_code == 403, url


def test_staff_cannot_delete_by_posting(client, staff, revised):
    client.force_login(staff)
    url = reverse("admin:articles_article_delete", args=[revised.pk])
    assert client.post(url, {"post": "yes"}).status_code == 403
    assert Article.objects.filter(pk=revised.pk).exists()


def test_staff_cannot_restore_a_revision_by_posting(client, staff, revised):
    client.force_login(staff)
    older = versions_of(revised)[0]
    url = reverse("admin:articles_article_revision", args=[revised.pk, older.pk])
    assert client.post(url, {}).status_code == 403
    assert Article.objects.get(pk=revised.pk).title == "Second version"


def test_a_viewer_cannot_export(client, viewer, revised):
    client.force_login(viewer)
    url = reverse("admin:articles_article_export") + "?format=csv"
    assert client.get(url).status_code == 403
    assert not ArticleEvent.objects.filter(action="export").exists()


def test_the_preview_is_not_shown_to_staff_without_view_permission(
    client, staff, revised
):
    client.force_login(staff)
    url = reverse("previews:article", args=[revised.pk])
    assert client.get(url).status_code in (403, 404)
    assert client.post(url, {"title": "x"}).status_code in (403, 404)


@pytest.mark.parametrize("user", ["staff", "viewer", "writer"])
def test_share_links_need_their_permission(client, request, user, revised):
    client.force_login(request.getfixturevalue(user))
    url = reverse("previews:create_share_link", args=[revised.pk])
    assert client.post(url).status_code == 403
    assert not ShareLink.objects.filter(article=revised).exists()


CHANGELIST = reverse("admin:articles_article_changelist")


def snapshot(article):
    article = Article.objects.get(pk=article.pk)
    return article.status, article.publish_at, article.title


def in_an_hour():
    local = timezone.localtime(timezone.now() + timedelta(hours=1))
    return {"publish_at_0": f"{local:%Y-%m-%d}", "publish_at_1": f"{local:%H:%M:%S}"}


@pytest.mark.parametrize(
    "action, status, extra",
    [
        ("publish_now", Article.Status.REVIEW, {}),
        ("withdraw", Article.Status.PUBLISHED, {}),
        ("schedule", Article.Status.REVIEW, {"apply": "1", **in_an_hour()}),
        ("unschedule", Article.Status.PUBLISHED, {}),
        ("export_selected", Article.Status.PUBLISHED, {}),
    ],
)
@pytest.mark.parametrize("user", ["viewer", "writer"])
def test_actions_posted_without_permission_change_nothing(
    client, request, user, action, status, extra
):
    account = request.getfixturevalue(user)
    client.force_login(account)
    publish_at = timezone.now() + timedelta(days=1 if action == "unschedule" else -1)
    article = make_article(
        status=status,
        publish_at=publish_at,
        authors=[make_author(user=account)],
    )
    before = snapshot(article)
    data = {"action": action, "_selected_action": [article.pk], **extra}
    response = client.post(CHANGELIST, data)
    assert response.status_code in (200, 302, 403)
    if response.status_code == 302:
        assert reverse("admin:articles_article_export") not in response["Location"]
    assert snapshot(article) == before
    assert not ArticleEvent.objects.exclude(action="submit").exists()
