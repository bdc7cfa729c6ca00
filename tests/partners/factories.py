import datetime

import factory
from django.utils import timezone

from core.models import PublicationStatus
from partners.models import (
    Delegation,
    EmailNotification,
    FieldOfAction,
    PartnerOrganization,
    Partnership,
    Population,
    ProfileSubmission,
    Region,
)
from tests.core.factories import MunicipalityFactory


class FieldOfActionFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"תחום {n}")
    name_en = factory.Sequence(lambda n: f"Field {n}")
    slug = factory.Sequence(lambda n: f"field-{n}")

    class Meta:
        model = FieldOfAction


class PopulationFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"אוכלוסייה {n}")
    slug = factory.Sequence(lambda n: f"population-{n}")

    class Meta:
        model = Population


class RegionFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"אזור {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")

    class Meta:
        model = Region


class PartnerOrganizationFactory(factory.django.DjangoModelFactory):
    name_he = factory.Sequence(lambda n: f"ארגון שותף {n}")
    name_ar = factory.Sequence(lambda n: f"منظمة شريكة {n}")
    name_en = factory.Sequence(lambda n: f"Partner Organization {n}")
    kind = PartnerOrganization.Kind.NGO
    summary_he = "ארגון שמלווה קהילות בשכונות."
    description_he = "פסקה ראשונה.\n\nפסקה שנייה."
    contact_name_he = "דנה כהן"
    contact_role_he = "רכזת שותפויות"
    contact_email = factory.Sequence(lambda n: f"partner{n}@example.org")
    contact_phone = "08-9000000"
    status = PublicationStatus.PUBLISHED

    class Meta:
        model = PartnerOrganization
        skip_postgeneration_save = True

    @factory.post_generation
    def fields_of_action(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields_of_action.set(extracted)

    @factory.post_generation
    def populations(self, create, extracted, **kwargs):
        if create and extracted:
            self.populations.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)


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


class ProfileSubmissionFactory(factory.django.DjangoModelFactory):
    """A pending submission of a new organization, written in Hebrew."""

    language = "he"
    name = factory.Sequence(lambda n: f"עמותת שכנים טובים {n}")
    kind = PartnerOrganization.Kind.NGO
    summary = "מחברת בין שכנים ותיקים וחדשים."
    description = "אנחנו מלווים ועדי שכונות.\n\nופועלים בשלוש ערים."
    contact_name = "רותם אברהם"
    contact_role = "מנהלת תוכניות"
    contact_email = factory.Sequence(lambda n: f"contact{n}@example.org")
    contact_phone = "050-1234567"
    consent_text = "מה נשמר, למה, לכמה זמן ומי רואה."
    consented_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = ProfileSubmission
        skip_postgeneration_save = True

    @factory.post_generation
    def municipalities(self, create, extracted, **kwargs):
        if create and extracted:
            self.municipalities.set(extracted)

    @factory.post_generation
    def fields_of_action(self, create, extracted, **kwargs):
        if create and extracted:
            self.fields_of_action.set(extracted)


class EmailNotificationFactory(factory.django.DjangoModelFactory):
    """An email waiting in the outbox: a confirmation to a submitter."""

    kind = EmailNotification.Kind.SUBMISSION_RECEIVED
    recipient = factory.Sequence(lambda n: f"submitter{n}@example.org")
    language = "he"
    subject = "קיבלנו את הפרטים"
    body = "תודה, נחזור אליכם בקרוב."

    class Meta:
        model = EmailNotification
