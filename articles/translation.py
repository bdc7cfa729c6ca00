from modeltranslation.translator import TranslationOptions, register

from articles.models import Article, Quote, Topic


@register(Topic)
class TopicTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Article)
class ArticleTranslationOptions(TranslationOptions):
    fields = (
        "title",
        "slug",
        "lede",
        "body",
        "byline",
    )
    # An empty slug is stored as NULL so that the unique constraint only
    # compares slugs that exist: many articles have no Arabic slug yet.
    empty_values = {"slug": None}
    required_languages = {"he": ("title",)}


@register(Quote)
class QuoteTranslationOptions(TranslationOptions):
    fields = ("text", "speaker", "speaker_role")
