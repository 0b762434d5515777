"""Parse ninjs (IPTC News in JSON) into stories, so exports can come back.

Both generations are read: 1.x with single values ("headline", "body_html",
"byline", "subject") and 2.x with lists of texts ("headlines", "bodies", "by",
"subjects"), which is what this desk's own export writes.
"""

import re

from articles.importers.stories import (
    Story,
    WireFormatError,
    origin_key,
    paragraphs_html,
    plain_text,
    read_iso_time,
    squeeze,
    text_field,
    text_paragraphs,
    unique_names,
)

# What no other JSON document this desk reads carries at its top level.
NINJS_KEYS = {"uri", "headline", "headlines", "body_html", "body_text", "bodies"}
# contentcreated is when the content itself was made (this desk writes the
# publication time there); versioncreated only dates this version of it.
TIME_KEYS = ("contentcreated", "versioncreated", "firstcreated")
HTML = "text/html"
# "Petra Solvang and Julian Arrowood", "A, B & C"
_BYLINE_SEPARATOR = re.compile(r"\s*(?:,|&|\band\b)\s*")


def is_ninjs(document):
    """Tell whether a parsed JSON document is one ninjs object or a list of them."""
    items = document if isinstance(document, list) else [document]
    return bool(items) and all(
        isinstance(item, dict) and NINJS_KEYS & item.keys() for item in items
    )


def parse_ninjs(document, *, path):
    """Parse one ninjs object, or an array of them, into stories."""
    if not is_ninjs(document):
        message = "expected a ninjs object (with a uri and a headline) or an array"
        raise WireFormatError(path, None, message)
    items = document if isinstance(document, list) else [document]
    return [
        ninjs_story(item, path=path, number=number)
        for number, item in enumerate(items, start=1)
    ]


def ninjs_story(item, *, path, number):
    """Turn one ninjs object into a story."""

    def fail(message):
        raise WireFormatError(path, None, f"item {number}: {message}")

    uri = text_field(item, "uri").strip()
    headline = squeeze(text_field(item, "headline") or main_text(item, "headlines"))
    if not uri:
        fail('no "uri" to know it by')
    if not headline:
        fail("no headline")
    return Story(
        origin_uri=origin_key(uri),
        headline=headline,
        body_html=ninjs_body(item),
        source=ninjs_source(item),
        bylines=split_byline(text_field(item, "byline") or text_field(item, "by")),
        published=ninjs_time(item, fail),
        dateline=squeeze(text_field(item, "located")),
        summary=ninjs_summary(item),
        tags=unique_names(text_field(subject, "name") for subject in subjects(item)),
    )


def ninjs_body(item):
    """Return the body as HTML: body_html, else the main of "bodies", else text."""
    if body := text_field(item, "body_html"):
        return body
    for body in texts(item, "bodies"):
        if text_field(body, "contenttype") == HTML:
            return body["value"]
    plain = text_field(item, "body_text") or main_text(item, "bodies")
    return paragraphs_html(text_paragraphs(plain))


def ninjs_summary(item):
    if summary := text_field(item, "description_text"):
        return squeeze(summary)
    if summary := text_field(item, "description_html"):
        return plain_text(summary)
    descriptions = texts(item, "descriptions")
    if not descriptions:
        return ""
    if text_field(descriptions[0], "contenttype") == HTML:
        return plain_text(descriptions[0]["value"])
    return squeeze(descriptions[0]["value"])


def ninjs_source(item):
    """Return the outlet: the first of 2.x "infosources", or 1.x fields."""
    named = [text_field(source, "name") for source in listed(item, "infosources")]
    for candidate in (*named, text_field(item, "source")):
        if candidate.strip():
            return squeeze(candidate)
    return squeeze(text_field(item, "copyrightholder"))


def ninjs_time(item, fail):
    """Return when the content was made, else its version time, in UTC."""
    value = next((item[key] for key in TIME_KEYS if item.get(key)), None)
    if value is None:
        return None
    try:
        return read_iso_time(value)
    except ValueError:
        fail(f'"{value}" is not an ISO 8601 date and time')


def split_byline(byline):
    """Split "A, B and C" into the names it lists."""
    return unique_names(_BYLINE_SEPARATOR.split(byline))


def subjects(item):
    """Return the subjects that are tags: not this desk's section subject."""
    found = listed(item, "subject") or listed(item, "subjects")
    # This desk's export lists the article's section as a subject too, with
    # its /sections/ address; the section is where a story sits, not a tag.
    return [
        subject for subject in found if "/sections/" not in text_field(subject, "uri")
    ]


def main_text(item, key):
    found = texts(item, key)
    return found[0]["value"] if found else ""


def texts(item, key):
    """Return the 2.x text objects under `key` that have a value, "main" first."""
    found = [text for text in listed(item, key) if text_field(text, "value")]
    return sorted(found, key=lambda text: text.get("role") != "main")


def listed(item, key):
    """Return the objects in the list under `key`; JSON may hold anything there."""
    value = item.get(key)
    if not isinstance(value, list):
        return []
    return [entry for entry in value if isinstance(entry, dict)]
