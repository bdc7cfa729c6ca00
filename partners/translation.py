from modeltranslation.translator import TranslationOptions, register

from partners.models import FieldOfAction, PartnerOrganization, Population, Region


@register(FieldOfAction)
@register(Population)
@register(Region)
class LabelTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(PartnerOrganization)
class PartnerOrganizationTranslationOptions(TranslationOptions):
    fields = (
        "name",
        "summary",
        "description",
        "members_note",
        "funders",
        "contact_name",
        "contact_role",
        "spotlight_story",
    )
