import factory
from django.utils import timezone

from partners.models import PartnerOrganization
from submissions.models import EmailNotification, ProfileSubmission


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
