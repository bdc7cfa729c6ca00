"""core.images: what an uploaded image becomes once cleaned."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from core.images import clean_uploaded_image


def _upload(image, image_format, name="upload", **options):
    buffer = io.BytesIO()
    image.save(buffer, image_format, **options)
    return SimpleUploadedFile(name, buffer.getvalue())


def _open(cleaned):
    return Image.open(io.BytesIO(cleaned.read()))


@pytest.mark.parametrize(
    ("image_format", "suffix"), [("PNG", "png"), ("JPEG", "jpg"), ("WEBP", "webp")]
)
def test_each_accepted_format_is_encoded_again_in_the_same_format(image_format, suffix):
    cleaned = clean_uploaded_image(
        _upload(Image.new("RGB", (30, 20), "navy"), image_format)
    )

    assert cleaned.name == f"image.{suffix}"
    assert _open(cleaned).format == image_format


def test_a_gif_is_not_accepted():
    with pytest.raises(ValidationError) as error:
        clean_uploaded_image(_upload(Image.new("P", (10, 10)), "GIF"))

    assert error.value.code == "not_an_image"


def test_a_photo_taken_sideways_comes_out_upright():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    upload = _upload(Image.new("RGB", (40, 20)), "JPEG", exif=exif)

    cleaned = _open(clean_uploaded_image(upload))

    assert cleaned.size == (20, 40)
    assert 0x0112 not in cleaned.getexif()


def test_a_transparent_palette_png_stays_transparent():
    image = Image.new("P", (10, 10), 0)
    image.putpalette([255, 255, 255, 200, 0, 0])
    upload = _upload(image, "PNG", transparency=0)

    cleaned = _open(clean_uploaded_image(upload)).convert("RGBA")

    assert cleaned.getpixel((0, 0))[3] == 0


def test_text_chunks_of_a_png_are_dropped():
    info = PngInfo()
    info.add_text("Author", "Someone's full name")
    upload = _upload(Image.new("RGB", (10, 10)), "PNG", pnginfo=info)

    cleaned = clean_uploaded_image(upload)

    assert b"Someone" not in cleaned.read()


def test_large_images_are_scaled_down_when_asked():
    upload = _upload(Image.new("RGB", (3000, 1500)), "PNG")

    cleaned = _open(clean_uploaded_image(upload, max_side=1200))

    assert cleaned.size == (1200, 600)


def test_the_limits_are_parameters():
    upload = _upload(Image.new("RGB", (100, 100)), "PNG")

    with pytest.raises(ValidationError) as too_large:
        clean_uploaded_image(upload, max_bytes=10)
    with pytest.raises(ValidationError) as too_many_pixels:
        clean_uploaded_image(upload, max_pixels=9_999)

    assert too_large.value.code == "too_large"
    assert too_many_pixels.value.code == "too_many_pixels"
