import datetime
from http import HTTPStatus

import pytest
import time_machine
from django.conf import settings
from django.core import signing
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft():
    return ArticleFactory(
        status=WorkflowStatus.DRAFT,
        title_he="טיוטה לבדיקה",
        title_ar="مسودة للمراجعة",
        title_en="Draft for review",
    )


@pytest.mark.parametrize(
    ("language", "title", "direction"),
    [
        ("he", "טיוטה לבדיקה", "rtl"),
        ("ar", "مسودة للمراجعة", "rtl"),
        ("en", "Draft for review", "ltr"),
    ],
)
def test_colleague_without_account_reads_the_draft_in_each_language(
    client, draft, language, title, direction
):
    with override(language):
        url = draft.get_preview_url()

    response = client.get(url)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert title in html
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert 'class="preview-banner"' in html
    assert "noindex" in response["X-Robots-Tag"]
    assert "no-store" in response["Cache-Control"]


def test_the_draft_itself_stays_unpublished(client, draft):
    assert client.get(draft.get_absolute_url()).status_code == HTTPStatus.NOT_FOUND


def test_a_tampered_preview_link_is_refused(client, draft):
    token = draft.preview_token()
    forged = signing.dumps(draft.pk + 1, salt="something-else")

    assert client.get(f"/he/news/preview/{token}x/").status_code == HTTPStatus.NOT_FOUND
    assert client.get(f"/he/news/preview/{forged}/").status_code == HTTPStatus.NOT_FOUND


def test_an_expired_preview_link_is_refused(client, draft, settings):
    url = draft.get_preview_url()

    later = timezone.now() + datetime.timedelta(
        seconds=settings.ARTICLE_PREVIEW_MAX_AGE + 60
    )
    with time_machine.travel(later):
        response = client.get(url)

    assert response.status_code == HTTPStatus.GONE
    assert "טיוטה לבדיקה" not in response.content.decode()


def test_admin_shows_preview_links_in_every_language(staff_client, draft):
    response = staff_client.get(
        reverse("admin:articles_article_change", args=[draft.pk])
    )

    html = response.content.decode()
    for language in ("he", "ar", "en"):
        assert f"{settings.SITE_URL}/{language}/news/preview/" in html
