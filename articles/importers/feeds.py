"""Parse syndication feeds into stories: RSS and Atom, and JSON Feed."""

import html
import io
import xml.sax
from datetime import UTC, datetime

import feedparser

from articles.importers.stories import (
    Story,
    WireFormatError,
    digest_origin,
    origin_key,
    paragraphs_html,
    plain_text,
    read_iso_time,
    squeeze,
    text_field,
    text_paragraphs,
    unique_names,
)

JSON_FEED_VERSION = "https://jsonfeed.org/version/"
_PLAIN_TEXT = "text/plain"
_MARKUP = ("text/html", "application/xhtml+xml")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def parse_feed(data, *, path, url=""):
    """Parse an RSS or Atom document (bytes) into one story per entry."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"<", *_UTF16_BOMS)):
        raise WireFormatError(path, None, "not an RSS, Atom or JSON feed")
    # Relative links in the entries resolve against the feed's own address.
    headers = {"content-location": url} if url else {}
    # A BytesIO keeps feedparser from treating the bytes as a URL or file name.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    problem = parsed.get("bozo_exception")
    if isinstance(problem, xml.sax.SAXParseException):
        # The lenient parser would go on, but a cut-off feed must not half-import.
        message = f"not well-formed XML: {problem.getMessage()}"
        raise WireFormatError(path, problem.getLineNumber(), message)
    if not parsed.get("version"):
        raise WireFormatError(path, None, "not an RSS, Atom or JSON feed")
    source = squeeze(parsed.feed.get("title", ""))
    return [
        feed_story(entry, source=source, path=path, number=number)
        for number, entry in enumerate(parsed.entries, start=1)
    ]


def feed_story(entry, *, source, path, number):
    """Turn one feedparser entry into a story."""
    headline = entry_headline(entry)
    if not headline:
        raise WireFormatError(path, None, f"entry {number} has no title")
    published = entry_time(entry)
    origin = entry.get("id") or entry.get("link")
    return Story(
        origin_uri=origin_key(origin or feed_origin(source, headline, published)),
        headline=headline,
        body_html=entry_body(entry),
        source=source,
        bylines=unique_names(author.get("name") for author in entry_authors(entry)),
        published=published,
        summary=plain_text(entry.get("summary", "")),
        tags=unique_names(
            tag.get("label") or tag.get("term") for tag in entry_tags(entry)
        ),
    )


def entry_headline(entry):
    """Return the entry's title as plain text, whatever markup it came in."""
    title = entry.get("title", "")
    if (entry.get("title_detail") or {}).get("type") in _MARKUP:
        return plain_text(title)
    return squeeze(title)


def entry_body(entry):
    """Return the entry's full content as HTML, or its summary if it has none."""
    details = [*entry.get("content", []), entry.get("summary_detail")]
    for detail in filter(None, details):
        if detail.get("value", "").strip():
            return detail_html(detail)
    return ""


def detail_html(detail):
    """Return a content or summary element as HTML, text wrapped in paragraphs."""
    value = detail["value"]
    if detail.get("type") == _PLAIN_TEXT:
        return paragraphs_html(text_paragraphs(value))
    if "<" not in value:
        # RSS descriptions are often bare text though declared as HTML.
        return paragraphs_html(text_paragraphs(html.unescape(value)))
    return value


def entry_authors(entry):
    return entry.get("authors") or [{"name": entry.get("author", "")}]


def entry_tags(entry):
    return entry.get("tags") or []


def entry_time(entry):
    """Return when the entry was first published (else updated), in UTC."""
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    # feedparser has already converted the time to UTC.
    return datetime(*moment[:6], tzinfo=UTC) if moment else None


def feed_origin(source, headline, published):
    """Return a stable id for an entry that has neither an id nor a link."""
    return digest_origin("feed", source, headline, str(published or ""))


def is_json_feed(document):
    """Tell whether a parsed JSON document is a JSON Feed."""
    version = document.get("version") if isinstance(document, dict) else None
    return isinstance(version, str) and version.startswith(JSON_FEED_VERSION)


def parse_json_feed(document, *, path):
    """Parse a JSON Feed (1.0 or 1.1) into one story per item."""
    items = document.get("items")
    if not isinstance(items, list):
        raise WireFormatError(path, None, 'a JSON Feed needs an "items" list')
    source = squeeze(text_field(document, "title"))
    return [
        json_feed_story(item, source=source, path=path, number=number)
        for number, item in enumerate(items, start=1)
    ]


def json_feed_story(item, *, source, path, number):
    """Turn one JSON Feed item into a story."""
    if not isinstance(item, dict):
        raise WireFormatError(path, None, f"item {number} is not an object")
    headline = squeeze(text_field(item, "title"))
    if not headline:
        raise WireFormatError(path, None, f"item {number} has no title")
    published = _json_feed_time(item, path=path, number=number)
    origin = str(item.get("id") or "") or text_field(item, "url")
    # JSON Feed 1.1 has "authors"; 1.0 had a single "author".
    authors = item.get("authors") or [item.get("author")]
    return Story(
        origin_uri=origin_key(origin or feed_origin(source, headline, published)),
        headline=headline,
        body_html=text_field(item, "content_html")
        or paragraphs_html(text_paragraphs(text_field(item, "content_text"))),
        source=source,
        bylines=unique_names(text_field(author, "name") for author in authors),
        published=published,
        summary=squeeze(text_field(item, "summary")),
        tags=unique_names(
            tag for tag in item.get("tags") or [] if isinstance(tag, str)
        ),
    )


def _json_feed_time(item, *, path, number):
    value = item.get("date_published") or item.get("date_modified")
    try:
        return read_iso_time(value) if value else None
    except ValueError:
        message = f'item {number}: "{value}" is not an RFC 3339 date and time'
        raise WireFormatError(path, None, message) from None
