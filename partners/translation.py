from modeltranslation.translator import TranslationOptions, register

from partners.models import (
    Delegation,
    DelegationActivity,
    FieldOfAction,
    PartnerOrganization,
    Partnership,
    Population,
    Region,
    SteeringCommitteeMember,
)


@register(FieldOfAction)
@register(Population)
@register(Region)
@register(DelegationActivity)
class LabelTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(PartnerOrganization)
class PartnerOrganizationTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "logo_alt",
        "summary",
        "description",
        "members_note",
        "funders",
        "contact_name",
        "contact_role",
        "spotlight_story",
    )


@register(Partnership)
class PartnershipTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "partner_city",
        "partner_country",
        "summary",
        "description",
        "image_alt",
    )


@register(SteeringCommitteeMember)
class SteeringCommitteeMemberTranslationOptions(TranslationOptions):
    fields = ("name", "role")


@register(Delegation)
class DelegationTranslationOptions(TranslationOptions):
    fields = ("title", "summary")
