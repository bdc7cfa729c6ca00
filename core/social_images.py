"""The picture a shared link shows: a 1200×630 rendition of a content image,
the size Facebook, WhatsApp, Telegram and X crop previews to.

A rendition is drawn the first time a page that needs it is rendered and
kept in the media storage under a name derived from the original's name.
Uploads get random names (core.uploads), so a replaced image gets a
new rendition instead of a stale one.
"""

import hashlib
import io
import logging

from django.core.cache import cache, caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

SIZE = (1200, 630)
FOLDER = "renditions/social"
# Logos and emblems are shown whole on a white card; photos fill the frame.
FITS = {"cover", "contain"}
# What a rendition is made of, for the name: a change here makes new files.
VERSION = "1"
MEMO_SECONDS = 24 * 60 * 60


def rendition_url(image, *, fit="cover"):
    """The URL of the social rendition of ``image`` (a FieldFile), drawn if
    it does not exist yet; ``None`` when there is no usable image."""
    if fit not in FITS:
        raise ValueError(f"fit must be one of {sorted(FITS)}")
    if not image:
        return None
    # A model may say where the subject of its pictures is (``focal_point``,
    # fractions across and down): crops keep it in view.
    centering = getattr(image.instance, "focal_point", (0.5, 0.5))
    digest = hashlib.sha256(
        f"{VERSION}:{fit}:{centering}:{image.name}".encode()
    ).hexdigest()
    name = f"{FOLDER}/{digest[:32]}.jpg"
    # Known to exist: no storage call (a request to S3) on every page view.
    # The name says what the file holds, so a process may keep what it
    # learnt from the shared cache without asking it again on every page.
    memo_key = f"social-image:{digest}"
    known_here = caches["fragments"]
    if known_here.get(memo_key):
        return default_storage.url(name)
    if cache.get(memo_key):
        known_here.set(memo_key, True, MEMO_SECONDS)
        return default_storage.url(name)
    if not default_storage.exists(name):
        try:
            content = _draw(image, fit, centering)
        except (OSError, ValueError, Image.DecompressionBombError):
            # A missing or damaged original must not break the page.
            logger.warning("No social image for %s", image.name, exc_info=True)
            return None
        name = default_storage.save(name, ContentFile(content))
    cache.set(memo_key, True, MEMO_SECONDS)
    known_here.set(memo_key, True, MEMO_SECONDS)
    return default_storage.url(name)


def _draw(image, fit, centering=(0.5, 0.5)):
    with image.open("rb") as source, Image.open(source) as original:
        original = ImageOps.exif_transpose(original)
        if fit == "cover":
            picture = ImageOps.fit(
                original.convert("RGB"),
                SIZE,
                Image.Resampling.LANCZOS,
                centering=centering,
            )
        else:
            picture = Image.new("RGB", SIZE, (255, 255, 255))
            emblem = original.convert("RGBA")
            emblem.thumbnail(
                (SIZE[0] * 2 // 3, SIZE[1] * 2 // 3), Image.Resampling.LANCZOS
            )
            offset = ((SIZE[0] - emblem.width) // 2, (SIZE[1] - emblem.height) // 2)
            picture.paste(emblem, offset, emblem)
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()
