"""News articles about a city's communities, with their pull quotes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from core.compiled_queries import CompiledQuery
from core.models import (
    declared_fields,
    fill_translated_slugs,
    if_published,
    in_language_or_default,
    page_columns,
)
from core.shared_memo import SharedRows
from departments.models import CommunityDepartment
from library.models import Image
from municipalities.models import Municipality
from municipalities.workflow import WorkflowModel, WorkflowQuerySet
from partners.models import PartnerOrganization
from partnerships.models import Partnership


class Topic(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True, allow_unicode=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self):
        return self.name


# Every topic, as the news list's and search's filters list them.
ALL_TOPICS = SharedRows(Topic)


class ArticleQuerySet(WorkflowQuerySet):
    def for_listing(self):
        # Lists show no article text: its columns, the largest by far, are
        # left in the database.
        bodies = [
            build_localized_fieldname("body", code) for code, _ in settings.LANGUAGES
        ]
        return (
            self.select_related("municipality")
            .defer("body", *bodies)
            .order_by("-published_at", "-pk")
        )

    def for_cards(self):
        """What an article card shows (title, lede, photo, date, city),
        newest first, and nothing else: every other column is translated,
        so fourfold, and reading it costs time on every list."""
        return (
            self.select_related("municipality", "image")
            .only(
                *page_columns(
                    self.model,
                    *ARTICLE_CARD_FIELDS,
                    "municipality__name",
                    "municipality__slug",
                    "image__file",
                )
            )
            .order_by("-published_at", "-pk")
        )

    def for_home(self, count):
        """The ``count`` cards of a home page: the articles publishers
        pinned there, newest first, then the latest of the others."""
        return self.first_then_latest(PINNED_TO_HOME_PAGE, count)

    def first_then_latest(self, first, count):
        """``count`` cards: those matching ``first``, newest first, then
        the latest of the others."""
        cards = self.for_cards()
        return first_then_latest(
            list(cards.filter(first)[:count]), lambda: list(cards[:count]), count
        )

    def for_detail(self):
        # The department and the partnership are only named and linked
        # (when published: ``public_department``): their other (translated,
        # so fourfold) columns are not read. The page's other relations come
        # from ``read_page_relations``.
        linked = ["id", "slug", "name", "status", "municipality_id"]
        return self.select_related(
            "municipality__site__logo", "department", "partnership", "image"
        ).only(
            *page_columns(
                self.model,
                *declared_fields(self.model),
                *(f"department__{name}" for name in linked),
                *(f"partnership__{name}" for name in linked),
                *declared_fields(Image, "image__"),
                *declared_fields(Municipality, "municipality__"),
                # The publisher's emblem, for search engines (``emblem_of``).
                "municipality__site__logo__file",
            )
        )

    def chosen(self, *, municipality_id=None, topic_id=None):
        """Narrowed to a municipality and a topic, where one is given (the
        news list's filters)."""
        articles = self
        if municipality_id is not None:
            articles = articles.filter(municipality_id=municipality_id)
        if topic_id is not None:
            articles = articles.filter(topics=topic_id)
        return articles

    def with_slug(self, slug):
        """Articles whose slug in the active language, or in Hebrew (the
        fallback when a translation has no slug of its own), is ``slug``."""
        return self.filter(in_language_or_default("slug", slug))


# The articles publishers pinned to their site's home page, shown first.
PINNED_TO_HOME_PAGE = Q(pinned=True)


def first_then_latest(first, read_latest, count):
    """``count`` cards: the cards ``first`` (at most ``count``), then the
    latest others, from ``read_latest()``, the latest ``count`` of all (so
    with enough besides those of ``first``), read only when needed."""
    if len(first) >= count:
        return first[:count]
    shown = {article.pk for article in first}
    others = [article for article in read_latest() if article.pk not in shown]
    return first + others[: count - len(first)]


# The columns of an article that a card (includes/article_card.html) reads.
ARTICLE_CARD_FIELDS = (
    "slug",
    "title",
    "lede",
    "image",
    "published_at",
    "municipality",
)


class Article(WorkflowModel):
    title = models.CharField(_("title"), max_length=250)
    slug = models.SlugField(
        _("slug"),
        max_length=250,
        unique=True,
        allow_unicode=True,
        blank=True,
        help_text=_(
            "The article's part of the web address. Filled in from the title "
            "when left empty; unique within each language."
        ),
    )
    lede = models.TextField(
        _("lede"),
        max_length=600,
        blank=True,
        help_text=_(
            "One or two sentences that sum up the story, shown under the title."
        ),
    )
    body = models.TextField(
        _("body"),
        blank=True,
        help_text=_(
            "The article text. Formatting is limited to headings, lists, links "
            "and emphasis."
        ),
    )
    image = models.ForeignKey(
        Image,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("main photo"),
        help_text=_(
            "Chosen from the library, with its description, caption and credit."
        ),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("author"),
    )
    byline = models.CharField(
        _("byline"),
        max_length=150,
        blank=True,
        help_text=_(
            "The name shown as the writer, e.g. the municipal spokesperson's office."
        ),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        related_name="articles",
        verbose_name=_("municipality"),
    )
    department = models.ForeignKey(
        CommunityDepartment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("community department"),
    )
    topics = models.ManyToManyField(
        Topic, related_name="articles", blank=True, verbose_name=_("topics")
    )
    partnership = models.ForeignKey(
        Partnership,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name=_("related partnership"),
    )
    partner_organizations = models.ManyToManyField(
        PartnerOrganization,
        related_name="articles",
        blank=True,
        verbose_name=_("related partner organizations"),
    )
    pinned = models.BooleanField(
        _("pinned to the home page"),
        default=False,
        help_text=_(
            "Pinned articles come first on the site's home page, newest first; "
            "the latest news fills the rest."
        ),
    )

    objects = ArticleQuerySet.as_manager()

    municipality_path = "municipality"
    publisher_only_fields = ("status", "published_at", "pinned")
    rich_text_fields = ("body",)
    preview_url_name = "articles:preview"
    # The salt preview links were signed with before pages shared the
    # workflow: links already sent keep working.
    preview_salt = "articles.preview"

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish articles"))]
        # Each in the lists' exact order (the id breaks ties), so a page is
        # read straight off the index, and a deep page's ids from the index
        # alone (core/pagination.py).
        indexes = [
            models.Index(
                fields=["status", "-published_at", "-id"], name="article_public_order"
            ),
            models.Index(
                fields=["municipality", "status", "-published_at", "-id"],
                name="article_by_municipality",
            ),
            # The few pinned articles, found without reading the others.
            models.Index(
                fields=["-published_at", "-id"],
                condition=Q(pinned=True),
                name="article_pinned",
            ),
            # The admin's list: every state, newest first.
            models.Index(fields=["-published_at", "-id"], name="article_admin_order"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if (
            self.department_id
            and self.municipality_id
            and self.department.municipality_id != self.municipality_id
        ):
            raise ValidationError(
                {"department": _("The department belongs to another municipality.")}
            )

    def save(self, *args, **kwargs):
        fill_translated_slugs(self, max_length=250)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("articles:detail", kwargs={"slug": self.slug})

    def read_page_relations(self):
        """Read what the article's page shows besides the article into
        ``page_quotes``, ``page_topics`` and ``page_partners`` (published
        partner organizations), with one plain query each: for one article
        that costs half of what ``prefetch_related``, made for lists, does."""
        self.page_quotes = PAGE_QUOTES.run(article_id=self.pk)
        self.page_topics = PAGE_TOPICS.run(article_id=self.pk)
        self.page_partners = PAGE_PARTNERS.run(article_id=self.pk)
        return self

    # A published article may be tagged with a department or a partnership
    # whose page is still a draft: public pages (the article's, its preview,
    # and whatever else names them) read these instead, which hide a draft.

    @property
    def public_department(self):
        return if_published(self.department)

    @property
    def public_partnership(self):
        return if_published(self.partnership)


class Quote(models.Model):
    """A pull quote: what someone said, shown set apart inside the article."""

    article = models.ForeignKey(
        Article,
        on_delete=models.CASCADE,
        related_name="quotes",
        verbose_name=_("article"),
    )
    text = models.TextField(_("quote"), max_length=1200)
    speaker = models.CharField(_("speaker"), max_length=150)
    speaker_role = models.CharField(
        _("speaker's role"),
        max_length=200,
        blank=True,
        help_text=_("For example: Mayor of Rehovot."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    # Shown only on its article's page (core.page_cache).
    municipality_path = "article__municipality"

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("quote")
        verbose_name_plural = _("quotes")

    def __str__(self):
        return f"{self.speaker}: {self.text[:60]}"


# What an article's page shows besides the article (``read_page_relations``),
# compiled once per language.
PAGE_QUOTES = CompiledQuery(
    lambda article_id: Quote.objects.filter(article_id=article_id).order_by(
        "sort_order", "pk"
    ),
    article_id=int,
)
PAGE_TOPICS = CompiledQuery(
    lambda article_id: Topic.objects.filter(articles=article_id).order_by("name"),
    article_id=int,
)
PAGE_PARTNERS = CompiledQuery(
    lambda article_id: PartnerOrganization.objects.named_on_page(articles=article_id),
    article_id=int,
)
