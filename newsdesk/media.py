"""Uploaded images, served by the app itself when debug is off.

Good enough for one machine. In production put a real web server (nginx) or
S3 with a CDN in front of /media/ (docs/deploy.md); this view is the fallback.
It serves only files that are images of a checked kind, with the Content-Type
of the format Pillow finds in the file, never one guessed from its name.
"""

import posixpath
from pathlib import Path

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import FileResponse, Http404
from django.urls import path
from django.utils._os import safe_join
from django.utils.http import http_date
from django.views.decorators.http import require_safe
from PIL import Image, UnidentifiedImageError

from people.validators import ACCEPTED_FORMATS

CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "GIF": "image/gif",
}
EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp", ".gif"}


@require_safe
def serve_image(request, name):
    if posixpath.splitext(name)[1].lower() not in EXTENSIONS:
        raise Http404("Not an image.")
    try:
        file_path = Path(safe_join(settings.MEDIA_ROOT, name))
    except (SuspiciousFileOperation, ValueError):  # it climbs out of MEDIA_ROOT
        raise Http404("No such image.") from None
    if not file_path.is_file():
        raise Http404("No such image.")
    image_format = image_format_of(file_path)
    if image_format not in ACCEPTED_FORMATS or image_format not in CONTENT_TYPES:
        raise Http404("Not an image of an accepted kind.")
    response = FileResponse(
        file_path.open("rb"), content_type=CONTENT_TYPES[image_format]
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Last-Modified"] = http_date(file_path.stat().st_mtime)
    response["Cache-Control"] = "public, max-age=86400"
    return response


def image_format_of(file_path):
    """The format in the file's header (Pillow reads no pixels here)."""
    try:
        with Image.open(file_path) as image:
            return image.format
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError):
        return None


urlpatterns = [
    path(f"{settings.MEDIA_URL.lstrip('/')}<path:name>", serve_image, name="media"),
]
