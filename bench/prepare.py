"""Everything before the load: the environment, the database, the static files."""

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent


# One machine, one database, each process's own cache: what the bench measures.
# (A shared Redis would also be flushed by the bench's cache.clear().)
LEFT_OUT = {"REDIS_URL", "DATABASE_REPLICA_URLS"}


def bench_environment(*, database_url, static_root, host):
    """The environment the server and the bench's own Django both run with."""
    kept = {name: value for name, value in os.environ.items() if name not in LEFT_OUT}
    return kept | {
        "DJANGO_SETTINGS_MODULE": os.environ.get(
            "DJANGO_SETTINGS_MODULE", "newsdesk.settings"
        ),
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": host,
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": database_url,
        "DJANGO_STATIC_ROOT": str(static_root),
    }


def with_cache(env, cache_on):
    """`env` with the page cache on (its configured lifetime) or off."""
    if cache_on:
        return env
    return env | {"DJANGO_PAGE_CACHE_SECONDS": "0"}


def sqlite_url(folder):
    return f"sqlite:///{Path(folder) / 'bench.sqlite3'}"


def manage(*args, env):
    # Its chatter goes to stderr, with the bench's progress; stdout is the report.
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=env,
        check=True,
        stdout=sys.stderr,
    )


def seed_database(*, articles, env):
    """Migrate, then top the archive up to `articles`; return the seconds taken."""
    started = time.monotonic()
    manage("migrate", "--no-input", "--verbosity", "0", env=env)
    manage("seed_demo", "--articles", str(articles), env=env)
    return time.monotonic() - started


def collect_static(env):
    manage("collectstatic", "--no-input", "--verbosity", "0", env=env)
