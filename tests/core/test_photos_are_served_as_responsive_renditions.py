import re
from http import HTTPStatus

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from PIL import Image

from core import renditions
from tests.articles.factories import ArticleFactory
from tests.images import image_file
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_renditions():
    renditions._memo.clear()
    cache.clear()
    yield
    renditions._memo.clear()


def _photo(width=1600, height=900, mode="RGB", image_format="JPEG"):
    return image_file(
        name=f"photo.{image_format.lower()}",
        size=(width, height),
        image_format=image_format,
        color=(30, 120, 200),
        mode=mode,
    )


def _library_photo(name="photo.jpg", content=None):
    photo = ImageFactory(alt_text_he="תושבים בגינה")
    photo.file.save(name, content or _photo(), save=True)
    return photo


def _article_with_photo(**kwargs):
    return ArticleFactory(image=_library_photo(), **kwargs)


def test_article_page_offers_webp_and_jpeg_in_several_widths(client, media_root):
    article = _article_with_photo()
    stem = article.image.file.name.rsplit(".", 1)[0]

    html = client.get(f"/he/news/{article.slug_he}/").content.decode()

    picture = re.search(r"<picture>.*?</picture>", html).group()
    assert '<source type="image/webp"' in picture
    for width in (320, 640, 960, 1280):
        assert f"/media/{stem}.{width}w.webp {width}w" in picture
        assert f"/media/{stem}.{width}w.jpg {width}w" in picture
        assert (media_root / f"{stem}.{width}w.webp").exists()
    assert 'width="1280" height="720"' in picture
    assert 'alt="תושבים בגינה"' in picture
    # The photo at the top of the page loads at once, with priority.
    assert 'loading="eager"' in picture
    assert 'fetchpriority="high"' in picture


def test_photos_in_lists_load_lazily(client):
    _article_with_photo()

    html = client.get("/he/news/").content.decode()

    picture = re.search(r"<picture>.*?</picture>", html).group()
    assert 'loading="lazy"' in picture
    assert 'class="card__image"' in picture


def test_renditions_are_made_once_and_reused(monkeypatch):
    article = _article_with_photo()
    renditions.responsive_image(article.image.file)
    encoded = []
    monkeypatch.setattr(renditions, "_save", lambda *args: encoded.append(args))
    # Forget everything but the files themselves.
    renditions._memo.clear()
    cache.clear()

    image = renditions.responsive_image(article.image.file)

    assert encoded == []
    assert image.width == 1280


def test_a_small_photo_is_never_enlarged():
    photo = _library_photo("small.jpg", _photo(500, 400))

    image = renditions.responsive_image(photo.file)

    assert image.srcsets["jpg"].endswith(".500w.jpg 500w")
    assert ".640w." not in image.srcsets["webp"]
    assert (image.width, image.height) == (500, 400)


def test_a_transparent_png_gets_a_white_background_in_jpeg(media_root):
    photo = _library_photo("logo.png", _photo(400, 300, "RGBA", "PNG"))

    renditions.responsive_image(photo.file)

    stem = photo.file.name.rsplit(".", 1)[0]
    with Image.open(media_root / f"{stem}.400w.jpg") as jpeg:
        assert jpeg.mode == "RGB"
    with Image.open(media_root / f"{stem}.400w.webp") as webp:
        assert webp.mode == "RGBA"


def test_a_photo_that_cannot_be_read_is_shown_as_uploaded(client):
    # Uploads are checked now; a file stored before that, or damaged since,
    # is in storage without having passed through the field.
    photo = ImageFactory()
    # Stored as it is, as a file from before the checks would be.
    type(photo).objects.filter(pk=photo.pk).update(
        file=default_storage.save("library/broken.jpg", ContentFile(b"not an image"))
    )
    photo.refresh_from_db()
    article = ArticleFactory(image=photo)

    response = client.get(f"/he/news/{article.slug_he}/")

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'src="{photo.file.url}"' in html
    assert "<picture>" not in html


def test_saving_a_photo_makes_its_renditions_after_the_commit(
    media_root, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        photo = ImageFactory.build(file="")
        photo.file.save("twin.jpg", _photo(), save=True)

    stem = photo.file.name.rsplit(".", 1)[0]
    assert (media_root / f"{stem}.640w.webp").exists()
    assert (media_root / f"{stem}.1280w.jpg").exists()


def test_the_command_makes_missing_renditions(media_root):
    article = _article_with_photo()
    stem = article.image.file.name.rsplit(".", 1)[0]
    assert not (media_root / f"{stem}.320w.webp").exists()

    call_command("make_renditions")

    assert (media_root / f"{stem}.320w.webp").exists()
