"""Image files built in memory for the image tests."""

import functools
import io
import struct
import zlib

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image, ImageCms

ORIENTATION = ExifTags.Base.Orientation
GPS = ExifTags.IFD.GPSInfo


def png_header_claiming(width, height):
    """A valid-looking PNG of a few bytes whose header claims width x height.

    Pillow reads the size from the header without decoding a pixel, so this is
    a decompression bomb that costs nothing to build or to refuse.
    """

    def chunk(kind, data):
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def phone_photo_exif():
    """What a phone writes: held upright (Orientation 6) and where it was."""
    exif = Image.Exif()
    exif[ORIENTATION] = 6
    exif[ExifTags.Base.Make] = "Phone"
    exif.get_ifd(GPS).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (52.0, 22.0, 31.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (4.0, 53.0, 58.0),
        }
    )
    return exif


@functools.cache
def srgb_profile():
    # Made once: lcms stamps a profile with the second it was created, so two
    # made a second apart differ and a comparison would fail by the clock.
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def phone_photo(name="drill.jpg", size=(300, 200), image_format="JPEG"):
    """A landscape-stored photo that a phone says to show turned upright."""
    buffer = io.BytesIO()
    Image.new("RGB", size, "#2f5d8a").save(
        buffer, image_format, exif=phone_photo_exif(), icc_profile=srgb_profile()
    )
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def png_with_text(name="chart.png"):
    from PIL.PngImagePlugin import PngInfo

    text = PngInfo()
    text.add_text("Author", "Desk photographer")
    text.add_itxt("XML:com.adobe.xmp", "<x:xmpmeta>GPS 52N 4E</x:xmpmeta>")
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "#8a1c1c").save(buffer, "PNG", pnginfo=text)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def stored_image(field_file):
    field_file.open("rb")
    try:
        image = Image.open(io.BytesIO(field_file.read()))
        image.load()
        return image
    finally:
        field_file.close()


def transparent_png(name="badge.png", size=(500, 500)):
    buffer = io.BytesIO()
    Image.new("RGBA", size, (0, 0, 0, 0)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")
