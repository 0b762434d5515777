"""Fill an empty database with the demo desk; running it again changes nothing.

With --articles N, then top a generated archive up to N articles for benchmarks
(see articles/demo_generator.py).
"""

import argparse
import io
import sys
import time
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import get_image_dimensions
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from PIL import Image, ImageDraw
from tqdm import tqdm

from articles import demo_content, demo_generator, editions, roles
from articles.models import Article, Byline, RelatedArticle, Section
from people.models import Author, Spokesperson

DEMO_PASSWORD = "newsdesk-demo"
# One account per role, so each can be tried; the writer writes as an author.
DEMO_ACCOUNTS = {
    "writer": (roles.WRITER, "petra-solvang"),
    "editor": (roles.EDITOR, None),
    "chief": (roles.CHIEF, None),
}
SECTION_COLOURS = ["#8a1c1c", "#1f4e79", "#3d5a3b", "#6b4f1d", "#4a3b6b", "#2f5f5f"]


class Command(BaseCommand):
    help = "Fill the database with a demo desk. Existing items are left alone."

    def add_arguments(self, parser):
        parser.add_argument(
            "--articles",
            type=article_count,
            metavar="N",
            help="Then top the generated archive up to N articles, for benchmarks.",
        )

    def handle(self, *args, **options):
        with transaction.atomic():
            created = seed_desk(now=timezone.now().replace(microsecond=0))
        self.stdout.write(f"Demo desk: {created} new article(s).")
        self.write_logins()
        if options["articles"] is not None:
            self.generate_archive(total=options["articles"])

    def generate_archive(self, *, total):
        started = time.monotonic()
        try:
            plan = demo_generator.plan_archive(total)
        except ValueError as error:
            raise CommandError(error) from error
        # A bar only for a person watching; logs and pipes get none.
        shown = sys.stderr.isatty()
        with tqdm(
            total=plan.count, disable=not shown, unit=" articles", file=sys.stderr
        ) as bar:
            created = demo_generator.generate_articles(
                plan, now=timezone.now().replace(microsecond=0), on_batch=bar.update
            )
        elapsed = time.monotonic() - started
        self.stdout.write(f"Generated {created:,} articles in {elapsed:.1f} s.")

    def write_logins(self):
        if not settings.DEBUG:
            self.stdout.write(
                "No demo accounts: they are made only with DJANGO_DEBUG on."
            )
            return
        for username in DEMO_ACCOUNTS:
            _, created = ensure_demo_account(username)
            note = "" if created else " (unless you have changed it)"
            role = DEMO_ACCOUNTS[username][0].lower()
            login = f"username {username}, password {DEMO_PASSWORD}{note}"
            self.stdout.write(f"Demo {role} login: {login}")


def article_count(text):
    count = int(text)
    if not 0 <= count <= demo_generator.MAX_ARTICLES:
        raise argparse.ArgumentTypeError(
            f"give a number from 0 to {demo_generator.MAX_ARTICLES:,}"
        )
    return count


def seed_desk(*, now):
    """Create whatever of the demo desk is missing; return how many articles."""
    sections = {
        item["slug"]: Section.objects.get_or_create(slug=item["slug"], defaults=item)[0]
        for item in demo_content.SECTIONS
    }
    authors = {
        item["slug"]: Author.objects.get_or_create(slug=item["slug"], defaults=item)[0]
        for item in demo_content.AUTHORS
    }
    spokespersons = {
        item["slug"]: Spokesperson.objects.get_or_create(
            slug=item["slug"], defaults=item
        )[0]
        for item in demo_content.SPOKESPERSONS
    }
    existing = set(Article.objects.values_list("slug", flat=True))
    new_items = [item for item in demo_content.ARTICLES if item["slug"] not in existing]
    colours = dict(zip(sections, SECTION_COLOURS * 2, strict=False))
    for item in new_items:
        article = create_article(
            item,
            section=sections[item["section"]],
            publish_at=(now - timedelta(days=item["days_ago"])).replace(microsecond=0),
            colour=colours[item["section"]],
        )
        for position, slug in enumerate(item["authors"]):
            Byline.objects.create(
                article=article, author=authors[slug], position=position
            )
        article.spokespersons.set(
            [spokespersons[slug] for slug in item["spokespersons"]]
        )
        article.tags.set(item["tags"])
    link_related(new_items)
    store_missing_image_sizes()
    return len(new_items)


def create_article(item, *, section, publish_at, colour):
    article = Article(
        slug=item["slug"],
        title=item["title"],
        summary=item["summary"],
        dateline=item["dateline"],
        source=item["source"],
        section=section,
        status=item["status"],
        publish_at=publish_at,
        body="".join(f"<p>{escape(paragraph)}</p>" for paragraph in item["body"]),
    )
    if item["status"] == Article.Status.PUBLISHED:
        name = f"{item['slug']}.jpg"
        article.lead_image.save(name, demo_image(colour, name=name), save=False)
        article.alt = f"Abstract graphic in the colours of the {section.name} section"
        article.caption = f"{section.name}: illustration for this report."
        article.credit = "Newsdesk graphics"
    article.save()
    # A demo story looks as if it was filed then, not edited today.
    filed_at = min(publish_at, article.created_at)
    Article.objects.filter(pk=article.pk).update(
        created_at=filed_at, updated_at=filed_at
    )
    return article


def store_missing_image_sizes():
    """Record the lead image sizes that desks seeded before they were kept, so
    pages never open an image file to learn its size."""
    demo_slugs = [item["slug"] for item in demo_content.ARTICLES]
    unsized = (
        Article.objects.filter(slug__in=demo_slugs, lead_image_width=None)
        .exclude(lead_image="")
        .values_list("pk", "lead_image")
    )
    for pk, name in unsized:
        try:
            with default_storage.open(name) as image:
                width, height = get_image_dimensions(image)
        except OSError:
            continue  # A missing file is not the demo's to mend.
        Article.objects.filter(pk=pk).update(
            lead_image_width=width, lead_image_height=height
        )
        editions.mark_changed()  # update() sends no signal


def link_related(items):
    by_slug = Article.objects.in_bulk(
        [slug for item in items for slug in [item["slug"], *item["related"]]],
        field_name="slug",
    )
    RelatedArticle.objects.bulk_create(
        RelatedArticle(
            from_article=by_slug[item["slug"]],
            to_article=by_slug[slug],
            position=position,
        )
        for item in items
        for position, slug in enumerate(item["related"])
    )


def demo_image(colour, *, name, size=(1200, 675)):
    """A plain banded graphic, so the demo shows lead images without photographs."""
    image = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(image)
    width, height = size
    for step in range(6):
        shade = 255 - step * 30
        draw.polygon(
            [
                (width * step / 6, height),
                (width * (step + 2) / 6, 0),
                (width * (step + 3) / 6, 0),
                (width * (step + 1) / 6, height),
            ],
            fill=(shade, shade, shade) if step % 2 else None,
        )
    buffer = io.BytesIO()
    Image.blend(Image.new("RGB", size, colour), image, 0.35).save(
        buffer, "JPEG", quality=82
    )
    # Django reads the width and height fields only from content with a name.
    return ContentFile(buffer.getvalue(), name=name)


def ensure_demo_account(username):
    """Return the demo account for a role and whether it was just created."""
    role, author_slug = DEMO_ACCOUNTS[username]
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={"is_staff": True, "first_name": "Demo", "last_name": role},
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
        user.groups.set([Group.objects.get(name=role)])
        if author_slug:
            Author.objects.filter(slug=author_slug, user=None).update(user=user)
    return user, created
