"""Email about submissions: stored first, sent by a task queued after the
commit, in the recipient's language; a mail server that is down never loses
or blocks a submission, the failure shows in the admin and a later task
tries again."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from municipalities.models import StaffMembership, StaffRole
from municipalities.tenancy import NETWORK_ADMIN_GROUP
from submissions import services, tasks
from submissions.models import EmailNotification, ProfileSubmission
from tests.core.factories import MunicipalityFactory, UserFactory
from tests.submissions.factories import (
    EmailNotificationFactory,
    ProfileSubmissionFactory,
)

pytestmark = pytest.mark.django_db

FAILING_BACKEND = "tests.submissions.email_backends.FailingEmailBackend"
OUTBOX = reverse("admin:submissions_emailnotification_changelist")


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
    assert (
        f"/admin/submissions/profilesubmission/{submission.pk}/change/" in notice.body
    )
    # The submitter's own details stay out of staff email.
    assert submission.contact_email not in notice.body
    assert submission.contact_phone not in notice.body


def _queued(task):
    """The tasks of ``task`` waiting in the database, oldest first."""
    return list(
        DBTaskResult.objects.filter(
            task_path=task.module_path, status=TaskResultStatus.READY
        ).order_by("enqueued_at")
    )


def _notification(**fields):
    return EmailNotificationFactory(recipient="me@example.org", **fields)


def test_email_is_queued_as_a_task_once_the_submission_is_stored(
    client, answers, database_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/he/partners/submit/", answers(contact_email="me@example.org"))
        # Nothing is queued, let alone sent, before the commit.
        assert _queued(tasks.send_notification) == []

    confirmation = EmailNotification.objects.get(recipient="me@example.org")
    assert confirmation.status == EmailNotification.Status.PENDING
    [task] = _queued(tasks.send_notification)
    assert task.args_kwargs == {"args": [confirmation.pk], "kwargs": {}}
    # The worker sends it.
    assert task.task.call(*task.task_result.args) is True
    confirmation.refresh_from_db()
    assert confirmation.status == EmailNotification.Status.SENT
    assert _to("me@example.org")


def test_no_email_goes_out_for_a_submission_that_was_rolled_back(
    client, answers, after_commit, database_tasks
):
    class Interrupted(Exception):
        pass

    # The submission is stored inside a transaction that then fails.
    with after_commit(), pytest.raises(Interrupted), transaction.atomic():
        client.post("/he/partners/submit/", answers(contact_email="me@example.org"))
        assert EmailNotification.objects.exists()
        raise Interrupted

    assert not EmailNotification.objects.exists()
    assert _queued(tasks.send_notification) == []
    assert mail.outbox == []


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

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    tasks.send_notification.call(failed.pk)

    failed.refresh_from_db()
    assert failed.status == EmailNotification.Status.SENT
    assert failed.attempts == 2
    assert failed.last_error == ""
    assert _to("me@bridges.example.org")


def test_a_failed_email_is_tried_again_later_each_time_later(settings, database_tasks):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    notification = _notification()

    before = timezone.now()
    tasks.send_notification.call(notification.pk)
    tasks.send_notification.call(notification.pk)

    notification.refresh_from_db()
    assert notification.status == EmailNotification.Status.FAILED
    assert notification.attempts == 2
    first, second = _queued(tasks.send_notification)
    assert first.args_kwargs == {"args": [notification.pk], "kwargs": {}}
    # Not before the mail server had time to recover: a minute, then two.
    assert first.run_after >= before + timedelta(minutes=1)
    assert second.run_after >= before + timedelta(minutes=2)
    assert second.run_after - first.run_after >= timedelta(minutes=1)
    # Nothing is ready for a worker yet.
    assert not DBTaskResult.objects.ready().exists()


def test_retries_stop_after_the_maximum_number_of_attempts(settings, database_tasks):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    settings.PARTNER_EMAIL_MAX_ATTEMPTS = 2
    notification = _notification(attempts=1)

    tasks.send_notification.call(notification.pk)

    notification.refresh_from_db()
    assert notification.attempts == 2
    assert notification.status == EmailNotification.Status.FAILED
    assert _queued(tasks.send_notification) == []


def test_an_email_sent_already_is_not_sent_twice(database_tasks):
    notification = _notification(status=EmailNotification.Status.SENT)

    assert tasks.send_notification.call(notification.pk) is False

    assert mail.outbox == []


def test_staff_send_failed_email_again_from_the_admin(
    staff_client, settings, after_commit
):
    settings.EMAIL_BACKEND = FAILING_BACKEND
    notification = _notification()
    tasks.send_notification.call(notification.pk)
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    with after_commit():
        response = staff_client.post(
            OUTBOX,
            {"action": "send_again", "_selected_action": [notification.pk]},
            follow=True,
        )

    assert response.status_code == HTTPStatus.OK
    notification.refresh_from_db()
    assert notification.status == EmailNotification.Status.SENT
    assert len(mail.outbox) == 1


def test_sending_again_from_the_admin_queues_a_task(
    staff_client, database_tasks, after_commit
):
    failed = _notification(status=EmailNotification.Status.FAILED, attempts=10)
    sent = _notification(status=EmailNotification.Status.SENT, attempts=1)

    with after_commit():
        staff_client.post(
            OUTBOX, {"action": "send_again", "_selected_action": [failed.pk, sent.pk]}
        )

    [task] = _queued(tasks.send_notification)
    assert task.args_kwargs["args"] == [failed.pk]
    failed.refresh_from_db()
    assert failed.status == EmailNotification.Status.PENDING


def test_the_outbox_is_read_only_in_the_admin(staff_client):
    notification = EmailNotification.objects.create(
        kind=EmailNotification.Kind.SUBMISSION_RECEIVED,
        recipient="me@example.org",
        language="he",
        subject="נושא",
        body="גוף",
    )
    change = reverse(
        "admin:submissions_emailnotification_change", args=[notification.pk]
    )

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
