"""Uploads are checked with Pillow before anything else happens to them."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from people.models import Author
from people.validators import validate_image_file
from tests.factories import image_upload
from tests.images.pictures import png_header_claiming, png_with_text

BOMB_FILTER = "ignore::PIL.Image.DecompressionBombWarning"


def upload(content, name="upload.png"):
    return SimpleUploadedFile(name, content, content_type="image/png")


def test_the_bomb_is_small_and_claims_a_hundred_megapixels():
    bomb = png_header_claiming(10_000, 10_000)
    assert len(bomb) < 100


@pytest.mark.filterwarnings(BOMB_FILTER)
def test_refuses_a_header_claiming_more_pixels_than_the_limit():
    with pytest.raises(ValidationError) as refusal:
        validate_image_file(upload(png_header_claiming(10_000, 10_000)))

    assert refusal.value.messages == [
        "The image is 10000 x 10000 pixels; the limit is 40 megapixels."
    ]


def test_refuses_a_header_pillow_will_not_even_open():
    """Past twice Pillow's own limit, opening fails; the reader still hears why."""
    with pytest.raises(ValidationError) as refusal:
        validate_image_file(upload(png_header_claiming(30_000, 30_000)))

    assert refusal.value.messages == [
        "The image is far over the limit of 40 megapixels."
    ]
    assert refusal.value.error_list[0].code == "image_too_many_pixels"


def test_refuses_a_long_thin_bomb():
    with pytest.raises(ValidationError, match="1 x 50000000 pixels"):
        validate_image_file(upload(png_header_claiming(1, 50_000_000)))


def test_leaves_the_file_where_it_was_read_from():
    photo = png_with_text()
    photo.seek(5)

    validate_image_file(photo)

    assert photo.tell() == 5


def test_accepts_an_image_at_the_pixel_limit(settings):
    settings.NEWSDESK_MAX_IMAGE_PIXELS = 64 * 48
    validate_image_file(image_upload(size=(64, 48)))


@pytest.mark.django_db
@pytest.mark.filterwarnings(BOMB_FILTER)
def test_admin_shows_why_an_upload_is_refused(chief_client):
    response = chief_client.post(
        reverse("admin:people_author_add"),
        {
            "name": "Ana Ruiz",
            "slug": "ana-ruiz",
            "bio": "",
            "photo": upload(png_header_claiming(10_000, 10_000), "ana.png"),
        },
    )

    assert response.status_code == 200
    assert "photo" in response.context["adminform"].form.errors
    assert (
        "The image is 10000 x 10000 pixels; the limit is 40 megapixels."
        in response.content.decode()
    )
    assert not Author.objects.exists()


@pytest.mark.django_db
def test_admin_refuses_a_text_file_posing_as_a_photo(chief_client):
    response = chief_client.post(
        reverse("admin:people_author_add"),
        {"name": "Ana Ruiz", "slug": "ana-ruiz", "photo": upload(b"not a picture")},
    )

    assert response.status_code == 200
    assert "photo" in response.context["adminform"].form.errors
    assert not Author.objects.exists()
