"""Every page, public or admin, is sent with a strict Content Security
Policy: scripts and styles only from this site's own files, no plugins, no
framing, forms and <base> only to this site. Markup slipped into content
cannot run or restyle anything. The browser's side of it (no page breaks
the policy) is checked in tests/browser/."""

import base64
import hashlib
import io
import os
import re
import subprocess
import sys
from http import HTTPStatus
from pathlib import Path

import pytest
import reversion
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template.loader import render_to_string
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice
from PIL import Image

from articles.models import Article
from tests.articles.factories import ArticleFactory
from tests.inline_code import InlineCode, inline_code
from tests.library.factories import ImageFactory

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    # Video blocks: YouTube's privacy-enhanced player, and no other frame.
    "frame-src": ["https://www.youtube-nocookie.com"],
}
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/=]+)'")


def policy(response):
    """``{directive: [sources]}`` of the response's Content-Security-Policy."""
    header = response.headers["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def photo():
    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), (30, 120, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile("photo.jpg", buffer.getvalue(), "image/jpeg")


@pytest.fixture
def article():
    return ArticleFactory(image=ImageFactory(file=photo(), alt_text_he="תושבים בגינה"))


def test_home_page_sends_the_strict_policy(client):
    response = client.get("/he/")

    assert response.status_code == HTTPStatus.OK
    assert policy(response) == STRICT
    assert inline_code(response) == []


def test_article_page_sends_the_strict_policy_and_only_data_inline(client, article):
    response = client.get(article.get_absolute_url())

    assert response.status_code == HTTPStatus.OK
    assert policy(response) == STRICT
    # Its JSON-LD is a data block, which the policy does not refuse.
    assert '<script type="application/ld+json">' in response.content.decode()
    assert inline_code(response) == []


def test_a_stored_public_page_is_sent_with_the_policy(client):
    client.get("/en/")
    stored = client.get("/en/")

    assert policy(stored) == STRICT


def test_admin_login_page_sends_the_strict_policy(client):
    response = client.get(reverse("admin:login"))

    assert response.status_code == HTTPStatus.OK
    assert policy(response) == STRICT
    assert inline_code(response) == []


def test_article_list_in_the_admin_styles_thumbnails_by_class(staff_client, article):
    response = staff_client.get(reverse("admin:articles_article_changelist"))

    assert response.status_code == HTTPStatus.OK
    assert policy(response) == STRICT
    assert 'class="admin-thumbnail"' in response.content.decode()
    assert inline_code(response) == []


def test_second_factor_pages_have_no_inline_style(client, admin_user):
    client.force_login(admin_user)
    setup = client.get(reverse("admin:two_factor_setup"))
    TOTPDevice.objects.create(user=admin_user, name="phone", confirmed=True)
    verify = client.get(reverse("admin:two_factor_verify"))

    for response in (setup, verify):
        assert response.status_code == HTTPStatus.OK
        assert policy(response) == STRICT
        assert inline_code(response) == []
    assert 'class="two-factor__qr-code"' in setup.content.decode()


def test_revision_history_marks_the_newest_version_by_class(staff_client, article):
    for title in ("Old title", "New title"):
        article.title_en = title
        with reversion.create_revision():
            article.save()

    response = staff_client.get(
        reverse("admin:articles_article_history", args=[article.pk])
    )

    assert response.status_code == HTTPStatus.OK
    assert policy(response) == STRICT
    assert 'class="compare-choice--unavailable"' in response.content.decode()
    assert inline_code(response) == []


def test_raw_revision_comparison_takes_its_style_from_a_file(rf, admin_user):
    """Shown when two versions cannot be compared field by field."""
    request = rf.get("/admin/")
    request.user = admin_user
    context = {"app_label": "articles", "opts": Article._meta}

    html = render_to_string("reversion-compare/compare_raw.html", context, request)

    parser = InlineCode()
    parser.feed(html)
    assert parser.found == []
    assert "css/reversion_compare_raw.css" in html
    assert "css/admin.css" in html


def test_article_form_allows_its_editor_by_nonce_and_hash_only(staff_client, article):
    response = staff_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )

    assert response.status_code == HTTPStatus.OK
    directives = policy(response)
    script_src = directives.pop("script-src")
    style_src = directives.pop("style-src")
    assert directives == {
        name: sources
        for name, sources in STRICT.items()
        if name not in {"script-src", "style-src"}
    }
    # The rich-text editor's import map runs by the request's nonce...
    nonce = NONCE.fullmatch(script_src[1]).group(1)
    assert script_src == ["'self'", f"'nonce-{nonce}'"]
    html = response.content.decode()
    assert f'<script type="importmap" nonce="{nonce}">' in html
    # ... and Tiptap's base stylesheet by its hash; nothing else inline.
    assert style_src == ["'self'", settings.PROSE_EDITOR_STYLE_HASH]
    assert "unsafe" not in response.headers["Content-Security-Policy"]


def test_each_admin_page_gets_a_new_nonce(staff_client, article):
    url = reverse("admin:articles_article_change", args=[article.pk])

    first = policy(staff_client.get(url))["script-src"]
    second = policy(staff_client.get(url))["script-src"]

    assert first != second


def test_editor_style_hash_is_that_of_the_installed_editor():
    """django-prose-editor writes Tiptap's base stylesheet into a <style>;
    after an upgrade that changes it, the hash in the settings must follow
    (Chromium's console names the new one, as does this test)."""
    editor = Path(finders.find("django_prose_editor/editor.js")).read_text()
    stylesheet = re.search(r"`(\.ProseMirror \{\n  position: relative;[^`]*)`", editor)
    assert stylesheet, "Tiptap's base stylesheet is no longer in editor.js"

    digest = hashlib.sha256(stylesheet.group(1).encode()).digest()
    expected = f"'sha256-{base64.b64encode(digest).decode()}'"
    assert expected == settings.PROSE_EDITOR_STYLE_HASH


@pytest.mark.parametrize(
    ("environment", "origin"),
    [
        ({"AWS_S3_CUSTOM_DOMAIN": "media.example.org"}, "https://media.example.org"),
        (
            {"AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud/"},
            "https://s3.fr-par.scw.cloud",
        ),
        ({}, "https://community-media.s3.amazonaws.com"),
    ],
    ids=["custom-domain", "other-endpoint", "amazon"],
)
def test_images_may_come_from_the_object_storage_holding_uploads(environment, origin):
    environment = {
        **{
            name: value
            for name, value in os.environ.items()
            if not name.startswith("AWS_")
        },
        "AWS_STORAGE_BUCKET_NAME": "community-media",
        **environment,
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from community_cms.settings import base; "
            "print(*base.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
        ],
        env=environment,
        cwd=settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )

    assert result.stdout.split() == ["'self'", origin]
