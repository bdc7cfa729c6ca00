"""Which site answers at a host: the sites, their aliases and their menus,
read from the database once per process and kept until their version in
the shared cache changes (any save of a site, an alias or a menu link).

A request then costs one small cache read to find its site, not a query;
a cached page costs nothing (the page cache answers before this runs)."""

import secrets
import threading
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy

VERSION_KEY = "sites:directory-version"

_lock = threading.Lock()
_loaded = {}


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
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, _new_version(), timeout=None)
        version = cache.get(VERSION_KEY)
    current = _loaded.get("directory")
    if current is not None and current.version == version:
        return current
    with _lock:
        current = _load(version)
        _loaded["directory"] = current
    return current


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
    """Make every process read the sites again: now (for this process and
    tests) and once the transaction commits (for the others, which could
    otherwise read the old rows under the new version)."""
    _bump()
    transaction.on_commit(_bump)


def _bump():
    cache.set(VERSION_KEY, _new_version(), timeout=None)


def _new_version():
    return f"{time.time_ns():x}{secrets.token_hex(4)}"


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
