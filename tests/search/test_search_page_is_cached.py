"""Anonymous visitors asking the same search again are served a stored
page, which a publish makes stale at once (core.page_cache)."""

from http import HTTPStatus

import pytest

from municipalities.workflow import WorkflowStatus
from tests.articles.factories import ArticleFactory
from tests.search.conftest import titles

pytestmark = [pytest.mark.django_db, pytest.mark.pages_go_stale_on_commit]


def test_a_second_anonymous_search_runs_no_sql(search_page, django_assert_num_queries):
    ArticleFactory(title_he="משלחת לשיקגו")
    first = search_page("משלחת")

    with django_assert_num_queries(0):
        second = search_page("משלחת")

    assert second.status_code == HTTPStatus.OK
    assert second.content == first.content
    assert "<mark>משלחת</mark> לשיקגו" in second.text
    assert "public" in second["Cache-Control"]
    # Still kept out of search engines, stored or not.
    assert first["X-Robots-Tag"] == second["X-Robots-Tag"] == "noindex"
    assert "csrfmiddlewaretoken" not in second.text


def test_other_words_or_filters_are_other_pages(search_page):
    ArticleFactory(title_he="משלחת לשיקגו")
    search_page("משלחת")

    assert titles(search_page("שיקגו")) == ["משלחת לשיקגו"]
    assert titles(search_page("משלחת", kind="partner")) == []


def test_a_publish_shows_in_the_stored_search_at_once(
    search_page, django_capture_on_commit_callbacks
):
    ArticleFactory(title_he="משלחת לשיקגו")
    article = ArticleFactory(title_he="משלחת לברלין", status=WorkflowStatus.DRAFT)
    assert titles(search_page("משלחת")) == ["משלחת לשיקגו"]

    with django_capture_on_commit_callbacks(execute=True):
        article.status = WorkflowStatus.PUBLISHED
        article.save()

    assert sorted(titles(search_page("משלחת"))) == ["משלחת לברלין", "משלחת לשיקגו"]
