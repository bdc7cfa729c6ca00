"""Checking and cleaning every uploaded image, from the public or from staff.

An upload is trusted for nothing it says about itself: not its name, not its
declared type. It is opened with Pillow restricted to the formats we accept,
its size and pixel count are checked from the header before any pixel is
decoded (so a "decompression bomb" costs nothing), it is decoded completely
to prove it is whole, and it is encoded again from the pixels alone, which
drops EXIF (GPS positions, camera serial numbers), XMP, comments and anything
hidden after the image data.

Every image field of our models is a ``CleanImageField``, so no path (the
admin, the public form, a command, the shell) stores an image otherwise: the
stored files are public.
"""

import io

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
DEFAULT_MAX_PIXELS = 25_000_000
# Staff upload camera photos: up to a 48-megapixel phone's, in a file that
# fits under nginx's limit on a request (client_max_body_size 12m).
PHOTO_MAX_BYTES = 10 * 1024 * 1024
PHOTO_MAX_PIXELS = 50_000_000
# Pillow format name -> file suffix of the cleaned copy.
ACCEPTED_FORMATS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp"}

MESSAGES = {
    "too_large": _(
        "The file is %(size)s MB; the largest file accepted is %(limit)s MB. "
        "Please choose a smaller image."
    ),
    "not_an_image": _(
        "This file is not a PNG, JPEG or WebP image. Other files, such as SVG "
        "drawings or PDF documents, are not accepted, even when renamed."
    ),
    "too_many_pixels": _(
        "The image has too many pixels. Please send an image of at most "
        "%(limit)s megapixels (for example %(example)s pixels)."
    ),
    "damaged": _(
        "The image file is damaged or incomplete. Please save it again and "
        "choose the new file."
    ),
}


def clean_uploaded_image(
    upload,
    *,
    max_bytes=DEFAULT_MAX_BYTES,
    max_pixels=DEFAULT_MAX_PIXELS,
    max_side=None,
    formats=tuple(ACCEPTED_FORMATS),
):
    """Return a new, clean copy of the uploaded image as a ``ContentFile``
    named ``image.<suffix>``, or raise ``ValidationError`` with a message a
    member of the public understands.

    ``max_side`` shrinks larger images (keeping proportions) while they are
    encoded again; logos do not need the resolution of a camera.
    """
    size = getattr(upload, "size", None)
    if size is None or size > max_bytes:
        raise ValidationError(
            MESSAGES["too_large"],
            code="too_large",
            params={
                "size": _megabytes(size or 0),
                "limit": _megabytes(max_bytes),
            },
        )

    upload.seek(0)
    image = _open(upload, formats, max_pixels)
    # Image.open reads only the header: huge images are refused before a
    # single pixel is decoded.
    width, height = image.size
    if width * height > max_pixels:
        raise _too_many_pixels(max_pixels)
    try:
        # verify() checks the structure (chunk checksums, markers) but
        # leaves the image unusable, so it is opened again to decode it.
        image.verify()
        upload.seek(0)
        image = _open(upload, formats, max_pixels)
        image.load()
    except (OSError, SyntaxError, ValueError):
        raise ValidationError(MESSAGES["damaged"], code="damaged") from None

    return _encode_clean(image, max_side)


def _open(upload, formats, max_pixels):
    try:
        return Image.open(upload, formats=formats)
    except Image.DecompressionBombError:
        # Pillow's own guard (far above our limit) fired while reading the
        # header.
        raise _too_many_pixels(max_pixels) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise ValidationError(MESSAGES["not_an_image"], code="not_an_image") from None


def _too_many_pixels(max_pixels):
    side = int((max_pixels) ** 0.5)
    return ValidationError(
        MESSAGES["too_many_pixels"],
        code="too_many_pixels",
        params={
            "limit": max_pixels // 1_000_000,
            "example": f"{side:,} × {side:,}",
        },
    )


def _encode_clean(image, max_side):
    image_format = image.format
    icc_profile = image.info.get("icc_profile")
    # Turn the picture upright before EXIF (and its orientation tag) is
    # dropped, or photos taken sideways would come out sideways.
    try:
        clean = ImageOps.exif_transpose(image)
    except (OSError, SyntaxError, TypeError, ValueError):
        clean = None  # unreadable EXIF: keep the pixels as they are
    if clean is None or clean is image:
        clean = image.copy()
    # A palette's transparent colour lives in the metadata that is about to
    # be dropped: carry it in an alpha channel instead.
    if "transparency" in clean.info or (max_side and clean.mode == "P"):
        clean = clean.convert("RGBA")
    # Nothing from the original file's metadata travels with the pixels.
    clean.info = {}
    if max_side and max(clean.size) > max_side:
        clean.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)

    options = {}
    if icc_profile:
        # The colour profile is kept: it holds no personal data, and without
        # it some logos would change colour.
        options["icc_profile"] = icc_profile
    if image_format == "JPEG":
        if clean.mode not in {"L", "RGB", "CMYK"}:
            clean = clean.convert("RGB")
        options.update(quality=90, optimize=True)
    elif image_format == "WEBP":
        options.update(quality=90)

    buffer = io.BytesIO()
    clean.save(buffer, format=image_format, **options)
    return CleanImage(buffer.getvalue(), name=f"image.{ACCEPTED_FORMATS[image_format]}")


def _megabytes(size):
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0")


class CleanImage(ContentFile):
    """An image ``clean_uploaded_image`` encoded again: stored as it is."""


class CleanImageFormField(forms.FileField):
    """An image upload, cleaned while the form is validated, so that a file
    that is not a whole PNG, JPEG or WebP gets a message on its field."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is None:
            return None
        return clean_uploaded_image(
            upload, max_bytes=PHOTO_MAX_BYTES, max_pixels=PHOTO_MAX_PIXELS
        )

    def widget_attrs(self, widget):
        attrs = super().widget_attrs(widget)
        if isinstance(widget, forms.FileInput) and "accept" not in widget.attrs:
            attrs["accept"] = "image/png,image/jpeg,image/webp"
        return attrs


class CleanImageFieldFile(ImageFieldFile):
    def save(self, name, content, save=True):
        # Every new file passes here: assigned and saved with the model
        # (FileField.pre_save calls this) or saved through the field.
        if not isinstance(content, CleanImage):
            content = clean_uploaded_image(
                content, max_bytes=PHOTO_MAX_BYTES, max_pixels=PHOTO_MAX_PIXELS
            )
        # The clean copy's name gives the suffix of its real format; the
        # upload's own name may hold personal data, or lie.
        super().save(content.name, content, save)


class CleanImageField(models.ImageField):
    """An ``ImageField`` that stores every new file encoded again without
    its metadata (``clean_uploaded_image``), however it was assigned."""

    attr_class = CleanImageFieldFile

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CleanImageFormField, **kwargs})
