"""Writes with side effects for partner profiles sent through the public
form: storing a submission, the staff decision, edit links, and the email
outbox.

Email is always written to the database first (EmailNotification) and sent
by a task queued once the transaction commits (``submissions.tasks``), which
retries a mail server that fails. Nothing here loses a submission because
of email.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from core.models import PublicationStatus
from library.models import Image
from municipalities import tenancy
from municipalities.models import AuditEvent, StaffRole
from municipalities.services import audit_event_record
from partners.models import PartnerOrganization
from sites.directory import directory
from submissions.models import (
    EmailNotification,
    PartnerEditLink,
    ProfileSubmission,
    SubmissionStatus,
)
from submissions.tasks import notifications_enqueue

# Kept from when this was part of the partners app: links already sent
# stay valid.
EDIT_LINK_SALT = "partners.edit-link"


class SubmissionAlreadyDecided(Exception):
    """The submission was approved, rejected or sent back already."""


class EditLinkInvalid(Exception):
    """An edit link that cannot be used; ``reason`` says why."""

    EXPIRED = "expired"
    USED = "used"
    UNKNOWN = "unknown"

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


# ---------------------------------------------------------------- submissions


@transaction.atomic
def submission_create(
    *, profile, language, consent_text, submitter_ip_hash="", partner=None, site=None
):
    """Store a profile sent through the public form of ``site`` as a pending
    submission (never as a partner) and queue the confirmation and the
    staff notice.

    ``profile`` holds the form's cleaned fields; many-to-many fields as
    lists, the logo already cleaned (``core.images``) or None.
    """
    profile = dict(profile)
    relations = {
        name: profile.pop(name, None) or []
        for name in ProfileSubmission.profile_relation_names()
    }
    submission = ProfileSubmission(
        **profile,
        language=language,
        partner=partner,
        is_update=partner is not None,
        consent_text=consent_text,
        consented_at=timezone.now(),
        submitter_ip_hash=submitter_ip_hash,
        site=site if site is not None and site.pk else None,
    )
    submission.save()
    for name, values in relations.items():
        getattr(submission, name).set(values)

    notifications = [
        _notification_queue(
            kind=EmailNotification.Kind.SUBMISSION_RECEIVED,
            recipient=submission.contact_email,
            language=submission.language,
            template="submission_received",
            context={"submission": submission, "site": _site_of(submission)},
            submission=submission,
        )
    ]
    staff_context = {
        "submission": submission,
        "site": _site_of(submission),
        "review_url": _admin_url(
            reverse("admin:submissions_profilesubmission_change", args=[submission.pk])
        ),
    }
    notifications += [
        _notification_queue(
            kind=EmailNotification.Kind.STAFF_NEW_SUBMISSION,
            recipient=email,
            language=settings.LANGUAGE_CODE,
            template="staff_new_submission",
            context=staff_context,
            submission=submission,
        )
        for email in _staff_recipients(submission)
    ]
    notifications_enqueue(notifications)
    return submission


def submission_approve(submission, *, by):
    """Publish a pending submission: create the partner organization, or
    update the one it was sent for, in one transaction. Returns the partner.

    Raises SubmissionAlreadyDecided for a submission that is not pending,
    so a second approval (a double click, two staff members) changes
    nothing.
    """
    with transaction.atomic():
        submission = _lock_pending(submission)
        partner = submission.partner
        created = partner is None
        if created:
            partner = PartnerOrganization(status=PublicationStatus.PUBLISHED)
        else:
            partner = PartnerOrganization.objects.select_for_update().get(pk=partner.pk)
        _copy_into_partner(submission, partner, created=created)
        partner.save()
        for name in PartnerOrganization.profile_relation_names():
            values = list(getattr(submission, name).all())
            if name == "member_organizations" and not created:
                # The form offers only published members; those staff linked
                # that are not public yet stay.
                values += partner.member_organizations.exclude(
                    status=PublicationStatus.PUBLISHED
                )
            getattr(partner, name).set(values)

        submission.partner = partner
        _record_decision(submission, SubmissionStatus.APPROVED, by=by)
        notifications_enqueue([_queue_decision(submission)])
    return partner


def submission_reject(submission, *, by, reason):
    """Turn a pending submission down; the reason is sent to the submitter.
    Rejected submissions are deleted after the retention period."""
    return _decide(submission, SubmissionStatus.REJECTED, by=by, reason=reason)


def submission_request_changes(submission, *, by, reason):
    """Send a pending submission back; ``reason`` says what to change."""
    return _decide(submission, SubmissionStatus.CHANGES_REQUESTED, by=by, reason=reason)


def submissions_purge_rejected(*, retention_days=None):
    """Delete submissions turned down more than ``retention_days`` ago (the
    PARTNER_SUBMISSION_RETENTION_DAYS setting by default), their logo files
    and their emails. Returns how many submissions were deleted."""
    if retention_days is None:
        retention_days = settings.PARTNER_SUBMISSION_RETENTION_DAYS
    cutoff = timezone.now() - timedelta(days=retention_days)
    deleted = 0
    for submission in ProfileSubmission.objects.past_retention(cutoff).iterator():
        if submission.logo:
            submission.logo.delete(save=False)
        submission.delete()
        deleted += 1
    return deleted


def _decide(submission, status, *, by, reason):
    if not reason or not reason.strip():
        raise ValueError("A rejection or a request for changes needs a reason.")
    with transaction.atomic():
        submission = _lock_pending(submission)
        _record_decision(submission, status, by=by, reason=reason.strip())
        notifications_enqueue([_queue_decision(submission)])
    return submission


def _lock_pending(submission):
    locked = ProfileSubmission.objects.select_for_update().get(pk=submission.pk)
    if locked.status != SubmissionStatus.PENDING:
        raise SubmissionAlreadyDecided(locked.get_status_display())
    return locked


def _record_decision(submission, status, *, by, reason=""):
    submission.status = status
    submission.decided_by = by
    submission.decided_at = timezone.now()
    submission.decision_reason = reason
    submission.save()
    audit_event_record(
        AuditEvent.Action.PUBLISH
        if status == SubmissionStatus.APPROVED
        else AuditEvent.Action.CHANGE,
        actor=by,
        obj=submission.partner or submission,
        message=f"Profile submission {submission.pk}: {status}. {reason}".strip(),
    )


def _copy_into_partner(submission, partner, *, created):
    """Text goes into the columns of the submission's language. An update
    writes only what differs from what that language shows now, so text
    shown through the Hebrew fallback is not copied into Arabic or English
    columns. A new partner written in Arabic or English also gets that
    text as its Hebrew (default) text until staff translate it, or the
    Hebrew site would show it without a name."""
    language = submission.language
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    translated = PartnerOrganization.translated_field_names()
    with translation.override(language):
        for name in PartnerOrganization.profile_value_names():
            value = getattr(submission, name)
            if name not in translated:
                setattr(partner, name, value)
                continue
            if not created and getattr(partner, name) == value:
                continue
            setattr(partner, f"{name}_{language}", value)
            if created and language != default:
                setattr(partner, f"{name}_{default}", value)
    if created:
        partner.slug = PartnerOrganization.free_slug(submission.name)
    _logo_into_library(submission, partner)


def _logo_into_library(submission, partner):
    """A logo sent with the profile becomes a library image of the whole
    network (partners belong to no municipality), described by what the
    partner wrote, in the language it wrote it in, and by its name in the
    others. A new description alone updates the logo's."""
    language = submission.language
    description = submission.logo_alt
    if submission.logo:
        logo = Image(municipality=None)
        for code, _name in settings.LANGUAGES:
            name = getattr(partner, f"name_{code}") or submission.name
            text = description if code == language and description else name
            setattr(logo, f"alt_text_{code}", text)
        with submission.logo.open("rb") as sent:
            content = ContentFile(sent.read())
        logo.file.save(submission.logo.name.rsplit("/", 1)[-1], content, save=False)
        logo.save()
        partner.logo = logo
    elif description and partner.logo is not None:
        column = f"alt_text_{language}"
        if getattr(partner.logo, column) != description:
            setattr(partner.logo, column, description)
            partner.logo.save(update_fields=[column])


def _staff_recipients(submission):
    """Who is told about a new submission: the publishers of the
    municipalities the partner serves (as sent, and for an update as on
    file), who may decide on it, and the network administrators, who see
    every submission, including those that name no municipality."""
    municipality_ids = submission_municipality_ids(submission)
    reach = Q(is_superuser=True) | Q(groups__name=tenancy.NETWORK_ADMIN_GROUP)
    if municipality_ids:
        reach |= Q(
            memberships__municipality__in=municipality_ids,
            memberships__role=StaffRole.PUBLISHER,
        )
    users = get_user_model().objects.filter(reach, is_active=True, is_staff=True)
    return sorted(set(users.exclude(email="").values_list("email", flat=True)))


def submission_municipality_ids(submission):
    """The municipalities whose staff moderate a submission."""
    ids = set(submission.municipalities.values_list("pk", flat=True))
    if submission.partner_id:
        ids |= set(submission.partner.municipalities.values_list("pk", flat=True))
    return ids


def submission_may_decide(user, submission):
    """Network administrators, and publishers of a municipality the partner
    serves: approval publishes, which only publishers may do."""
    return tenancy.is_network_admin(user) or any(
        tenancy.can_publish_in(user, municipality_id)
        for municipality_id in submission_municipality_ids(submission)
    )


def _queue_decision(submission):
    language = submission.language
    site = _site_of(submission)
    with translation.override(language):
        if submission.partner_id and submission.partner.is_published:
            # A municipality's site shows only the partners serving it.
            shown_on = site
            if (
                not PartnerOrganization.objects.on_site(site)
                .filter(pk=submission.partner_id)
                .exists()
            ):
                shown_on = directory().default
            profile_url = shown_on.public_url(submission.partner.get_absolute_url())
        else:
            profile_url = ""
        if submission.is_update and profile_url:
            resend_url = site.public_url(
                reverse(
                    "submissions:edit_link", kwargs={"slug": submission.partner.slug}
                )
            )
        else:
            resend_url = site.public_url(reverse("submissions:submit"))
    return _notification_queue(
        kind=EmailNotification.Kind.SUBMISSION_DECIDED,
        recipient=submission.contact_email,
        language=language,
        template="submission_decided",
        context={
            "submission": submission,
            "site": site,
            "profile_url": profile_url,
            "resend_url": resend_url,
            "retention_days": settings.PARTNER_SUBMISSION_RETENTION_DAYS,
        },
        submission=submission,
    )


# ---------------------------------------------------------------- edit links


def edit_link_issue(partner, *, language, site=None):
    """Email a single-use edit link, to the form of ``site`` (the one it was
    asked on; the default site without one), to the partner's contact email
    on file. Returns the link, or None when there is no address to send it
    to (the caller must not tell the visitor which)."""
    if not partner.contact_email:
        return None
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    link = PartnerEditLink.objects.create(
        partner=partner,
        token_hash=_token_hash(token),
        sent_to=partner.contact_email,
        language=language,
        created_at=now,
        expires_at=now + timedelta(seconds=settings.PARTNER_EDIT_LINK_MAX_AGE),
    )
    signed = signing.TimestampSigner(salt=EDIT_LINK_SALT).sign(token)
    with translation.override(language):
        site = site or directory().default
        url = site.public_url(reverse("submissions:edit", kwargs={"token": signed}))
        partner_name = partner.name
    notification = _notification_queue(
        kind=EmailNotification.Kind.EDIT_LINK,
        recipient=partner.contact_email,
        language=language,
        template="edit_link",
        context={
            "partner_name": partner_name,
            "site": site,
            "url": url,
            "hours": settings.PARTNER_EDIT_LINK_MAX_AGE // 3600,
        },
    )
    notifications_enqueue([notification])
    return link


def edit_link_get(signed_token):
    """The usable edit link behind ``signed_token``; raises EditLinkInvalid
    for a tampered, unknown, expired or used one."""
    try:
        token = signing.TimestampSigner(salt=EDIT_LINK_SALT).unsign(
            signed_token, max_age=settings.PARTNER_EDIT_LINK_MAX_AGE
        )
    except signing.SignatureExpired:
        raise EditLinkInvalid(EditLinkInvalid.EXPIRED) from None
    except signing.BadSignature:
        raise EditLinkInvalid(EditLinkInvalid.UNKNOWN) from None
    link = (
        PartnerEditLink.objects.select_related("partner")
        .filter(token_hash=_token_hash(token))
        .first()
    )
    if link is None or not link.partner.is_published:
        raise EditLinkInvalid(EditLinkInvalid.UNKNOWN)
    if link.used_at is not None:
        raise EditLinkInvalid(EditLinkInvalid.USED)
    if link.expires_at <= timezone.now():
        raise EditLinkInvalid(EditLinkInvalid.EXPIRED)
    return link


def edit_link_redeem(link):
    """Mark the link used. The conditional update makes it single-use even
    when two requests race: only one of them updates the row."""
    used = PartnerEditLink.objects.filter(
        pk=link.pk, used_at__isnull=True, expires_at__gt=timezone.now()
    ).update(used_at=timezone.now())
    if not used:
        raise EditLinkInvalid(EditLinkInvalid.USED)


def _token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


# ---------------------------------------------------------------- email


def _notification_queue(
    *, kind, recipient, language, template, context, submission=None
):
    """Write an email, in the recipient's language, to the outbox."""
    with translation.override(language):
        subject = render_to_string(f"submissions/email/{template}_subject.txt", context)
        body = render_to_string(f"submissions/email/{template}.txt", context)
    return EmailNotification.objects.create(
        kind=kind,
        recipient=recipient,
        language=language,
        # A header cannot hold line breaks.
        subject=" ".join(subject.split())[:250],
        body=body.strip() + "\n",
        submission=submission,
    )


def _site_of(submission):
    """The site a submission came through; the default site for one sent
    before sites existed, or through a site since removed."""
    return submission.site or directory().default


def _admin_url(path):
    # Staff work in the admin at the installation's own address.
    return settings.SITE_URL.rstrip("/") + path
