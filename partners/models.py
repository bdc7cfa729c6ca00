"""The partner directory: the organizations a city works with, the labels
residents filter them by, and the profile a partner tells about itself."""

import datetime

from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.compiled_queries import CompiledQuery
from core.models import (
    PublishableModel,
    PublishableQuerySet,
    non_empty_lines,
    page_columns,
    unique_slug,
)
from core.shared_memo import SharedRows
from library.models import Image
from municipalities.models import Municipality, StaffScopedQuerySet

# Addresses under /partners/ that are not profiles: the spotlight, and the
# submission form and edit links (submissions.urls).
RESERVED_SLUGS = {"submit", "edit", "meet-the-partner"}


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


# Every label of each taxonomy, as the directory's filters list them: kept
# by each process until a label is saved or deleted anywhere.
ALL_LABELS = {model: SharedRows(model) for model in (FieldOfAction, Population, Region)}


class PartnerOrganizationQuerySet(StaffScopedQuerySet, PublishableQuerySet):
    def named_on_page(self, **relation):
        """The published partners ``relation`` (a lookup, e.g.
        ``articles=id``) names on another item's page, with the columns a
        link to each needs and nothing else."""
        return (
            self.published()
            .filter(**relation)
            .only(*page_columns(self.model, "id", "slug", "name", "status"))
        )

    def spotlight(self, on=None):
        """Published partners whose "meet the partner" feature has started
        by the day ``on`` (today), the most recent first."""
        return (
            self.published()
            .filter(is_spotlight=True, spotlight_date__lte=on or timezone.localdate())
            .select_related("logo")
            .order_by("-spotlight_date")
        )

    def chosen(self, *, field_id=None, population_id=None, region_id=None, kind=None):
        """Narrowed to the labels and the kind given (the directory's
        filters)."""
        partners = self
        for relation, chosen in (
            ("fields_of_action", field_id),
            ("populations", population_id),
            ("regions", region_id),
            ("kind", kind),
        ):
            if chosen is not None:
                partners = partners.filter(**{relation: chosen})
        return partners

    def for_cards(self):
        """What a directory card shows (includes/partner_card.html), and
        nothing else: the long texts are translated, so fourfold."""
        return (
            self.select_related("logo")
            .only(
                *page_columns(
                    self.model, "slug", "name", "kind", "summary", "logo__file"
                )
            )
            .prefetch_related("fields_of_action")
        )


class PartnerProfile(models.Model):
    """What a partner organization tells about itself. The directory's
    profile and a profile sent through the public form are both one, so
    approving a submission copies it field by field.

    Fields are as lenient as staff need them in the admin; the public form
    asks for more (submissions.forms.ProfileSubmissionForm)."""

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
        return [*cls.profile_value_names(), *cls.profile_relation_names()]

    @classmethod
    def profile_value_names(cls):
        return [field.name for field in PartnerProfile._meta.local_fields]

    @classmethod
    def profile_relation_names(cls):
        return [field.name for field in PartnerProfile._meta.local_many_to_many]

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
    logo = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_(
            "From the library, where its description (read aloud to blind "
            "visitors) is kept."
        ),
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

    # A partner belongs to the network (no municipality_path: every
    # municipality's staff may edit it) and is shown on the sites of the
    # municipalities it serves.
    site_path = "municipalities"

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
            self.slug = PartnerOrganization.free_slug(self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("partners:detail", kwargs={"slug": self.slug})

    @staticmethod
    def translated_field_names():
        """The fields that have a column per language (partners.translation)."""
        from modeltranslation.translator import translator

        return translator.get_options_for_model(PartnerOrganization).all_fields

    @staticmethod
    def free_slug(name, *, exclude_pk=None):
        """A slug made from ``name`` that no other partner, and none of the
        addresses beside the profiles under /partners/, has."""
        slug = unique_slug(PartnerOrganization, name, exclude_pk=exclude_pk)
        if slug in RESERVED_SLUGS:
            slug = unique_slug(
                PartnerOrganization, f"{name}-organization", exclude_pk=exclude_pk
            )
        return slug

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


# The partner in the spotlight on a site on a day, for the directory and the
# home page: compiled once per language (core.compiled_queries).
_SPOTLIGHT_ON_SITE = CompiledQuery(
    lambda municipality_id, today: PartnerOrganization.objects.on_site_of(
        municipality_id
    ).spotlight(on=today)[:1],
    municipality_id=int,
    today=datetime.date,
)


def spotlight_on_site(municipality_id, today):
    """The partner in the spotlight on the site of ``municipality_id`` (None:
    the portal) on ``today``, or None."""
    found = _SPOTLIGHT_ON_SITE.run(municipality_id=municipality_id, today=today)
    return found[0] if found else None
