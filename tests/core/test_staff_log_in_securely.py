from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from municipalities.models import AuditEvent, StaffRole
from tests.core.factories import MunicipalityFactory, UserFactory, staff_member

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-test-password-123"


def _log_in(client, username, password=PASSWORD):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR="203.0.113.9",
    )


def test_repeated_wrong_passwords_lock_the_account_out(client):
    user = staff_member(MunicipalityFactory())

    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        _log_in(client, user.username, "wrong password")
    locked = _log_in(client, user.username)

    assert locked.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "_auth_user_id" not in client.session
    assert (
        AuditEvent.objects.filter(
            action="login_failed", actor_name=user.username
        ).count()
        >= 1
    )


def test_an_editor_logs_in_with_a_password_alone(client):
    editor = staff_member(MunicipalityFactory(), StaffRole.EDITOR)

    _log_in(client, editor.username)
    response = client.get(reverse("admin:index"))

    assert response.status_code == HTTPStatus.OK
    assert AuditEvent.objects.filter(action="login", actor=editor).exists()


def test_a_publisher_without_a_second_factor_cannot_reach_the_admin(client):
    publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)
    _log_in(client, publisher.username)

    response = client.get(reverse("admin:articles_article_changelist"))

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"].startswith(reverse("admin:two_factor_setup"))


def test_a_publisher_sets_up_an_authenticator_and_gets_in(client):
    publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)
    _log_in(client, publisher.username)

    setup = client.get(reverse("admin:two_factor_setup"))
    assert "<svg" in setup.content.decode()
    device = TOTPDevice.objects.get(user=publisher, confirmed=False)
    wrong = client.post(reverse("admin:two_factor_setup"), {"token": "000000"})
    assert wrong.context["form"].errors
    # django-otp slows down guessing after a wrong code; a person retries later.
    with time_machine.travel(timezone.now() + timedelta(seconds=30)):
        client.post(
            reverse("admin:two_factor_setup"), {"token": f"{totp(device.bin_key):06d}"}
        )

        assert client.get(reverse("admin:index")).status_code == HTTPStatus.OK


def test_a_publisher_with_a_device_must_enter_a_code_after_logging_in(client):
    publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)
    TOTPDevice.objects.create(user=publisher, name="phone", confirmed=True)
    _log_in(client, publisher.username)

    response = client.get(reverse("admin:index"))

    assert response["Location"].startswith(reverse("admin:two_factor_verify"))


def test_an_administrator_needs_a_second_factor_too(client):
    UserFactory(username="chief", is_superuser=True)
    _log_in(client, "chief")

    response = client.get(reverse("admin:index"))

    assert response.status_code == HTTPStatus.FOUND


def test_logout_is_recorded(client):
    editor = staff_member(MunicipalityFactory())
    _log_in(client, editor.username)

    client.post(reverse("admin:logout"))

    assert AuditEvent.objects.filter(action="logout", actor=editor).exists()


def test_staff_sessions_expire():
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_AGE <= 12 * 60 * 60


def test_weak_passwords_are_refused():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        validate_password("rehovot2026")


def test_a_login_that_names_an_outside_page_lands_on_the_admin(client):
    editor = staff_member(MunicipalityFactory(), StaffRole.EDITOR)

    response = client.post(
        reverse("admin:login"),
        {
            "username": editor.username,
            "password": PASSWORD,
            "next": "https://evil.example/",
        },
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("admin:index")


def _publisher_with_device(client):
    publisher = staff_member(MunicipalityFactory(), StaffRole.PUBLISHER)
    device = TOTPDevice.objects.create(user=publisher, name="phone", confirmed=True)
    _log_in(client, publisher.username)
    return publisher, device


def _code(device):
    return f"{totp(device.bin_key):06d}"


def test_a_wrong_code_is_refused_with_a_clear_message(client):
    _publisher, device = _publisher_with_device(client)
    wrong = f"{(totp(device.bin_key) + 1) % 1_000_000:06d}"

    response = client.post(reverse("admin:two_factor_verify"), {"token": wrong})

    assert response.status_code == HTTPStatus.OK
    assert "הקוד שגוי, או שכבר נעשה בו שימוש." in response.content.decode()
    still_locked = client.get(reverse("admin:index"))
    assert still_locked["Location"].startswith(reverse("admin:two_factor_verify"))


def test_a_code_that_was_already_used_is_refused(client):
    publisher, device = _publisher_with_device(client)
    code = _code(device)
    first = client.post(reverse("admin:two_factor_verify"), {"token": code})
    assert first.status_code == HTTPStatus.FOUND
    # Someone who saw the password and the code, in another browser, a
    # moment later (within the same 30-second step).
    other = Client()
    _log_in(other, publisher.username)

    reused = other.post(reverse("admin:two_factor_verify"), {"token": code})

    assert reused.status_code == HTTPStatus.OK
    assert "הקוד שגוי, או שכבר נעשה בו שימוש." in reused.content.decode()
    refused = other.get(reverse("admin:index"))
    assert refused["Location"].startswith(reverse("admin:two_factor_verify"))


def test_an_outside_page_named_after_the_code_is_not_followed(client):
    _publisher, device = _publisher_with_device(client)

    response = client.post(
        reverse("admin:two_factor_verify") + "?next=https://evil.example/",
        {"token": _code(device), "next": "https://evil.example/"},
    )

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == reverse("admin:index")


def test_a_page_of_the_admin_named_after_the_code_is_followed(client):
    _publisher, device = _publisher_with_device(client)
    target = reverse("admin:articles_article_changelist")

    response = client.post(
        reverse("admin:two_factor_verify"), {"token": _code(device), "next": target}
    )

    assert response["Location"] == target


def test_a_password_alone_cannot_add_a_second_authenticator(client):
    publisher, _device = _publisher_with_device(client)
    # A device left half set up earlier, whose key the intruder knows.
    spare = TOTPDevice.objects.create(user=publisher, name="spare", confirmed=False)

    shown = client.get(reverse("admin:two_factor_setup"))
    sent = client.post(reverse("admin:two_factor_setup"), {"token": _code(spare)})

    for response in (shown, sent):
        assert response.status_code == HTTPStatus.FOUND
        assert response["Location"].startswith(reverse("admin:two_factor_verify"))
    spare.refresh_from_db()
    assert not spare.confirmed
    assert TOTPDevice.objects.filter(user=publisher).count() == 2
    refused = client.get(reverse("admin:index"))
    assert refused["Location"].startswith(reverse("admin:two_factor_verify"))
