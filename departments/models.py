"""A municipality's community department, the unit that works with and
for the city's communities, and the professional networks such departments
take part in (such as the national network of community departments)."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.models import (
    PublishableModel,
    PublishableQuerySet,
    non_empty_lines,
    page_columns,
    unique_slug,
)
from library.models import Image
from municipalities.models import Municipality, StaffScopedQuerySet


class ProfessionalNetwork(models.Model):
    """A network that departments take part in, such as a national
    professional community of community-department managers."""

    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_("What the network does and who takes part, in a few lines."),
    )
    member_authorities_count = models.PositiveIntegerField(
        _("number of member authorities"), null=True, blank=True
    )
    website = models.URLField(_("website"), blank=True)

    class Meta:
        # Named when the model lived in the municipalities app.
        db_table = "community_cms_professionalnetwork"
        ordering = ["name"]
        verbose_name = _("professional network")
        verbose_name_plural = _("professional networks")

    def __str__(self):
        return self.name


class CommunityDepartmentQuerySet(StaffScopedQuerySet, PublishableQuerySet):
    def published(self):
        return super().published().select_related("municipality")

    def for_cards(self):
        """What a card of the departments list shows (name, head, city), and
        nothing else: the mission and services are translated, so fourfold.
        The list's order, with a tie-breaker so that pages never overlap."""
        return (
            self.select_related("municipality")
            .only(
                *page_columns(
                    self.model,
                    "slug",
                    "name",
                    "head_name",
                    "head_title",
                    "municipality",
                    "municipality__name",
                )
            )
            .order_by(*self.model._meta.ordering, "pk")
        )


class CommunityDepartment(PublishableModel):
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="departments",
        verbose_name=_("municipality"),
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, allow_unicode=True)
    head_name = models.CharField(_("head of department"), max_length=150, blank=True)
    head_title = models.CharField(
        _("head's title"),
        max_length=200,
        blank=True,
        help_text=_("For example: Director of the Community Department."),
    )
    mission = models.TextField(
        _("mission"),
        blank=True,
        help_text=_("Why the department exists and what it aims for."),
    )
    services = models.TextField(
        _("services offered"),
        blank=True,
        help_text=_("One service per line; each line is shown as a list item."),
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    website = models.URLField(_("website"), blank=True)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1948), MaxValueValidator(2100)],
    )
    image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("photo"),
        help_text=_(
            "Chosen from the library: the team, its centre or its work. "
            "Shown at the top of the department's page and in shared links."
        ),
    )
    networks = models.ManyToManyField(
        ProfessionalNetwork,
        related_name="departments",
        blank=True,
        verbose_name=_("networks"),
        help_text=_("Professional networks the department takes part in."),
    )

    objects = CommunityDepartmentQuerySet.as_manager()

    municipality_path = "municipality"

    class Meta:
        # Named when the model lived in the municipalities app (so is the
        # table of its networks, which Django names after this one).
        db_table = "community_cms_communitydepartment"
        ordering = ["municipality__name", "name"]
        verbose_name = _("community department")
        verbose_name_plural = _("community departments")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = unique_slug(CommunityDepartment, self.name, exclude_pk=self.pk)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("departments:detail", kwargs={"slug": self.slug})

    def service_list(self):
        return non_empty_lines(self.services)

    @property
    def age_in_years(self):
        if self.year_founded:
            return timezone.localdate().year - self.year_founded
        return None
