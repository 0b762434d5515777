"""Checks every uploaded image passes, whichever way it comes in.

They are validators on the model fields, so the admin, importers and the shell
all get them, not only one form.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.deconstruct import deconstructible
from PIL import Image, UnidentifiedImageError

ACCEPTED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}


@deconstructible
class ImageFileValidator:
    """Refuse non-images, SVG, truncated files, oversized files and bombs."""

    def __call__(self, file):
        max_bytes = settings.NEWSDESK_MAX_IMAGE_BYTES
        if file.size > max_bytes:
            raise ValidationError(
                "The image is %(size)s; the limit is %(limit)s.",
                code="image_too_large",
                params={
                    "size": filesizeformat(file.size),
                    "limit": filesizeformat(max_bytes),
                },
            )
        position = file.tell() if hasattr(file, "tell") else 0
        try:
            file.seek(0)
            self._check_bitmap(file)
        finally:
            file.seek(position)

    def _check_bitmap(self, file):
        max_pixels = settings.NEWSDESK_MAX_IMAGE_PIXELS
        try:
            with Image.open(file) as image:
                image_format, (width, height) = image.format, image.size
                if image_format not in ACCEPTED_FORMATS:
                    raise ValidationError(
                        "Upload a JPEG, PNG, WebP or GIF image; this file is %(kind)s.",
                        code="image_format",
                        params={"kind": image_format or "of an unknown kind"},
                    )
                if width * height > max_pixels:
                    raise ValidationError(
                        "The image is %(width)s x %(height)s pixels; the limit is "
                        "%(limit)s megapixels.",
                        code="image_too_many_pixels",
                        params={
                            "width": width,
                            "height": height,
                            "limit": max_pixels // 1_000_000,
                        },
                    )
                # Decoding every pixel is what finds a truncated file.
                image.load()
        except ValidationError:
            raise
        except Image.DecompressionBombError as error:
            # Pillow refuses to open what is far past any limit of ours.
            raise ValidationError(
                "The image is far over the limit of %(limit)s megapixels.",
                code="image_too_many_pixels",
                params={"limit": max_pixels // 1_000_000},
            ) from error
        except UnidentifiedImageError as error:
            raise ValidationError(
                "This file is not an image that can be read.", code="not_an_image"
            ) from error
        except (OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                "The image is damaged or incomplete (%(reason)s).",
                code="image_damaged",
                params={"reason": error},
            ) from error

    def __eq__(self, other):
        return isinstance(other, ImageFileValidator)


validate_image_file = ImageFileValidator()
