import datetime

import factory
from django.utils import timezone

from core.models import PublicationStatus
from partnerships.models import Delegation, Partnership
from tests.core.factories import MunicipalityFactory


class PartnershipFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"שותפות {n}")
    name_en = factory.Sequence(lambda n: f"Partnership {n}")
    municipality = factory.SubFactory(MunicipalityFactory)
    partner_city_he = "מיניאפוליס"
    partner_city_en = "Minneapolis"
    partner_country_he = "ארצות הברית"
    partner_country_en = "United States"
    year_started = 2022
    description_he = "שתי ערים שנפגשות."
    status = PublicationStatus.PUBLISHED

    class Meta:
        model = Partnership


class DelegationFactory(factory.django.DjangoModelFactory):
    partnership = factory.SubFactory(PartnershipFactory)
    title_he = factory.Sequence(lambda n: f"משלחת {n}")
    title_en = factory.Sequence(lambda n: f"Delegation {n}")
    direction = Delegation.Direction.INBOUND
    starts_on = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=20)
    )
    ends_on = factory.LazyAttribute(lambda d: d.starts_on + datetime.timedelta(days=5))
    participants_count = 10

    class Meta:
        model = Delegation
