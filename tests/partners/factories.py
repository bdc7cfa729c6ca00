import factory

from core.models import PublicationStatus
from partners.models import FieldOfAction, PartnerOrganization, Population, Region


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
