"""Pictures for tests, made with Pillow: one helper instead of one per
module."""

import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

CONTENT_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}


def image_bytes(
    size=(120, 80), image_format="PNG", color=(11, 92, 122), mode="RGB", **save_options
):
    """The bytes of a plain image of ``size`` in ``image_format``."""
    if mode == "RGBA" and len(color) == 3:
        color = (*color, 128)
    buffer = io.BytesIO()
    Image.new(mode, size, color).save(buffer, image_format, **save_options)
    return buffer.getvalue()


def image_file(name="image.png", **options):
    """An image to save into a model's image field."""
    return ContentFile(image_bytes(**options), name=name)


def image_upload(name="logo.png", **options):
    """An image as a browser uploads it through a form."""
    image_format = options.get("image_format", "PNG")
    return SimpleUploadedFile(name, image_bytes(**options), CONTENT_TYPES[image_format])
