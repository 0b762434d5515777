"""IPTC NewsML-G2 2.35: a newsMessage carrying one text newsItem per article.

2.35 (approved by the IPTC in May 2025) is the newest NewsML-G2 release; the
items declare Power conformance, the level whose schema the IPTC publishes.
The article body is sanitised HTML, so it is re-emitted as well-formed XHTML
inside each item's inlineXML.
"""

import io
import re
from html.parser import HTMLParser
from xml.sax.saxutils import XMLGenerator

from django.utils import timezone
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

from articles.exporters import drain
from articles.exporters.iptc import byline, publication_status, timestamp, version
from articles.models import BODY_EDITOR_EXTENSIONS

CONTENT_TYPE = "application/vnd.iptc.g2.newsmessage+xml"
EXTENSION = "xml"
NAR_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
STANDARD_VERSION = "2.35"
IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_40.xml"

# What the body editor can produce, with the attributes its sanitiser keeps;
# anything else is unwrapped to its text.
_BODY_ALLOWLIST = allowlist_from_extensions(expand_extensions(BODY_EDITOR_EXTENSIONS))
BODY_ATTRIBUTES = {
    tag: set(_BODY_ALLOWLIST["attributes"].get(tag, ()))
    for tag in _BODY_ALLOWLIST["tags"]
}
VOID_ELEMENTS = {"br", "hr"}
# XML 1.0 cannot carry most control characters, not even escaped; text pasted
# from word processors brings them, and they must not break the whole export.
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def stream(entries, *, channel):
    """Yield the newsMessage one newsItem at a time."""
    buffer = io.StringIO()
    writer = NewsMLWriter(buffer)
    start_message(writer, channel, sent=timezone.now())
    # Whitespace ends the pending start tag, so every chunk ends on a whole tag.
    writer.ignorableWhitespace("\n")
    yield drain(buffer)
    for entry in entries:
        write_news_item(writer, entry, channel=channel)
        writer.ignorableWhitespace("\n")
        yield drain(buffer)
    writer.endElement("itemSet")
    writer.endElement("newsMessage")
    writer.endDocument()
    yield drain(buffer) + "\n"


class NewsMLWriter(XMLGenerator):
    """An XML writer that drops the characters XML 1.0 cannot hold."""

    def __init__(self, out):
        super().__init__(out, encoding="utf-8", short_empty_elements=True)

    def startElement(self, name, attrs=None):
        attrs = {key: clean(value) for key, value in (attrs or {}).items()}
        super().startElement(name, attrs)

    def characters(self, content):
        super().characters(clean(content))

    def element(self, name, content="", attrs=None):
        self.startElement(name, attrs)
        if content:
            self.characters(content)
        self.endElement(name)


def clean(text):
    return NOT_XML.sub("", str(text))


def start_message(writer, channel, *, sent):
    writer.startDocument()
    writer.startElement("newsMessage", {"xmlns": NAR_NAMESPACE})
    writer.startElement("header")
    writer.element("sent", timestamp(sent))
    writer.element("sender", channel.title)
    writer.endElement("header")
    writer.startElement("itemSet")


def write_news_item(writer, entry, *, channel):
    writer.startElement(
        "newsItem",
        {
            "guid": entry.id,
            "version": str(version(entry)),
            "standard": "NewsML-G2",
            "standardversion": STANDARD_VERSION,
            "conformance": "power",
            "xml:lang": entry.language,
        },
    )
    writer.element("catalogRef", attrs={"href": IPTC_CATALOG})
    write_item_meta(writer, entry, channel=channel)
    write_content_meta(writer, entry)
    write_content_set(writer, entry)
    writer.endElement("newsItem")


def write_item_meta(writer, entry, *, channel):
    writer.startElement("itemMeta")
    writer.element("itemClass", attrs={"qcode": "ninat:text"})
    writer.startElement("provider", {"uri": channel.base_url})
    writer.element("name", channel.title)
    writer.endElement("provider")
    writer.element("versionCreated", timestamp(entry.updated))
    writer.element("firstCreated", timestamp(entry.created))
    if entry.is_scheduled:
        writer.element("embargoed", timestamp(entry.published))
    status = publication_status(entry)
    writer.element("pubStatus", attrs={"qcode": f"stat:{status}"})
    writer.element("title", entry.title)
    writer.endElement("itemMeta")


def write_content_meta(writer, entry):
    writer.startElement("contentMeta")
    writer.element("contentCreated", timestamp(entry.published or entry.created))
    writer.element("contentModified", timestamp(entry.updated))
    if entry.dateline:
        write_concept(writer, "located", entry.dateline)
    if entry.source:
        write_concept(writer, "infoSource", entry.source)
    for author in entry.authors:
        write_concept(writer, "creator", author.name, {"uri": author.url})
    writer.element("language", attrs={"tag": entry.language})
    for link in (entry.section, *entry.tags):
        attrs = {"type": "cpnat:abstract", "uri": link.url}
        write_concept(writer, "subject", link.name, attrs)
    for spokesperson in entry.spokespersons:
        attrs = {"type": "cpnat:person", "uri": spokesperson.url}
        write_concept(writer, "subject", spokesperson.name, attrs)
    writer.element("slugline", entry.slug)
    writer.element("headline", entry.title)
    write_if_set(writer, "dateline", entry.dateline)
    write_if_set(writer, "by", byline(entry.authors))
    write_if_set(writer, "description", entry.summary, {"role": "drol:summary"})
    writer.endElement("contentMeta")


def write_concept(writer, name, label, attrs=None):
    writer.startElement(name, attrs)
    writer.element("name", label)
    writer.endElement(name)


def write_if_set(writer, name, content, attrs=None):
    if content:
        writer.element(name, content, attrs)


def write_content_set(writer, entry):
    writer.startElement("contentSet")
    writer.startElement("inlineXML", {"contenttype": "application/xhtml+xml"})
    writer.startElement("html", {"xmlns": XHTML_NAMESPACE})
    writer.startElement("head")
    writer.element("title", entry.title)
    writer.endElement("head")
    writer.startElement("body")
    write_xhtml(writer, entry.body_html)
    writer.endElement("body")
    writer.endElement("html")
    writer.endElement("inlineXML")
    writer.endElement("contentSet")


def write_xhtml(writer, body_html):
    """Write the body's HTML to `writer` as well-formed XHTML elements."""
    parser = XHTMLBody(writer)
    parser.feed(body_html)
    parser.close()


class XHTMLBody(HTMLParser):
    """Re-emit HTML through an XML writer: void elements closed, entities decoded."""

    def __init__(self, writer):
        super().__init__(convert_charrefs=True)
        self.writer = writer
        self.open_elements = []

    def handle_starttag(self, tag, attrs):
        if tag not in BODY_ATTRIBUTES:
            return
        kept = {
            name: value or "" for name, value in attrs if name in BODY_ATTRIBUTES[tag]
        }
        self.writer.startElement(tag, kept)
        if tag in VOID_ELEMENTS:
            self.writer.endElement(tag)
        else:
            self.open_elements.append(tag)

    def handle_endtag(self, tag):
        # An end tag closes whatever HTML left open inside its element.
        if tag not in self.open_elements:
            return
        while (name := self.open_elements.pop()) != tag:
            self.writer.endElement(name)
        self.writer.endElement(tag)

    def handle_data(self, data):
        self.writer.characters(data)

    def close(self):
        super().close()
        while self.open_elements:
            self.writer.endElement(self.open_elements.pop())
