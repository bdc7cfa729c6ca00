import datetime
from http import HTTPStatus

import pytest
import time_machine
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory, override_settings
from django.utils import timezone

from articles.models import Article
from core.page_cache import (
    PublicPageCacheMiddleware,
    cache_public_page,
    check_shared_cache,
)
from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.core.factories import UserFactory

pytestmark = [pytest.mark.django_db, pytest.mark.pages_go_stale_on_commit]


def test_second_anonymous_visit_runs_no_sql(client, django_assert_num_queries):
    ArticleFactory(title_he="כתבה ראשונה")
    first = client.get("/he/news/")

    with django_assert_num_queries(0):
        second = client.get("/he/news/")

    assert second.status_code == HTTPStatus.OK
    assert second.content == first.content
    assert "כתבה ראשונה" in second.content.decode()


def test_a_published_article_is_on_the_cached_list_at_once(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title_he="הודעה חדשה", status=WorkflowStatus.DRAFT)
    assert "הודעה חדשה" not in client.get("/he/news/").content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        article.status = WorkflowStatus.PUBLISHED
        article.save()

    assert "הודעה חדשה" in client.get("/he/news/").content.decode()
    assert "הודעה חדשה" in client.get("/he/").content.decode()


def test_an_unpublished_article_leaves_the_cached_pages_at_once(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory(title_he="כתבה שתוסר")
    detail = f"/he/news/{article.slug_he}/"
    assert client.get(detail).status_code == HTTPStatus.OK

    with django_capture_on_commit_callbacks(execute=True):
        article.status = WorkflowStatus.ARCHIVED
        article.save()

    assert client.get(detail).status_code == HTTPStatus.NOT_FOUND
    assert "כתבה שתוסר" not in client.get("/he/news/").content.decode()


def test_a_change_to_a_related_list_clears_the_cache_too(
    client, django_capture_on_commit_callbacks
):
    article = ArticleFactory()
    detail = f"/he/news/{article.slug_he}/"
    client.get(detail)

    with django_capture_on_commit_callbacks(execute=True):
        article.municipality.name_he = "עיר ששמה שונה"
        article.municipality.save()

    assert "עיר ששמה שונה" in client.get(detail).content.decode()


def test_a_scheduled_article_appears_when_its_time_comes(client):
    soon = timezone.now() + datetime.timedelta(minutes=3)
    ArticleFactory(title_he="כתבה מתוזמנת", published_at=soon)

    response = client.get("/he/news/")

    assert "כתבה מתוזמנת" not in response.content.decode()
    # The page is kept no longer than until the article's time.
    assert _max_age(response) <= 3 * 60
    with time_machine.travel(soon + datetime.timedelta(seconds=1)):
        assert "כתבה מתוזמנת" in client.get("/he/news/").content.decode()


def test_logged_in_staff_never_get_a_stored_page(client, django_assert_num_queries):
    article = ArticleFactory(title_he="כותרת ישנה")
    client.get("/he/news/")  # stored for anonymous visitors
    # A change that bypasses save() (and so the signals): the stored page
    # is now stale, and only what is stored can explain the old title.
    Article.objects.filter(pk=article.pk).update(title_he="כותרת חדשה")

    client.force_login(UserFactory())
    staff_view = client.get("/he/news/")

    assert "כותרת חדשה" in staff_view.content.decode()
    assert "private" in staff_view["Cache-Control"]
    assert "public" not in staff_view["Cache-Control"]


def test_a_stored_page_has_caching_headers_and_answers_conditional_requests(
    client,
):
    ArticleFactory()

    first = client.get("/he/news/")
    stored = client.get("/he/news/")

    for response in (first, stored):
        cache_control = response["Cache-Control"]
        assert "public" in cache_control
        assert "max-age=60" in cache_control
        assert "Cookie" in response["Vary"]
        assert response["ETag"]
        assert response["Last-Modified"]
    assert stored["ETag"] == first["ETag"]
    not_modified = client.get("/he/news/", headers={"if-none-match": first["ETag"]})
    assert not_modified.status_code == HTTPStatus.NOT_MODIFIED


@pytest.mark.parametrize(
    "path",
    [
        "/he/",
        "/he/news/",
        "/ar/news/",
        "/en/departments/",
        "/he/partnerships/",
        "/he/partners/",
        "/he/partners/meet-the-partner/",
    ],
)
def test_public_pages_are_stored(client, path, django_assert_num_queries):
    assert client.get(path).status_code == HTTPStatus.OK

    with django_assert_num_queries(0):
        response = client.get(path)

    assert "public" in response["Cache-Control"]


def test_the_partner_form_is_never_stored(client):
    first = client.get("/he/partners/submit/")
    second = client.get("/he/partners/submit/")

    for response in (first, second):
        assert response.status_code == HTTPStatus.OK
        assert "csrfmiddlewaretoken" in response.content.decode()
        assert "public" not in response["Cache-Control"]
        # A fresh CSRF cookie each time: the page was drawn for this visit.
        assert "csrftoken" in response.cookies


def test_a_preview_page_is_never_stored(client):
    article = ArticleFactory(status=WorkflowStatus.DRAFT, title_he="טיוטה בתצוגה")
    url = article.get_preview_url()

    client.get(url)
    Article.objects.filter(pk=article.pk).update(title_he="טיוטה מעודכנת")
    response = client.get(url)

    assert "טיוטה מעודכנת" in response.content.decode()
    assert "public" not in response["Cache-Control"]


def test_nothing_is_cached_when_the_cache_is_turned_off(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    ArticleFactory()
    client.get("/he/news/")

    response = client.get("/he/news/")

    assert not response.has_header("Cache-Control")


def _counting_middleware(action=None):
    """The middleware around an opted-in view that calls ``action``; returns
    it and the list of requests that reached the view."""
    calls = []

    @cache_public_page
    def view(request):
        calls.append(request.method)
        if action is not None:
            action(request)
        return HttpResponse("<p>page</p>")

    return PublicPageCacheMiddleware(view), calls


def test_a_plain_page_is_drawn_once_then_served_from_the_cache():
    middleware, calls = _counting_middleware()
    factory = RequestFactory()

    middleware(factory.get("/he/page/"))
    middleware(factory.get("/he/page/"))
    middleware(factory.head("/he/page/"))

    assert calls == ["GET"]


def test_a_page_that_renders_a_csrf_token_is_never_stored():
    middleware, calls = _counting_middleware(get_token)
    factory = RequestFactory()

    middleware(factory.get("/he/form/"))
    middleware(factory.get("/he/form/"))

    assert calls == ["GET", "GET"]


def test_posts_are_never_served_from_the_cache():
    middleware, calls = _counting_middleware()
    factory = RequestFactory()

    middleware(factory.get("/he/form/"))
    middleware(factory.post("/he/form/"))

    assert calls == ["GET", "POST"]


def test_a_visitor_with_a_session_is_never_served_a_stored_page():
    middleware, calls = _counting_middleware()
    factory = RequestFactory()

    middleware(factory.get("/he/page/"))
    response = middleware(factory.get("/he/page/", headers={"cookie": "sessionid=x"}))

    assert calls == ["GET", "GET"]
    assert "no-store" in response["Cache-Control"]


def _max_age(response):
    for part in response["Cache-Control"].split(","):
        name, _, value = part.strip().partition("=")
        if name == "max-age":
            return int(value)
    raise AssertionError(response["Cache-Control"])


def test_deploy_check_warns_when_workers_would_not_share_the_cache():
    # Only the setting is read; no cache is opened (the Redis one is never
    # touched, let alone cleared).
    local = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    redis = {
        "default": {
            "BACKEND": "core.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/0",
        }
    }
    with override_settings(CACHES=local):
        assert [w.id for w in check_shared_cache(None)] == ["community_cms.W001"]
    with override_settings(CACHES=redis):
        assert check_shared_cache(None) == []
