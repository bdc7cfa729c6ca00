"""sitemap.xml: every published public page of the site it is asked for
on, in every language, each with links to its translations (hreflang
alternates) and x-default: Hebrew. Addresses carry the request's host
(``get_current_site`` falls back to it)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from articles.models import Article
from departments.models import CommunityDepartment
from events.models import Event
from pages.models import Page
from partners.models import PartnerOrganization
from partnerships.models import Partnership


class PublicSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True

    def __init__(self, site=None):
        self.site = site


class SectionSitemap(PublicSitemap):
    """The pages that are not about one object."""

    changefreq = "daily"
    priority = 0.8

    def items(self):
        return [
            "home",
            "articles:list",
            "events:list",
            "events:past",
            "departments:list",
            "partnerships:list",
            "partners:directory",
            "partners:spotlight",
            "accessibility",
        ]

    def location(self, item):
        return reverse(item)


class ArticleSitemap(PublicSitemap):
    changefreq = "weekly"
    priority = 0.7

    def items(self):
        return (
            Article.objects.published()
            .on_site(self.site)
            .order_by("-published_at", "-pk")
        )

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)


class PublishedPageSitemap(PublicSitemap):
    """Published objects of ``model``, newest change first."""

    model = None
    changefreq = "monthly"
    priority = 0.6

    def items(self):
        return (
            self.model.objects.published()
            .on_site(self.site)
            .order_by("-updated_at", "-pk")
        )

    def lastmod(self, obj):
        return obj.updated_at


class PageSitemap(PublishedPageSitemap):
    """The pages staff built: the site's own, published, under published
    parents only."""

    model = Page
    priority = 0.7

    def items(self):
        # A page under an unpublished page is not public either.
        hidden = set(
            Page.objects.on_site(self.site)
            .exclude(pk__in=Page.objects.published())
            .values_list("pk", flat=True)
        )
        return [
            page
            for page in super().items().with_tree_fields()
            if hidden.isdisjoint(page.tree_path[:-1])
        ]


class DepartmentSitemap(PublishedPageSitemap):
    model = CommunityDepartment


class PartnershipSitemap(PublishedPageSitemap):
    model = Partnership


class PartnerSitemap(PublishedPageSitemap):
    model = PartnerOrganization


class EventSitemap(PublishedPageSitemap):
    model = Event
    changefreq = "weekly"


def sitemaps_of(site):
    """The sitemap's sections for ``site``."""
    return {name: sitemap(site) for name, sitemap in SITEMAPS.items()}


SITEMAPS = {
    "sections": SectionSitemap,
    "articles": ArticleSitemap,
    "departments": DepartmentSitemap,
    "partnerships": PartnershipSitemap,
    "partners": PartnerSitemap,
    "pages": PageSitemap,
    "events": EventSitemap,
}
