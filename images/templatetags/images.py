"""{% picture %}: a stored image as a responsive <picture>, WebP first."""

import logging

from django import template

from images.renditions import can_have_renditions, ensure_renditions

logger = logging.getLogger(__name__)
register = template.Library()


@register.inclusion_tag("includes/picture.html")
def picture(
    image,
    *,
    alt="",
    sizes="100vw",
    width=None,
    height=None,
    loading="lazy",
    **attributes,
):
    """Render `image` (an ImageField's file) with WebP and JPEG renditions.

    `width` and `height` default to the picture's own size, which reserves its
    space before it loads; pass them to say the size it is shown at instead.
    Use loading="eager" only above the fold. Needs no database query.
    """
    css_class = attributes.pop("class", "")
    if attributes:
        raise TypeError(f"picture does not take {', '.join(attributes)}")
    if not image:
        return {}
    source_width, source_height = intrinsic_size(image)
    renditions = renditions_or_none(image, source_width)
    return {
        "src": image.url,
        "alt": alt,
        "sizes": sizes,
        "width": width or source_width,
        "height": height or source_height,
        "loading": loading,
        "css_class": css_class,
        "webp_srcset": srcset(image.storage, renditions, "webp"),
        "jpeg_srcset": srcset(image.storage, renditions, "jpg"),
    }


def intrinsic_size(image):
    """The stored width and height fields if the model has them, else the file's."""
    field = image.field
    if field.width_field and field.height_field:
        return (
            getattr(image.instance, field.width_field),
            getattr(image.instance, field.height_field),
        )
    try:
        return image.width, image.height
    except Exception as error:
        # As in renditions_or_none: a missing file shows without a size.
        logger.warning("Could not read the size of %s: %s", image.name, error)
        return None, None


def renditions_or_none(image, source_width):
    """The renditions of `image`, or None to show the original as it is."""
    if not source_width or not can_have_renditions(image.name):
        return None
    try:
        return ensure_renditions(image.storage, image.name, source_width)
    except Exception as error:
        # A missing or unreadable file must not take the page down with it;
        # storages raise their own errors, so none is named here.
        logger.warning("Showing %s without renditions: %s", image.name, error)
        return None


def srcset(storage, renditions, extension):
    return ", ".join(
        f"{storage.url(item.name)} {item.width}w"
        for item in renditions or ()
        if item.extension == extension
    )
