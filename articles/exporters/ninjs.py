"""IPTC ninjs 2.2 (News in JSON): a JSON array with one news item per article.

ninjs 2.2 (approved by the IPTC in May 2025) is the current 2.x release, with
the lower-case property names agency systems read. The 3.x series renames
every property to camelCase and is not backwards compatible, so it would be a
format of its own rather than a replacement.
"""

import json

from articles.exporters.iptc import byline, publication_status, timestamp, version

CONTENT_TYPE = "application/json"
EXTENSION = "json"
STANDARD = {
    "name": "ninjs",
    "version": "2.2",
    "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json",
}


def stream(entries, *, channel):
    """Yield the JSON array one news item at a time."""
    yield "["
    for position, entry in enumerate(entries):
        item = json.dumps(news_item(entry), ensure_ascii=False)
        yield ("," if position else "") + "\n" + item
    yield "\n]\n"


def news_item(entry):
    item = {
        "standard": STANDARD,
        "uri": entry.id,
        "type": "text",
        "version": str(version(entry)),
        **dates(entry),
        "pubstatus": publication_status(entry),
        "language": entry.language,
        **content(entry),
        **metadata(entry),
    }
    # ninjs has no empty values: a member is either meaningful or absent.
    return {name: value for name, value in item.items() if value}


def dates(entry):
    return {
        "firstcreated": timestamp(entry.created),
        "versioncreated": timestamp(entry.updated),
        "contentcreated": timestamp(entry.published or entry.created),
        "embargoed": timestamp(entry.published) if entry.is_scheduled else "",
    }


def content(entry):
    return {
        "slugline": entry.slug,
        "headlines": [text("main", entry.title)],
        "descriptions": [
            *([text("summary", entry.summary)] if entry.summary else []),
            *(text("correction", note) for note in entry.corrections),
        ],
        "bodies": [
            {"role": "main", "contenttype": "text/html", "value": entry.body_html}
        ],
        "by": byline(entry.authors),
        "located": entry.dateline,
    }


def metadata(entry):
    return {
        "infosources": [{"name": entry.source}] if entry.source else [],
        "subjects": [subject(entry.section), *(subject(tag) for tag in entry.tags)],
        "people": [person(spokesperson) for spokesperson in entry.spokespersons],
        "associations": [lead_image(entry.image)] if entry.image else [],
    }


def text(role, value):
    return {"role": role, "contenttype": "text/plain", "value": value}


def subject(link):
    return {"name": link.name, "uri": link.url, "literal": link.slug}


def person(spokesperson):
    return {
        "name": spokesperson.name,
        "rel": "quoted",
        "uri": spokesperson.url,
        "literal": spokesperson.slug,
    }


def lead_image(image):
    rendition = {
        "name": "original",
        "href": image.url,
        "contenttype": image.mime_type,
        "width": image.width,
        "height": image.height,
        "sizeinbytes": image.length or None,
    }
    association = {
        "name": "leadimage",
        "uri": image.url,
        "type": "picture",
        "descriptions": [
            text(role, value)
            for role, value in (("alt", image.alt), ("caption", image.caption))
            if value
        ],
        "by": image.credit,
        "renditions": [{k: v for k, v in rendition.items() if v is not None}],
    }
    return {name: value for name, value in association.items() if value}
