from modeltranslation.translator import TranslationOptions, register

from departments.models import CommunityDepartment, ProfessionalNetwork


@register(ProfessionalNetwork)
class ProfessionalNetworkTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(CommunityDepartment)
class CommunityDepartmentTranslationOptions(TranslationOptions):
    fields = ("name", "head_name", "head_title", "mission", "services", "address")
