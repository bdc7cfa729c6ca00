"""Sending the emails of the outbox (EmailNotification) as tasks.

Each email is written to the database with the change it is about, and a
task that sends it is queued once that change commits. A mail server that
fails leaves the email marked "failed", with its answer, and the task is
queued again for later, each time a little later, until
PARTNER_EMAIL_MAX_ATTEMPTS; then it waits for staff to send it again from
the admin. Queued tasks are rows in the database: a worker that restarts
finds them there.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from core.tasks import enqueue_on_commit
from submissions.models import EmailNotification

logger = logging.getLogger(__name__)

# Waits before the second try, the third, …: doubling from a minute, at
# most an hour apart (ten tries span about four hours).
FIRST_RETRY_DELAY = timedelta(minutes=1)
LONGEST_RETRY_DELAY = timedelta(hours=1)


def notifications_enqueue(notifications):
    """Queue sending the given emails once the transaction commits."""
    for notification in notifications:
        enqueue_on_commit(send_notification, notification.pk)


@task()
def send_notification(notification_id):
    """Send one email of the outbox unless it went already; when the mail
    server fails, try again later. Returns whether it was sent."""
    notification = EmailNotification.objects.filter(pk=notification_id).first()
    if notification is None or notification.status == EmailNotification.Status.SENT:
        return False
    if notification_send(notification):
        return True
    if notification.attempts < settings.PARTNER_EMAIL_MAX_ATTEMPTS:
        retry_after = retry_delay(notification.attempts)
        backend = send_notification.get_backend()
        # A backend that runs tasks at once (the tests') cannot wait; the
        # email then waits for staff, as after the last try.
        if backend.supports_defer:
            send_notification.using(run_after=timezone.now() + retry_after).enqueue(
                notification.pk
            )
    return False


def retry_delay(attempts):
    """How long to wait after ``attempts`` failed tries."""
    return min(FIRST_RETRY_DELAY * 2 ** (attempts - 1), LONGEST_RETRY_DELAY)


def notification_send(notification):
    """Try to send one stored email; record the outcome. Never raises for a
    mail server problem. Returns whether it was sent."""
    notification.attempts += 1
    try:
        send_mail(
            notification.subject,
            notification.body,
            settings.DEFAULT_FROM_EMAIL,
            [notification.recipient],
        )
    except Exception as error:  # every mail failure is recorded, none raised
        logger.warning(
            "Email notification %s failed (attempt %s): %s",
            notification.pk,
            notification.attempts,
            error,
        )
        notification.status = EmailNotification.Status.FAILED
        notification.last_error = f"{type(error).__name__}: {error}"[:2000]
        notification.save(update_fields=["status", "attempts", "last_error"])
        return False
    notification.status = EmailNotification.Status.SENT
    notification.sent_at = timezone.now()
    notification.last_error = ""
    if notification.kind == EmailNotification.Kind.EDIT_LINK:
        # The link opens the profile for editing: once it is in the
        # partner's mailbox it is not kept here as well.
        with translation.override(notification.language):
            notification.body = str(_("(The edit link was removed after sending.)"))
    notification.save(
        update_fields=["status", "attempts", "last_error", "sent_at", "body"]
    )
    return True
