"""The public sites of the installation: each municipality's own, at its
own host names, with its branding and menus, and the network's portal,
which shows every municipality.

Django's sites framework (``django.contrib.sites``) is not used: it knows
one domain per site and keeps what it looked up in each process with no
way for another process to hear of a change, so a host moved in the admin
would go on answering the old way on every other worker. Here the table
of hosts is read once per process and replaced when its version in the
shared cache changes (``sites.directory``). Django's
``get_current_site()`` then falls back to the request's host, which is the
site's canonical one by the time a view runs: feeds and sitemaps write
that host in their addresses."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from core.images import CleanImageField
from core.uploads import RandomNameUploadTo
from core.validators import validate_phone_number
from library.models import Image
from municipalities import tenancy
from municipalities.models import Municipality, StaffScopedQuerySet
from sites import menus
from sites.colours import validate_brand_colour

# A host name as browsers send it, without the port: labels of letters,
# digits and hyphens joined by dots (IDN hosts in their xn-- form).
validate_hostname = RegexValidator(
    regex=r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$",
    message=_(
        "Enter a host name such as community.rehovot.muni.il: lower-case "
        "letters, digits, hyphens and dots, without http:// or a path."
    ),
    code="hostname",
)


class HostnameField(models.CharField):
    """A host name, kept as browsers send it: lower case, no spaces."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 253)
        kwargs.setdefault("validators", [validate_hostname])
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value.strip().lower() if isinstance(value, str) else value


def hostname_in_use(hostname, *, site=None, alias=None):
    """Whether another site, or another site's alias, answers at
    ``hostname`` (the host names of all sites are one space)."""
    sites = Site.objects.filter(hostname=hostname)
    aliases = SiteAlias.objects.filter(hostname=hostname)
    if site is not None and site.pk:
        sites = sites.exclude(pk=site.pk)
    if alias is not None and alias.pk:
        aliases = aliases.exclude(pk=alias.pk)
    return sites.exists() or aliases.exists()


class SiteQuerySet(StaffScopedQuerySet):
    def visible_to(self, user):
        # The portal is the network's: its administrators alone edit it.
        if tenancy.is_network_admin(user):
            return self
        return self.filter(municipality__in=tenancy.municipality_ids(user))


class Site(models.Model):
    municipality = models.OneToOneField(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="site",
        verbose_name=_("municipality"),
        help_text=_(
            "The municipality whose content the site shows. Leave empty for "
            "the network's portal, which shows every municipality."
        ),
    )
    hostname = HostnameField(
        _("address"),
        unique=True,
        help_text=_(
            "The site's own host name, e.g. community.rehovot.muni.il. Other "
            "names of the site (aliases) redirect here."
        ),
    )
    is_default = models.BooleanField(
        _("default site"),
        default=False,
        help_text=_(
            "Answers at any permitted host name that no site claims (one "
            "site at most: normally the portal)."
        ),
    )
    name = models.CharField(
        _("site name"),
        max_length=120,
        help_text=_("Shown in the header, the browser tab and shared links."),
    )
    tagline = models.CharField(
        _("tagline"),
        max_length=250,
        blank=True,
        help_text=_("One sentence on what the site offers; search engines show it."),
    )
    logo = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("logo"),
        help_text=_(
            "Chosen from the library, where its text alternative is kept "
            "(what the logo says, e.g. “Rehovot Municipality”)."
        ),
    )
    favicon = CleanImageField(
        _("browser tab icon"),
        upload_to=RandomNameUploadTo("sites"),
        blank=True,
        help_text=_("A square image, at least 64 × 64 pixels."),
    )
    primary_colour = models.CharField(
        _("primary colour"),
        max_length=7,
        blank=True,
        validators=[validate_brand_colour],
        help_text=_(
            "Header, links and buttons, e.g. #0b5c7a. White text is written on "
            "it, so it must be dark enough (WCAG AA, 4.5:1)."
        ),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        blank=True,
        validators=[validate_brand_colour],
        help_text=_("Badges and highlights, with white text on them, e.g. #b3472f."),
    )
    address = models.CharField(_("address"), max_length=250, blank=True)
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, validators=[validate_phone_number]
    )
    email = models.EmailField(_("email"), blank=True)
    opening_hours = models.CharField(
        _("opening hours"),
        max_length=250,
        blank=True,
        help_text=_("For example: Sunday to Thursday, 8:00–16:00."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    whatsapp_url = models.URLField(
        _("WhatsApp channel or community"),
        blank=True,
        help_text=_("An invitation link, such as https://whatsapp.com/channel/…"),
    )
    footer_text = models.TextField(
        _("footer text"),
        blank=True,
        help_text=_("A line or two shown at the foot of every page."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = SiteQuerySet.as_manager()

    municipality_path = "municipality"
    # Only network administrators say where a site answers and whose it is.
    network_admin_fields = ("municipality", "hostname", "is_default")

    class Meta:
        ordering = ["-is_default", "name"]
        verbose_name = _("site")
        verbose_name_plural = _("sites")
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="one_default_site",
                violation_error_message=_("Another site is already the default."),
            ),
        ]

    def __str__(self):
        return str(self.name)

    def clean(self):
        super().clean()
        if self.hostname and hostname_in_use(self.hostname, site=self):
            raise ValidationError(
                {"hostname": _("Another site already answers at this address.")}
            )

    @property
    def is_portal(self):
        return self.municipality_id is None

    def social_links(self):
        """(label, address) of each social network the site names."""
        links = [
            (_("Facebook"), self.facebook_url),
            (_("Instagram"), self.instagram_url),
            (_("YouTube"), self.youtube_url),
            (_("WhatsApp"), self.whatsapp_url),
        ]
        return [(label, url) for label, url in links if url]

    def has_contact_details(self):
        return bool(self.address or self.phone or self.email or self.opening_hours)

    def has_branding_colours(self):
        return bool(self.primary_colour or self.accent_colour)

    @property
    def branding_version(self):
        """Part of the branding stylesheet's address: it changes with the
        colours."""
        return f"{self.primary_colour}{self.accent_colour}".replace("#", "")

    def absolute_url(self, path, *, scheme="https", port=""):
        """``path`` on this site's own host."""
        host = f"{self.hostname}:{port}" if port else self.hostname
        return f"{scheme}://{host}{path}"

    def public_url(self, path):
        """``path`` on this site, for links sent by email or shown in the
        admin: the scheme and port are SITE_URL's (every site is served
        the same way), the host is the site's. Without a saved site,
        SITE_URL itself."""
        base = urlsplit(settings.SITE_URL)
        if self.pk is None or not self.hostname:
            return settings.SITE_URL.rstrip("/") + path
        return self.absolute_url(path, scheme=base.scheme, port=base.port or "")


class SiteAlias(models.Model):
    """Another host name of a site, answered with a permanent redirect to
    the site's own (an old address, the name with or without www)."""

    site = models.ForeignKey(
        Site,
        on_delete=models.CASCADE,
        related_name="aliases",
        verbose_name=_("site"),
    )
    hostname = HostnameField(_("address"), unique=True)

    municipality_path = "site__municipality"

    class Meta:
        ordering = ["hostname"]
        verbose_name = _("other address")
        verbose_name_plural = _("other addresses")

    def __str__(self):
        return self.hostname

    def clean(self):
        super().clean()
        if self.hostname and hostname_in_use(self.hostname, alias=self):
            raise ValidationError(
                {"hostname": _("Another site already answers at this address.")}
            )


# The pages a menu can point at without typing an address, by URL name.
# The pages themselves belong to the apps above this one.
SECTION_CHOICES = [
    ("home", _("Home page")),
    ("articles:list", _("News")),
    ("events:list", _("What's on")),
    ("departments:list", _("Community departments")),
    ("partnerships:list", _("City partnerships")),
    ("partners:directory", _("Partner directory")),
    ("partners:spotlight", _("Meet the partner")),
    ("submissions:submit", _("Partner profile form")),
    ("search:results", _("Search")),
    ("accessibility", _("Accessibility statement")),
    ("emergency", _("Emergency numbers and messages")),
    ("articles:feed_rss", _("News feed (RSS)")),
]


class MenuItem(models.Model):
    class Menu(models.TextChoices):
        MAIN = "main", _("Main navigation")
        FOOTER = "footer", _("Footer")

    site = models.ForeignKey(
        Site,
        on_delete=models.CASCADE,
        related_name="menu_items",
        verbose_name=_("site"),
    )
    menu = models.CharField(
        _("menu"), max_length=10, choices=Menu.choices, default=Menu.MAIN
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)
    label = models.CharField(_("label"), max_length=60)
    section = models.CharField(
        _("page of the site"),
        max_length=60,
        blank=True,
        help_text=_("A section of the site, or one of its own pages."),
    )
    url = models.URLField(
        _("or another address"),
        blank=True,
        help_text=_("A full address (https://…), for a page outside this site."),
    )

    municipality_path = "site__municipality"

    class Meta:
        ordering = ["site", "menu", "sort_order", "pk"]
        verbose_name = _("menu link")
        verbose_name_plural = _("menu links")

    def __str__(self):
        return self.label

    def clean(self):
        super().clean()
        if bool(self.section) == bool(self.url):
            raise ValidationError(
                _("Choose a page of the site or type another address, not both.")
                if self.section
                else _("Choose a page of the site or type another address.")
            )
        if self.section and not (
            self.section in dict(SECTION_CHOICES) or menus.is_provided(self.section)
        ):
            raise ValidationError({"section": _("Choose a page from the list.")})

    def href(self):
        """The link's address in the active language (None when its page is
        gone or not public); external addresses as typed."""
        if self.url:
            return self.url
        if menus.is_provided(self.section):
            return menus.provided_href(self.section, self.site)
        try:
            return reverse(self.section)
        except NoReverseMatch:
            return None

    @property
    def is_external(self):
        return bool(self.url)
