import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article, Section
from people.models import Author, Spokesperson

pytestmark = pytest.mark.django_db


def snapshot():
    return [
        (a.slug, a.status, a.publish_at, a.updated_at, a.lead_image.name)
        for a in Article.objects.order_by("slug")
    ]


def test_seed_demo_fills_a_desk_and_running_it_again_changes_nothing(settings):
    settings.DEBUG = True
    call_command("seed_demo", stdout=io.StringIO())
    first = snapshot()
    call_command("seed_demo", stdout=io.StringIO())

    assert snapshot() == first
    assert 25 <= len(first) <= 40
    assert Section.objects.count() >= 4
    assert Author.objects.count() >= 6
    assert Spokesperson.objects.count() >= 4
    states = {article.state.split()[0] for article in Article.objects.all()}
    assert {"Live", "Scheduled", "Draft"} <= states
    assert get_user_model().objects.get(username="editor").is_staff


def test_seed_demo_prints_the_editor_login(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    assert "username editor, password newsdesk-demo" in capsys.readouterr().out


def test_seed_demo_makes_no_known_password_account_without_debug(settings, capsys):
    settings.DEBUG = False
    call_command("seed_demo")
    assert not get_user_model().objects.filter(username="editor").exists()


def test_demo_pages_render(client, settings):
    settings.DEBUG = True
    call_command("seed_demo")
    for article in Article.objects.published():
        assert client.get(article.get_absolute_url()).status_code == 200
    assert client.get("/").status_code == 200
