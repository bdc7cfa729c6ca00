"""Every site has a light emergency page per language: the numbers to
call, the active alerts and the latest updates, as plain HTML under 30 KB
with no image or script, served even while the database is away."""

from http import HTTPStatus

import pytest
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import Client

from alerts.models import Alert
from tests.articles.factories import ArticleFactory

pytestmark = pytest.mark.django_db

MAX_BYTES = 30 * 1024


@pytest.fixture
def alpha_in_trouble(cities):
    alpha, _beta = cities
    alpha.site.phone = "08-9392222"
    alpha.site.save()
    Alert.objects.create(
        municipality=alpha.municipality,
        level=Alert.Level.EMERGENCY,
        message_he="היכנסו למרחב המוגן",
        message_ar="ادخلوا إلى الحيز المحمي",
        message_en="Go into the protected space",
    )
    for number in range(8):
        ArticleFactory(municipality=alpha.municipality, title_he=f"עדכון {number}")
    return alpha


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_page_is_light_and_complete(client, alpha_in_trouble, language):
    response = client.get(f"/{language}/emergency/", HTTP_HOST=alpha_in_trouble.host)
    html = response.content.decode()

    assert response.status_code == HTTPStatus.OK
    assert len(response.content) < MAX_BYTES
    assert "<img" not in html and "<script" not in html and "stylesheet" not in html
    for number in ("106", "100", "101", "102", "104", "08-9392222"):
        assert f">{number}</a>" in html
    assert html.count("<li><a href=") == 5  # the latest updates
    assert f'<html lang="{language}"' in html


def test_the_page_shows_the_sites_own_alerts_only(client, alpha_in_trouble, cities):
    _alpha, beta = cities

    ours = client.get("/en/emergency/", HTTP_HOST=alpha_in_trouble.host).content
    theirs = client.get("/en/emergency/", HTTP_HOST=beta.host).content

    assert b"Go into the protected space" in ours
    assert b"Go into the protected space" not in theirs


def test_the_page_is_served_while_the_database_is_away(alpha_in_trouble, monkeypatch):
    visitor = Client(raise_request_exception=False)
    host = alpha_in_trouble.host
    visitor.get("/he/", HTTP_HOST=host)  # the process has read its site

    def unreachable(self, *args, **kwargs):
        raise OperationalError("the server is restarting")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", unreachable)
    response = visitor.get("/en/emergency/", HTTP_HOST=host)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert "Go into the protected space" in html
    assert ">106</a>" in html
