from django import template
from django.urls import reverse
from django.utils.encoding import escape_uri_path
from django.utils.translation import gettext_lazy as _

from sites.models import MenuItem

register = template.Library()

# The links a site shows until its publishers set their own.
DEFAULT_MENUS = {
    MenuItem.Menu.MAIN: [
        ("articles:list", _("News")),
        ("events:list", _("What's on")),
        ("departments:list", _("Community departments")),
        ("partnerships:list", _("City partnerships")),
        ("partners:directory", _("Partner directory")),
        ("partners:spotlight", _("Meet the partner")),
    ],
    MenuItem.Menu.FOOTER: [
        ("emergency", _("Emergency numbers and messages")),
        ("accessibility", _("Accessibility statement")),
        ("articles:feed_rss", _("News feed (RSS)")),
    ],
}

# Pages whose section has another namespace: the partner form is part of
# the directory.
SECTION_OF = {"submissions": "partners"}


class MenuLink:
    def __init__(self, label, href, section="", external=False):
        self.label = label
        self.href = href
        self.section = section
        self.external = external
        self.current = False


def _view_name(match):
    if match is None:
        return ""
    return f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name


def _mark_current(links, match, current_path):
    """The link to the page being shown is current; failing that, the link
    to its section (News for an article): the first whose namespace it is."""
    view = _view_name(match)
    if not view:
        return
    for link in links:
        if link.section == view or (link.href == current_path and not link.external):
            link.current = True
            return
    namespace = SECTION_OF.get(match.namespace, match.namespace)
    for link in links:
        if (
            namespace
            and link.section.split(":")[0] == namespace
            and ":" in link.section
        ):
            link.current = True
            return


def _links(site, menu):
    items = []
    if site is not None and site.pk is not None:
        items = [item for item in site.menu_items.all() if item.menu == menu]
    if not items:
        return [
            MenuLink(label, reverse(section), section)
            for section, label in DEFAULT_MENUS[menu]
        ]
    links = []
    for item in items:
        href = item.href()
        if href is not None:
            links.append(MenuLink(item.label, href, item.section, item.is_external))
    return links


@register.simple_tag(takes_context=True)
def site_menu(context, menu):
    """The links of the site's ``menu`` ("main" or "footer"); the one of
    the page being shown has ``current`` set."""
    request = context.get("request")
    links = _links(context.get("site"), menu)
    _mark_current(
        links,
        getattr(request, "resolver_match", None),
        escape_uri_path(getattr(request, "path", "")),
    )
    return links
