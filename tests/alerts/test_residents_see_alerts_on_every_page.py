"""An alert shows on every public page of its sites, from its start to
its end: a city's alert on that city's site only, a network alert on every
site. Emergencies are announced and cannot be closed; information banners
can, without JavaScript. A new alert reaches stored pages of its sites at
once and leaves the other sites' stored pages alone."""

import datetime
import json
from http import HTTPStatus

import pytest
import time_machine
from django.utils import timezone
from lxml import etree

from alerts.models import HIDDEN_ALERTS_COOKIE, Alert
from tests.sites.conftest import PORTAL

pytestmark = pytest.mark.django_db


def _alert(municipality=None, level=Alert.Level.INFORMATION, **fields):
    return Alert.objects.create(
        municipality=municipality,
        level=level,
        message_he=fields.pop("message_he", "הודעה לתושבים"),
        **fields,
    )


def _banners(client, host, path="/he/"):
    html = client.get(path, HTTP_HOST=host).content.decode()
    return html.count('class="alert-banner ')


def test_a_city_alert_shows_on_that_city_site_only(client, cities):
    alpha, beta = cities
    _alert(alpha.municipality, message_he="הכביש הראשי סגור")

    for path in ("/he/", "/he/news/", "/he/partners/"):
        assert _banners(client, alpha.host, path) == 1
        assert _banners(client, beta.host, path) == 0
    assert _banners(client, PORTAL) == 0


def test_a_network_alert_shows_on_every_site(client, cities):
    _alert(None, message_he="תרגיל ארצי")

    for host in (cities[0].host, cities[1].host, PORTAL):
        assert _banners(client, host) == 1


def test_an_alert_shows_from_its_start_to_its_end(client, cities):
    alpha, _beta = cities
    start = timezone.now() + datetime.timedelta(hours=1)
    _alert(
        alpha.municipality,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
    )

    assert _banners(client, alpha.host) == 0
    with time_machine.travel(start + datetime.timedelta(minutes=1)):
        assert _banners(client, alpha.host) == 1
    with time_machine.travel(start + datetime.timedelta(hours=3)):
        assert _banners(client, alpha.host) == 0


def test_an_emergency_is_announced_and_cannot_be_closed(client, cities):
    alpha, _beta = cities
    _alert(alpha.municipality, level=Alert.Level.EMERGENCY, message_he="אזעקה")
    _alert(alpha.municipality, level=Alert.Level.INFORMATION, message_he="מידע")

    html = client.get("/he/", HTTP_HOST=alpha.host).content.decode()

    emergency = html.index("alert-banner--emergency")
    information = html.index("alert-banner--information")
    assert emergency < information  # emergencies first
    banner = html[emergency : html.index("</section>", emergency)]
    assert 'role="alert"' in banner and "/hide/" not in banner
    info = html[information : html.index("</section>", information)]
    assert 'role="status"' in info and "/hide/" in info


def test_an_information_banner_is_closed_without_javascript(client, cities):
    alpha, _beta = cities
    alert = _alert(alpha.municipality)
    client.get("/he/news/", HTTP_HOST=alpha.host)  # stored with the banner

    response = client.get(
        f"/alerts/{alert.pk}/hide/?next=/he/news/", HTTP_HOST=alpha.host
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == "/he/news/"
    assert client.cookies[HIDDEN_ALERTS_COOKIE].value == str(alert.pk)
    # The stored copy, which shows it, is not served to this visitor.
    assert _banners(client, alpha.host, "/he/news/") == 0


def test_closing_cannot_send_a_visitor_elsewhere(client, cities):
    alpha, _beta = cities
    alert = _alert(alpha.municipality)

    response = client.get(
        f"/alerts/{alert.pk}/hide/?next=https://evil.example.com/",
        HTTP_HOST=alpha.host,
    )

    assert response["Location"] == "/he/"


def test_an_emergency_cannot_be_closed_by_hand_made_link(client, cities):
    alpha, _beta = cities
    alert = _alert(alpha.municipality, level=Alert.Level.EMERGENCY)

    client.get(f"/alerts/{alert.pk}/hide/", HTTP_HOST=alpha.host)

    assert HIDDEN_ALERTS_COOKIE not in client.cookies
    assert _banners(client, alpha.host) == 1


def test_a_new_alert_reaches_stored_pages_of_its_city_only(
    client, cities, django_assert_num_queries, django_capture_on_commit_callbacks
):
    alpha, beta = cities
    for host in (alpha.host, beta.host):
        client.get("/he/news/", HTTP_HOST=host)

    with django_capture_on_commit_callbacks(execute=True):
        _alert(alpha.municipality, message_he="מים מורתחים בלבד")

    assert _banners(client, alpha.host, "/he/news/") == 1
    with django_assert_num_queries(0):
        html = client.get("/he/news/", HTTP_HOST=beta.host).content.decode()
    assert "alert-banner" not in html


def test_alerts_are_published_as_json_and_atom(client, cities):
    alpha, _beta = cities
    _alert(alpha.municipality, level=Alert.Level.WARNING, message_he="עומסי תנועה")
    _alert(None, message_he="תרגיל ארצי")

    data = json.loads(client.get("/alerts.json", HTTP_HOST=alpha.host).content)
    feed = etree.fromstring(client.get("/alerts.atom", HTTP_HOST=alpha.host).content)

    assert [(a["level"], a["network_wide"]) for a in data["alerts"]] == [
        ("warning", False),
        ("information", True),
    ]
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 2
