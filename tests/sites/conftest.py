import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from tests.articles.factories import ArticleFactory
from tests.core.factories import (
    AccessibilityStatementFactory,
    CommunityDepartmentFactory,
    MunicipalityFactory,
)
from tests.partners.factories import PartnerOrganizationFactory
from tests.partnerships.factories import DelegationFactory, PartnershipFactory
from tests.sites.factories import PortalFactory, SiteFactory

PORTAL = "portal.example.org"


@dataclass
class City:
    """A municipality with its own site and one of each kind of content,
    every name carrying ``word``, so a page can be searched for it."""

    word: str
    host: str
    site: object
    municipality: object
    article: object
    department: object
    partnership: object
    delegation: object
    partner: object


def make_city(word, host):
    municipality = MunicipalityFactory(
        name_he=f"עיר {word}", name_en=f"City {word}", slug=f"city-{word}"
    )
    site = SiteFactory(
        municipality=municipality,
        hostname=host,
        name_he=f"קהילה {word}",
        name_en=f"Community {word}",
    )
    article = ArticleFactory(
        municipality=municipality,
        title_he=f"כתבה {word}",
        title_en=f"Story {word}",
    )
    department = CommunityDepartmentFactory(
        municipality=municipality, name_he=f"אגף {word}", name_en=f"Department {word}"
    )
    partnership = PartnershipFactory(
        municipality=municipality,
        name_he=f"שותפות {word}",
        name_en=f"Partnership {word}",
    )
    delegation = DelegationFactory(
        partnership=partnership,
        title_he=f"משלחת {word}",
        title_en=f"Delegation {word}",
        starts_on=timezone.localdate() + datetime.timedelta(days=3),
    )
    partner = PartnerOrganizationFactory(
        name_he=f"ארגון {word}",
        name_en=f"Organization {word}",
        is_spotlight=True,
        spotlight_date=timezone.localdate() - datetime.timedelta(days=1),
    )
    partner.municipalities.set([municipality])
    AccessibilityStatementFactory(
        municipality=municipality, coordinator_name_he=f"רכזת {word}"
    )
    return City(
        word, host, site, municipality, article, department, partnership,
        delegation, partner,
    )  # fmt: skip


@pytest.fixture
def portal(db):
    return PortalFactory(hostname=PORTAL)


@pytest.fixture
def cities(portal):
    """Two municipalities with sites of their own, beside the portal."""
    return (
        make_city("alpha", "alpha.example.org"),
        make_city("beta", "beta.example.org"),
    )
