from modeltranslation.translator import TranslationOptions, register

from partnerships.models import (
    Delegation,
    DelegationActivity,
    Partnership,
    SteeringCommitteeMember,
)


@register(DelegationActivity)
class DelegationActivityTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Partnership)
class PartnershipTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "partner_city",
        "partner_country",
        "summary",
        "description",
    )


@register(SteeringCommitteeMember)
class SteeringCommitteeMemberTranslationOptions(TranslationOptions):
    fields = ("name", "role")


@register(Delegation)
class DelegationTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
