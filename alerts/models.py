"""Alert banners: a short message on every public page of a site (or of
every site), from one moment to another. Publishers put them up at once,
without the review step: in an emergency minutes count. Every change is in
the audit log (the admin's)."""

from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.shared_memo import SharedMemo
from municipalities import tenancy
from municipalities.models import Municipality, StaffScopedQuerySet
from pages.models import validate_link_target

# The cookie that lists the information banners a visitor closed.
HIDDEN_ALERTS_COOKIE = "hidden_alerts"


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


def _current_and_coming(version):
    """Every alert that has not ended, read once per version: a handful."""
    not_ended = Q(ends_at__isnull=True) | Q(ends_at__gt=timezone.now())
    return list(Alert.objects.filter(not_ended))


_memo = SharedMemo("alerts:version", _current_and_coming)


def alerts_changed():
    _memo.changed()


def coming_alerts():
    """The alerts that have not ended, from the process's copy; none when
    the table cannot be read and never was (a database away since the
    process started, or migrating an older one)."""
    try:
        return _memo.get()
    except DatabaseError:
        return []


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
