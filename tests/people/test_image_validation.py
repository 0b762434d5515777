"""Image checks run on the model field, so every path in gets them."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from people.validators import validate_image_file
from tests.factories import image_upload


def encoded(size=(64, 48), image_format="PNG"):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#1f4e79").save(buffer, image_format)
    return buffer.getvalue()


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_accepts_ordinary_images(image_format):
    validate_image_file(image_upload(image_format=image_format))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some text", "not an image"),
        (
            b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
            "not an image",
        ),
        (encoded(image_format="PNG")[:-40], "damaged or incomplete"),
        (encoded(image_format="BMP"), "JPEG, PNG, WebP or GIF"),
    ],
    ids=["text", "svg", "truncated", "bmp"],
)
def test_refuses_what_is_not_a_sound_web_image(content, message):
    with pytest.raises(ValidationError, match=message):
        validate_image_file(SimpleUploadedFile("upload.png", content))


def test_refuses_decompression_bombs(settings):
    settings.NEWSDESK_MAX_IMAGE_PIXELS = 1000
    with pytest.raises(ValidationError, match="megapixels"):
        validate_image_file(SimpleUploadedFile("big.png", encoded(size=(100, 100))))


def test_refuses_files_over_the_size_limit(settings):
    settings.NEWSDESK_MAX_IMAGE_BYTES = 100
    with pytest.raises(ValidationError, match="the limit is 100"):
        validate_image_file(SimpleUploadedFile("big.png", encoded()))
