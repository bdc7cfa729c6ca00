from modeltranslation.translator import TranslationOptions, register

from alerts.models import Alert


@register(Alert)
class AlertTranslationOptions(TranslationOptions):
    fields = ("message", "link_label", "link_url")
