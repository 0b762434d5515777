"""What happens to an uploaded image once, when it is first stored."""

import io
import logging
import struct

from django.core.files.base import ContentFile
from PIL import Image, ImageOps, UnidentifiedImageError

from images.renditions import can_have_renditions, ensure_renditions

logger = logging.getLogger(__name__)

# Re-encoding loses a little; this keeps the loss below what readers can see.
REENCODE_QUALITY = 92
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Text chunks carry captions, software, authors and XMP (which can hold GPS);
# eXIf can hold GPS itself; tIME tells when the picture was last edited.
PNG_METADATA_CHUNKS = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def normalise_upload(field_file):
    """Store a new upload upright and without metadata, then make its renditions.

    Call it from the model's save(): the file is stored here, so the width and
    height fields describe the stored picture, turned the right way up.
    """
    if not is_new_upload(field_file):
        return
    original = read_all(field_file)
    cleaned = without_metadata(original)
    # Django reads the width and height fields from this content, which it
    # only does for content with a name.
    content = ContentFile(cleaned or original, name=field_file.name)
    field_file.save(field_file.name, content, save=False)
    stored = getattr(field_file.instance, field_file.field.attname)
    make_renditions_now(stored)


def is_new_upload(field_file):
    return bool(field_file) and getattr(field_file, "_committed", True) is False


def read_all(field_file):
    field_file.seek(0)
    return field_file.read()


def without_metadata(data):
    """The image upright with EXIF, XMP and text removed, or None to keep it as is."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format == "PNG":
                return png_without_text(data)
            if image.format in ("JPEG", "WEBP") and not getattr(
                image, "is_animated", False
            ):
                return upright_reencoded(image) if has_metadata(image) else None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        # Validators refuse what Pillow cannot read; a path without them (the
        # shell) still stores the file rather than failing the save.
        logger.warning("Stored an image without normalising it: %s", error)
    return None


def has_metadata(image):
    return bool(image.getexif() or image.info.get("xmp") or image.info.get("comment"))


def upright_reencoded(image):
    upright = ImageOps.exif_transpose(image)
    icc_profile = image.info.get("icc_profile")
    # Nothing of the camera's record survives but the colour profile.
    upright.info = {}
    buffer = io.BytesIO()
    upright.save(
        buffer,
        format=image.format,
        quality=REENCODE_QUALITY,
        icc_profile=icc_profile,
    )
    return buffer.getvalue()


def png_without_text(data):
    """Drop PNG metadata chunks; the pixels are copied byte for byte."""
    if not data.startswith(PNG_SIGNATURE):
        return None
    kept, position = [PNG_SIGNATURE], len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        chunk_type = data[position + 4 : position + 8]
        end = position + 12 + length
        if chunk_type not in PNG_METADATA_CHUNKS:
            kept.append(data[position:end])
        position = end
    return b"".join(kept)


def make_renditions_now(field_file):
    """Make renditions while the upload is at hand, so no reader waits for them.

    If this fails, the picture tag makes whatever is missing on first view.
    """
    width = field_file.width
    if not width or not can_have_renditions(field_file.name):
        return
    try:
        ensure_renditions(field_file.storage, field_file.name, width)
    except (OSError, ValueError, Image.DecompressionBombError) as error:
        logger.warning("Could not make renditions of %s: %s", field_file.name, error)
