"""Alert banners: a short message on every public page of a site (or of
every site), from one moment to another. Publishers put them up at once,
without the review step: in an emergency minutes count. Every change is in
the audit log (the admin's)."""

from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import DatabaseError, models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from core.shared_memo import SharedMemo
from municipalities import tenancy
from municipalities.models import Municipality, StaffScopedQuerySet
from pages.models import Page, validate_link_target
from sites.models import Site

# The cookie that lists the information banners a visitor closed.
HIDDEN_ALERTS_COOKIE = "hidden_alerts"

# The national emergency numbers every resident should have at hand, first
# on every emergency page; a municipality adds its own.
NATIONAL_NUMBERS = [
    ("106", _("Municipal hotline")),
    ("100", _("Police")),
    ("101", _("Magen David Adom (ambulance)")),
    ("102", _("Fire and rescue")),
    ("104", _("Home Front Command")),
]


class AlertQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        # Network-wide alerts are the network administrators' alone.
        if tenancy.is_network_admin(user):
            return self
        return self.filter(municipality__in=tenancy.municipality_ids(user))


class Alert(models.Model):
    class Level(models.TextChoices):
        INFORMATION = "information", _("Information")
        WARNING = "warning", _("Warning")
        EMERGENCY = "emergency", _("Emergency")

    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.INFORMATION
    )
    message = models.CharField(
        _("message"),
        max_length=300,
        help_text=_("One or two short sentences, in each language."),
    )
    link_url = models.CharField(
        _("link"),
        max_length=500,
        blank=True,
        validators=[validate_link_target],
        help_text=_(
            "Optional: a page of this site (/he/…) or a full https:// address."
        ),
    )
    link_label = models.CharField(_("link text"), max_length=80, blank=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    ends_at = models.DateTimeField(
        _("shown until"),
        null=True,
        blank=True,
        help_text=_("Leave empty to show it until it is taken down."),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="alerts",
        verbose_name=_("municipality"),
        help_text=_(
            "Whose site shows it. Left empty, every site shows it (network "
            "administrators only)."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = AlertQuerySet.as_manager()

    municipality_path = "municipality"
    # Publishers of the alert's municipality alone (network administrators
    # for a network-wide one) put it up or change it.
    publisher_only_fields = (
        "level", "message", "link_url", "link_label", "starts_at", "ends_at",
        "municipality",
    )  # fmt: skip

    class Meta:
        ordering = ["-starts_at", "-pk"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.message

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The end must come after the start.")})
        if self.link_url and not self.link_label:
            raise ValidationError({"link_label": _("Say where the link leads.")})

    def shows_on(self, site, now):
        """Whether ``site`` shows the alert at ``now``: between its start and
        its end, on its city's site (a network alert on every site; the
        portal shows network alerts only)."""
        return (
            self.starts_at <= now
            and (self.ends_at is None or self.ends_at > now)
            and self.municipality_id in (None, getattr(site, "municipality_id", None))
        )

    @property
    def may_be_hidden(self):
        """Information banners may be closed; warnings and emergencies stay."""
        return self.level == self.Level.INFORMATION


def alerts_for(site, hidden=()):
    """The active alerts of ``site``, emergencies first, without the
    information banners the visitor closed. Read from the process's copy
    of the alerts (``core.shared_memo``): no query."""
    order = [Alert.Level.EMERGENCY, Alert.Level.WARNING, Alert.Level.INFORMATION]
    now = timezone.now()
    alerts = [
        alert
        for alert in coming_alerts()
        if alert.shows_on(site, now)
        and not (alert.may_be_hidden and alert.pk in hidden)
    ]
    return sorted(
        alerts,
        key=lambda alert: (order.index(alert.level), -alert.starts_at.timestamp()),
    )


def dialable(number):
    """A phone number as a ``tel:`` link dials it: digits (and a leading +)."""
    return number.replace(" ", "").replace("-", "")


class EmergencyModeQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        # Whoever may edit a site may see its emergency mode.
        return self.filter(site__in=Site.objects.visible_to(user))


class EmergencyMode(models.Model):
    """A site's emergency mode: while it is on, the home page puts the
    emergency contacts, the emergency information page and the updates
    staff pinned first, and the navigation links to the light emergency
    page. Publishers switch it on and off at once, without review."""

    site = models.OneToOneField(
        Site,
        on_delete=models.CASCADE,
        related_name="emergency_mode",
        verbose_name=_("site"),
    )
    is_on = models.BooleanField(
        _("emergency mode is on"),
        default=False,
        help_text=_(
            "While it is on, the site's home page opens with the emergency "
            "contacts and updates, and every page links to the emergency page."
        ),
    )
    information_page = models.ForeignKey(
        Page,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("emergency information page"),
        help_text=_("A page of this site that says what to do in an emergency."),
    )
    pinned_updates = models.ManyToManyField(
        Article,
        blank=True,
        related_name="+",
        verbose_name=_("pinned updates"),
        help_text=_(
            "Published articles shown first, newest first, while the mode is on."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EmergencyModeQuerySet.as_manager()

    municipality_path = "site__municipality"
    publisher_only_fields = ("is_on", "information_page")

    class Meta:
        verbose_name = _("emergency mode")
        verbose_name_plural = _("emergency modes")

    def __str__(self):
        return str(self.site)

    def published_information_page(self):
        """The emergency information page, if residents can open it."""
        if self.information_page_id is None:
            return None
        return Page.objects.published().filter(pk=self.information_page_id).first()

    def pinned_ids(self):
        return [article.pk for article in self.pinned_updates.all()]

    def pinned_articles(self):
        """The pinned updates residents can read, as cards, newest first."""
        return list(
            Article.objects.published()
            .on_site(self.site)
            .for_cards()
            .filter(pk__in=self.pinned_ids())
        )

    def updates(self, count):
        """``count`` updates: the pinned ones, then the site's latest."""
        return (
            Article.objects.published()
            .on_site(self.site)
            .first_then_latest(Q(pk__in=self.pinned_ids()), count)
        )


class EmergencyNumber(models.Model):
    """One of the municipality's own emergency numbers (its hotline, the
    welfare department on call, a shelter's manager)."""

    emergency_mode = models.ForeignKey(
        EmergencyMode,
        on_delete=models.CASCADE,
        related_name="numbers",
        verbose_name=_("emergency mode"),
    )
    label = models.CharField(_("who answers"), max_length=100)
    number = models.CharField(
        _("phone number"),
        max_length=20,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 -]{1,18}$",
                _("Digits only, with spaces or dashes between them (e.g. 08-9392222)."),
            )
        ],
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    municipality_path = "emergency_mode__site__municipality"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("emergency number")
        verbose_name_plural = _("emergency numbers")

    def __str__(self):
        return f"{self.label}: {self.number}"

    @property
    def dialable(self):
        return dialable(self.number)


def emergency_numbers(site):
    """The numbers to call on ``site``: the national ones, then the
    municipality's own (when the mode is on), then the site's phone."""
    numbers = [
        {"number": number, "dialable": dialable(number), "label": label}
        for number, label in NATIONAL_NUMBERS
    ]
    mode = emergency_mode_of(site)
    if mode is not None:
        numbers += [
            {"number": entry.number, "dialable": entry.dialable, "label": entry.label}
            for entry in mode.numbers.all()
        ]
    if site is not None and site.phone:
        numbers.append(
            {
                "number": site.phone,
                "dialable": dialable(site.phone),
                "label": site.name,
            }
        )
    return numbers


class EmergencyState(NamedTuple):
    alerts: list  # every alert that has not ended
    modes: dict  # the sites in emergency mode: site id -> EmergencyMode


def _read_state(version):
    """What every page reads to know what to warn of, read once per
    version: a handful of rows."""
    not_ended = Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now())
    # In a savepoint: a table that cannot be read (a migration under way)
    # must not break the transaction of whoever asked (PostgreSQL aborts it).
    with transaction.atomic():
        return _read_rows(not_ended)


def _read_rows(not_ended):
    modes = (
        EmergencyMode.objects.filter(is_on=True)
        .select_related("site")
        .prefetch_related(
            "numbers",
            models.Prefetch("pinned_updates", queryset=Article.objects.only("pk")),
        )
    )
    return EmergencyState(
        alerts=list(Alert.objects.filter(not_ended)),
        modes={mode.site_id: mode for mode in modes},
    )


_memo = SharedMemo("alerts:version", _read_state)


def alerts_changed():
    """An alert or an emergency mode changed: every process reads them
    again."""
    _memo.changed()


def _state():
    """The process's copy; nothing to warn of when the tables cannot be
    read and never were (a database away since the process started, or
    migrating an older one)."""
    try:
        return _memo.get()
    except DatabaseError:
        return EmergencyState(alerts=[], modes={})


def coming_alerts():
    """The alerts that have not ended (no query)."""
    return _state().alerts


def emergency_mode_of(site):
    """The site's emergency mode when it is on, else None (no query)."""
    return _state().modes.get(getattr(site, "pk", None))
