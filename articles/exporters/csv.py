"""A spreadsheet of articles: one row each, UTF-8, with a header row."""

import csv
import io

from articles.exporters import drain

CONTENT_TYPE = "text/csv; charset=utf-8"
EXTENSION = "csv"
# Spreadsheet programs read UTF-8 reliably only when the file says so.
BYTE_ORDER_MARK = "\ufeff"

COLUMNS = {
    "id": lambda e: e.id,
    "url": lambda e: e.url,
    "headline": lambda e: e.title,
    "dek": lambda e: e.summary,
    "byline": lambda e: ", ".join(author.name for author in e.authors),
    "section": lambda e: e.section.name,
    "tags": lambda e: ", ".join(tag.name for tag in e.tags),
    "spokespersons": lambda e: "; ".join(p.attribution for p in e.spokespersons),
    "dateline": lambda e: e.dateline,
    "source": lambda e: e.source,
    "status": lambda e: e.status,
    "published": lambda e: e.published.isoformat() if e.published else "",
    "updated": lambda e: e.updated.isoformat(),
    "created": lambda e: e.created.isoformat(),
    "lead_image": lambda e: e.image.url if e.image else "",
    "corrections": lambda e: "\n".join(e.corrections),
}


def stream(entries, *, channel):
    """Yield the CSV text one row at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    yield BYTE_ORDER_MARK + drain(buffer)
    for entry in entries:
        writer.writerow([neutralise(column(entry)) for column in COLUMNS.values()])
        yield drain(buffer)


def neutralise(value):
    # A cell starting with = + - @ runs as a formula when a spreadsheet opens it.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value
