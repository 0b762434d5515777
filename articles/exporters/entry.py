"""The one place that turns an article into what every format needs.

Feeds, ninjs, NewsML-G2 and CSV read `ArticleEntry` objects and never the
model, so a field is worked out once, the same way, for all of them.
"""

import mimetypes
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Prefetch

from articles.models import Byline, tag_url

# Articles are read from the database this many at a time while streaming.
CHUNK_SIZE = 500


@dataclass(frozen=True)
class Link:
    """A named thing with a page: an author, a section, a tag, a spokesperson."""

    name: str
    url: str
    slug: str = ""


@dataclass(frozen=True)
class Quoted(Link):
    attribution: str = ""


@dataclass(frozen=True)
class LeadImage:
    url: str
    mime_type: str
    length: int
    width: int | None
    height: int | None
    alt: str
    caption: str
    credit: str


@dataclass(frozen=True)
class Channel:
    """What a feed or export says about itself, as a whole."""

    title: str
    url: str  # the HTML page the feed or export stands for
    feed_url: str  # the feed or export itself
    description: str
    language: str
    updated: datetime  # the newest change among its articles, or now if none
    base_url: str  # scheme and host, e.g. "https://news.example"


@dataclass(frozen=True)
class ArticleEntry:
    id: str
    uuid: str
    url: str
    slug: str
    status: str
    is_live: bool  # public now, by the one rule (Article.is_live)
    is_scheduled: bool  # published, waiting for its publish_at
    title: str
    summary: str
    body_html: str
    dateline: str
    source: str
    language: str
    created: datetime
    published: datetime | None
    updated: datetime
    authors: tuple[Link, ...]
    section: Link
    tags: tuple[Link, ...]
    spokespersons: tuple[Quoted, ...]
    image: LeadImage | None
    corrections: tuple[str, ...] = ()  # "Correction, 2026-07-30T18:58:00+00:00: ..."

    @property
    def categories(self):
        """The section first, then the tags: what feeds call categories."""
        return (self.section.name, *(tag.name for tag in self.tags))


def with_entry_fields(queryset):
    """Add to `queryset` everything `article_entry` reads, in fixed queries."""
    return queryset.select_related("section").prefetch_related(
        Prefetch("bylines", queryset=Byline.objects.select_related("author")),
        "tags",
        "spokespersons",
        "corrections",
    )


def entries(queryset, *, base_url):
    """Stream `ArticleEntry` objects, holding one chunk of articles at a time."""
    articles = with_entry_fields(queryset).iterator(chunk_size=CHUNK_SIZE)
    for article in articles:
        yield article_entry(article, base_url=base_url)


def article_entry(article, *, base_url):
    def absolute(path):
        return base_url.rstrip("/") + path

    return ArticleEntry(
        id=f"urn:uuid:{article.uuid}",
        uuid=str(article.uuid),
        url=absolute(article.get_absolute_url()),
        slug=article.slug,
        status=article.status,
        is_live=article.is_live,
        is_scheduled=article.is_scheduled,
        title=article.title,
        summary=article.summary,
        body_html=article.body,
        dateline=article.dateline,
        source=article.source,
        language=settings.NEWSDESK_LANGUAGE,
        created=article.created_at,
        published=article.publish_at,
        updated=max(article.updated_at, article.publish_at or article.updated_at),
        authors=tuple(
            Link(author.name, absolute(author.get_absolute_url()), author.slug)
            for author in article.byline
        ),
        section=Link(
            article.section.name,
            absolute(article.section.get_absolute_url()),
            article.section.slug,
        ),
        tags=tuple(
            Link(tag.name, absolute(tag_url(tag)), tag.slug)
            for tag in article.tags.all()
        ),
        spokespersons=tuple(
            Quoted(
                person.name,
                absolute(person.get_absolute_url()),
                person.slug,
                attribution=person.attribution,
            )
            for person in article.spokespersons.all()
        ),
        image=lead_image(article, absolute),
        corrections=tuple(
            f"{note.get_kind_display()}, {note.created_at.isoformat()}: {note.text}"
            for note in article.corrections.all()
        ),
    )


def lead_image(article, absolute):
    if not article.lead_image:
        return None
    try:
        length = article.lead_image.size
    except OSError:
        # A missing file must not break a feed; its length is simply unknown.
        length = 0
    return LeadImage(
        url=absolute(article.lead_image.url),
        mime_type=mimetypes.guess_type(article.lead_image.name)[0] or "image/jpeg",
        length=length,
        width=article.lead_image_width,
        height=article.lead_image_height,
        alt=article.alt,
        caption=article.caption,
        credit=article.credit,
    )
