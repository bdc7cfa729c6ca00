from datetime import timedelta
from http import HTTPStatus

import pytest
import time_machine
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from community_cms.models import AuditEvent, StaffRole
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
