"""City-to-city partnerships: a city in Israel twinned with a city or a
Jewish community abroad, its steering committee and the delegations that
visit."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.compiled_queries import CompiledQuery
from core.models import (
    PublicationStatus,
    PublishableModel,
    PublishableQuerySet,
    page_columns,
    unique_slug,
)
from library.models import Image
from municipalities.models import Municipality, StaffScopedQuerySet
from partners.models import PartnerOrganization


class PartnershipQuerySet(StaffScopedQuerySet, PublishableQuerySet):
    def published(self):
        return super().published().select_related("municipality", "image")

    def for_cards(self):
        """What a card of the partnerships list shows (name, cities, summary,
        photo), and nothing else: the other texts are translated, so
        fourfold. The list's order, with a tie-breaker so that pages never
        overlap."""
        return (
            self.select_related("municipality", "image")
            .only(
                *page_columns(
                    self.model,
                    "slug",
                    "name",
                    "summary",
                    "partner_city",
                    "partner_country",
                    "municipality",
                    "municipality__name",
                    "image",
                    "image__file",
                )
            )
            .order_by(*self.model._meta.ordering, "pk")
        )


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
    image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
        help_text=_(
            "Chosen from the library, with its description, caption and credit."
        ),
    )

    objects = PartnershipQuerySet.as_manager()

    municipality_path = "municipality"

    class Meta:
        db_table = "partners_partnership"
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

    def read_page_relations(self):
        """Read what the partnership's page shows besides the partnership
        into ``page_conveners`` (published organizations),
        ``page_committee`` and ``page_delegations`` (each with its
        ``page_activities``): four queries whatever its size."""
        self.page_conveners = PAGE_CONVENERS.run(partnership_id=self.pk)
        self.page_committee = PAGE_COMMITTEE.run(partnership_id=self.pk)
        self.page_delegations = PAGE_DELEGATIONS.run(partnership_id=self.pk)
        activities = {}
        for activity in PAGE_ACTIVITIES.run(partnership_id=self.pk):
            activities.setdefault(activity.delegation_id, []).append(activity)
        for delegation in self.page_delegations:
            delegation.page_activities = activities.get(delegation.pk, [])
        return self


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
        db_table = "partners_steeringcommitteemember"
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
        db_table = "partners_delegationactivity"
        ordering = ["name"]
        verbose_name = _("delegation activity")
        verbose_name_plural = _("delegation activities")

    def __str__(self):
        return self.name


class DelegationQuerySet(StaffScopedQuerySet):
    def published(self):
        """Visits are shown with their partnership: published when it is."""
        return self.filter(partnership__status=PublicationStatus.PUBLISHED)

    def upcoming(self, on=None):
        """Visits of published partnerships that have not ended by the day
        ``on`` (today)."""
        return (
            self.published()
            .filter(ends_on__gte=on or timezone.localdate())
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
        db_table = "partners_delegation"
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


# What a partnership's page shows besides the partnership
# (``read_page_relations``), compiled once per language.
PAGE_CONVENERS = CompiledQuery(
    lambda partnership_id: PartnerOrganization.objects.named_on_page(
        convened_partnerships=partnership_id
    ),
    partnership_id=int,
)
PAGE_COMMITTEE = CompiledQuery(
    lambda partnership_id: SteeringCommitteeMember.objects.filter(
        partnership=partnership_id
    ),
    partnership_id=int,
)
PAGE_DELEGATIONS = CompiledQuery(
    lambda partnership_id: Delegation.objects.filter(partnership=partnership_id),
    partnership_id=int,
)
# Each activity once per delegation of the partnership that does it, in the
# activities' order.
PAGE_ACTIVITIES = CompiledQuery(
    lambda partnership_id: DelegationActivity.objects.filter(
        delegations__partnership=partnership_id
    ).annotate(delegation_id=F("delegations__id")),
    partnership_id=int,
)
