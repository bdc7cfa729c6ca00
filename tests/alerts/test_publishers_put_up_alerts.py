"""Publishers put up their city's alerts at once, with no review step;
editors cannot; a network-wide alert is for network administrators; every
change is in the audit log."""

from http import HTTPStatus

import pytest
from django.urls import reverse

from alerts.models import Alert
from municipalities.models import AuditEvent
from municipalities.tenancy import StaffRole
from tests.core.factories import staff_member

pytestmark = pytest.mark.django_db

ADD = reverse("admin:alerts_alert_add")


def _form(municipality=None, **extra):
    data = {
        "level": "emergency",
        "message_he": "אזעקה: היכנסו למרחב המוגן",
        "starts_at_0": "2026-11-30",
        "starts_at_1": "10:00",
        **extra,
    }
    if municipality is not None:
        data["municipality"] = str(municipality.pk)
    return data


def test_a_publisher_puts_up_an_alert_at_once(cities, login_with_second_factor):
    alpha, _beta = cities
    client = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER)
    )

    response = client.post(ADD, _form(alpha.municipality))

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    alert = Alert.objects.get()
    assert alert.municipality == alpha.municipality
    assert AuditEvent.objects.filter(
        action=AuditEvent.Action.CREATE, object_id=str(alert.pk)
    ).exists()


def test_an_editor_cannot(cities, login_with_second_factor, client):
    alpha, _beta = cities
    client.force_login(staff_member(alpha.municipality, StaffRole.EDITOR))

    assert client.get(ADD).status_code == HTTPStatus.FORBIDDEN
    client.post(ADD, _form(alpha.municipality))
    assert not Alert.objects.exists()


def test_a_city_publisher_cannot_alert_every_site_or_another_city(
    cities, login_with_second_factor
):
    alpha, beta = cities
    client = login_with_second_factor(
        staff_member(alpha.municipality, StaffRole.PUBLISHER)
    )

    client.post(ADD, _form(None))
    client.post(ADD, _form(beta.municipality))
    theirs = Alert.objects.create(municipality=beta.municipality, message_he="שלהם")

    assert list(Alert.objects.all()) == [theirs]
    change = reverse("admin:alerts_alert_change", args=[theirs.pk])
    assert client.get(change).status_code == HTTPStatus.FORBIDDEN


def test_a_network_administrator_alerts_every_site(cities, staff_client):
    response = staff_client.post(ADD, _form(None))

    assert response.status_code == HTTPStatus.FOUND, response.context["errors"]
    assert Alert.objects.get().municipality is None
