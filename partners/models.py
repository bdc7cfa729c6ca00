"""Who a city works with: partner organizations in the directory, and
city-to-city partnerships with the delegations that visit."""

import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.images import CleanImageField
from core.models import (
    PublicationStatus,
    PublishableModel,
    PublishableQuerySet,
    non_empty_lines,
    unique_slug,
)
from core.uploads import RandomNameUploadTo
from municipalities import tenancy
from municipalities.models import Municipality, StaffScopedQuerySet


class Taxonomy(models.Model):
    """A short translated label used to filter the partner directory."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)

    class Meta:
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name


class FieldOfAction(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("field of action")
        verbose_name_plural = _("fields of action")


class Population(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("population served")
        verbose_name_plural = _("populations served")


class Region(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class PartnerOrganizationQuerySet(StaffScopedQuerySet, PublishableQuerySet):
    def spotlight(self):
        """Published partners whose "meet the partner" feature has started,
        the most recent first."""
        return (
            self.published()
            .filter(is_spotlight=True, spotlight_date__lte=timezone.localdate())
            .order_by("-spotlight_date")
        )

    def current_spotlight(self):
        return self.spotlight().first()

    def for_cards(self):
        """What a directory card shows (includes/partner_card.html), and
        nothing else: the long texts are translated, so fourfold."""
        return self.only("slug", "name", "logo", "kind", "summary").prefetch_related(
            "fields_of_action"
        )


class PartnerProfile(models.Model):
    """What a partner organization tells about itself. The directory's
    profile and a profile sent through the public form are both one, so
    approving a submission copies it field by field.

    Fields are as lenient as staff need them in the admin; the public form
    asks for more (partners.forms.ProfileSubmissionForm)."""

    class Kind(models.TextChoices):
        NGO = "ngo", _("Non-profit organization")
        COALITION = "coalition", _("Coalition")
        FOUNDATION = "foundation", _("Foundation")
        GOVERNMENT = "government", _("Government body")
        BUSINESS = "business", _("Business")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=Kind.choices, default=Kind.NGO, db_index=True
    )
    summary = models.CharField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("One sentence shown on directory cards."),
    )
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Plain text. An empty line starts a new paragraph."),
    )
    fields_of_action = models.ManyToManyField(
        FieldOfAction, blank=True, verbose_name=_("fields of action")
    )
    populations = models.ManyToManyField(
        Population, blank=True, verbose_name=_("populations served")
    )
    regions = models.ManyToManyField(
        Region, blank=True, verbose_name=_("regions served")
    )
    municipalities = models.ManyToManyField(
        Municipality, blank=True, verbose_name=_("municipalities served")
    )
    member_organizations = models.ManyToManyField(
        "partners.PartnerOrganization",
        symmetrical=False,
        blank=True,
        verbose_name=_("member organizations"),
        help_text=_(
            "For a coalition: the organizations in the directory that belong to it."
        ),
    )
    members_note = models.TextField(
        _("other members"),
        blank=True,
        help_text=_("Members that are not in the directory, one per line."),
    )
    communities_count = models.PositiveIntegerField(
        _("communities it runs"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(100_000)],
    )
    funders = models.TextField(
        _("funders"), blank=True, help_text=_("One funder per line.")
    )
    website = models.URLField(_("website"), blank=True)
    logo_alt = models.CharField(
        _("logo description"),
        max_length=200,
        blank=True,
        help_text=_("Read aloud to blind visitors; leave empty to use the name."),
    )
    contact_name = models.CharField(_("contact person"), max_length=150, blank=True)
    contact_role = models.CharField(
        _("contact person's role"), max_length=150, blank=True
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    contact_is_public = models.BooleanField(
        _("show contact details publicly"),
        default=False,
        help_text=_(
            "The partner agreed that the contact person, email and phone "
            "may be shown on the public site."
        ),
    )

    class Meta:
        abstract = True

    @classmethod
    def profile_field_names(cls):
        """The shared fields, relations last."""
        opts = PartnerProfile._meta
        return [field.name for field in (*opts.local_fields, *opts.local_many_to_many)]

    def profile_text(self, name):
        """One field as a reader sees it in the active language: a choice
        by its label, a relation as a comma-separated list."""
        field = self._meta.get_field(name)
        if field.many_to_many:
            return ", ".join(str(item) for item in getattr(self, name).all())
        value = getattr(self, name)
        if field.choices:
            return str(getattr(self, f"get_{name}_display")())
        if isinstance(value, bool):
            return str(_("Yes") if value else _("No"))
        return "" if value is None else str(value)


class PartnerOrganization(PartnerProfile, PublishableModel):
    """A partner organization's page in the directory."""

    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    logo = CleanImageField(
        _("logo"), upload_to=RandomNameUploadTo("partners"), blank=True
    )
    is_spotlight = models.BooleanField(
        _("meet the partner"),
        default=False,
        help_text=_("Feature this partner in the “meet the partner” spotlight."),
    )
    spotlight_date = models.DateField(
        _("spotlight date"),
        null=True,
        blank=True,
        help_text=_("The day the spotlight starts; the most recent one is shown."),
    )
    spotlight_story = models.TextField(
        _("spotlight story"),
        blank=True,
        help_text=_("The longer story told in the spotlight. Plain text."),
    )

    objects = PartnerOrganizationQuerySet.as_manager()

    # The spotlight is shown on every municipality's home page.
    publisher_only_fields = ("status", "is_spotlight", "spotlight_date")

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")
        indexes = [
            # The spotlight is looked up on the home page and the directory;
            # without this, every look reads all partners.
            models.Index(
                fields=["-spotlight_date"],
                condition=Q(is_spotlight=True),
                name="partner_spotlight",
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(is_spotlight=False) | Q(spotlight_date__isnull=False),
                name="partner_spotlight_has_date",
                violation_error_message=_("A spotlight needs a date."),
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(PartnerOrganization, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    @property
    def card_fields_of_action(self):
        """The fields of action a card shows: those read with the other
        labels (``partners.taxonomy.prefetch_taxonomies``) when they were,
        else the relation (prefetched by ``for_cards``)."""
        labels = getattr(self, "profile_labels", None)
        if labels is not None:
            return labels["fields_of_action"]
        return self.fields_of_action.all()

    def funder_list(self):
        return non_empty_lines(self.funders)

    def other_member_list(self):
        return non_empty_lines(self.members_note)

    @property
    def spotlight_starts_at(self):
        """When the "meet the partner" feature, and so its story, becomes
        public: midnight of the spotlight date, as ``spotlight()`` counts
        days. None for a partner that is not put in the spotlight."""
        if not self.is_spotlight or self.spotlight_date is None:
            return None
        return timezone.make_aware(
            datetime.datetime.combine(self.spotlight_date, datetime.time.min)
        )


class PartnershipQuerySet(StaffScopedQuerySet, PublishableQuerySet):
    def published(self):
        return super().published().select_related("municipality")


class Partnership(PublishableModel):
    """A city in Israel twinned with a city or Jewish community abroad."""

    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="partnerships",
        verbose_name=_("local municipality"),
    )
    partner_city = models.CharField(_("partner city or community"), max_length=150)
    partner_country = models.CharField(_("country"), max_length=100)
    convening_organizations = models.ManyToManyField(
        PartnerOrganization,
        related_name="convened_partnerships",
        blank=True,
        verbose_name=_("convening organizations"),
        help_text=_("For example a national agency and a local federation."),
    )
    year_started = models.PositiveSmallIntegerField(
        _("year started"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1948), MaxValueValidator(2100)],
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("Plain text. An empty line starts a new paragraph."),
    )
    image = CleanImageField(
        _("image"), upload_to=RandomNameUploadTo("partnerships"), blank=True
    )
    image_alt = models.CharField(_("image description"), max_length=250, blank=True)

    objects = PartnershipQuerySet.as_manager()

    municipality_path = "municipality"
    # Shown in several widths (core.renditions).
    responsive_image_fields = ("image",)

    class Meta:
        ordering = ["name"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(Partnership, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partnerships:detail", kwargs={"slug": self.slug})


class SteeringCommitteeMember(models.Model):
    class Side(models.TextChoices):
        LOCAL = "local", _("Local")
        ABROAD = "abroad", _("Abroad")

    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="steering_committee",
        verbose_name=_("partnership"),
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=200, blank=True)
    side = models.CharField(
        _("side"), max_length=10, choices=Side.choices, default=Side.LOCAL
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("steering committee member")
        verbose_name_plural = _("steering committee members")

    def __str__(self):
        return self.name


class DelegationActivity(models.Model):
    """Something a delegation does: home hosting, business visits, ..."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("delegation activity")
        verbose_name_plural = _("delegation activities")

    def __str__(self):
        return self.name


class DelegationQuerySet(StaffScopedQuerySet):
    def published(self):
        """Visits are shown with their partnership: published when it is."""
        return self.filter(partnership__status=PublicationStatus.PUBLISHED)

    def upcoming(self):
        """Visits of published partnerships that have not ended yet."""
        return (
            self.published()
            .filter(ends_on__gte=timezone.localdate())
            .select_related("partnership__municipality")
            .order_by("starts_on")
        )


class Delegation(models.Model):
    class Direction(models.TextChoices):
        INBOUND = "inbound", _("Visit to our city")
        OUTBOUND = "outbound", _("Visit abroad")

    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.CASCADE,
        related_name="delegations",
        verbose_name=_("partnership"),
    )
    title = models.CharField(_("title"), max_length=200)
    direction = models.CharField(
        _("direction"), max_length=10, choices=Direction.choices
    )
    starts_on = models.DateField(_("first day"))
    ends_on = models.DateField(_("last day"))
    participants_count = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    activities = models.ManyToManyField(
        DelegationActivity,
        related_name="delegations",
        blank=True,
        verbose_name=_("activities"),
    )
    summary = models.TextField(
        _("what they did"), blank=True, help_text=_("A short account of the visit.")
    )

    objects = DelegationQuerySet.as_manager()

    municipality_path = "partnership__municipality"

    class Meta:
        ordering = ["-starts_on"]
        verbose_name = _("delegation visit")
        verbose_name_plural = _("delegation visits")
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")),
                name="delegation_ends_after_it_starts",
                violation_error_message=_(
                    "The last day cannot be before the first day."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    @property
    def is_upcoming(self):
        return self.ends_on >= timezone.localdate()


# ---------------------------------------------------------------------------
# Profiles sent by partners through the public form. Nothing here
# is ever shown on the public site: a submission waits for staff, and only
# approval copies it into a PartnerOrganization.


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

    # Consent and abuse handling.
    consent_text = models.TextField(
        _("consent text"),
        help_text=_("The privacy text exactly as the submitter saw and accepted it."),
    )
    consented_at = models.DateTimeField(_("consent given at"))
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
        ordering = ["-created_at", "-pk"]
        verbose_name = _("email notification")
        verbose_name_plural = _("email notifications")

    def __str__(self):
        return f"{self.recipient}: {self.subject}"
