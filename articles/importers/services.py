"""Writes of the importers: each story becomes a draft article, once."""

import re
import uuid
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Q
from django.utils.text import Truncator, slugify

from articles.importers.stories import plain_text, squeeze
from articles.models import Article, Byline, Section
from people.models import Author, Spokesperson

WIRE_SECTION_SLUG = "wire"
WIRE_SECTION_NAME = "Wire"
# How ArticleEntry, and so every export and feed, names an article.
OWN_ID_PREFIX = "urn:uuid:"
# taggit's Tag.name holds this many characters.
TAG_MAX_LENGTH = 100
# Room kept at the end of a slug for "-2", "-3"... when it is taken.
SLUG_SUFFIX_ROOM = 6


@dataclass
class ImportTally:
    imported: int = 0
    skipped: int = 0


@transaction.atomic
def import_stories(*, stories, section):
    """Import each story as a draft, all or none; count imported and skipped."""
    tally = ImportTally()
    for story in stories:
        _, created = import_story(story=story, section=section)
        if created:
            tally.imported += 1
        else:
            tally.skipped += 1
    return tally


@transaction.atomic
def import_story(*, story, section):
    """Create a draft from `story` unless it came in before; return (article, new)."""
    existing = find_imported(story.origin_uri)
    if existing:
        return existing, False
    article = Article.objects.create(
        title=fit(Article, "title", story.headline),
        slug=unique_slug(Article, story.headline, fallback="article"),
        summary=story.summary,
        body=story.body_html,
        dateline=fit(Article, "dateline", story.dateline),
        source=fit(Article, "source", story.source),
        section=section,
        # Imported copy waits for an editor: publish_at is only its planned time.
        status=Article.Status.DRAFT,
        publish_at=story.published,
        origin_uri=story.origin_uri,
    )
    add_bylines(article, story.bylines)
    article.spokespersons.set(quoted_spokespersons(article.body))
    article.tags.add(*(Truncator(tag).chars(TAG_MAX_LENGTH) for tag in story.tags))
    return article, True


def find_imported(origin_uri):
    """Return the article this copy already is, if the desk has it."""
    known = Q(origin_uri=origin_uri)
    # Copy exported from this desk carries its articles' own ids.
    if origin_uri.startswith(OWN_ID_PREFIX):
        try:
            known |= Q(uuid=uuid.UUID(origin_uri.removeprefix(OWN_ID_PREFIX)))
        except ValueError:
            pass
    return Article.objects.filter(known).first()


def add_bylines(article, names):
    authors = {}
    for name in names:
        author = find_or_create_author(name)
        authors.setdefault(author.pk, author)
    for position, author in enumerate(authors.values()):
        Byline.objects.create(article=article, author=author, position=position)


def find_or_create_author(name):
    """Return the author of that name (in any case), creating them if new."""
    author = Author.objects.filter(name__iexact=name).order_by("pk").first()
    if author:
        return author
    return Author.objects.create(
        name=fit(Author, "name", name),
        slug=unique_slug(Author, name, fallback="author"),
    )


def quoted_spokespersons(body_html):
    """Return the spokespersons whose full name appears in the copy."""
    text = plain_text(body_html)
    return [
        person
        for person in Spokesperson.objects.only("pk", "name")
        if mentions(text, person.name)
    ]


def mentions(text, name):
    """Tell whether `name` appears in `text` as a whole phrase, case-sensitively."""
    name = squeeze(name)
    # "Ren Guo" must not match inside "Ren Guoqiang".
    pattern = rf"(?<!\w){re.escape(name)}(?!\w)"
    return bool(name) and re.search(pattern, text) is not None


def unique_slug(model, text, *, fallback):
    """Slugify `text`, adding -2, -3... until no row of `model` has the slug."""
    max_length = model._meta.get_field("slug").max_length
    base = slugify(text)[: max_length - SLUG_SUFFIX_ROOM].strip("-") or fallback
    taken = set(
        model.objects.filter(slug__startswith=base).values_list("slug", flat=True)
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def fit(model, field_name, value):
    """Shorten `value` to what the model field holds, marking the cut with …."""
    return Truncator(value).chars(model._meta.get_field(field_name).max_length)


def wire_section():
    """Return the Wire section, creating it when copy first arrives."""
    section = Section.objects.filter(slug=WIRE_SECTION_SLUG).first()
    if section:
        return section
    section, _ = Section.objects.get_or_create(
        name=WIRE_SECTION_NAME, defaults={"slug": WIRE_SECTION_SLUG}
    )
    return section
