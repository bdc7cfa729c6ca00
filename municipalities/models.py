"""Municipalities: the root every piece of content belongs to; the staff
who work for them, and what they did."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.compiled_queries import CompiledQuery
from core.models import (
    non_empty_lines,
)
from core.shared_memo import SharedRows
from municipalities import tenancy
from municipalities.tenancy import StaffRole


class StaffScopedQuerySet(models.QuerySet):
    """The two rules of scope, each named once: what a public site shows
    (``on_site``), and what a staff member may see and pick in the admin
    (``visible_to``): the content of the municipalities they work in (all
    of it for network administrators), found through the model's
    ``municipality_path``. Content that belongs to no municipality, such as
    partner organizations, is shared."""

    def visible_to(self, user):
        path = getattr(self.model, "municipality_path", None)
        if path is None or tenancy.is_network_admin(user):
            return self
        return self.filter(**{f"{path}__in": tenancy.municipality_ids(user)})

    def on_site(self, site):
        """What a public site shows of this content: on a municipality's
        site, what belongs to (or, through ``site_path``, serves) that
        municipality; on the portal, or with no site, all of it. Content of
        no municipality is the network's, shown on every site."""
        return self.on_site_of(getattr(site, "municipality_id", None))

    def on_site_of(self, municipality_id):
        """``on_site`` for the site of ``municipality_id`` (None: the portal)."""
        path = getattr(self.model, "site_path", None) or getattr(
            self.model, "municipality_path", None
        )
        if municipality_id is None or path is None:
            return self
        return self.filter(**{path: municipality_id})


def compiled_item_at_slug(published):
    """A ``CompiledQuery`` (``run(slug=, municipality_id=)``) of the item at
    an untranslated slug that a site shows: ``published()`` returns the
    published items, with what their page reads along with them."""
    return CompiledQuery(
        lambda slug, municipality_id: (
            published().on_site_of(municipality_id).filter(slug=slug)[:1]
        ),
        slug=str,
        municipality_id=int,
    )


class MunicipalityQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        if tenancy.is_network_admin(user):
            return self
        return self.filter(pk__in=tenancy.municipality_ids(user))


class Municipality(models.Model):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        allow_unicode=True,
        help_text=_("The municipality's part of web addresses, e.g. rehovot."),
    )
    website = models.URLField(_("website"), blank=True)

    objects = MunicipalityQuerySet.as_manager()

    # A municipality's site shows that municipality alone (``on_site``).
    site_path = "pk"

    class Meta:
        ordering = ["name"]
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")

    def __str__(self):
        return self.name


# Every municipality, as the news list's and search's filters list them.
ALL_MUNICIPALITIES = SharedRows(Municipality)


class StaffMembership(models.Model):
    """A staff member's role in one municipality. What a role may do is the
    permission set of the group with the same name (created by migration)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("staff member"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("municipality"),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=StaffRole.choices,
        default=StaffRole.EDITOR,
        help_text=_(
            "Editors write and submit for review; publishers also approve, "
            "schedule, publish and archive."
        ),
    )

    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        ordering = ["municipality__name", "user__username"]
        verbose_name = _("municipality membership")
        verbose_name_plural = _("municipality memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "municipality"], name="one_role_per_municipality"
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.municipality} · {self.get_role_display()}"


class AuditEvent(models.Model):
    """Who did what, when, in which municipality. Written by the admin and
    the services; never edited."""

    class Action(models.TextChoices):
        CREATE = "create", _("Created")
        CHANGE = "change", _("Changed")
        DELETE = "delete", _("Deleted")
        SUBMIT = "submit", _("Submitted for review")
        PUBLISH = "publish", _("Published")
        SCHEDULE = "schedule", _("Scheduled")
        ARCHIVE = "archive", _("Archived")
        RETURN_TO_DRAFT = "return_to_draft", _("Returned to draft")
        RESTORE = "restore", _("Restored a revision")
        PROPOSE = "propose", _("Proposed a change for review")
        REJECT = "reject", _("Rejected a proposed change")
        LOGIN = "login", _("Logged in")
        LOGOUT = "logout", _("Logged out")
        LOGIN_FAILED = "login_failed", _("Failed login")

    created_at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_events",
        verbose_name=_("who"),
    )
    actor_name = models.CharField(
        _("user name"),
        max_length=150,
        blank=True,
        help_text=_("Kept even if the account is deleted, or typed at a failed login."),
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_events",
        verbose_name=_("municipality"),
    )
    content_type = models.ForeignKey(
        "contenttypes.ContentType",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("kind of content"),
    )
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=250, blank=True)
    message = models.TextField(_("details"), blank=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)

    objects = StaffScopedQuerySet.as_manager()

    municipality_path = "municipality"
    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        indexes = [models.Index(fields=["municipality", "-created_at"])]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name} {self.action}"


class PendingChangeQuerySet(StaffScopedQuerySet):
    def pending(self):
        return self.filter(status=PendingChange.Status.PENDING)

    def for_object(self, obj):
        return self.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
        )


class PendingChange(models.Model):
    """An edit of live content by someone who may not publish it. The edit
    is kept as a revision beside the published version, which residents go
    on seeing, until a publisher of the municipality publishes or rejects
    it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Rejected")

    content_type = models.ForeignKey(
        "contenttypes.ContentType",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kind of content"),
    )
    object_id = models.CharField(_("object id"), max_length=64)
    object_repr = models.CharField(_("item"), max_length=250)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pending_changes",
        verbose_name=_("municipality"),
    )
    base_revision = models.ForeignKey(
        "reversion.Revision",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("published version"),
        help_text=_("The published version the change was made to."),
    )
    revision = models.ForeignKey(
        "reversion.Revision",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("proposed version"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="pending_changes",
        verbose_name=_("proposed by"),
    )
    created_at = models.DateTimeField(_("proposed"), default=timezone.now)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decision_note = models.TextField(
        _("note to the author"),
        blank=True,
        help_text=_("Why the change was rejected, or what to do instead."),
    )

    objects = PendingChangeQuerySet.as_manager()

    municipality_path = "municipality"

    # Never shown on the public site (core.page_cache).
    staff_only = True

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("change waiting for review")
        verbose_name_plural = _("changes waiting for review")
        indexes = [models.Index(fields=["content_type", "object_id", "status"])]

    def __str__(self):
        return self.object_repr

    @property
    def is_pending(self):
        return self.status == self.Status.PENDING

    def content_object(self):
        return self.content_type.get_object_for_this_type(pk=self.object_id)


# The standard Israeli public websites are held to: Israeli Standard 5568,
# which adopts WCAG 2.1 at level AA.
DEFAULT_ACCESSIBILITY_STANDARD = "IS 5568 / WCAG 2.1 AA"


class AccessibilityStatement(models.Model):
    """What a municipality tells residents about the accessibility of its
    pages, as the Equal Rights for Persons with Disabilities regulations
    (service accessibility, 2013) ask: the standard followed, what is
    accessible, what is not yet, whom to contact and when it was checked."""

    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.CASCADE,
        related_name="accessibility_statement",
        verbose_name=_("municipality"),
    )
    standard = models.CharField(
        _("standard followed"),
        max_length=200,
        default=DEFAULT_ACCESSIBILITY_STANDARD,
        help_text=_("The accessibility standard and level the pages meet."),
    )
    accessible_features = models.TextField(
        _("what is accessible"),
        help_text=_(
            "The accessibility arrangements of the pages, one per line; each "
            "line is shown as a list item."
        ),
    )
    known_exceptions = models.TextField(
        _("known exceptions"),
        blank=True,
        help_text=_(
            "Content that is not accessible yet and how residents can get it "
            "another way, one per line."
        ),
    )
    coordinator_name = models.CharField(
        _("accessibility coordinator"),
        max_length=150,
        help_text=_("The person residents contact about accessibility."),
    )
    coordinator_phone = models.CharField(
        _("coordinator's phone"), max_length=40, blank=True
    )
    coordinator_email = models.EmailField(_("coordinator's email"), blank=True)
    last_reviewed = models.DateField(
        _("last reviewed"),
        help_text=_("The day the statement was last checked against the site."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = StaffScopedQuerySet.as_manager()

    municipality_path = "municipality"

    class Meta:
        ordering = ["municipality__name"]
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(coordinator_phone="")
                | ~models.Q(coordinator_email=""),
                name="accessibility_coordinator_reachable",
                violation_error_message=_(
                    "Give the coordinator's phone number, email address or both."
                ),
            ),
        ]

    def __str__(self):
        return str(self.municipality)

    def get_absolute_url(self):
        return f"{reverse('accessibility')}#{self.municipality.slug}"

    def feature_list(self):
        return non_empty_lines(self.accessible_features)

    def exception_list(self):
        return non_empty_lines(self.known_exceptions)
