"""Profiles partners send through the public form, the single-use links
they update them with, and the emails about them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import CleanImageField
from core.uploads import RandomNameUploadTo
from municipalities import tenancy
from municipalities.models import StaffScopedQuerySet
from partners.models import PartnerOrganization, PartnerProfile


class SubmissionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for review")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")


class ProfileSubmissionQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        """What concerns the municipalities the user works in: the ones the
        submission names, or the ones its partner serves; network
        administrators also see those that name none."""
        if tenancy.is_network_admin(user):
            return self
        ids = tenancy.municipality_ids(user)
        return self.filter(
            Q(municipalities__in=ids) | Q(partner__municipalities__in=ids)
        ).distinct()

    def pending(self):
        return self.filter(status=SubmissionStatus.PENDING)

    def past_retention(self, cutoff):
        """Submissions that were turned down (rejected, or sent back for
        changes and so replaced by a new one) before ``cutoff``."""
        return self.filter(
            status__in=[SubmissionStatus.REJECTED, SubmissionStatus.CHANGES_REQUESTED],
            decided_at__lt=cutoff,
        )


class ProfileSubmission(PartnerProfile):
    """A partner's profile as typed into the public form, new or an update,
    waiting for staff to approve it, reject it or ask for changes.

    The text is stored as typed, with the language it was typed in; approval
    copies it into that language's columns of the partner organization.
    Nothing of it is shown on the public site from here, the contact person
    least of all: approval copies it to the partner, where it is public
    only if ``contact_is_public``."""

    status = models.CharField(
        _("status"),
        max_length=20,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.PENDING,
        db_index=True,
        help_text=_("Only staff decide; a decided submission cannot be decided again."),
    )
    language = models.CharField(
        _("language"),
        max_length=7,
        choices=settings.LANGUAGES,
        help_text=_("The language the partner wrote in; approval fills that language."),
    )
    partner = models.ForeignKey(
        PartnerOrganization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="submissions",
        verbose_name=_("partner organization"),
        help_text=_(
            "The profile this submission updates, or the one its approval created."
        ),
    )
    is_update = models.BooleanField(
        _("update of an existing profile"),
        default=False,
        help_text=_("Sent through an edit link from the partner's own page."),
    )

    logo = CleanImageField(
        _("logo"),
        upload_to=RandomNameUploadTo("partner-submissions"),
        blank=True,
        help_text=_("Checked and saved again without its metadata when it was sent."),
    )
    # Approved, it becomes the description of the logo in the library.
    logo_alt = models.CharField(
        _("logo description"),
        max_length=200,
        blank=True,
        help_text=_("Read aloud to blind visitors; leave empty to use the name."),
    )

    # Consent and abuse handling.
    consent_text = models.TextField(
        _("consent text"),
        help_text=_("The privacy text exactly as the submitter saw and accepted it."),
    )
    consented_at = models.DateTimeField(_("consent given at"))
    site = models.ForeignKey(
        "sites.Site",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("sent through"),
        help_text=_("The site whose form was used: the emails link back to it."),
    )
    submitter_ip_hash = models.CharField(
        _("sender's address (hashed)"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_(
            "A keyed hash of the sender's IP address: enough to spot abuse, "
            "not enough to recover the address."
        ),
    )

    # The decision.
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="decided_profile_submissions",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(
        _("reason or requested changes"),
        max_length=2000,
        blank=True,
        help_text=_("Sent to the submitter with a rejection or a request for changes."),
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now)

    objects = ProfileSubmissionQuerySet.as_manager()

    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        db_table = "partners_profilesubmission"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("profile submission")
        verbose_name_plural = _("profile submissions")
        constraints = [
            models.CheckConstraint(
                condition=Q(status=SubmissionStatus.PENDING)
                | Q(decided_at__isnull=False),
                name="profile_submission_decision_has_date",
                violation_error_message=_("A decision needs a date."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def is_pending(self):
        return self.status == SubmissionStatus.PENDING


class PartnerEditLinkQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(used_at__isnull=True, expires_at__gt=timezone.now())


class PartnerEditLink(models.Model):
    """A single-use link that lets a partner update its profile without a
    password. Only a hash of the token is stored: someone who reads the
    database cannot use the links in it."""

    partner = models.ForeignKey(
        PartnerOrganization,
        on_delete=models.CASCADE,
        related_name="edit_links",
        verbose_name=_("partner organization"),
    )
    token_hash = models.CharField(_("token hash"), max_length=64, unique=True)
    sent_to = models.EmailField(
        _("sent to"), help_text=_("The contact email on file when it was asked for.")
    )
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"))
    used_at = models.DateTimeField(_("used at"), null=True, blank=True)

    objects = PartnerEditLinkQuerySet.as_manager()

    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        db_table = "partners_partnereditlink"
        ordering = ["-created_at"]
        verbose_name = _("edit link")
        verbose_name_plural = _("edit links")

    def __str__(self):
        return f"{self.partner} · {self.created_at:%Y-%m-%d %H:%M}"


class EmailNotification(models.Model):
    """An email written to the database before it is sent, so that a mail
    server that is down loses nothing: sending is retried until it works,
    and failures stay visible to staff."""

    class Kind(models.TextChoices):
        SUBMISSION_RECEIVED = "submission_received", _("Submission received")
        STAFF_NEW_SUBMISSION = "staff_new_submission", _("New submission for staff")
        SUBMISSION_DECIDED = "submission_decided", _("Decision on a submission")
        EDIT_LINK = "edit_link", _("Edit link")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    kind = models.CharField(_("kind"), max_length=30, choices=Kind.choices)
    recipient = models.EmailField(_("recipient"))
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    subject = models.CharField(_("subject"), max_length=250)
    body = models.TextField(
        _("text"),
        help_text=_("Edit links are removed from the text once the email is sent."),
    )
    submission = models.ForeignKey(
        ProfileSubmission,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("submission"),
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=Status.choices,
        default=Status.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(
        _("last error"),
        blank=True,
        help_text=_("What the mail server answered the last time sending failed."),
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        db_table = "partners_emailnotification"
        ordering = ["-created_at", "-pk"]
        verbose_name = _("email notification")
        verbose_name_plural = _("email notifications")

    def __str__(self):
        return f"{self.recipient}: {self.subject}"
