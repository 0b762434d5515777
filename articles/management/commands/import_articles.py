"""Import wire copy, feeds or ninjs as draft articles, each file all or nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import IntegrityError, transaction

from articles.importers.services import WIRE_SECTION_SLUG, import_stories, wire_section
from articles.importers.sources import FEED, NINJS, WIRE, read_stories
from articles.importers.stories import WireFormatError
from articles.models import Section


class Command(BaseCommand):
    help = (
        "Import wire text files (or, with --feed, RSS/Atom/JSON feeds from files "
        "or http(s) addresses; with --ninjs, ninjs JSON) as draft articles. "
        "Items imported before are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH")
        parser.add_argument(
            "--section",
            default=WIRE_SECTION_SLUG,
            metavar="SLUG",
            help='Section for the drafts (default: "wire", created if missing).',
        )
        kind = parser.add_mutually_exclusive_group()
        kind.add_argument(
            "--feed",
            dest="kind",
            action="store_const",
            const=FEED,
            help="Read each PATH as an RSS, Atom or JSON Feed file or URL.",
        )
        kind.add_argument(
            "--ninjs",
            dest="kind",
            action="store_const",
            const=NINJS,
            help="Read each PATH as ninjs JSON (found by content even without this).",
        )

    def handle(self, *args, paths, section, kind, **options):
        section_slug = self.checked_section(section)
        failed = [
            path for path in paths if not self.import_path(path, section_slug, kind)
        ]
        if failed:
            raise CommandError(f"{len(failed)} of {len(paths)} file(s) not imported.")

    def checked_section(self, slug):
        if slug != WIRE_SECTION_SLUG and not Section.objects.filter(slug=slug).exists():
            raise CommandError(f'No section with the slug "{slug}".')
        return slug

    def import_path(self, path, section_slug, kind):
        """Import one file, all or nothing; report it and return whether it went in."""
        try:
            stories = read_stories(path, kind=kind or WIRE)
            with transaction.atomic():
                tally = import_stories(
                    stories=stories, section=section_for(section_slug)
                )
        except WireFormatError as error:
            self.stderr.write(str(error))
            return False
        except IntegrityError as error:
            self.stderr.write(f"{path}: not saved: {error}")
            return False
        self.stdout.write(
            f"{path}: imported {tally.imported}, "
            f"skipped {tally.skipped} (already imported)"
        )
        return True


def section_for(slug):
    # Made inside the file's transaction, so a failed file leaves no empty section.
    if slug == WIRE_SECTION_SLUG:
        return wire_section()
    return Section.objects.get(slug=slug)
