import factory

from sites.models import MenuItem, Site, SiteAlias
from tests.core.factories import MunicipalityFactory


class SiteFactory(factory.django.DjangoModelFactory):
    """A municipality's site; ``PortalFactory`` the network's."""

    municipality = factory.SubFactory(MunicipalityFactory)
    hostname = factory.Sequence(lambda n: f"city-{n}.example.org")
    name_he = factory.Sequence(lambda n: f"קהילה בעיר {n}")
    name_ar = factory.Sequence(lambda n: f"المجتمع في المدينة {n}")
    name_en = factory.Sequence(lambda n: f"Community in city {n}")

    class Meta:
        model = Site


class PortalFactory(SiteFactory):
    municipality = None
    hostname = "portal.example.org"
    is_default = True
    name_he = "קהילה בעיר"
    name_ar = "المجتمع في المدينة"
    name_en = "Community in the city"

    class Meta:
        model = Site
        django_get_or_create = ("hostname",)


class SiteAliasFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    hostname = factory.Sequence(lambda n: f"www.city-{n}.example.org")

    class Meta:
        model = SiteAlias


class MenuItemFactory(factory.django.DjangoModelFactory):
    site = factory.SubFactory(SiteFactory)
    menu = MenuItem.Menu.MAIN
    sort_order = factory.Sequence(int)
    label_he = factory.Sequence(lambda n: f"קישור {n}")
    label_en = factory.Sequence(lambda n: f"Link {n}")
    section = "articles:list"

    class Meta:
        model = MenuItem
