from modeltranslation.translator import TranslationOptions, register

from alerts.models import Alert, EmergencyNumber


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("message", "link_label", "link_url")


@register(EmergencyNumber)
class EmergencyNumberTranslationOptions(TranslationOptions):
    fields = ("label",)
