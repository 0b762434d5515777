"""Plain factory functions: make_<thing>(**overrides) returns a saved object."""

import io
import itertools
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from articles.models import Article, Byline, RelatedArticle, Section
from people.models import Author, Spokesperson

_numbers = itertools.count(1)


def _unique(prefix):
    return f"{prefix}-{next(_numbers)}"


def make_section(**overrides):
    slug = overrides.pop("slug", _unique("section"))
    fields = {"name": slug.replace("-", " ").title(), "slug": slug} | overrides
    return Section.objects.create(**fields)


def make_author(**overrides):
    slug = overrides.pop("slug", _unique("author"))
    fields = {"name": slug.replace("-", " ").title(), "slug": slug} | overrides
    return Author.objects.create(**fields)


def make_spokesperson(**overrides):
    slug = overrides.pop("slug", _unique("spokesperson"))
    fields = {
        "name": slug.replace("-", " ").title(),
        "slug": slug,
        "rank": "Colonel",
        "role": "spokesperson",
        "organization": "Ministry of Defence",
        "organization_abbreviation": "MOD",
        "country": "Aldria",
    } | overrides
    return Spokesperson.objects.create(**fields)


def make_article(*, authors=(), spokespersons=(), tags=(), related=(), **overrides):
    """A live article unless `status` or `publish_at` say otherwise."""
    slug = overrides.pop("slug", _unique("article"))
    fields = {
        "title": slug.replace("-", " ").title(),
        "slug": slug,
        "summary": f"The dek of {slug}.",
        "body": f"<p>The body of {slug}.</p>",
        "dateline": "VALDORA",
        "source": "Newsdesk Wire",
        "status": Article.Status.PUBLISHED,
        "publish_at": timezone.now() - timedelta(hours=1),
    } | overrides
    if "section" not in fields:
        fields["section"] = make_section()
    article = Article.objects.create(**fields)
    if article.publish_at and article.publish_at < article.created_at:
        # As if it was filed then, so pages do not show an "Updated" time.
        Article.objects.filter(pk=article.pk).update(
            created_at=article.publish_at, updated_at=article.publish_at
        )
        article.created_at = article.updated_at = article.publish_at
    for position, author in enumerate(authors):
        Byline.objects.create(article=article, author=author, position=position)
    article.spokespersons.set(spokespersons)
    article.tags.set(list(tags))
    for position, other in enumerate(related):
        RelatedArticle.objects.create(
            from_article=article, to_article=other, position=position
        )
    return article


def image_upload(name="photo.png", size=(64, 48), image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#8a1c1c").save(buffer, image_format)
    return SimpleUploadedFile(
        name, buffer.getvalue(), content_type=f"image/{image_format.lower()}"
    )
