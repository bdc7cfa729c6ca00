"""Email about submissions: stored first, sent after, in the recipient's
language; a mail server that is down never loses or blocks a submission,
the failure shows in the admin and sending is retried."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from municipalities.models import StaffMembership, StaffRole
from municipalities.tenancy import NETWORK_ADMIN_GROUP
from partners import services
from partners.models import EmailNotification, ProfileSubmission
from tests.core.factories import MunicipalityFactory, UserFactory
from tests.partners.factories import ProfileSubmissionFactory

pytestmark = pytest.mark.django_db

FAILING_BACKEND = "tests.partners.email_backends.FailingEmailBackend"
OUTBOX = reverse("admin:partners_emailnotification_changelist")


@pytest.fixture
def submit(client, answers, after_commit):
    def send(language="he", **changes):
        with after_commit():
            response = client.post(
                f"/{language}/partners/submit/", answers(language, **changes)
            )
        assert response.status_code == HTTPStatus.FOUND
        return ProfileSubmission.objects.latest("pk")

    return send


def _to(address):
    return [message for message in mail.outbox if message.to == [address]]


@pytest.mark.parametrize(
    ("language", "signature"),
    [
        ("he", "קהילה בעיר"),
        ("ar", "المجتمع في المدينة"),
        ("en", "Community in the city"),
    ],
)
def test_the_submitter_gets_a_confirmation_in_their_language(
    submit, language, signature
):
    submit(language, contact_email="me@bridges.example.org")

    [confirmation] = _to("me@bridges.example.org")
    assert signature in confirmation.body
    notification = EmailNotification.objects.get(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED
    )
    assert notification.language == language
    assert notification.status == EmailNotification.Status.SENT
    assert notification.sent_at is not None


def test_publishers_of_the_municipalities_served_and_network_admins_are_told(
    submit,
):
    city, elsewhere = MunicipalityFactory(), MunicipalityFactory()

    def member(municipality, role, email):
        user = UserFactory(email=email)
        StaffMembership.objects.create(user=user, municipality=municipality, role=role)

    member(city, StaffRole.PUBLISHER, "publisher@city.example.org")
    member(city, StaffRole.EDITOR, "editor@city.example.org")
    member(elsewhere, StaffRole.PUBLISHER, "publisher@elsewhere.example.org")
    network_admin = UserFactory(email="network@example.org")
    network_admin.groups.add(Group.objects.get_or_create(name=NETWORK_ADMIN_GROUP)[0])
    UserFactory(email="root@example.org", is_superuser=True)
    UserFactory(email="gone@example.org", is_superuser=True, is_active=False)

    submission = submit(municipalities=[city.pk])

    told = {message.to[0] for message in mail.outbox if "לבדיקה" in message.subject}
    assert told == {
        "publisher@city.example.org",
        "network@example.org",
        "root@example.org",
    }
    notice = _to("publisher@city.example.org")[0]
    # Staff work in Hebrew; the link opens the review page.
    assert notice.body.strip().endswith("קהילה בעיר")
    assert f"/admin/partners/profilesubmission/{submission.pk}/change/" in notice.body
    # The submitter's own details stay out of staff email.
    assert submission.contact_email not in notice.body
    assert submission.contact_phone not in notice.body


def test_a_mail_server_that_is_down_loses_nothing_and_sending_is_retried(
    submit, settings, staff_client, admin_user
):
    settings.EMAIL_BACKEND = FAILING_BACKEND

    submission = submit(contact_email="me@bridges.example.org")

    assert ProfileSubmission.objects.filter(pk=submission.pk).exists()
    failed = EmailNotification.objects.get(recipient="me@bridges.example.org")
    assert failed.status == EmailNotification.Status.FAILED
    assert failed.attempts == 1
    assert "Connection refused" in failed.last_error
    # Staff see the failure in the admin.
    outbox = staff_client.get(OUTBOX, {"status": "failed"})
    assert "Connection refused" in outbox.content.decode()

    call_command("send_pending_email")
    failed.refresh_from_db()
    assert failed.attempts == 2
    assert failed.status == EmailNotification.Status.FAILED

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    call_command("send_pending_email")

    failed.refresh_from_db()
    assert failed.status == EmailNotification.Status.SENT
    assert failed.attempts == 3
    assert failed.last_error == ""
    assert _to("me@bridges.example.org")


def test_retries_stop_after_the_maximum_number_of_attempts(settings):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    settings.PARTNER_EMAIL_MAX_ATTEMPTS = 2
    notification = EmailNotification.objects.create(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED,
        recipient="me@example.org",
        language="he",
        subject="נושא",
        body="גוף",
    )

    for _run in range(4):
        services.notifications_send_pending()

    notification.refresh_from_db()
    assert notification.attempts == 2
    assert notification.status == EmailNotification.Status.FAILED


def test_staff_send_failed_email_again_from_the_admin(staff_client, settings):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    notification = EmailNotification.objects.create(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED,
        recipient="me@example.org",
        language="he",
        subject="נושא",
        body="גוף",
    )
    services.notification_send(notification)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    response = staff_client.post(
        OUTBOX,
        {"action": "send_again", "_selected_action": [notification.pk]},
        follow=True,
    )

    assert response.status_code == HTTPStatus.OK
    notification.refresh_from_db()
    assert notification.status == EmailNotification.Status.SENT
    assert len(mail.outbox) == 1


def test_the_outbox_is_read_only_in_the_admin(staff_client):
    notification = EmailNotification.objects.create(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED,
        recipient="me@example.org",
        language="he",
        subject="נושא",
        body="גוף",
    )
    change = reverse("admin:partners_emailnotification_change", args=[notification.pk])

    page = staff_client.get(change)
    staff_client.post(change, {"subject": "אחר"})

    assert page.status_code == HTTPStatus.OK
    notification.refresh_from_db()
    assert notification.subject == "נושא"


@pytest.mark.parametrize("language", ["he", "ar", "en"])
def test_the_decision_is_emailed_in_the_submitters_language(
    admin_user, after_commit, language
):
    submission = ProfileSubmissionFactory(
        language=language, contact_email="me@bridges.example.org"
    )

    with after_commit():
        partner = services.submission_approve(submission, by=admin_user)

    [decision] = _to("me@bridges.example.org")
    with translation.override(language):
        profile_url = partner.get_absolute_url()
    assert profile_url.startswith(f"/{language}/partners/")
    assert f"http://127.0.0.1:8000{profile_url}" in decision.body


def test_a_rejection_email_gives_the_reason(admin_user, after_commit):
    submission = ProfileSubmissionFactory(contact_email="me@bridges.example.org")

    with after_commit():
        services.submission_reject(
            submission, by=admin_user, reason="הארגון אינו פועל בעיר."
        )

    [decision] = _to("me@bridges.example.org")
    assert "הארגון אינו פועל בעיר." in decision.body


def test_text_email_is_not_html_escaped(submit):
    submit("en", name="Parents & Kids \u201cTogether\u201d")

    [confirmation] = [m for m in mail.outbox if "received" in m.subject.lower()]
    assert "Parents & Kids \u201cTogether\u201d" in confirmation.subject
    assert "&amp;" not in confirmation.body
