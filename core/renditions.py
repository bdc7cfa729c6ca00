"""Responsive image renditions: each photo in a few widths, as WebP and JPEG.

A browser picks the smallest file that fills the space on its screen
(``srcset`` and ``sizes``), WebP where it can and JPEG where it cannot
(``<picture>``). The files are made once, with Pillow, and kept in the
same storage as the original (the local media folder or S3), next to it,
under names derived from the original's: ``articles/ab12.jpg`` gives
``articles/ab12.640w.webp`` and ``articles/ab12.640w.jpg``. Upload names
are random and never reused, so a name always means the same picture.

They are made by a task queued when the object is saved (after the
commit), or at the latest when a page first shows the image;
``manage.py make_renditions`` makes them all, for images that existed
before. What is known about an image (its size, the widths made) is kept
in the cache, and the finished addresses in the process, so showing it
costs no file access and no SQL.
"""

import io
import logging
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.apps import apps
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db.models.signals import post_save
from django.dispatch import receiver
from django_tasks import task
from PIL import Image, ImageOps

from core.tasks import enqueue_on_commit

logger = logging.getLogger(__name__)

# Widths in CSS pixels wide enough for a phone, a card in the grid, the
# article column, and the article column on a high-density screen.
WIDTHS = (320, 640, 960, 1280)
FORMATS = {
    # suffix: (Pillow format, MIME type, encoder options)
    "webp": ("WEBP", "image/webp", {"quality": 80, "method": 4}),
    "jpg": ("JPEG", "image/jpeg", {"quality": 82, "optimize": True}),
}
# Bump to make every rendition again (new widths or encoder settings).
VERSION = 1
_MEMO_SIZE = 4096
_memo = OrderedDict()


@dataclass(frozen=True)
class ResponsiveImage:
    """What a ``<picture>`` needs: the size of the widest rendition (for the
    ``width`` and ``height`` attributes), a ``srcset`` per format and a
    JPEG for browsers that know none of it."""

    width: int
    height: int
    srcsets: dict
    fallback_url: str


def rendition_name(name, width, suffix):
    path = PurePosixPath(name)
    return str(path.with_name(f"{path.stem}.{width}w.{suffix}"))


def responsive_image(field_file):
    """The renditions of an image field's file, made if missing; None when
    the file is missing or not an image (the caller shows the original)."""
    if not field_file:
        return None
    storage, name = field_file.storage, field_file.name
    key = _key(name)
    if (image := _memo.get(key)) is not None:
        _memo.move_to_end(key)
        return image
    info = cache.get(key)
    if info is None:
        try:
            info = _make_renditions(storage, name)
        except (OSError, SyntaxError, ValueError, Image.DecompressionBombError):
            logger.warning("No renditions for %s", name, exc_info=True)
            return None
        cache.set(key, info, timeout=None)
    width, height, widths = info
    urls = {
        suffix: [(storage.url(rendition_name(name, w, suffix)), w) for w in widths]
        for suffix in FORMATS
    }
    image = ResponsiveImage(
        width=width,
        height=height,
        srcsets={
            suffix: ", ".join(f"{url} {w}w" for url, w in pairs)
            for suffix, pairs in urls.items()
        },
        # The JPEG closest to 960 pixels wide.
        fallback_url=min(urls["jpg"], key=lambda pair: abs(pair[1] - 960))[0],
    )
    _remember(key, image)
    return image


def _key(name):
    return f"renditions:{VERSION}:{name}"


def _remember(key, image):
    _memo[key] = image
    while len(_memo) > _MEMO_SIZE:
        _memo.popitem(last=False)


def _make_renditions(storage, name):
    """Make the renditions that do not exist yet; return the image's size
    (upright, as shown) and the widths made."""
    with storage.open(name, "rb") as original:
        image = Image.open(original)
        # A JPEG can be decoded at a half, a quarter or an eighth of its
        # size at once: much faster for camera photos, and never smaller
        # than the widest rendition.
        image.draft("RGB", (WIDTHS[-1], WIDTHS[-1]))
        image = ImageOps.exif_transpose(image)
        widths = [w for w in WIDTHS if w < image.width]
        widths.append(min(image.width, WIDTHS[-1]))
        for target in widths:
            missing = [
                suffix
                for suffix in FORMATS
                if not storage.exists(rendition_name(name, target, suffix))
            ]
            if missing:
                resized = _resize(image, target)
                for suffix in missing:
                    _save(
                        storage, rendition_name(name, target, suffix), resized, suffix
                    )
        widest = widths[-1]
        return widest, max(1, round(image.height * widest / image.width)), widths


def _resize(image, width):
    if image.width == width:
        return image.copy()
    height = max(1, round(image.height * width / image.width))
    return image.resize((width, height), Image.Resampling.LANCZOS)


def _save(storage, name, image, suffix):
    image_format, _mime, options = FORMATS[suffix]
    if image_format == "JPEG" and image.mode != "RGB":
        # JPEG has no transparency: lay the picture on white.
        rgba = image.convert("RGBA")
        image = Image.new("RGB", rgba.size, "white")
        image.paste(rgba, mask=rgba.getchannel("A"))
    elif image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    buffer = io.BytesIO()
    image.save(buffer, format=image_format, **options)
    saved = storage.save(name, ContentFile(buffer.getvalue()))
    if saved != name:
        # Another process made the same file a moment earlier; the storage
        # kept both under different names. Keep the one under our name.
        storage.delete(saved)


@task()
def renditions_make(model_label, field_name, name):
    """Make the renditions of the file ``name`` of an image field, in the
    worker, so that the save that uploaded it returns at once."""
    field = apps.get_model(model_label)._meta.get_field(field_name)
    image = responsive_image(field.attr_class(None, field, name))
    return image is not None


@receiver(post_save, dispatch_uid="renditions_on_save")
def _make_on_save(sender, instance, **kwargs):
    # A model names the image fields its pages show with renditions; they
    # are made eagerly when it is saved.
    for field_name in getattr(sender, "responsive_image_fields", ()):
        field_file = getattr(instance, field_name)
        if not field_file:
            continue
        # An image whose renditions are known (a save that kept it) needs
        # no task.
        key = _key(field_file.name)
        if key in _memo or cache.get(key) is not None:
            continue
        # After the commit, so a rolled-back upload makes no files.
        enqueue_on_commit(
            renditions_make, sender._meta.label, field_name, field_file.name
        )
