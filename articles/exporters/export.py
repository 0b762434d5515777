"""A staff export: the chosen articles, written in the chosen format."""

from django.conf import settings
from django.utils import timezone

from articles.exporters.entry import Channel, entries


def export_chunks(*, articles, export_format, base_url, on_entry=None):
    """Yield the export as text chunks, reading articles a chunk at a time.

    `on_entry` is called once per article written (a progress bar's hook).
    """
    channel = Channel(
        title=f"{settings.NEWSDESK_SITE_NAME} export",
        url=f"{base_url}/",
        feed_url=f"{base_url}/",
        description=f"Articles exported from {settings.NEWSDESK_SITE_NAME}.",
        language=settings.NEWSDESK_LANGUAGE,
        updated=timezone.now(),
        base_url=base_url,
    )
    stream = entries(articles, base_url=base_url)
    if on_entry:
        stream = counted(stream, on_entry)
    return export_format.stream(stream, channel=channel)


def counted(items, on_item):
    for item in items:
        yield item
        on_item()


def export_filename(export_format, now=None):
    stamp = timezone.localtime(now).strftime("%Y-%m-%d-%H%M")
    return f"newsdesk-articles-{stamp}.{export_format.extension}"
