"""Privacy: submissions that were turned down are deleted after the
retention period, with their logo files and their emails."""

import datetime
from pathlib import Path

import pytest
from django.core.management import call_command
from django.utils import timezone

from submissions import services
from submissions.models import EmailNotification, ProfileSubmission, SubmissionStatus
from tests.images import image_file
from tests.submissions.factories import (
    EmailNotificationFactory,
    ProfileSubmissionFactory,
)

pytestmark = pytest.mark.django_db


def _decided(status, days_ago, **fields):
    submission = ProfileSubmissionFactory(**fields)
    submission.status = status
    submission.decided_at = timezone.now() - datetime.timedelta(days=days_ago)
    submission.decision_reason = "סיבה"
    submission.save()
    return submission


def _logo():
    return image_file(size=(10, 10))


def test_rejected_submissions_are_deleted_after_the_retention_period(settings):
    settings.PARTNER_SUBMISSION_RETENTION_DAYS = 90
    old = _decided(SubmissionStatus.REJECTED, 91, logo=_logo())
    sent_back = _decided(SubmissionStatus.CHANGES_REQUESTED, 120)
    recent = _decided(SubmissionStatus.REJECTED, 89)
    approved = _decided(SubmissionStatus.APPROVED, 400)
    pending = ProfileSubmissionFactory(
        created_at=timezone.now() - datetime.timedelta(days=400)
    )
    EmailNotificationFactory(
        kind=EmailNotification.Kind.SUBMISSION_DECIDED,
        recipient=old.contact_email,
        submission=old,
    )
    logo_path = Path(old.logo.path)
    assert logo_path.exists()

    call_command("purge_rejected_submissions")

    assert set(ProfileSubmission.objects.all()) == {recent, approved, pending}
    assert not ProfileSubmission.objects.filter(pk__in=[old.pk, sent_back.pk]).exists()
    assert not EmailNotification.objects.filter(recipient=old.contact_email).exists()
    assert not logo_path.exists()


def test_the_retention_period_is_a_setting(settings):
    settings.PARTNER_SUBMISSION_RETENTION_DAYS = 10
    _decided(SubmissionStatus.REJECTED, 11)

    assert services.submissions_purge_rejected() == 1


def test_the_command_takes_another_period(capsys):
    _decided(SubmissionStatus.REJECTED, 40)

    call_command("purge_rejected_submissions", "--days", "30")

    assert "1 submissions deleted." in capsys.readouterr().out
    assert not ProfileSubmission.objects.exists()
