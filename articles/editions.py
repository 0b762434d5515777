"""Which edition of the public site is current: what caches and validators key on.

The public site changes in two ways. Someone saves or deletes something it
shows (an article, a byline, a tag, a section, a person, a correction): that
stamps a new edition at once, from signals, so the admin, imports and the
shell all count. Or the clock passes the next scheduled `publish_at`: the
edition carries that moment (`next_at`) and is read again once it has passed,
so nothing keyed on an edition outlives an embargo.

The stamp must be seen by every process serving the site. With a shared cache
(Redis) it lives there; with a per-process cache (local memory) it is kept in
a small file, which every worker on the machine reads.
"""

import hashlib
import logging
import os
import tempfile
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.core.cache import cache, caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.db.models import Max, Min, Q
from django.utils import timezone
from redis.exceptions import RedisError

_STAMP_KEY = "newsdesk:edition-stamp"
# What a cache server that is down or unreachable raises.
CACHE_ERRORS = (RedisError, OSError)
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Edition:
    stamp: int  # nanoseconds since the epoch of the last change
    latest: datetime | None  # the newest public article's publish_at
    next_at: datetime | None  # the next scheduled publish_at: the edition ends

    @property
    def etag(self):
        fingerprint = f"{self.stamp}|{self.latest}"
        return f'W/"{hashlib.sha256(fingerprint.encode()).hexdigest()[:24]}"'

    @property
    def last_modified(self):
        changed = datetime.fromtimestamp(self.stamp / 1e9, tz=UTC)
        return max(changed, self.latest) if self.latest else changed

    def seconds_left(self, now):
        """How long the edition can last from `now`, or None if no end is due."""
        if self.next_at is None:
            return None
        return max(0, int((self.next_at - now).total_seconds()))


def current_edition(now=None):
    """The edition the public site is showing at `now`: no query once known."""
    now = now or timezone.now()
    stamp = _read_stamp()
    key = f"newsdesk:edition:{stamp}"
    edition = cache.get(key)
    if edition is None or (edition.next_at and now >= edition.next_at):
        edition = _read_edition(stamp, now)
        cache.set(key, edition, timeout=None)
    return edition


def mark_changed(**_signal_kwargs):
    """Start a new edition now, and again once the change is committed (so a
    page rendered from the old rows in between cannot outlive the commit)."""
    _write_stamp_or_warn()
    transaction.on_commit(_write_stamp_or_warn)


def _write_stamp_or_warn():
    # A save must not fail because the cache is away; pages are rendered
    # while it is, and a cache that comes back empty starts a new edition.
    try:
        _write_stamp()
    except CACHE_ERRORS as error:
        logger.error("Could not start a new edition of the site: %s", error)


def _read_edition(stamp, now):
    from articles.models import Article

    public = Q(status=Article.Status.PUBLISHED)
    moments = Article.objects.aggregate(
        latest=Max("publish_at", filter=public & Q(publish_at__lte=now)),
        next_at=Min("publish_at", filter=public & Q(publish_at__gt=now)),
    )
    return Edition(stamp=stamp, **moments)


def _is_shared():
    return not isinstance(caches["default"], LocMemCache | DummyCache)


def _read_stamp():
    stamp = _stored_stamp()
    if stamp is None:
        _write_stamp()
        stamp = _stored_stamp()
    return stamp


def _write_stamp():
    # Never the same stamp twice, even if the clock stands still or steps back.
    stamp = max(time.time_ns(), (_stored_stamp() or 0) + 1)
    if _is_shared():
        cache.set(_STAMP_KEY, stamp, timeout=None)
        return
    path = _stamp_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as new:
        new.write(str(stamp))
    # A reader sees the old stamp or the new one, never half a file.
    os.replace(new.name, path)


def _stored_stamp():
    if _is_shared():
        return cache.get(_STAMP_KEY)
    try:
        return int(_stamp_file().read_text())
    except (FileNotFoundError, ValueError):
        return None


def _stamp_file():
    if settings.NEWSDESK_EDITION_FILE:
        return Path(settings.NEWSDESK_EDITION_FILE)
    # One file per database, so two desks on one machine keep their own.
    database = settings.DATABASES["default"]
    identity = f"{database['ENGINE']}|{database.get('HOST')}|{database['NAME']}"
    digest = hashlib.sha256(identity.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"newsdesk-edition-{digest}"
