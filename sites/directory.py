"""Which site answers at a host: the sites, their aliases and their menus,
read from the database once per process and kept until their version in
the shared cache changes (any save of a site, an alias or a menu link).

A request then costs one small cache read to find its site, not a query;
a cached page costs nothing (the page cache answers before this runs)."""

from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy

from core.shared_memo import SharedMemo


@dataclass
class Directory:
    version: str
    sites: dict = field(default_factory=dict)  # hostname -> Site
    aliases: dict = field(default_factory=dict)  # hostname -> Site
    default: object = None
    by_municipality: dict = field(default_factory=dict)  # municipality id -> Site

    def find(self, hostname):
        """(site, redirect): the site at ``hostname``; ``redirect`` when
        the host is one of its aliases. The default site answers hosts no
        site claims."""
        site = self.sites.get(hostname)
        if site is not None:
            return site, False
        site = self.aliases.get(hostname)
        if site is not None:
            return site, True
        return self.default, False


def directory():
    return _memo.get()


def site_of_municipality(municipality_id):
    """The site of a municipality, or the default site (the portal) for a
    municipality that has none yet, or for content of none."""
    found = directory()
    return found.by_municipality.get(municipality_id, found.default)


def public_url_of(obj, path=None):
    """The address of ``obj``'s page (or of ``path``) on the site of the
    municipality it belongs to, for links that leave the request: emails,
    the admin's "view on site", preview links."""
    from municipalities.tenancy import municipality_id_of

    if path is None:
        path = obj.get_absolute_url()
    return site_of_municipality(municipality_id_of(obj)).public_url(path)


def sites_changed():
    """Make every process read the sites again."""
    _memo.changed()


def _load(version):
    from sites.models import MenuItem, Site

    sites = list(
        Site.objects.select_related("municipality", "logo").prefetch_related(
            "aliases",
            Prefetch(
                "menu_items", queryset=MenuItem.objects.order_by("sort_order", "pk")
            ),
        )
    )
    found = Directory(version=version)
    for site in sites:
        site.directory_version = version
        found.sites[site.hostname] = site
        for alias in site.aliases.all():
            found.aliases[alias.hostname] = site
        if site.is_default:
            found.default = site
        if site.municipality_id is not None:
            found.by_municipality[site.municipality_id] = site
    if found.default is None:
        found.default = stand_in_portal()
        found.default.directory_version = version
    return found


def stand_in_portal():
    """The portal of an installation that has no site yet (a new database,
    most tests): every municipality's content under the network's name,
    at whatever permitted host was asked; never saved."""
    from sites.models import Site

    name = gettext_lazy("Community in the city")
    return Site(
        is_default=True, **{f"name_{code}": name for code, _ in settings.LANGUAGES}
    )


_memo = SharedMemo("sites:directory-version", _load)
