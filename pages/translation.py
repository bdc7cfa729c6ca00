from modeltranslation.translator import TranslationOptions, register

from pages.models import (
    CallToAction,
    ContactCard,
    Download,
    Page,
    PartnerCards,
    PullQuote,
    Question,
    RichText,
    Video,
)


@register(Page)
class PageTranslationOptions(TranslationOptions):
    fields = ("title", "slug", "intro", "path")


@register(RichText)
class RichTextTranslationOptions(TranslationOptions):
    fields = ("text",)


@register(PullQuote)
class PullQuoteTranslationOptions(TranslationOptions):
    fields = ("text", "speaker")


@register(CallToAction)
class CallToActionTranslationOptions(TranslationOptions):
    fields = ("label", "target")


@register(Question)
class QuestionTranslationOptions(TranslationOptions):
    fields = ("question", "answer")


@register(ContactCard)
class ContactCardTranslationOptions(TranslationOptions):
    fields = ("name", "role", "address", "hours")


@register(Download)
class DownloadTranslationOptions(TranslationOptions):
    fields = ("label",)


@register(Video)
class VideoTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(PartnerCards)
class PartnerCardsTranslationOptions(TranslationOptions):
    fields = ("heading",)
