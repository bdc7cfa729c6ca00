"""An IPv6 subscriber gets a whole /64 network, and can pick a new address
in it for every request: rate limits and login lockouts count the network,
not the address. An IPv4 address is still counted alone."""

from http import HTTPStatus

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse

from core.ratelimit import client_address, client_ip_hash, rate_limit_exceeded
from tests.core.factories import MunicipalityFactory, staff_member

PASSWORD = "a-long-test-password-123"


def _hash(address):
    return client_ip_hash(RequestFactory(REMOTE_ADDR=address).get("/"))


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe"),
        ("2001:db8:1:2:a:b:c:d", "2001:DB8:1:2::9"),
    ],
)
def test_two_addresses_in_one_ipv6_network_are_one_sender(first, second):
    assert _hash(first) == _hash(second)
    assert client_address(RequestFactory(REMOTE_ADDR=first).get("/")) == (
        "2001:db8:1:2::"
    )


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("2001:db8:1:2::1", "2001:db8:1:3::1"),
        ("203.0.113.9", "203.0.113.10"),
    ],
)
def test_other_networks_and_other_ipv4_addresses_are_other_senders(first, second):
    assert _hash(first) != _hash(second)


def test_an_ipv4_address_is_counted_as_itself():
    request = RequestFactory(REMOTE_ADDR="203.0.113.9").get("/")

    assert client_address(request) == "203.0.113.9"


def test_an_ipv4_address_written_as_ipv6_is_the_same_sender():
    assert _hash("::ffff:203.0.113.9") == _hash("203.0.113.9")


def test_rotating_addresses_in_one_network_does_not_escape_the_rate_limit():
    results = [
        rate_limit_exceeded(
            "test-ipv6", _hash(f"2001:db8:5:6::{n}"), limit=2, window=60
        )
        for n in range(1, 4)
    ]

    assert results == [False, False, True]
    assert not rate_limit_exceeded(
        "test-ipv6", _hash("2001:db8:5:7::1"), limit=2, window=60
    )


def _log_in(client, username, address, password=PASSWORD):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


@pytest.mark.django_db
def test_wrong_passwords_from_one_ipv6_network_lock_out_the_whole_network(client):
    user = staff_member(MunicipalityFactory())
    for number in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, user.username, f"2001:db8:7:8::{number + 1}", "wrong")

    locked = _log_in(client, user.username, "2001:db8:7:8:ffff::1")

    assert locked.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_a_lockout_in_one_network_leaves_other_networks_and_addresses_alone(client):
    user = staff_member(MunicipalityFactory())
    for number in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, user.username, f"2001:db8:7:8::{number + 1}", "wrong")
        _log_in(client, user.username, "203.0.113.9", "wrong")

    for address in ("2001:db8:7:9::1", "203.0.113.10"):
        response = _log_in(client, user.username, address)
        assert response.status_code == HTTPStatus.FOUND, address
        client.logout()
