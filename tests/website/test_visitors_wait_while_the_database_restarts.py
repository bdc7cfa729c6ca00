"""While the database cannot be reached (a restart, a failover), stored
pages are still served, every other page answers 503 in the visitor's
language with Retry-After (never a 500), and the site recovers by itself
when the database is back."""

from http import HTTPStatus

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def visitor():
    # As a browser sees the site: errors become pages, not exceptions.
    return Client(raise_request_exception=False)


@pytest.fixture
def database_down(monkeypatch):
    def unreachable(self, *args, **kwargs):
        raise OperationalError("connection refused: the server is restarting")

    def down():
        monkeypatch.setattr(BaseDatabaseWrapper, "cursor", unreachable)

    return down


def test_stored_pages_are_served_and_others_ask_to_come_back(
    visitor, database_down, monkeypatch
):
    ArticleFactory(title_he="ידיעה שנשמרה")
    assert visitor.get("/he/news/").status_code == HTTPStatus.OK  # now stored

    database_down()
    stored = visitor.get("/he/news/")
    english = visitor.get("/en/departments/")
    arabic = visitor.get("/ar/partners/")

    assert stored.status_code == HTTPStatus.OK
    assert "ידיעה שנשמרה" in stored.content.decode()
    for response in (english, arabic):
        assert response.status_code == HTTPStatus.SERVICE_UNAVAILABLE
        assert response["Retry-After"] == "30"
        assert response["Cache-Control"] == "no-store"
    assert '<html lang="en" dir="ltr">' in english.content.decode()
    assert "The site is busy" in english.content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    assert "The site is busy" not in arabic.content.decode()


def test_the_site_recovers_by_itself(visitor, database_down, monkeypatch):
    database_down()
    assert visitor.get("/he/departments/").status_code == 503

    monkeypatch.undo()

    assert visitor.get("/he/departments/").status_code == HTTPStatus.OK


def test_other_failures_are_still_a_500(visitor, monkeypatch):
    def broken(self, *args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", broken)

    response = visitor.get("/he/departments/")

    assert response.status_code == HTTPStatus.INTERNAL_SERVER_ERROR
    assert "Retry-After" not in response
