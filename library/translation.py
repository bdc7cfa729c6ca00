from modeltranslation.translator import TranslationOptions, register

from library.models import Document, Image


@register(Image)
class ImageTranslationOptions(TranslationOptions):
    fields = ("alt_text", "caption", "credit")


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
