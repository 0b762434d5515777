"""Smaller copies of stored images, made once and kept beside the original.

A rendition's name is derived from its source's name and byte size, so a page
finds it with a storage lookup and no database row: `drill.jpg` (123456 bytes)
at 800 pixels wide is `renditions/articles/2026/07/drill-ab12cd34-800.webp`.
"""

import hashlib
import io
import logging
import posixpath
from dataclasses import dataclass

from django.core.files.base import ContentFile
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

WIDTHS = (480, 800, 1200)
# WebP for browsers that take it; JPEG for the rest, so no reader gets nothing.
FORMATS = {
    "webp": {"format": "WEBP", "quality": 80, "method": 4},
    "jpg": {"format": "JPEG", "quality": 82, "optimize": True, "progressive": True},
}
# Renditions keep only the first frame, which would freeze an animation.
ANIMATABLE_EXTENSIONS = {".gif"}


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int
    extension: str


def rendition_widths(source_width):
    """The widths to offer, never wider than the source: no upscaling."""
    widest = min(source_width, WIDTHS[-1])
    return [*(width for width in WIDTHS if width < widest), widest]


def rendition_name(source_name, source_bytes, width, extension):
    folder, filename = posixpath.split(source_name)
    stem = posixpath.splitext(filename)[0]
    # A different file stored under an old name gets renditions of its own.
    digest = hashlib.sha256(f"{source_name}:{source_bytes}".encode()).hexdigest()
    filename = f"{stem}-{digest[:8]}-{width}.{extension}"
    return posixpath.join("renditions", folder, filename)


def planned_renditions(source_name, source_bytes, source_width):
    return [
        Rendition(rendition_name(source_name, source_bytes, width, ext), width, ext)
        for ext in FORMATS
        for width in rendition_widths(source_width)
    ]


def can_have_renditions(source_name):
    extension = posixpath.splitext(source_name)[1].lower()
    return extension not in ANIMATABLE_EXTENSIONS


def ensure_renditions(storage, source_name, source_width):
    """Return the renditions of a stored image, making any that are missing."""
    source_bytes = storage.size(source_name)
    renditions = planned_renditions(source_name, source_bytes, source_width)
    missing = [item for item in renditions if not storage.exists(item.name)]
    if missing:
        write_renditions(storage, source_name, missing)
    return renditions


def write_renditions(storage, source_name, renditions):
    widest = max(rendition.width for rendition in renditions)
    with storage.open(source_name, "rb") as source, Image.open(source) as image:
        # A JPEG decodes at a fraction of its size when that is still wide enough.
        image.draft(None, (widest, widest))
        # Images stored before uploads were normalised may still lie on their side.
        upright = ImageOps.exif_transpose(image)
        for rendition in renditions:
            content = ContentFile(encode(upright, rendition))
            store_once(storage, rendition.name, content)
            logger.info("Made rendition %s", rendition.name)


def encode(image, rendition):
    height = max(1, round(image.height * rendition.width / image.width))
    resized = image.resize((rendition.width, height), Image.Resampling.LANCZOS)
    options = FORMATS[rendition.extension]
    # A profile only describes the colours of the mode it was made for.
    is_rgb = image.mode in ("RGB", "RGBA")
    icc_profile = image.info.get("icc_profile") if is_rgb else None
    resized = in_mode_for(resized, options["format"])
    buffer = io.BytesIO()
    resized.save(buffer, **options, icc_profile=icc_profile)
    return buffer.getvalue()


def in_mode_for(image, image_format):
    if image_format == "JPEG":
        return flattened(image) if has_transparency(image) else image.convert("RGB")
    if image.mode in ("RGB", "RGBA"):
        return image
    return image.convert("RGBA" if has_transparency(image) else "RGB")


def has_transparency(image):
    return image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info


def flattened(image):
    """JPEG has no transparency: lay the image on white, as the page behind it."""
    rgba = image.convert("RGBA")
    background = Image.new("RGB", rgba.size, "white")
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background


def store_once(storage, name, content):
    saved_name = storage.save(name, content)
    if saved_name != name:
        # Another request made the same rendition at the same moment; keep theirs.
        storage.delete(saved_name)
