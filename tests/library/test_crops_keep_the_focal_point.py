"""A photo cropped for shared links (1200×630) keeps in view the point
staff marked as its subject."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage

from core.social_images import rendition_url
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


def _tall_two_colour_png():
    """A portrait picture: red on top, blue below."""
    picture = PillowImage.new("RGB", (600, 1200), (200, 0, 0))
    picture.paste((0, 0, 200), (0, 600, 600, 1200))
    buffer = io.BytesIO()
    picture.save(buffer, "PNG")
    return SimpleUploadedFile("tall.png", buffer.getvalue(), "image/png")


def _centre_colour(url):
    name = url.removeprefix(default_storage.base_url)
    with default_storage.open(name) as stored, PillowImage.open(stored) as crop:
        return crop.convert("RGB").getpixel((crop.width // 2, crop.height // 2))


def test_the_crop_follows_the_focal_point():
    top = ImageFactory(file=_tall_two_colour_png(), focal_y=0)
    bottom = ImageFactory(file=_tall_two_colour_png(), focal_y=100)

    red, _green, blue = _centre_colour(rendition_url(top.file))
    assert red > 150 and blue < 50
    red, _green, blue = _centre_colour(rendition_url(bottom.file))
    assert blue > 150 and red < 50


def test_moving_the_focal_point_makes_a_new_crop():
    image = ImageFactory(file=_tall_two_colour_png(), focal_y=0)
    first = rendition_url(image.file)

    image.focal_y = 100
    image.save()

    assert rendition_url(image.file) != first
