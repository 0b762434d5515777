"""Parse the wire text format, the way a desk receives agency copy.

    Headline of the story
    (blank)
    Outlet
    Editor's name
    2020-07-30 18:58:42
    (blank)
    VALDORA, March 14 -- The first paragraph, after its dateline.
    (blank)
    More paragraphs, separated by blank lines.
    (blank)
    Related News
    ...headlines listed under it are not part of the story.

The timestamp may end in a zone ("Z", "+02:00", "Europe/Berlin"); without one it
is read in the desk's TIME_ZONE.
"""

import re
import textwrap
from datetime import UTC, datetime, timedelta
from datetime import timezone as dt_timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from articles.importers.stories import (
    Story,
    WireFormatError,
    digest_origin,
    in_utc,
    paragraphs_html,
)

TIMESTAMP_EXAMPLE = "2020-07-30 18:58:42"
_TIMESTAMP = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})[ T](?P<time>\d{2}:\d{2}(?::\d{2})?)"
    r"(?:\s*(?P<zone>\S.*))?"
)
_OFFSET = re.compile(
    r"(?:UTC|GMT)?(?P<sign>[+-])(?P<hours>\d{1,2}):?(?P<minutes>\d{2})?"
)
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?"
    r"|July?|Aug(?:ust|\.)?|Sep(?:tember|t\.|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?"
    r"|Dec(?:ember|\.)?)"
)
# "VALDORA, March 14 --", "PORT ESK, Kestria, Sept. 3 (Aldria Press) --"
_DATELINE = re.compile(
    rf"(?P<place>[^\W\d_][^\n]{{0,80}}?),\s+{_MONTH}\s+\d{{1,2}}"
    r"(?:\s*\([^)]*\))?\s*(?:--|—|–)\s*"
)
_RELATED_NEWS = re.compile(r"related news:?", re.IGNORECASE)
# Line numbers of the header; the copy starts after the blank on line 6.
HEADLINE, OUTLET, EDITOR, TIMESTAMP, COPY = 1, 3, 4, 5, 7


def parse_wire(text, *, path, zone=None):
    """Parse one wire story; raise WireFormatError at the first thing amiss."""
    if not text.strip():
        raise WireFormatError(path, None, "the file is empty")
    lines = [line.strip() for line in text.splitlines()]
    header = _Header(lines, path)
    headline = header.text(HEADLINE, "a headline")
    header.blank(HEADLINE + 1, "after the headline")
    source = header.text(OUTLET, "the outlet (source)")
    editor = header.text(EDITOR, "the editor's name")
    published = header.timestamp(TIMESTAMP, zone)
    header.blank(TIMESTAMP + 1, "after the timestamp")
    dateline, paragraphs = split_dateline(body_paragraphs(lines, path=path))
    if not paragraphs:
        raise WireFormatError(path, COPY, "the story has a dateline but no text")
    return Story(
        origin_uri=wire_origin(source, headline, lines[TIMESTAMP - 1]),
        headline=headline,
        source=source,
        bylines=(editor,),
        published=published,
        dateline=dateline,
        body_html=paragraphs_html(paragraphs),
    )


def wire_origin(source, headline, timestamp):
    """Return the stable id of a wire story: its outlet, headline and time."""
    return digest_origin("wire", source, headline, timestamp)


def body_paragraphs(lines, *, path):
    """Return the paragraphs of the copy, stopping at a Related News heading."""
    paragraphs, current = [], []
    for line in lines[COPY - 1 :]:
        if _RELATED_NEWS.fullmatch(line):
            break
        if line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    if not paragraphs:
        found = _found(lines[COPY - 1] if len(lines) >= COPY else None)
        raise WireFormatError(path, COPY, f"expected the story's text, found {found}")
    return paragraphs


def split_dateline(paragraphs):
    """Take the dateline place off the first paragraph: ("VALDORA", paragraphs)."""
    match = _DATELINE.match(paragraphs[0])
    if not match:
        return "", paragraphs
    lead = paragraphs[0][match.end() :]
    # A dateline alone in its paragraph leaves nothing of that paragraph to keep.
    rest = [lead, *paragraphs[1:]] if lead else paragraphs[1:]
    return match["place"], rest


def read_timestamp(value, *, zone=None):
    """Read "2020-07-30 18:58:42" and an optional zone as aware UTC.

    Raise ValueError saying what is wrong with `value`.
    """
    match = _TIMESTAMP.fullmatch(value or "")
    if not match:
        raise ValueError(
            f"expected a timestamp like {TIMESTAMP_EXAMPLE}, found {_found(value)}"
        )
    try:
        moment = datetime.fromisoformat(f"{match['date']} {match['time']}")
    except ValueError:
        raise ValueError(f'"{value}" is not a real date and time') from None
    if match["zone"]:
        moment = moment.replace(tzinfo=read_zone(match["zone"]))
    return in_utc(moment, zone=zone)


def read_zone(name):
    """Return the zone a timestamp names: "Z", "UTC", "+02:00" or "Europe/Paris"."""
    if name in ("Z", "UTC", "GMT"):
        return UTC
    if offset := _OFFSET.fullmatch(name):
        delta = timedelta(
            hours=int(offset["hours"]), minutes=int(offset["minutes"] or 0)
        )
        if delta < timedelta(hours=24):
            return dt_timezone(-delta if offset["sign"] == "-" else delta)
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ValueError(f'unknown time zone "{name}" in the timestamp') from None


class _Header:
    """The numbered header lines of one story, with errors that point at them."""

    def __init__(self, lines, path):
        self.lines = lines
        self.path = path

    def line(self, number):
        return self.lines[number - 1] if number <= len(self.lines) else None

    def fail(self, number, message):
        raise WireFormatError(self.path, number, message)

    def text(self, number, what):
        value = self.line(number)
        if not value:
            self.fail(number, f"expected {what}, found {_found(value)}")
        if _TIMESTAMP.fullmatch(value):
            # The usual slip: a header line left out, so the time moved up.
            self.fail(number, f'expected {what}, found the timestamp "{value}"')
        return value

    def blank(self, number, where):
        value = self.line(number)
        if value:
            self.fail(number, f"expected a blank line {where}, found {_found(value)}")

    def timestamp(self, number, zone):
        try:
            return read_timestamp(self.line(number), zone=zone)
        except ValueError as error:
            self.fail(number, str(error))


def _found(value):
    if value is None:
        return "the end of the file"
    if not value:
        return "a blank line"
    return f'"{textwrap.shorten(value, 60, placeholder="...")}"'
