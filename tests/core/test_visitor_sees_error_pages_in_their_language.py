"""A visitor who meets an error (404, 403, a refused form, a server error)
sees it in the site's design, in their language and direction."""

from http import HTTPStatus

import pytest
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import get_resolver
from django.utils import translation
from django.views.defaults import permission_denied

from website.views import server_error

pytestmark = pytest.mark.django_db

NOT_FOUND = {
    "he": ("rtl", "הדף לא נמצא"),
    "ar": ("rtl", "الصفحة غير موجودة"),
    "en": ("ltr", "Page not found"),
}


@pytest.mark.parametrize("language", NOT_FOUND)
def test_missing_page_is_a_404_in_the_language_asked_for(client, language):
    direction, title = NOT_FOUND[language]

    response = client.get(f"/{language}/no-such-page/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    html = response.content.decode()
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert f"<h1>{title}</h1>" in html
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    assert '<meta name="robots" content="noindex">' in html
    # The language links lead to each language's home page, which exists.
    for code in NOT_FOUND:
        assert f'<li><a href="/{code}/" lang="{code}" hreflang="{code}"' in html


def test_unpublished_article_is_a_404_in_the_readers_language(client):
    response = client.get("/ar/news/draft-or-nothing/")

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "<h1>الصفحة غير موجودة</h1>" in response.content.decode()


def test_forbidden_page_is_explained_in_the_visitors_language(rf):
    request = rf.get("/en/somewhere/")
    with translation.override("en"):
        response = permission_denied(request, PermissionDenied())

    assert response.status_code == HTTPStatus.FORBIDDEN
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert "<h1>Access denied</h1>" in html


def test_form_sent_without_its_security_token_gets_a_page_in_arabic():
    client = Client(enforce_csrf_checks=True)

    response = client.post(
        "/i18n/setlang/", {"language": "en"}, HTTP_ACCEPT_LANGUAGE="ar"
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert html.count("<h1>") == 1
    assert 'class="site-header"' in html


def test_server_error_page_needs_no_database_and_speaks_three_languages(
    rf, django_assert_num_queries
):
    with django_assert_num_queries(0):
        response = server_error(rf.get("/he/"))

    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    html = response.content.decode()
    assert '<html lang="he" dir="rtl">' in html
    assert '<section class="error-page__language" lang="ar" dir="rtl"' in html
    assert '<section class="error-page__language" lang="en" dir="ltr"' in html
    assert '<link rel="stylesheet" href="/static/css/site.css">' in html
    for home in ('href="/he/"', 'href="/ar/"', 'href="/en/"'):
        assert home in html
    assert html.count("<h1>") == 1


def test_the_site_answers_server_errors_with_that_page():
    assert get_resolver().resolve_error_handler(500) is server_error
