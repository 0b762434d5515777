"""Back up and restore the desk: the database, and the uploaded media beside it.

    python scripts/desk_backup.py backup [--file PATH]
    python scripts/desk_backup.py restore PATH

SQLite: `manage.py dumpdata` to gzipped JSON, restored with migrate, flush and
loaddata. PostgreSQL (DATABASE_URL postgres://...): `pg_dump --format=custom`,
restored with `pg_restore --clean --single-transaction`. MEDIA_ROOT goes into
PATH's sibling `<name>.media.tar.gz` and is unpacked back on restore.
`make backup` and `make restore BACKUP=...` call this.
"""

import argparse
import os
import subprocess
import sys
import tarfile
from datetime import datetime
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[1]
POSTGRES_SCHEMES = ("postgres://", "postgresql://", "pgsql://")
# Rows that migrate and post_migrate make themselves, and sessions, stay out;
# other rows keep their ids (taggit's through models have no natural key).
DUMPDATA_OPTIONS = [
    "--natural-foreign",
    "--exclude=contenttypes",
    "--exclude=auth.permission",
    "--exclude=sessions",
]
# dumpdata and loaddata sign nothing; the settings only insist on a key.
PLACEHOLDER_SECRET_KEY = "backup-restore-signs-nothing"


def database_url():
    return os.environ.get("DATABASE_URL", "")


def is_postgres(url):
    return url.lower().startswith(POSTGRES_SCHEMES)


def libpq_url(url):
    """dj-database-url's pgsql:// spelled the way libpq reads it."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}"


def default_path(url, now=None):
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    suffix = "dump" if is_postgres(url) else "json.gz"
    return BASE_DIR / "backups" / f"newsdesk-{stamp}.{suffix}"


def media_root():
    return Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))


def media_archive(path):
    """backups/newsdesk-X.json.gz -> backups/newsdesk-X.media.tar.gz"""
    path = Path(path)
    name = path.name.removesuffix(".gz").removesuffix(".json").removesuffix(".dump")
    return path.with_name(f"{name}.media.tar.gz")


def setup_django():
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsdesk.settings")
    os.environ.setdefault("DJANGO_SECRET_KEY", PLACEHOLDER_SECRET_KEY)
    if str(BASE_DIR) not in sys.path:
        sys.path.insert(0, str(BASE_DIR))
    django.setup()


def django_command(name, *args):
    """Run a management command in this process."""
    from django.core.management import call_command

    setup_django()
    call_command(name, *args)


def backup(path=None):
    url = database_url()
    path = Path(path or default_path(url))
    path.parent.mkdir(parents=True, exist_ok=True)
    if is_postgres(url):
        subprocess.run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--file={path}",
                libpq_url(url),
            ],
            check=True,
        )
    else:
        django_command("dumpdata", *DUMPDATA_OPTIONS, f"--output={path}")
    archive = backup_media(path)
    print(f"Backed up the database to {path}")
    if archive:
        print(f"Backed up {media_root()} to {archive}")
    return path


def backup_media(path):
    root = media_root()
    if not root.is_dir():
        return None
    archive = media_archive(path)
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(root, arcname=".")
    return archive


def restore(path):
    """Replace the database's contents with the backup at `path`, all or nothing."""
    url = database_url()
    path = Path(path)
    if not path.is_file():
        raise SystemExit(f"No backup at {path}")
    if is_postgres(url):
        subprocess.run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--no-privileges",
                "--single-transaction",
                "--exit-on-error",
                f"--dbname={libpq_url(url)}",
                str(path),
            ],
            check=True,
        )
    else:
        django_command("migrate", "--no-input", "--verbosity=0")
        from django.db import transaction

        # Emptied and refilled in one transaction: a bad file leaves the desk as is.
        with transaction.atomic():
            django_command("flush", "--no-input", "--verbosity=0")
            django_command("loaddata", str(path))
    archive = media_archive(path)
    if archive.is_file():
        root = media_root()
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(archive) as tar:
            tar.extractall(root, filter="data")
        print(f"Restored {root} from {archive}")
    print(f"Restored the database from {path}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("backup").add_argument("--file", default=None)
    commands.add_parser("restore").add_argument("file")
    options = parser.parse_args(argv)
    if options.command == "backup":
        backup(options.file)
    else:
        restore(options.file)


if __name__ == "__main__":
    main()
