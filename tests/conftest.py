import os
from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache, caches
from django.utils import timezone

from articles.management.commands.seed_demo import ensure_demo_account


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Serve static files without the manifest that only collectstatic writes."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {
            "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        },
    }


@pytest.fixture(autouse=True)
def files_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # whitenoise looks for collected files at start-up; give it an empty folder.
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STATIC_ROOT.mkdir()
    settings.NEWSDESK_EDITION_FILE = tmp_path / "edition"


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with nothing cached from the one before."""
    cache.clear()
    yield
    cache.clear()


REDIS_TEST_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def redis_cache(settings):
    """Django's Redis backend on database 15, emptied before and after."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
        }
    }
    cache = caches["default"]
    try:
        cache.clear()
    except Exception as error:  # redis-py's connection errors
        if os.environ.get("CI") == "true":
            raise
        pytest.skip(f"Redis does not answer at {REDIS_TEST_URL}: {error}")
    yield cache
    cache.clear()


@pytest.fixture
def now():
    """A frozen clock the test can move: `now.shift(seconds)`."""
    with time_machine.travel(timezone.now().replace(microsecond=0), tick=False) as t:
        yield t


@pytest.fixture
def yesterday():
    return timezone.now() - timedelta(days=1)


@pytest.fixture
def tomorrow():
    return timezone.now() + timedelta(days=1)


@pytest.fixture
def writer(db):
    """The demo desk's writer: the Writer role, no author of their own yet."""
    user, _ = ensure_demo_account("writer")
    return user


@pytest.fixture
def editor(db):
    """The demo desk's editor account: the Editor role."""
    user, _ = ensure_demo_account("editor")
    return user


@pytest.fixture
def chief(db):
    """The demo desk's chief: the Chief role."""
    user, _ = ensure_demo_account("chief")
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def chief_client(client, chief):
    client.force_login(chief)
    return client
