"""make backup / make restore: a backup restored into a fresh database serves
the same articles. Runs on the backend the suite runs on."""

import json
import os
import subprocess
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from scripts import desk_backup
from tests.factories import make_article, make_author, make_section

BASE_DIR = Path(__file__).resolve().parents[1]
SCRIPT = BASE_DIR / "scripts" / "desk_backup.py"

# What a reader is served, read back in a separate process on `DATABASE_URL`.
READ_ARTICLES = """
import json
from articles.models import Article
print(json.dumps({
    "published": list(Article.objects.published().values_list("slug", flat=True)),
    "articles": [
        {
            "slug": a.slug,
            "title": a.title,
            "status": a.status,
            "byline": [author.name for author in a.byline],
            "tags": sorted(a.tags.names()),
            "publish_at": a.publish_at.isoformat() if a.publish_at else None,
        }
        for a in Article.objects.order_by("slug")
    ],
}))
"""


def environment(database_url, media_root):
    env = os.environ.copy()
    env.update(DATABASE_URL=database_url, MEDIA_ROOT=str(media_root))
    env.setdefault("DJANGO_SECRET_KEY", "test-only-not-a-secret")
    return env


def run(args, env):
    result = subprocess.run(
        [sys.executable, *map(str, args)],
        env=env,
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result


def served(env):
    out = run([BASE_DIR / "manage.py", "shell", "-c", READ_ARTICLES], env).stdout
    return json.loads(out.strip().splitlines()[-1])


def make_desk(media_root):
    now = timezone.now().replace(microsecond=0)
    ana, ben = make_author(name="Ana Ruiz"), make_author(name="Ben Okafor")
    section = make_section(slug="navy")
    make_article(
        slug="frigates-sail",
        title="Frigates sail",
        section=section,
        authors=[ben, ana],
        tags=["Naval", "Aldria"],
        publish_at=now - timedelta(days=2),
    )
    make_article(
        slug="drills-tomorrow",
        title="Drills tomorrow",
        section=section,
        authors=[ana],
        tags=["Exercises"],
        publish_at=now + timedelta(days=1),
    )
    make_article(
        slug="draft-note",
        title="A draft",
        section=section,
        status="draft",
        publish_at=None,
    )
    (media_root / "authors").mkdir(parents=True)
    (media_root / "authors" / "ana.jpg").write_bytes(b"not really a photo")


def served_here(capsys):
    """What this process's database serves, read by the same code."""
    capsys.readouterr()
    call_command("shell", command=READ_ARTICLES)
    here = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    frigates = next(a for a in here["articles"] if a["slug"] == "frigates-sail")
    assert here["published"] == ["frigates-sail"]
    assert frigates["byline"] == ["Ben Okafor", "Ana Ruiz"]
    assert frigates["tags"] == ["Aldria", "Naval"]
    assert len(here["articles"]) == 3
    return here


def check_media(media_root):
    assert (media_root / "authors" / "ana.jpg").read_bytes() == b"not really a photo"


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite path")
@pytest.mark.django_db
def test_sqlite_backup_restores_into_a_fresh_database(tmp_path, monkeypatch, capsys):
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    make_desk(media)
    backup = tmp_path / "newsdesk.json.gz"
    # The suite's SQLite database lives in memory, so dumpdata runs in this
    # process, with the options the backup script gives it.
    call_command("dumpdata", *desk_backup.DUMPDATA_OPTIONS, output=str(backup))
    monkeypatch.setenv("MEDIA_ROOT", str(media))
    desk_backup.backup_media(backup)
    env = environment(f"sqlite:///{tmp_path / 'restored.sqlite3'}", restored_media)

    run([SCRIPT, "restore", backup], env)

    here = served_here(capsys)
    assert served(env) == here
    check_media(restored_media)
    # Restoring again over the restored desk gives the same desk, not doubles.
    run([SCRIPT, "restore", backup], env)
    assert served(env) == here


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the PostgreSQL path")
@pytest.mark.django_db(transaction=True)
def test_postgres_backup_restores_into_a_scratch_database(tmp_path, capsys):
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    make_desk(media)
    source = postgres_url(connection.settings_dict["NAME"])
    scratch = f"newsdesk_restore_{uuid.uuid4().hex[:8]}"
    backup = tmp_path / "newsdesk.dump"

    run([SCRIPT, "backup", "--file", backup], environment(source, media))
    assert desk_backup.media_archive(backup).is_file()
    with connection.cursor() as cursor:
        cursor.execute(f'CREATE DATABASE "{scratch}"')
    try:
        env = environment(postgres_url(scratch), restored_media)
        run([SCRIPT, "restore", backup], env)
        here = served_here(capsys)
        assert served(env) == here
        check_media(restored_media)
    finally:
        connection.close()
        with connection.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')


def test_default_backup_names_carry_the_time_and_the_format():
    at = datetime(2024, 3, 9, 7, 5, 1)
    sqlite = desk_backup.default_path("sqlite:////tmp/x.sqlite3", now=at)
    postgres = desk_backup.default_path("postgres://u@h:5432/d", now=at)
    assert sqlite == BASE_DIR / "backups" / "newsdesk-20240309-070501.json.gz"
    assert postgres == BASE_DIR / "backups" / "newsdesk-20240309-070501.dump"
    assert desk_backup.media_archive(sqlite).name == (
        "newsdesk-20240309-070501.media.tar.gz"
    )


def postgres_url(name):
    db = connection.settings_dict
    user = db["USER"] + (f":{db['PASSWORD']}" if db["PASSWORD"] else "")
    host = f"{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}"
    return f"postgres://{user}@{host}/{name}"
