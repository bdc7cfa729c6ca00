import datetime
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from events.models import Event
from municipalities.workflow import WorkflowStatus
from tests.core.factories import MunicipalityFactory

JERUSALEM = ZoneInfo("Asia/Jerusalem")


def local(*args):
    """An aware moment in Israeli time: ``local(2026, 12, 1, 18, 0)``."""
    return datetime.datetime(*args, tzinfo=JERUSALEM)


class EventFactory(factory.django.DjangoModelFactory):
    title_he = factory.Sequence(lambda n: f"אירוע קהילתי {n}")
    title_en = factory.Sequence(lambda n: f"Community event {n}")
    summary_he = "מפגש פתוח לכל התושבים."
    summary_en = "An open meeting for all residents."
    municipality = factory.SubFactory(MunicipalityFactory)
    starts_at = factory.LazyFunction(
        lambda: (timezone.localtime() + datetime.timedelta(days=3)).replace(
            hour=18, minute=0, second=0, microsecond=0
        )
    )
    ends_at = factory.LazyAttribute(
        lambda event: event.starts_at + datetime.timedelta(hours=2)
    )
    venue_name_he = "המרכז הקהילתי"
    venue_name_en = "The community centre"
    status = WorkflowStatus.PUBLISHED
    published_at = factory.LazyFunction(
        lambda: timezone.now() - datetime.timedelta(hours=1)
    )

    class Meta:
        model = Event
        skip_postgeneration_save = True

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)
