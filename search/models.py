"""The search index: one row per published item per language, written by
``search.services`` whenever the item changes, and read by the search page.

On PostgreSQL migration 0002 adds what the model cannot declare portably: a
GIN index on ``search_vector`` and a trigram GIN index on ``SearchTerm.term``
(with the pg_trgm extension). SQLite keeps ``search_vector`` empty and
searches ``search_title`` and ``search_body`` with LIKE.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from articles.models import Article
from departments.models import CommunityDepartment
from events.models import Event
from municipalities.models import Municipality
from pages.models import Page
from partners.models import PartnerOrganization
from partnerships.models import Partnership


class Kind(models.TextChoices):
    # Labels reuse the site's navigation wording, as the type filter shows them.
    ARTICLE = "article", _("News")
    DEPARTMENT = "department", _("Community departments")
    PARTNERSHIP = "partnership", _("City partnerships")
    PARTNER = "partner", _("Partner directory")
    PAGE = "page", _("Pages")
    EVENT = "event", _("What's on")


KIND_MODELS = {
    Kind.ARTICLE: Article,
    Kind.DEPARTMENT: CommunityDepartment,
    Kind.PARTNERSHIP: Partnership,
    Kind.PARTNER: PartnerOrganization,
    Kind.PAGE: Page,
    Kind.EVENT: Event,
}


class SearchDocumentQuerySet(models.QuerySet):
    def public(self, language, at=None):
        """Rows residents may find in ``language`` (at the moment ``at``,
        now by default). Scheduled articles are
        indexed ahead of their time, and a partner's spotlight story ahead
        of its date (with interim rows that leave it out until then:
        ``search.documents.Source.documents``); the dates are checked here,
        at query time, so each appears when it comes with no job to run."""
        now = at or timezone.now()
        return self.filter(
            Q(visible_until__isnull=True) | Q(visible_until__gt=now),
            language=language,
            published_at__lte=now,
        )

    def in_municipality(self, municipality):
        """Rows about ``municipality``: its articles, department and
        partnerships, and the partner organizations that serve it."""
        served = PartnerOrganization.municipalities.through.objects.filter(
            municipality=municipality
        ).values("partnerorganization_id")
        return self.filter(
            Q(municipality=municipality) | Q(kind=Kind.PARTNER, object_id__in=served)
        )

    def about_topic(self, topic):
        tagged = Article.topics.through.objects.filter(topic=topic).values("article_id")
        return self.filter(kind=Kind.ARTICLE, object_id__in=tagged)


class SearchDocument(models.Model):
    """What search knows about one item in one language. The text is read
    from the item's language columns, each falling back to Hebrew when
    empty, as the public pages do."""

    content_type = models.ForeignKey(
        "contenttypes.ContentType",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("kind of content"),
        # The unique constraint below starts with this column.
        db_index=False,
    )
    object_id = models.PositiveBigIntegerField(_("object id"))
    language = models.CharField(_("language"), max_length=7, choices=settings.LANGUAGES)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("municipality"),
        help_text=_("Empty for partner organizations, which may serve several."),
    )
    published_at = models.DateTimeField(
        _("visible from"),
        help_text=_(
            "An article's publish date (results hide it until then); for other "
            "content, when it was created."
        ),
    )
    visible_until = models.DateTimeField(
        _("visible until"),
        null=True,
        blank=True,
        help_text=_(
            "Set on interim rows only: results show them until then, and the "
            "item's full row from then on."
        ),
    )
    is_interim = models.BooleanField(
        _("interim"),
        default=False,
        help_text=_(
            "The item's text without what is not public yet, such as a "
            "partner's spotlight story before its date."
        ),
    )
    url = models.CharField(_("address"), max_length=500)
    title = models.CharField(_("title"), max_length=300)
    text = models.TextField(
        _("text"), blank=True, help_text=_("Plain text the result snippet is cut from.")
    )
    search_title = models.TextField(
        _("normalized title"), blank=True, help_text=_("Words and their variants.")
    )
    search_body = models.TextField(
        _("normalized text"), blank=True, help_text=_("Words and their variants.")
    )
    search_vector = SearchVectorField(_("search vector"), null=True, editable=False)
    indexed_at = models.DateTimeField(_("indexed at"), auto_now=True)

    objects = SearchDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language", "is_interim"],
                name="one_search_document_per_language",
            ),
            models.CheckConstraint(
                condition=Q(is_interim=True, visible_until__isnull=False)
                | Q(is_interim=False, visible_until__isnull=True),
                name="search_interim_document_has_an_end",
            ),
        ]
        indexes = [
            models.Index(
                fields=["language", "-published_at"], name="search_doc_public_order"
            ),
            models.Index(fields=["kind", "object_id"], name="search_doc_object"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    def get_absolute_url(self):
        return self.url

    @property
    def kind_label(self):
        """What one result is, e.g. "Article", in the active language."""
        return capfirst(KIND_MODELS[self.kind]._meta.verbose_name)


class SearchTerm(models.Model):
    """Every word form the index holds, once: the vocabulary a mistyped
    query word is corrected against (by trigram similarity on PostgreSQL).
    Only added to; ``rebuild_search_index`` starts it afresh."""

    term = models.CharField(_("term"), max_length=64, unique=True)

    class Meta:
        ordering = ["term"]
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.term
