from modeltranslation.translator import TranslationOptions, register

from municipalities.models import (
    AccessibilityStatement,
    CommunityDepartment,
    Municipality,
    ProfessionalNetwork,
)


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(ProfessionalNetwork)
class ProfessionalNetworkTranslationOptions(TranslationOptions):
    fields = ("name", "description")


@register(CommunityDepartment)
class CommunityDepartmentTranslationOptions(TranslationOptions):
    fields = ("name", "head_name", "head_title", "mission", "services", "address")


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("standard", "accessible_features", "known_exceptions", "coordinator_name")
