"""import_articles: wire copy, feeds and ninjs come in as drafts, once each."""

import io
import threading
from datetime import UTC, datetime
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import IntegrityError

from articles.importers import services, sources
from articles.importers.sources import FEED, NINJS, read_stories
from articles.importers.stories import WireFormatError
from articles.importers.wire import parse_wire, read_timestamp
from articles.models import Article, Section
from people.models import Author
from tests.factories import make_article, make_author, make_section, make_spokesperson

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
WIRE = FIXTURES / "wire"
FEEDS = FIXTURES / "feeds"
TESSEL_PASS = WIRE / "aldria-kestria-tessel-pass.txt"
ESK_BARRIER = WIRE / "kestria-esk-flood-barrier.txt"
COASTGUARD_CUTTER = WIRE / "aldria-coastguard-cutter.txt"
BAD_TIMESTAMP = WIRE / "bad-timestamp.txt"
SHARED_SAMPLE = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "samples"
    / "wire-format-example.txt"
)

STORY = """\
Aldrian frigate Kestrel rejoins the fleet after a refit

Halcyon Defence Daily
Mira Castellane
2024-06-01 12:00:00

VALDORA, June 1 -- The frigate Kestrel rejoined the fleet on Saturday.

Her crew of 140 sails for Harrowgate next week.
"""


@pytest.fixture(autouse=True)
def desk_in_utc(settings):
    """Read naive wire times as UTC unless a test moves the desk."""
    settings.TIME_ZONE = "UTC"


def parse(text, **kwargs):
    return parse_wire(text, path="story.txt", **kwargs)


def paragraphs(body_html):
    return body_html.removeprefix("<p>").removesuffix("</p>").split("</p><p>")


def run_import(*args):
    """Run the command; return what it printed to stdout and stderr."""
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing_import(*args):
    """Run the command expecting it to fail; return the error and stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_articles", *map(str, args), stdout=out, stderr=err)
    return failure.value, out.getvalue(), err.getvalue()


def write(tmp_path, name, content):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# Parsing wire copy: plain data, no database.


def test_parse_reads_the_header_fields():
    story = parse(TESSEL_PASS.read_text())
    assert story.headline == (
        "Aldria and Kestria agree to reopen the Tessel Pass to relief convoys"
    )
    assert story.source == "Halcyon Defence Daily"
    assert story.bylines == ("Mira Castellane",)
    assert story.published == datetime(2024, 3, 14, 9, 30, tzinfo=UTC)
    assert story.origin_uri.startswith("wire:")


def test_parse_takes_the_dateline_off_the_first_paragraph():
    story = parse(TESSEL_PASS.read_text())
    assert story.dateline == "VALDORA"
    assert paragraphs(story.body_html)[0].startswith("Aldria and Kestria will reopen")


def test_parse_stops_at_the_related_news_heading():
    story = parse(TESSEL_PASS.read_text())
    assert len(paragraphs(story.body_html)) == 4
    assert "Related News" not in story.body_html
    assert "chief of the general staff" not in story.body_html


def test_parse_stops_at_related_news_with_a_colon():
    story = parse(COASTGUARD_CUTTER.read_text())
    assert paragraphs(story.body_html)[-1] == (
        "The Wren will be based at Harrowgate and begins sea trials next month."
    )
    assert "patrol boats" not in story.body_html


def test_parse_escapes_the_text_of_each_paragraph():
    body = parse(TESSEL_PASS.read_text()).body_html
    assert "&amp; found its three bridges" in body
    assert "&lt;need&gt;" in body
    assert "<need>" not in body


def test_parse_joins_lines_wrapped_inside_a_paragraph():
    story = parse(ESK_BARRIER.read_text())
    assert paragraphs(story.body_html)[0] == (
        "Army engineers finished a four-kilometre flood barrier along the Esk "
        "estuary on Sunday, two weeks before the autumn storm season, the "
        "Kestrian General Staff said."
    )
    assert story.dateline == "PORT ESK"


def test_parse_reads_a_naive_timestamp_in_the_desk_time_zone(settings):
    settings.TIME_ZONE = "Europe/Helsinki"
    story = parse(TESSEL_PASS.read_text())
    # Helsinki is two hours ahead of UTC in March.
    assert story.published == datetime(2024, 3, 14, 7, 30, tzinfo=UTC)
    assert story.published.utcoffset().total_seconds() == 0


def test_parse_honours_a_zone_written_in_the_timestamp(settings):
    settings.TIME_ZONE = "Asia/Tokyo"
    story = parse(ESK_BARRIER.read_text())
    assert story.published == datetime(2023, 9, 3, 14, 45, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("written", "utc"),
    [
        ("2024-01-09 14:05:00", datetime(2024, 1, 9, 14, 5, tzinfo=UTC)),
        ("2024-01-09 14:05:00 Z", datetime(2024, 1, 9, 14, 5, tzinfo=UTC)),
        ("2024-01-09 14:05:00 UTC", datetime(2024, 1, 9, 14, 5, tzinfo=UTC)),
        ("2024-01-09T14:05:00+0530", datetime(2024, 1, 9, 8, 35, tzinfo=UTC)),
        ("2024-01-09 14:05:00 -03:00", datetime(2024, 1, 9, 17, 5, tzinfo=UTC)),
        ("2024-01-09 14:05:00 Asia/Tokyo", datetime(2024, 1, 9, 5, 5, tzinfo=UTC)),
        ("2024-01-09 14:05", datetime(2024, 1, 9, 14, 5, tzinfo=UTC)),
    ],
)
def test_read_timestamp_returns_aware_utc(written, utc, settings):
    settings.TIME_ZONE = "UTC"
    assert read_timestamp(written) == utc


@pytest.mark.parametrize(
    ("first_paragraph", "dateline", "lead"),
    [
        ("PORT ESK, Sept. 3 -- Engineers left.", "PORT ESK", "Engineers left."),
        ("VALDORA, March 14 (Aldria Press) -- Talks.", "VALDORA", "Talks."),
        ("TESSEL, Kestria, May 2 — Medics.", "TESSEL, Kestria", "Medics."),
        ("Talks resumed, May 2 reports said.", "", "Talks resumed, May 2 reports"),
    ],
)
def test_parse_reads_datelines_as_copy_writes_them(first_paragraph, dateline, lead):
    story = parse(STORY.replace(STORY.splitlines()[6], first_paragraph))
    assert story.dateline == dateline
    assert paragraphs(story.body_html)[0].startswith(lead)


def test_a_dateline_alone_in_its_paragraph_is_not_body():
    story = parse(STORY.replace(" The frigate", "\n\nThe frigate"))
    assert story.dateline == "VALDORA"
    assert paragraphs(story.body_html) == [
        "The frigate Kestrel rejoined the fleet on Saturday.",
        "Her crew of 140 sails for Harrowgate next week.",
    ]


def test_the_origin_is_stable_and_tells_stories_apart():
    story = parse(STORY)
    assert parse(STORY).origin_uri == story.origin_uri
    retitled = STORY.replace("after a refit", "after her refit")
    assert parse(retitled).origin_uri != story.origin_uri


def lines_replaced(text, number, new):
    lines = text.splitlines()
    lines[number - 1 : number] = new
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("\n\n", None, "the file is empty"),
        (lines_replaced(STORY, 1, [""]), 1, "expected a headline, found a blank"),
        (
            lines_replaced(STORY, 2, ["Second headline line"]),
            2,
            'expected a blank line after the headline, found "Second headline',
        ),
        (lines_replaced(STORY, 3, [""]), 3, "expected the outlet (source)"),
        (
            lines_replaced(STORY, 4, []),
            4,
            'expected the editor\'s name, found the timestamp "2024-06-01 12:00:00"',
        ),
        (
            lines_replaced(STORY, 5, ["yesterday"]),
            5,
            'expected a timestamp like 2020-07-30 18:58:42, found "yesterday"',
        ),
        (
            lines_replaced(STORY, 5, ["2024-02-30 12:00:00"]),
            5,
            '"2024-02-30 12:00:00" is not a real date and time',
        ),
        (
            lines_replaced(STORY, 5, ["2024-06-01 12:00:00 Mars/Olympus"]),
            5,
            'unknown time zone "Mars/Olympus"',
        ),
        ("\n".join(STORY.splitlines()[:4]), 5, "found the end of the file"),
        ("\n".join(STORY.splitlines()[:6]), 7, "expected the story's text"),
        (
            "\n".join([*STORY.splitlines()[:6], "Related News", "Other story"]),
            7,
            'expected the story\'s text, found "Related News"',
        ),
        (
            "\n".join([*STORY.splitlines()[:6], "VALDORA, June 1 --"]),
            7,
            "the story has a dateline but no text",
        ),
    ],
)
def test_malformed_copy_names_the_line_and_what_is_wrong(text, line, message):
    with pytest.raises(WireFormatError) as failure:
        parse(text)
    assert failure.value.line == line
    assert message in failure.value.message
    prefix = "story.txt:" if line is None else f"story.txt:{line}:"
    assert str(failure.value).startswith(prefix)


def test_the_malformed_fixture_fails_on_its_timestamp_line():
    with pytest.raises(WireFormatError) as failure:
        read_stories(str(BAD_TIMESTAMP))
    assert str(failure.value) == (
        f"{BAD_TIMESTAMP}:5: expected a timestamp like 2020-07-30 18:58:42, "
        'found "yesterday"'
    )


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", "{path}: the file is empty"),
        (b"  \n\n", "{path}: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "{path}: a binary file, not text"),
        (
            "Headline\n\nLa Gazette d'Aldrie\n".encode("latin-1") + b"caf\xe9\n",
            "{path}:4: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        ),
    ],
)
def test_unreadable_files_get_a_one_line_error(tmp_path, content, error):
    path = write(tmp_path, "story.txt", content)
    with pytest.raises(WireFormatError) as failure:
        read_stories(str(path))
    assert str(failure.value) == error.format(path=path)


def test_an_unknown_path_or_a_directory_is_named(tmp_path):
    with pytest.raises(WireFormatError, match="missing.txt: no such file"):
        read_stories(str(tmp_path / "missing.txt"))
    with pytest.raises(WireFormatError, match="is a directory, not a file"):
        read_stories(str(tmp_path))


def test_a_byte_order_mark_is_not_part_of_the_headline(tmp_path):
    path = write(tmp_path, "story.txt", "\ufeff" + STORY)
    [story] = read_stories(str(path))
    assert story.headline.startswith("Aldrian frigate")


# Importing wire copy.


@pytest.mark.django_db
def test_import_creates_a_draft_in_the_wire_section():
    out, _ = run_import(TESSEL_PASS)

    article = Article.objects.get()
    assert out == f"{TESSEL_PASS}: imported 1, skipped 0 (already imported)\n"
    assert article.status == Article.Status.DRAFT
    assert article.title == (
        "Aldria and Kestria agree to reopen the Tessel Pass to relief convoys"
    )
    assert article.slug == (
        "aldria-and-kestria-agree-to-reopen-the-tessel-pass-to-relief-convoys"
    )
    assert article.source == "Halcyon Defence Daily"
    assert article.dateline == "VALDORA"
    assert article.section == Section.objects.get(slug="wire", name="Wire")
    assert article.origin_uri == parse(TESSEL_PASS.read_text()).origin_uri
    assert article.body.startswith("<p>Aldria and Kestria will reopen the Tessel Pass")
    assert article.body.count("<p>") == 4


@pytest.mark.django_db
def test_import_keeps_the_original_time_as_aware_publish_at():
    run_import(ESK_BARRIER)
    publish_at = Article.objects.get().publish_at
    assert publish_at == datetime(2023, 9, 3, 14, 45, 10, tzinfo=UTC)
    assert publish_at.tzinfo is not None


@pytest.mark.django_db
def test_imported_drafts_are_not_public_though_their_time_has_passed():
    run_import(TESSEL_PASS, ESK_BARRIER)
    assert Article.objects.count() == 2
    assert not Article.objects.published().exists()
    article = Article.objects.first()
    assert article.state == "Draft"


@pytest.mark.django_db
def test_the_editor_becomes_the_byline_found_by_name_or_created():
    desk_author = make_author(name="Mira Castellane", slug="mira-castellane")
    make_author(name="Someone Else", slug="tomas-brennick")

    run_import(TESSEL_PASS, ESK_BARRIER, COASTGUARD_CUTTER)

    tessel = Article.objects.get(dateline="VALDORA", title__contains="Tessel")
    assert tessel.byline == [desk_author]
    created = Author.objects.get(name="Tomas Brennick")
    assert created.slug == "tomas-brennick-2"
    assert Article.objects.get(dateline="PORT ESK").byline == [created]
    assert Author.objects.count() == 3


@pytest.mark.django_db
def test_spokespersons_quoted_by_full_name_are_linked():
    marrow = make_spokesperson(name="Ilse Marrow", slug="ilse-marrow")
    make_spokesperson(name="Ilse Marr", slug="ilse-marr")  # only part of a name
    make_spokesperson(name="ilse marrow", slug="ilse-marrow-lower")  # wrong case
    make_spokesperson(name="Dara Quillon", slug="dara-quillon")  # not in this story

    run_import(TESSEL_PASS)

    assert list(Article.objects.get().spokespersons.all()) == [marrow]


@pytest.mark.django_db
def test_a_spokesperson_named_across_a_line_break_is_linked():
    quillon = make_spokesperson(name="Dara Quillon", slug="dara-quillon")
    run_import(ESK_BARRIER)
    assert list(Article.objects.get().spokespersons.all()) == [quillon]


@pytest.mark.django_db
def test_a_second_import_skips_what_is_already_there():
    run_import(TESSEL_PASS, ESK_BARRIER)
    out, _ = run_import(TESSEL_PASS, ESK_BARRIER)

    assert out.splitlines() == [
        f"{TESSEL_PASS}: imported 0, skipped 1 (already imported)",
        f"{ESK_BARRIER}: imported 0, skipped 1 (already imported)",
    ]
    assert Article.objects.count() == 2
    assert Author.objects.count() == 2


@pytest.mark.django_db
def test_a_taken_slug_gets_a_suffix():
    make_article(slug="aldrian-coastguard-takes-delivery-of-its-first-ice-class-cutter")
    run_import(COASTGUARD_CUTTER)
    imported = Article.objects.get(status=Article.Status.DRAFT)
    assert imported.slug.endswith("-ice-class-cutter-2")


@pytest.mark.django_db
def test_the_section_option_files_drafts_in_that_section():
    briefings = make_section(slug="briefings")
    run_import(TESSEL_PASS, "--section", "briefings")
    assert Article.objects.get().section == briefings
    assert not Section.objects.filter(slug="wire").exists()


@pytest.mark.django_db
def test_an_unknown_section_stops_before_anything_is_read():
    error, _, _ = run_failing_import(TESSEL_PASS, "--section", "nowhere")
    assert str(error) == 'No section with the slug "nowhere".'
    assert not Article.objects.exists()


@pytest.mark.django_db
def test_a_malformed_file_is_named_and_the_good_files_still_import():
    error, out, err = run_failing_import(BAD_TIMESTAMP, TESSEL_PASS)

    assert err == (
        f"{BAD_TIMESTAMP}:5: expected a timestamp like 2020-07-30 18:58:42, "
        'found "yesterday"\n'
    )
    assert out == f"{TESSEL_PASS}: imported 1, skipped 0 (already imported)\n"
    assert str(error) == "1 of 2 file(s) not imported."
    assert Article.objects.get().dateline == "VALDORA"
    assert not Article.objects.filter(title__contains="reserve units").exists()


@pytest.mark.django_db
def test_a_file_that_fails_while_saving_leaves_nothing_behind(monkeypatch):
    real_add_bylines = services.add_bylines
    calls = []

    def add_bylines_then_fail(article, names):
        calls.append(article)
        if len(calls) == 2:
            raise IntegrityError("the second entry could not be saved")
        real_add_bylines(article, names)

    monkeypatch.setattr(services, "add_bylines", add_bylines_then_fail)
    feed = FEEDS / "halcyon-desk.rss"

    _, _, err = run_failing_import("--feed", feed)

    assert err == f"{feed}: not saved: the second entry could not be saved\n"
    assert not Article.objects.exists()
    assert not Author.objects.exists()
    assert not Section.objects.exists()


@pytest.mark.django_db
def test_every_kind_of_bad_file_gets_one_line_and_nothing_is_imported(tmp_path):
    empty = write(tmp_path, "empty.txt", "")
    binary = write(tmp_path, "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00")
    latin = write(tmp_path, "latin.txt", "Caf\xe9 talks\n".encode("latin-1"))
    no_body = write(tmp_path, "no-body.txt", "\n".join(STORY.splitlines()[:6]))
    missing = tmp_path / "missing.txt"

    error, out, err = run_failing_import(empty, binary, latin, no_body, missing)

    assert err.splitlines() == [
        f"{empty}: the file is empty",
        f"{binary}: a binary file, not text",
        f"{latin}:1: not UTF-8 text (byte 0xe9); save the file as UTF-8",
        f"{no_body}:7: expected the story's text, found the end of the file",
        f"{missing}: no such file",
    ]
    assert out == ""
    assert str(error) == "5 of 5 file(s) not imported."
    assert not Article.objects.exists()


# The shared reference sample.


@pytest.mark.skipif(
    not SHARED_SAMPLE.exists(), reason="the shared wire sample is not beside the repo"
)
@pytest.mark.django_db
def test_the_shared_wire_sample_imports_as_a_draft():
    ren = make_spokesperson(name="Ren Guoqiang", slug="ren-guoqiang", country="China")

    run_import(SHARED_SAMPLE)

    article = Article.objects.get()
    assert article.title.startswith("China, ASEAN countries explore int'l military")
    assert article.source == "China Military Online"
    assert [author.name for author in article.byline] == ["Huang Panyue"]
    assert article.publish_at == datetime(2020, 7, 30, 18, 58, 42, tzinfo=UTC)
    assert article.dateline == "BEIJING"
    assert article.body.count("<p>") == 5
    assert not article.body.startswith("<p>BEIJING")
    assert "Related News" not in article.body
    assert list(article.spokespersons.all()) == [ren]
    assert article.status == Article.Status.DRAFT


# Feeds and ninjs.


@pytest.mark.django_db
def test_an_rss_feed_imports_each_item_as_a_draft():
    desk_author = make_author(name="Mira Castellane", slug="mira-castellane")
    feed = FEEDS / "halcyon-desk.rss"

    out, _ = run_import("--feed", feed)

    assert out == f"{feed}: imported 2, skipped 0 (already imported)\n"
    patrol = Article.objects.get(origin_uri="halcyon-daily:2024:0211")
    assert patrol.title == "Aldrian navy ends its winter patrol in the Halcyon Sea"
    assert patrol.status == Article.Status.DRAFT
    assert patrol.source == "Halcyon Defence Daily"
    assert patrol.summary == (
        "Two frigates returned to Harrowgate after nine weeks at sea."
    )
    assert patrol.byline == [desk_author]
    assert sorted(tag.name for tag in patrol.tags.all()) == ["Aldria", "Maritime"]
    assert patrol.publish_at == datetime(2024, 2, 11, 7, 15, tzinfo=UTC)
    assert "<strong>412</strong>" in patrol.body
    assert "script" not in patrol.body
    assert "onclick" not in patrol.body


@pytest.mark.django_db
def test_an_rss_item_without_a_guid_is_known_by_its_link():
    run_import("--feed", FEEDS / "halcyon-desk.rss")
    chief = Article.objects.get(title__startswith="Kestria names")
    assert chief.origin_uri == "https://halcyon-daily.example/2024/02/kestria-chief/"
    assert chief.body == (
        "<p>General Oren Vasle takes over from General Hedda Strom on 1 March.</p>"
    )
    assert chief.byline == []


@pytest.mark.django_db
def test_an_atom_feed_imports_authors_tags_and_time():
    feed = FEEDS / "kestria-press.atom"
    run_import("--feed", feed)

    article = Article.objects.get()
    assert article.origin_uri == "tag:kestria-press.example,2023:cadets-sail"
    assert article.source == "Kestria Press Service"
    assert [author.name for author in article.byline] == [
        "Tomas Brennick",
        "Lene Saar",
    ]
    assert sorted(tag.name for tag in article.tags.all()) == ["Training", "kestria"]
    assert article.publish_at == datetime(2023, 10, 2, 7, 20, tzinfo=UTC)
    assert article.summary.startswith("Forty cadets left Port Esk")
    assert article.body.startswith("<p>Forty Kestrian cadets left Port Esk")
    assert not Article.objects.published().exists()


def test_a_feed_title_written_in_html_becomes_a_plain_headline(tmp_path):
    feed = write(
        tmp_path,
        "html-title.atom",
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>'
        "<entry><id>urn:x:1</id>"
        '<title type="html">Aldria &amp;amp; Kestria &lt;em&gt;agree&lt;/em&gt;'
        "</title></entry></feed>",
    )
    [story] = read_stories(str(feed), kind=FEED)
    assert story.headline == "Aldria & Kestria agree"


@pytest.mark.django_db
def test_a_feed_imported_again_is_skipped():
    feed = FEEDS / "kestria-press.atom"
    run_import("--feed", feed)
    out, _ = run_import("--feed", feed)
    assert out == f"{feed}: imported 0, skipped 1 (already imported)\n"
    assert Article.objects.count() == 1


@pytest.mark.django_db
def test_a_json_feed_imports_with_feed():
    marrow = make_spokesperson(name="Ilse Marrow", slug="ilse-marrow")
    run_import("--feed", FEEDS / "aldria-briefings.json")

    article = Article.objects.get()
    assert article.origin_uri == "https://mod.aldria.example/briefings/2024-04-18"
    assert article.source == "Aldrian Ministry of Defence briefings"
    assert article.publish_at == datetime(2024, 4, 18, 7, 0, tzinfo=UTC)
    assert article.body.count("<p>") == 2
    assert list(article.spokespersons.all()) == [marrow]


@pytest.mark.django_db
@pytest.mark.parametrize("flags", [[], ["--ninjs"], ["--feed"]])
def test_ninjs_is_recognised_by_content_or_by_flag(flags):
    run_import(*flags, FEEDS / "desk-export.ninjs.json")

    article = Article.objects.get()
    assert article.origin_uri == "urn:uuid:3f0c8a52-8d2e-4a4e-9b7e-2f4f1c6d9a10"
    assert article.title == "Aldria opens a field hospital on the Kestrian border"
    assert [author.name for author in article.byline] == [
        "Petra Solvang",
        "Julian Arrowood",
    ]
    assert article.dateline == "TESSEL"
    assert article.summary == "The hospital has forty beds and two surgical teams."
    assert article.publish_at == datetime(2024, 5, 6, 7, 45, tzinfo=UTC)
    assert sorted(tag.name for tag in article.tags.all()) == ["Aldria", "Medical"]
    assert article.status == Article.Status.DRAFT


@pytest.mark.django_db
def test_this_desks_ninjs_2_export_imports_back():
    quillon = make_spokesperson(name="Dara Quillon", slug="dara-quillon")
    export = FEEDS / "desk-export-2.ninjs.json"

    out, _ = run_import(export)

    assert out == f"{export}: imported 1, skipped 0 (already imported)\n"
    article = Article.objects.get()
    assert article.origin_uri == "urn:uuid:9b2d6c1e-4f3a-4e8b-a1d7-5c0e8f2b7a64"
    assert article.title == "Kestrian minesweepers clear the Esk channel"
    assert article.summary == "Two old sea mines were found and made safe."
    assert article.body.count("<p>") == 2
    assert article.source == "Kestria Press Service"
    assert article.dateline == "PORT ESK"
    assert [author.name for author in article.byline] == [
        "Lene Saar",
        "Tomas Brennick",
        "Petra Solvang",
    ]
    # The section subject names where the story sat; only the tag comes in.
    assert [tag.name for tag in article.tags.all()] == ["Mine clearance"]
    # contentcreated, not the later versioncreated, is the publication time.
    assert article.publish_at == datetime(2024, 6, 3, 6, 30, tzinfo=UTC)
    assert list(article.spokespersons.all()) == [quillon]


@pytest.mark.django_db
def test_an_export_of_an_article_still_on_this_desk_is_skipped(tmp_path):
    original = make_article(slug="original")
    export = write(
        tmp_path,
        "export.json",
        f'[{{"uri": "urn:uuid:{original.uuid}", "headlines": '
        '[{"role": "main", "value": "Original"}]}]',
    )

    out, _ = run_import(export)

    assert out == f"{export}: imported 0, skipped 1 (already imported)\n"
    assert Article.objects.count() == 1


def test_a_single_ninjs_object_is_read_too(tmp_path):
    path = write(
        tmp_path,
        "one.json",
        '{"uri": "urn:newsdesk:1", "headline": "Drill ends", "body_text": "Done."}',
    )
    [story] = read_stories(str(path), kind=NINJS)
    assert story.origin_uri == "urn:newsdesk:1"
    assert story.body_html == "<p>Done.</p>"


@pytest.mark.parametrize(
    ("name", "content", "flags", "error"),
    [
        (
            "cut-off.rss",
            '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>X',
            {"kind": FEED},
            "{path}:4: not well-formed XML: ",
        ),
        ("page.txt", "Just a headline\n", {"kind": FEED}, "{path}: not an RSS, Atom"),
        (
            "untitled.rss",
            '<rss version="2.0"><channel><title>Desk</title>'
            "<item><guid>a-1</guid><description>Text</description></item>"
            "</channel></rss>",
            {"kind": FEED},
            "{path}: entry 1 has no title",
        ),
        (
            "other.json",
            '{"name": "not news"}',
            {"kind": FEED},
            "{path}: JSON, but neither a JSON Feed nor ninjs",
        ),
        (
            "broken.json",
            '[\n  {"uri": "urn:x:1",\n  "headline": }\n]',
            {"kind": NINJS},
            "{path}:3: not valid JSON: ",
        ),
        (
            "no-uri.json",
            '[{"uri": "urn:x:1", "headline": "A"}, {"headline": "B"}]',
            {"kind": NINJS},
            '{path}: item 2: no "uri" to know it by',
        ),
    ],
)
def test_malformed_feeds_and_ninjs_are_named(tmp_path, name, content, flags, error):
    path = write(tmp_path, name, content)
    with pytest.raises(WireFormatError) as failure:
        read_stories(str(path), **flags)
    assert str(failure.value).startswith(error.format(path=path))


# Feeds over http(s).


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def feed_server(monkeypatch):
    """Serve tests/fixtures/feeds/ on a local port; yield its address."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    monkeypatch.setenv("no_proxy", "127.0.0.1")
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(FEEDS))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


@pytest.mark.django_db
def test_a_feed_is_fetched_from_an_http_address(feed_server):
    url = f"{feed_server}/kestria-press.atom"
    out, _ = run_import("--feed", url)
    assert out == f"{url}: imported 1, skipped 0 (already imported)\n"
    assert Article.objects.get().source == "Kestria Press Service"


def test_an_http_error_is_named(feed_server):
    url = f"{feed_server}/missing.rss"
    with pytest.raises(WireFormatError) as failure:
        read_stories(url, kind=FEED)
    assert str(failure.value) == f"{url}: the server answered 404 File not found"


def test_a_feed_larger_than_the_cap_is_refused(feed_server, monkeypatch):
    monkeypatch.setattr(sources, "MAX_BYTES", 100)
    url = f"{feed_server}/kestria-press.atom"
    with pytest.raises(WireFormatError, match="larger than 100 bytes; not imported"):
        read_stories(url, kind=FEED)


def test_an_unreachable_address_is_named(monkeypatch):
    def refuse(request, timeout):
        assert timeout == sources.FETCH_TIMEOUT
        raise OSError("connection refused")

    monkeypatch.setattr(sources.urllib.request, "urlopen", refuse)
    with pytest.raises(WireFormatError) as failure:
        read_stories("https://feeds.example/desk.rss", kind=FEED)
    assert str(failure.value) == (
        "https://feeds.example/desk.rss: could not fetch it: connection refused"
    )
