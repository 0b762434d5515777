"""Renditions: a few widths, WebP and JPEG, made once and found again by name."""

import pytest
from django.core.files.storage import FileSystemStorage, default_storage
from PIL import Image

from images.renditions import (
    ensure_renditions,
    planned_renditions,
    rendition_name,
    rendition_widths,
)
from tests.factories import image_upload, make_article, make_author
from tests.images.pictures import transparent_png

pytestmark = pytest.mark.django_db


def rendition_files(settings):
    folder = settings.MEDIA_ROOT / "renditions"
    return sorted(path for path in folder.rglob("*") if path.is_file())


def test_name_follows_the_source_with_a_short_hash_width_and_format():
    name = rendition_name("articles/2026/07/drill.jpg", 123_456, 800, "webp")

    folder, filename = name.rsplit("/", 1)
    stem, digest, width_and_format = filename.split("-")
    assert (folder, stem, width_and_format) == (
        "renditions/articles/2026/07",
        "drill",
        "800.webp",
    )
    assert len(digest) == 8
    assert name == rendition_name("articles/2026/07/drill.jpg", 123_456, 800, "webp")


def test_a_different_file_under_the_same_name_gets_new_renditions():
    before = rendition_name("articles/drill.jpg", 123_456, 800, "webp")
    assert rendition_name("articles/drill.jpg", 99_999, 800, "webp") != before


@pytest.mark.parametrize(
    ("source_width", "widths"),
    [
        (3000, [480, 800, 1200]),
        (1200, [480, 800, 1200]),
        (1000, [480, 800, 1000]),
        (640, [480, 640]),
        (480, [480]),
        (64, [64]),
    ],
)
def test_widths_are_never_wider_than_the_source(source_width, widths):
    assert rendition_widths(source_width) == widths


def test_each_width_comes_as_webp_and_jpeg():
    planned = planned_renditions("articles/drill.png", 1000, 1000)

    assert sorted((item.extension, item.width) for item in planned) == [
        ("jpg", 480),
        ("jpg", 800),
        ("jpg", 1000),
        ("webp", 480),
        ("webp", 800),
        ("webp", 1000),
    ]


def test_renditions_are_made_when_the_upload_is_saved(settings):
    article = make_article(
        lead_image=image_upload("drill.png", size=(1000, 500)), alt="A drill"
    )

    files = rendition_files(settings)
    assert len(files) == 6
    for path in files:
        with Image.open(path) as image:
            assert image.format == {".webp": "WEBP", ".jpg": "JPEG"}[path.suffix]
            assert image.width in (480, 800, 1000)
            assert image.height == image.width // 2
    assert all(path.name.startswith("drill-") for path in files)
    assert article.lead_image.name.startswith("articles/")


def test_renditions_are_never_upscaled(settings):
    make_author(photo=image_upload("small.png", size=(300, 200)))

    for path in rendition_files(settings):
        with Image.open(path) as image:
            assert image.size == (300, 200)


def test_missing_renditions_are_made_again_and_only_those(settings):
    article = make_article(
        lead_image=image_upload("drill.png", size=(1000, 500)), alt="A drill"
    )
    first, *others = rendition_files(settings)
    first.unlink()
    untouched = {path: path.stat().st_mtime_ns for path in others}

    ensure_renditions(default_storage, article.lead_image.name, 1000)

    assert first.exists()
    assert {path: path.stat().st_mtime_ns for path in others} == untouched


def test_a_second_request_writes_nothing(settings, monkeypatch):
    article = make_article(
        lead_image=image_upload("drill.png", size=(1000, 500)), alt="A drill"
    )
    writes = []

    def record_write(storage, name, *args, **kwargs):
        writes.append(name)

    monkeypatch.setattr(FileSystemStorage, "save", record_write)
    monkeypatch.setattr(Image, "open", pytest.fail)

    ensure_renditions(default_storage, article.lead_image.name, 1000)
    ensure_renditions(default_storage, article.lead_image.name, 1000)

    assert writes == []


def test_transparency_becomes_white_in_jpeg_and_stays_in_webp(settings):
    make_author(photo=transparent_png())

    for path in rendition_files(settings):
        with Image.open(path) as image:
            corner = image.convert("RGBA").getpixel((0, 0))
        if path.suffix == ".jpg":
            assert corner == (255, 255, 255, 255)
        else:
            assert corner[3] == 0


def test_gifs_get_no_renditions_which_would_stop_an_animation(settings):
    make_author(photo=image_upload("loop.gif", size=(900, 600), image_format="GIF"))

    assert rendition_files(settings) == []
