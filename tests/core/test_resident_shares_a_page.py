"""A resident shares a page: WhatsApp, a Telegram group or Facebook show a
preview card (Open Graph and Twitter tags with a 1200×630 picture), and the
page offers a WhatsApp link and its address to copy, with or without
JavaScript."""

import datetime
import io
import re
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from tests.articles.factories import ArticleFactory
from tests.library.factories import ImageFactory
from tests.partners.factories import PartnerOrganizationFactory

pytestmark = pytest.mark.django_db

SERVER = "http://testserver"


def photo(name="photo.jpg", size=(1600, 900), mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, (200, 90, 60)).save(
        buffer, "PNG" if mode == "RGBA" else "JPEG"
    )
    return SimpleUploadedFile(name, buffer.getvalue())


def stored_image(url):
    """The picture behind a media URL, read from the storage."""
    name = url.removeprefix(f"{SERVER}{settings.MEDIA_URL}").lstrip("/")
    with default_storage.open(name) as stored:
        return Image.open(io.BytesIO(stored.read())).convert("RGB")


def meta(html):
    """``{property or name: content}`` of the page's meta tags; repeated
    properties (og:locale:alternate) as lists."""
    found = {}
    for key, content in re.findall(
        r'<meta (?:property|name)="([^"]+)" content="([^"]*)">', html
    ):
        found.setdefault(key, []).append(content)
    return {
        key: values[0] if len(values) == 1 else values for key, values in found.items()
    }


def test_article_shares_with_title_summary_and_photo(client):
    article = ArticleFactory(
        title_he="יריד ההתנדבות חזר",
        lede_he="ארבעים ארגונים הציגו הזדמנויות להתנדבות.",
        image=ImageFactory(file=photo(), alt_text_he="תושבים ליד הדוכנים"),
    )
    url = f"{SERVER}{article.get_absolute_url()}"

    tags = meta(client.get(article.get_absolute_url()).content.decode())

    assert tags["og:type"] == "article"
    assert tags["og:title"] == "יריד ההתנדבות חזר"
    assert tags["og:description"] == "ארבעים ארגונים הציגו הזדמנויות להתנדבות."
    assert tags["og:url"] == url
    assert tags["og:locale"] == "he_IL"
    assert sorted(tags["og:locale:alternate"]) == ["ar_AR", "en_US"]
    assert tags["og:image:alt"] == "תושבים ליד הדוכנים"
    assert tags["twitter:card"] == "summary_large_image"
    assert tags["twitter:title"] == tags["og:title"]
    assert tags["twitter:image"] == tags["og:image"]
    assert (
        datetime.datetime.fromisoformat(tags["article:published_time"])
        == article.published_at
    )
    # The preview picture is a 1200×630 rendition, served from the media.
    assert tags["og:image"].startswith(f"{SERVER}/media/renditions/social/")
    picture = stored_image(tags["og:image"])
    assert picture.size == (1200, 630)


def test_page_without_a_picture_shares_the_sites_picture(client):
    tags = meta(client.get("/en/news/").content.decode())

    assert tags["og:image"] == f"{SERVER}/static/img/social-default.png"
    assert tags["og:locale"] == "en_US"
    assert tags["og:type"] == "website"
    assert tags["og:url"] == f"{SERVER}/en/news/"


def test_partner_logo_is_shown_whole_on_the_preview_card(client):
    PartnerOrganizationFactory(
        slug="makom", logo=ImageFactory(file=photo("logo.png", (400, 400), "RGBA"))
    )

    tags = meta(client.get("/ar/partners/makom/").content.decode())

    picture = stored_image(tags["og:image"])
    assert picture.size == (1200, 630)
    # The square logo sits in the middle of a white card, not cropped.
    assert picture.getpixel((10, 10)) == (255, 255, 255)
    assert picture.getpixel((600, 315)) != (255, 255, 255)


def test_article_offers_whatsapp_and_a_link_to_copy(client):
    ArticleFactory(title_en="Open house & picnic", slug_en="open-house")
    url = f"{SERVER}/en/news/open-house/"

    html = client.get("/en/news/open-house/").content.decode()

    whatsapp = f"https://wa.me/?text={quote(f'Open house & picnic {url}', safe='')}"
    assert f'href="{whatsapp}"' in html
    # Without JavaScript the address is in a labelled read-only field ...
    assert '<label for="share-url">' in html
    assert (
        f'<input id="share-url" class="share__url" type="url" value="{url}" readonly'
        in html
    )
    # ... and the copy button is only shown by the script, from a file.
    assert re.search(
        r'<button type="button"[^>]*data-copy="share-url"[^>]*hidden>', html
    )
    assert '<script src="/static/js/site.js" defer></script>' in html
    inline_scripts = re.findall(r"<script(?![^>]*(?:src=|application/ld\+json))", html)
    assert not inline_scripts
