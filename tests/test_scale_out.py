"""Past one machine: a shared Redis cache, read replicas and media on S3."""

import copy
import os
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import connections
from django.test.utils import CaptureQueriesContext

from articles.models import Article
from newsdesk.routers import ReplicaRouter
from tests.articles.test_admin import ADD_URL, add_form
from tests.factories import make_article, make_author, make_section
from tests.test_settings import PROJECT

REPLICA = "replica_1"


# The shared cache


def test_redis_cache_sets_gets_deletes_and_clears(redis_cache):
    redis_cache.set("presence", {"editor": 1}, 60)
    assert redis_cache.get("presence") == {"editor": 1}

    redis_cache.delete("presence")
    assert redis_cache.get("presence") is None

    redis_cache.set_many({"one": 1, "two": 2})
    redis_cache.clear()
    assert redis_cache.get_many(["one", "two"]) == {}


# Read replicas


@pytest.fixture(scope="module")
def replica_alias(django_db_setup):
    """`replica_1`: a second connection to the test database, as settings add it."""
    replica = copy.deepcopy(connections["default"].settings_dict)
    replica["TEST"] = {**replica["TEST"], "MIRROR": "default"}
    connections.settings[REPLICA] = replica
    yield REPLICA
    connections[REPLICA].close()
    del connections[REPLICA]
    del connections.settings[REPLICA]


@pytest.fixture
def routed(settings, replica_alias):
    settings.DATABASE_ROUTERS = ["newsdesk.routers.ReplicaRouter"]


def test_router_reads_from_replicas_writes_and_migrates_on_the_primary(
    replica_alias,
):
    router = ReplicaRouter()
    assert router.db_for_read(Article) == replica_alias
    assert router.db_for_write(Article) == "default"
    assert router.allow_migrate("default", "articles")
    assert not router.allow_migrate(replica_alias, "articles")


def test_router_reads_logins_and_sessions_from_the_primary(replica_alias):
    router = ReplicaRouter()
    assert router.db_for_read(Session) == "default"
    assert router.db_for_read(User) == "default"


def test_router_allows_relations_between_primary_and_replicas(replica_alias):
    on_primary, on_replica, elsewhere = Article(), Article(), Article()
    on_primary._state.db, on_replica._state.db = "default", replica_alias
    elsewhere._state.db = "archive"
    router = ReplicaRouter()
    assert router.allow_relation(on_primary, on_replica)
    assert not router.allow_relation(on_primary, elsewhere)


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_public_page_reads_from_the_replica(client, routed):
    """The primary's transaction would hide the article from the replica's
    connection, so this test commits (transaction=True)."""
    article = make_article(title="Frigates finish a joint patrol")

    with (
        CaptureQueriesContext(connections[REPLICA]) as on_replica,
        CaptureQueriesContext(connections["default"]) as on_primary,
    ):
        response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    assert b"Frigates finish a joint patrol" in response.content
    assert any('"articles_article"' in q["sql"] for q in on_replica.captured_queries)
    assert not on_primary.captured_queries


@pytest.mark.django_db(transaction=True, databases=["default", REPLICA])
def test_admin_save_writes_to_the_primary(admin_client, routed):
    """A superuser: the role groups, made by a migration, are gone after the
    flush that ends an earlier transactional test."""
    section, author = make_section(), make_author()

    with (
        CaptureQueriesContext(connections[REPLICA]) as on_replica,
        CaptureQueriesContext(connections["default"]) as on_primary,
    ):
        response = admin_client.post(ADD_URL, add_form(section, author))

    assert response.status_code == 302
    writes = [q["sql"] for q in on_primary.captured_queries]
    assert any(sql.startswith('INSERT INTO "articles_article"') for sql in writes)
    assert not any(
        q["sql"].startswith(("INSERT", "UPDATE", "DELETE"))
        for q in on_replica.captured_queries
    )
    assert Article.objects.using("default").filter(
        slug=add_form(section, author)["slug"]
    )


def test_settings_add_replicas_and_the_router_only_when_configured():
    alone = settings_of("sorted(s.DATABASES), getattr(s, 'DATABASE_ROUTERS', None)")
    assert alone == "['default'] None"

    replicated = settings_of(
        "[(a, d['HOST'], d.get('TEST')) for a, d in sorted(s.DATABASES.items())], "
        "s.DATABASE_ROUTERS",
        DATABASE_URL="postgres://desk@primary.example:5432/newsdesk",
        DATABASE_REPLICA_URLS="postgres://desk@r1.example/newsdesk, "
        "postgres://desk@r2.example/newsdesk",
    )
    assert "('default', 'primary.example'" in replicated
    assert "('replica_1', 'r1.example', {'MIRROR': 'default'})" in replicated
    assert "('replica_2', 'r2.example', {'MIRROR': 'default'})" in replicated
    assert replicated.endswith("['newsdesk.routers.ReplicaRouter']")


# Settings, read in a fresh interpreter as a server would


def settings_of(expression, **env):
    """Print `expression` (with the settings module as `s`) under this environment."""
    clean = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "AWS_"))
        and name not in {"DATABASE_URL", "DATABASE_REPLICA_URLS", "REDIS_URL"}
    }
    result = subprocess.run(
        [sys.executable, "-c", f"import newsdesk.settings as s; print({expression})"],
        cwd=PROJECT,
        env=clean | {"DJANGO_DEBUG": "1"} | env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_cache_is_local_memory_unless_redis_url_is_set():
    backend = "s.CACHES['default']['BACKEND'], s.CACHES['default'].get('LOCATION')"
    assert settings_of(backend).startswith("django.core.cache.backends.locmem.")
    assert settings_of(backend, REDIS_URL="redis://cache.example:6379/0") == (
        "django.core.cache.backends.redis.RedisCache redis://cache.example:6379/0"
    )


def test_media_goes_to_s3_when_a_bucket_is_named():
    default = "s.STORAGES['default']['BACKEND']"
    assert settings_of(default) == "django.core.files.storage.FileSystemStorage"

    s3 = settings_of(
        f"{default}, s.STORAGES['default']['OPTIONS']",
        AWS_STORAGE_BUCKET_NAME="newsdesk-media",
        AWS_S3_ENDPOINT_URL="https://s3.example",
        AWS_S3_CUSTOM_DOMAIN="media.news.example",
    )
    assert s3.startswith("storages.backends.s3.S3Storage ")
    for option in (
        "'bucket_name': 'newsdesk-media'",
        "'endpoint_url': 'https://s3.example'",
        "'custom_domain': 'media.news.example'",
        "'querystring_auth': False",
        "'file_overwrite': False",
    ):
        assert option in s3


def test_deploy_guide_names_every_scale_out_variable():
    guide = (PROJECT / "docs" / "deploy.md").read_text()
    for name in (
        "REDIS_URL",
        "DATABASE_REPLICA_URLS",
        "AWS_STORAGE_BUCKET_NAME",
        "AWS_S3_ENDPOINT_URL",
        "AWS_S3_REGION_NAME",
        "AWS_S3_CUSTOM_DOMAIN",
        "AWS_ACCESS_KEY_ID",
        "/healthz",
    ):
        assert f"`{name}" in guide, name
