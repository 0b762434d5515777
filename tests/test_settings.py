"""The settings module reads the environment and refuses unsafe gaps."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent


SUMMARY = "s.DEBUG, s.ALLOWED_HOSTS, s.DATABASES['default']['ENGINE'], s.TIME_ZONE"


def load_settings(printed=SUMMARY, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    clean.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-c", f"import newsdesk.settings as s; print({printed})"],
        cwd=PROJECT,
        env=clean | env,
        capture_output=True,
        text=True,
    )


def test_secret_key_is_required_when_debug_is_off():
    result = load_settings()
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off." in result.stderr


def test_debug_runs_without_a_secret_key_on_sqlite():
    result = load_settings(DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "True"
    assert "sqlite3" in result.stdout and result.stdout.strip().endswith("UTC")


def test_environment_configures_hosts_database_and_zone():
    result = load_settings(
        DJANGO_SECRET_KEY="k" * 50,
        DJANGO_ALLOWED_HOSTS="news.example, www.news.example",
        DATABASE_URL="postgres://desk@db.example:5432/newsdesk",
        TIME_ZONE="Europe/Helsinki",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"
    assert "['news.example', 'www.news.example']" in result.stdout
    assert "postgresql" in result.stdout and "Europe/Helsinki" in result.stdout


@pytest.mark.parametrize("value", ["maybe", "2"])
def test_a_debug_value_that_is_not_a_boolean_is_an_error(value):
    result = load_settings(DJANGO_DEBUG=value)
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be one of" in result.stderr


def test_datetimes_are_aware(settings):
    assert settings.USE_TZ is True


@pytest.mark.parametrize(
    ("env", "seconds"),
    [
        ({"DJANGO_DEBUG": "1"}, "0"),  # templates being edited show at once
        ({"DJANGO_SECRET_KEY": "x"}, "600"),
        ({"DJANGO_SECRET_KEY": "x", "DJANGO_PAGE_CACHE_SECONDS": "30"}, "30"),
    ],
)
def test_the_page_cache_is_off_in_debug_unless_asked_for(env, seconds):
    result = load_settings("s.NEWSDESK_PAGE_CACHE_SECONDS", **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == seconds
