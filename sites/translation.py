from modeltranslation.translator import TranslationOptions, register

from sites.models import MenuItem, Site


@register(Site)
class SiteTranslationOptions(TranslationOptions):
    fields = ("name", "tagline", "address", "opening_hours", "footer_text")


@register(MenuItem)
class MenuItemTranslationOptions(TranslationOptions):
    fields = ("label",)
