"""Copy as the importers read it: plain data, before anything touches the database.

Every format (wire text, RSS, Atom, JSON Feed, ninjs) is parsed into `Story`
objects, and a malformed source raises `WireFormatError` naming the file and,
where it is known, the line.
"""

import hashlib
import html
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from django.utils import timezone
from django.utils.html import escape

# The origin column holds 500 characters; longer ids are stored as a digest.
ORIGIN_MAX_LENGTH = 500
_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


class WireFormatError(Exception):
    """Copy that cannot be imported: which file, which line if known, and why."""

    def __init__(self, path, line, message):
        super().__init__(path, line, message)
        self.path = str(path)
        self.line = line
        self.message = message

    def __str__(self):
        if self.line is None:
            return f"{self.path}: {self.message}"
        return f"{self.path}:{self.line}: {self.message}"


@dataclass(frozen=True)
class Story:
    """One item of incoming copy, ready to become a draft article."""

    origin_uri: str
    headline: str
    body_html: str
    source: str = ""
    bylines: tuple[str, ...] = ()
    published: datetime | None = None
    dateline: str = ""
    summary: str = ""
    tags: tuple[str, ...] = ()


def origin_key(value):
    """Return `value` as an origin id that fits the database column."""
    value = value.strip()
    if len(value) <= ORIGIN_MAX_LENGTH:
        return value
    return "sha256:" + hashlib.sha256(value.encode()).hexdigest()


def digest_origin(scheme, *parts):
    """Return a stable id built from what identifies a story without one."""
    key = "\n".join(parts)
    return f"{scheme}:" + hashlib.sha256(key.encode()).hexdigest()


def paragraphs_html(paragraphs):
    """Render plain-text paragraphs as escaped `<p>` elements."""
    return "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)


def text_paragraphs(text):
    """Split plain text into paragraphs at blank lines, joining wrapped lines."""
    blocks = re.split(r"\n\s*\n", text.strip())
    return [squeeze(block) for block in blocks if block.strip()]


def plain_text(markup):
    """Return the words of an HTML fragment, one space between each."""
    # A tag becomes a space so that words either side of </p><p> stay apart.
    return squeeze(html.unescape(_TAG.sub(" ", markup or "")))


def squeeze(text):
    """Collapse runs of whitespace, line breaks included, into single spaces."""
    return _SPACE.sub(" ", text).strip()


def unique_names(names):
    """Return the non-blank names once each, in their first order."""
    seen = {}
    for name in names:
        name = squeeze(name or "")
        if name and name.casefold() not in seen:
            seen[name.casefold()] = name
    return tuple(seen.values())


def text_field(mapping, key):
    """Return `mapping[key]` if it is a string, else "" (JSON may hold anything)."""
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return value if isinstance(value, str) else ""


def read_iso_time(value, *, zone=None):
    """Read an ISO 8601 / RFC 3339 time as aware UTC; raise ValueError if not."""
    if not isinstance(value, str):
        raise ValueError(value)
    return in_utc(datetime.fromisoformat(value.strip()), zone=zone)


def in_utc(moment, *, zone=None):
    """Return `moment` as whole-second aware UTC, reading a naive one in `zone`."""
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, zone or timezone.get_default_timezone())
    return moment.astimezone(UTC).replace(microsecond=0)
