"""Write articles as RSS, Atom, JSON Feed, ninjs, NewsML-G2 or CSV."""

import os
import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from articles.exporters.export import export_chunks
from articles.exporters.formats import FORMATS
from articles.forms import ExportForm


class Command(BaseCommand):
    help = (
        "Export articles, streaming: memory stays flat however many there are. "
        "Filters combine; without any, every article is exported."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=list(FORMATS))
        for name in ("section", "tag", "author", "spokesperson"):
            parser.add_argument(f"--{name}", metavar="SLUG")
        parser.add_argument("--status", metavar="STATUS")
        parser.add_argument("--from", dest="published_from", metavar="YYYY-MM-DD")
        parser.add_argument("--to", dest="published_to", metavar="YYYY-MM-DD")
        parser.add_argument(
            "-o", "--output", metavar="FILE", help="Write here instead of stdout."
        )
        parser.add_argument(
            "--base-url",
            default=settings.NEWSDESK_BASE_URL,
            help="Scheme and host for links (default: NEWSDESK_BASE_URL).",
        )

    def handle(self, *args, **options):
        form = ExportForm(data={k: v for k, v in options.items() if v is not None})
        if not form.is_valid():
            raise CommandError(form_errors(form))
        articles = form.articles()
        with self.progress(articles) as bar, self.open_output(options) as out:
            chunks = export_chunks(
                articles=articles,
                export_format=form.export_format,
                base_url=options["base_url"].rstrip("/"),
                on_entry=bar.update,
            )
            try:
                for chunk in chunks:
                    out.write(chunk)
            except BrokenPipeError:
                # The reader (e.g. `| head`) has had enough; that is not an error.
                sys.stdout = open(os.devnull, "w")  # noqa: SIM115

    def progress(self, articles):
        # A bar only for a person watching; logs and pipes get none.
        shown = sys.stderr.isatty()
        return tqdm(
            total=articles.count() if shown else None,
            disable=not shown,
            unit=" articles",
            file=sys.stderr,
        )

    def open_output(self, options):
        if path := options["output"]:
            try:
                return open(path, "w", encoding="utf-8", newline="")
            except OSError as error:
                raise CommandError(f"Cannot write {path}: {error}") from error
        return NoClose(self.stdout)


class NoClose:
    """Let stdout be used in a with-block without closing it."""

    def __init__(self, stream):
        self.stream = stream

    def __enter__(self):
        return self.stream

    def __exit__(self, *exc):
        self.stream.flush()

    def write(self, text):
        # Django's wrapper would end every chunk with a newline.
        self.stream.write(text, ending="")


def form_errors(form):
    return "\n".join(
        f"--{field.replace('published_', '')}: {' '.join(messages)}"
        if field != "__all__"
        else " ".join(messages)
        for field, messages in form.errors.items()
    )
