from modeltranslation.translator import TranslationOptions, register

from municipalities.models import AccessibilityStatement, Municipality


@register(Municipality)
class MunicipalityTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(AccessibilityStatement)
class AccessibilityStatementTranslationOptions(TranslationOptions):
    fields = ("standard", "accessible_features", "known_exceptions", "coordinator_name")
