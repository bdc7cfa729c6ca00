"""A news index and plain article pages: a rich-text body and an image, as
a Wagtail developer would model the same content."""

from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

INDEX_LENGTH = 20


class NewsIndexPage(Page):
    intro = models.TextField(blank=True)

    subpage_types = ["news.NewsArticlePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["articles"] = (
            NewsArticlePage.objects.child_of(self)
            .live()
            .select_related("image")
            .order_by("-date", "-pk")[:INDEX_LENGTH]
        )
        return context


class NewsArticlePage(Page):
    date = models.DateTimeField()
    lede = models.TextField(blank=True)
    body = RichTextField()
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    byline = models.CharField(max_length=150, blank=True)

    # Searched as community_cms searches an article: its title (Page's
    # own fields), lede and text.
    search_fields = [
        *Page.search_fields,
        index.SearchField("lede"),
        index.SearchField("body"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
