"""RSS 2.0, Atom 1.0 and JSON Feed 1.1, written one item at a time.

The public feeds (20 items) and staff exports (any number) use the same
classes: they extend Django's feedgenerator so its date formats, enclosures
and categories are reused, and add what a news feed needs on top of it (the
full body, every author, the lead image as media). `stream()` yields the
document item by item, so an export of the whole archive never sits in
memory.
"""

import io
import json

from django.conf import settings
from django.utils import feedgenerator
from django.utils.feedgenerator import rfc3339_date
from django.utils.html import escape
from django.utils.xmlutils import SimplerXMLGenerator

from articles.exporters import drain

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


class StreamingXMLFeed:
    def write(self, outfile, encoding):
        for chunk in self.stream():
            outfile.write(chunk)

    def stream(self):
        buffer = io.StringIO()
        handler = SimplerXMLGenerator(buffer, "utf-8", short_empty_elements=True)
        self.start_document(handler)
        yield drain(buffer)
        for item in self.items:
            self.write_item(handler, item)
            yield drain(buffer)
        self.end_document(handler)
        yield drain(buffer)

    def latest_post_date(self):
        # Known before the items are read, so the header needs no second pass.
        return self.feed["updated"]


class RssFeed(StreamingXMLFeed, feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return super().rss_attributes() | {
            "xmlns:content": "http://purl.org/rss/1.0/modules/content/",
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
            "xmlns:media": "http://search.yahoo.com/mrss/",
        }

    def start_document(self, handler):
        handler.startDocument()
        handler.startElement("rss", self.rss_attributes())
        handler.startElement("channel", self.root_attributes())
        self.add_root_elements(handler)

    def write_item(self, handler, item):
        handler.startElement("item", self.item_attributes(item))
        self.add_item_elements(handler, item)
        handler.endElement("item")

    def end_document(self, handler):
        self.endChannelElement(handler)
        handler.endElement("rss")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        # RSS 2.0 has no updated time of its own; Atom's is the usual extension.
        handler.addQuickElement("atom:updated", rfc3339_date(item["updateddate"]))
        for author in item["authors"]:
            handler.addQuickElement("dc:creator", author.name)
        handler.addQuickElement("content:encoded", item["content_html"])
        if image := item["image"]:
            handler.startElement("media:content", media_attributes(image))
            if image.alt:
                handler.addQuickElement("media:description", image.alt)
            if image.credit:
                handler.addQuickElement("media:credit", image.credit)
            handler.endElement("media:content")


def media_attributes(image):
    attributes = {"url": image.url, "type": image.mime_type, "medium": "image"}
    if image.length:
        attributes["fileSize"] = str(image.length)
    if image.width and image.height:
        attributes |= {"width": str(image.width), "height": str(image.height)}
    return attributes


class AtomFeed(StreamingXMLFeed, feedgenerator.Atom1Feed):
    def start_document(self, handler):
        handler.startDocument()
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)

    def write_item(self, handler, item):
        handler.startElement("entry", self.item_attributes(item))
        self.add_item_elements(handler, item)
        handler.endElement("entry")

    def end_document(self, handler):
        handler.endElement("feed")

    def add_item_elements(self, handler, item):
        # The dek goes out once, as the plain text it is (below), not as HTML.
        super().add_item_elements(handler, item | {"description": None})
        for author in item["authors"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", author.name)
            handler.addQuickElement("uri", author.url)
            handler.endElement("author")
        if item["summary_text"]:
            handler.addQuickElement("summary", item["summary_text"], {"type": "text"})
        handler.addQuickElement("content", item["content_html"], {"type": "html"})


class JsonFeed(feedgenerator.SyndicationFeed):
    content_type = "application/feed+json; charset=utf-8"

    def write(self, outfile, encoding):
        for chunk in self.stream():
            outfile.write(chunk)

    def stream(self):
        head = json.dumps(self.feed_document(), ensure_ascii=False, indent=1)
        # The items array is written last and one item at a time.
        yield head[: head.rindex("]")]
        for index, item in enumerate(self.items):
            separator = "\n" if index == 0 else ",\n"
            yield separator + json.dumps(json_item(item), ensure_ascii=False)
        yield "\n]\n}\n"

    def feed_document(self):
        document = {
            "version": JSON_FEED_VERSION,
            "title": self.feed["title"],
            "home_page_url": self.feed["link"],
            "feed_url": self.feed["feed_url"],
            "description": self.feed["description"],
            "language": self.feed["language"],
        }
        return document | {"items": []}

    def latest_post_date(self):
        return self.feed["updated"]


def json_item(item):
    document = {
        "id": item["unique_id"],
        "url": item["link"],
        "title": item["title"],
        "content_html": item["content_html"],
        "summary": item["summary_text"] or None,
        "date_published": iso(item["pubdate"]),
        "date_modified": iso(item["updateddate"]),
        "authors": [{"name": a.name, "url": a.url} for a in item["authors"]],
        "tags": list(item["categories"]),
        "language": item["language"],
    }
    if image := item["image"]:
        document["image"] = image.url
        attachment = {"url": image.url, "mime_type": image.mime_type}
        if image.length:
            attachment["size_in_bytes"] = image.length
        document["attachments"] = [attachment]
    return {key: value for key, value in document.items() if value not in (None, [])}


def iso(moment):
    return moment.isoformat() if moment else None


FEED_CLASSES = {"rss": RssFeed, "atom": AtomFeed, "json": JsonFeed}


def build_feed(kind, *, channel, entries):
    """A feed of `kind` whose items are read lazily from `entries`."""
    feed = FEED_CLASSES[kind](
        title=channel.title,
        link=channel.url,
        description=channel.description,
        language=channel.language,
        feed_url=channel.feed_url,
        feed_guid=channel.feed_url,
        # Atom wants an author for entries without a byline.
        author_name=settings.NEWSDESK_SITE_NAME,
        updated=channel.updated,
    )
    feed.items = feed_items(entries)
    return feed


def feed_items(entries):
    # add_item does feedgenerator's normalising; its list never holds more
    # than the one item on its way out.
    normaliser = feedgenerator.SyndicationFeed(title="", link="", description="")
    for entry in entries:
        normaliser.add_item(**item_fields(entry))
        yield normaliser.items.pop()


def item_fields(entry):
    image = entry.image
    enclosures = (
        [feedgenerator.Enclosure(image.url, str(image.length), image.mime_type)]
        if image
        else []
    )
    return {
        "title": entry.title,
        "link": entry.url,
        "description": escape(entry.summary) if entry.summary else None,
        "unique_id": entry.id,
        "unique_id_is_permalink": False,
        "pubdate": entry.published,
        "updateddate": entry.updated,
        "categories": entry.categories,
        "enclosures": enclosures,
        "authors": entry.authors,
        "content_html": entry.body_html,
        "summary_text": entry.summary,
        "image": image,
        "language": entry.language,
    }
