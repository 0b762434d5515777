"""A new upload is stored once: turned upright, with no record of where it was."""

import pytest
from PIL import Image

from articles.models import Article
from images.processing import normalise_upload
from people.models import Author
from tests.factories import image_upload, make_article, make_author, make_spokesperson
from tests.images.pictures import (
    GPS,
    ORIENTATION,
    phone_photo,
    png_with_text,
    srgb_profile,
    stored_image,
)

pytestmark = pytest.mark.django_db


def assert_upright_without_camera_record(image):
    assert image.size == (200, 300)  # stored 300 x 200, shown turned upright
    exif = image.getexif()
    assert ORIENTATION not in exif
    assert GPS not in exif
    assert not exif.get_ifd(GPS)
    assert "xmp" not in image.info


def test_lead_image_is_stored_upright_without_gps():
    article = make_article(lead_image=phone_photo(), alt="Crews at the harbour")

    image = stored_image(article.lead_image)

    assert_upright_without_camera_record(image)
    assert image.format == "JPEG"


def test_width_and_height_fields_describe_the_stored_picture():
    """Stored, not worked out again from the file each time an article loads."""
    article = make_article(lead_image=phone_photo(), alt="Crews at the harbour")

    stored = Article.objects.values_list("lead_image_width", "lead_image_height")
    assert stored.get(pk=article.pk) == (200, 300)
    assert (article.lead_image_width, article.lead_image_height) == (200, 300)


def test_colour_profile_is_kept():
    article = make_article(lead_image=phone_photo(), alt="Crews at the harbour")

    assert stored_image(article.lead_image).info.get("icc_profile") == srgb_profile()


@pytest.mark.parametrize("make_person", [make_author, make_spokesperson])
def test_people_photos_are_stored_upright_without_gps(make_person):
    person = make_person(photo=phone_photo("portrait.jpg"))

    assert_upright_without_camera_record(stored_image(person.photo))


def test_webp_is_stored_upright_without_gps():
    author = make_author(photo=phone_photo("portrait.webp", image_format="WEBP"))

    image = stored_image(author.photo)

    assert_upright_without_camera_record(image)
    assert image.format == "WEBP"


def test_png_loses_its_text_but_keeps_its_pixels():
    original = png_with_text()
    with Image.open(original) as image:
        pixels = image.convert("RGB").tobytes()
    original.seek(0)

    author = make_author(photo=original)

    image = stored_image(author.photo)
    assert image.text == {}
    assert image.convert("RGB").tobytes() == pixels


def test_a_clean_jpeg_is_stored_byte_for_byte():
    """Re-encoding costs quality; a file with nothing to remove is left alone."""
    upload = image_upload("clean.jpg", image_format="JPEG")
    original = upload.read()
    upload.seek(0)

    author = make_author(photo=upload)

    with author.photo.open("rb") as stored:
        assert stored.read() == original


def test_a_stored_file_is_not_normalised_again():
    author = make_author(photo=phone_photo("portrait.jpg"))
    name, size = author.photo.name, author.photo.size

    author.name = "Renamed"
    author.save()

    assert (author.photo.name, author.photo.size) == (name, size)


def test_nothing_happens_without_an_upload():
    author = make_author()

    normalise_upload(author.photo)
    author.save()

    assert not Author.objects.get().photo


def test_an_unreadable_file_saved_from_the_shell_is_stored_as_it_came():
    """Validators refuse it in forms; a save without them must not crash."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    author = make_author(photo=SimpleUploadedFile("notes.jpg", b"not a picture"))

    with author.photo.open("rb") as stored:
        assert stored.read() == b"not a picture"
