"""Every export format, by the name the command line and the admin use."""

from dataclasses import dataclass
from typing import Any

from articles.exporters import csv, newsml, ninjs
from articles.exporters.feeds import FEED_CLASSES, build_feed


@dataclass(frozen=True)
class ExportFormat:
    name: str
    label: str
    content_type: str
    extension: str
    stream: Any  # stream(entries, *, channel) -> iterator of str


def feed_stream(kind):
    def stream(entries, *, channel):
        return build_feed(kind, channel=channel, entries=entries).stream()

    return stream


def feed_format(kind, label, extension):
    content_type = FEED_CLASSES[kind].content_type
    return ExportFormat(kind, label, content_type, extension, feed_stream(kind))


FORMATS = {
    export_format.name: export_format
    for export_format in [
        feed_format("rss", "RSS 2.0", "xml"),
        feed_format("atom", "Atom 1.0", "xml"),
        feed_format("json", "JSON Feed 1.1", "json"),
        ExportFormat(
            "ninjs", "IPTC ninjs 2.2", ninjs.CONTENT_TYPE, ninjs.EXTENSION, ninjs.stream
        ),
        ExportFormat(
            "newsml",
            "IPTC NewsML-G2 2.35",
            newsml.CONTENT_TYPE,
            newsml.EXTENSION,
            newsml.stream,
        ),
        ExportFormat("csv", "CSV spreadsheet", csv.CONTENT_TYPE, "csv", csv.stream),
    ]
}
