"""What each kind of content contributes to the search index.

A source names the model, which of its translated fields make the title and
the searchable text, which rows are published, and the child rows (quotes,
delegation visits) whose text belongs to the same page. Text is read from
the language columns (``title_ar`` ...) with the Hebrew fallback applied
here: modeltranslation only applies it when an attribute is read in the
active language, never inside a query.

An item's municipality name, and an article's topic names, are searchable
too: they are added to ``search_body`` after the text, each between marks
that no indexed word contains ("[ רחובות ]", "{ תרבות }"), so that renaming
a municipality or a topic can replace its name in every document with one
UPDATE (``search.services``) instead of indexing them again.
"""

from django.conf import settings
from django.utils import timezone, translation
from modeltranslation.utils import build_localized_fieldname

from articles.models import Article
from core.models import PublicationStatus
from departments.models import CommunityDepartment
from events.models import Event
from municipalities.workflow import WorkflowStatus
from pages.models import Page, page_blocks_in_order
from partners.models import PartnerOrganization
from partnerships.models import Partnership
from search import text
from search.models import Kind, SearchDocument

TITLE_MAX_LENGTH = SearchDocument._meta.get_field("title").max_length
MUNICIPALITY_MARKS = ("[", "]")
TOPIC_MARKS = ("{", "}")


def translated(obj, field, language):
    """``field`` of ``obj`` as residents read it in ``language``: its own
    column, or the first fallback language's when that one is empty."""
    fallbacks = getattr(settings, "MODELTRANSLATION_FALLBACK_LANGUAGES", ())
    for code in (language, *fallbacks):
        value = getattr(obj, build_localized_fieldname(field, code), None)
        if value:
            return str(value)
    return ""


def _marked(name, marks, suffixes=True):
    forms = text.index_text(name, suffixes)
    return f"{marks[0]}{forms}{marks[1]}" if forms else ""


def indexed_municipality_name(municipality, language):
    """How ``municipality``'s name is stored in ``search_body``. A place
    name keeps its ending: רחובות is a city, not "streets"."""
    return _marked(
        translated(municipality, "name", language), MUNICIPALITY_MARKS, suffixes=False
    )


def indexed_topic_name(topic, language):
    """How ``topic``'s name is stored in the ``search_body`` of its
    articles."""
    return _marked(translated(topic, "name", language), TOPIC_MARKS)


class Source:
    kind = None
    model = None
    title_field = "name"
    text_fields = ()
    html_fields = frozenset()
    # Text fields that go public at a moment of their own (``later_from``).
    later_fields = frozenset()

    def searchable(self):
        """Every row that belongs in the index, ready for ``documents()``."""
        return self.model._default_manager.filter(status=PublicationStatus.PUBLISHED)

    def is_searchable(self, obj):
        return obj.status == PublicationStatus.PUBLISHED

    def visible_from(self, obj):
        return obj.created_at

    def later_from(self, obj):
        """When ``later_fields`` become public; None if they never do."""
        return None

    def municipality_id(self, obj):
        return getattr(obj, "municipality_id", None)

    def child_texts(self, obj, language):
        return []

    def indexed_names(self, obj, language):
        """The names searchable with ``obj`` besides its text."""
        if self.municipality_id(obj) is None:
            return ""
        return indexed_municipality_name(obj.municipality, language)

    def texts(self, obj, language, *, with_later):
        values = []
        for field in self.text_fields:
            if field in self.later_fields and not with_later:
                continue
            value = translated(obj, field, language)
            if field in self.html_fields:
                value = text.plain_text(value)
            values.append(value)
        values += self.child_texts(obj, language)
        return [value for value in values if value]

    def documents(self, obj, content_type):
        """One unsaved ``SearchDocument`` per language, and while some of
        its text is not public yet (``later_from``), an interim one too.

        Text that goes public later is indexed at once, in full rows that
        are visible from its moment, next to interim rows without it that
        are visible until then; the search page's date filter
        (``SearchDocument.objects.public``) switches from one to the other
        when the moment comes, as it does for scheduled articles. So no
        save, job or write at read time is needed, and a search costs the
        same: one more condition on rows it reads anyway."""
        visible_from = self.visible_from(obj)
        later_from = self.later_from(obj)
        if later_from is None:
            return self._documents(obj, content_type, visible_from, with_later=False)
        documents = self._documents(
            obj, content_type, max(visible_from, later_from), with_later=True
        )
        if later_from > timezone.now():
            documents += self._documents(
                obj, content_type, visible_from, with_later=False, until=later_from
            )
        return documents

    def _documents(self, obj, content_type, published_at, *, with_later, until=None):
        documents = []
        for language, _name in settings.LANGUAGES:
            title = translated(obj, self.title_field, language)
            body = "\n".join(self.texts(obj, language, with_later=with_later))
            with translation.override(language):
                url = obj.get_absolute_url()
            documents.append(
                SearchDocument(
                    content_type=content_type,
                    object_id=obj.pk,
                    language=language,
                    kind=self.kind,
                    municipality_id=self.municipality_id(obj),
                    published_at=published_at,
                    visible_until=until,
                    is_interim=until is not None,
                    url=url,
                    title=title[:TITLE_MAX_LENGTH],
                    text=body,
                    search_title=text.index_text(title),
                    search_body=text.index_text(body)
                    + self.indexed_names(obj, language),
                )
            )
        return documents


class ArticleSource(Source):
    kind = Kind.ARTICLE
    model = Article
    title_field = "title"
    text_fields = ("lede", "body")
    html_fields = frozenset({"body"})

    def searchable(self):
        # Scheduled articles too: the search page hides them until their
        # publish date (SearchDocument.objects.public()).
        return (
            Article.objects.filter(
                status=WorkflowStatus.PUBLISHED, published_at__isnull=False
            )
            .select_related("municipality")
            .prefetch_related("quotes", "topics")
        )

    def is_searchable(self, article):
        return (
            article.status == WorkflowStatus.PUBLISHED
            and article.published_at is not None
        )

    def visible_from(self, article):
        return article.published_at

    def child_texts(self, article, language):
        return [
            " ".join(
                filter(
                    None,
                    [
                        translated(quote, "text", language),
                        translated(quote, "speaker", language),
                    ],
                )
            )
            for quote in article.quotes.all()
        ]

    def indexed_names(self, article, language):
        # In a fixed order, so that saving and rebuilding store the same.
        topics = sorted(article.topics.all(), key=lambda topic: topic.pk)
        return super().indexed_names(article, language) + "".join(
            indexed_topic_name(topic, language) for topic in topics
        )


class EventSource(ArticleSource):
    """An event, found by its description, venue and topics."""

    kind = Kind.EVENT
    model = Event
    text_fields = ("summary", "description", "venue_name", "venue_address")
    html_fields = frozenset({"description"})

    def searchable(self):
        return (
            Event.objects.filter(
                status=WorkflowStatus.PUBLISHED, published_at__isnull=False
            )
            .select_related("municipality")
            .prefetch_related("topics")
        )

    def child_texts(self, event, language):
        return []


class DepartmentSource(Source):
    kind = Kind.DEPARTMENT
    model = CommunityDepartment
    text_fields = ("mission", "services", "head_name", "head_title", "address")

    def searchable(self):
        return super().searchable().select_related("municipality")


class PartnershipSource(Source):
    kind = Kind.PARTNERSHIP
    model = Partnership
    text_fields = ("summary", "partner_city", "partner_country", "description")

    def searchable(self):
        return (
            super()
            .searchable()
            .select_related("municipality")
            .prefetch_related("delegations")
        )

    def child_texts(self, partnership, language):
        return [
            f"{translated(visit, 'title', language)} "
            f"{translated(visit, 'summary', language)}".strip()
            for visit in partnership.delegations.all()
        ]


class PartnerSource(Source):
    kind = Kind.PARTNER
    model = PartnerOrganization
    # Contact people are left out: their names are public only by choice.
    text_fields = (
        "summary",
        "description",
        "spotlight_story",
        "members_note",
        "funders",
    )
    later_fields = frozenset({"spotlight_story"})

    def later_from(self, partner):
        # The story is told on the "meet the partner" page from the
        # spotlight's date, and never if the partner is not in the
        # spotlight. Without a story there is nothing to wait for.
        if not any(
            translated(partner, "spotlight_story", language)
            for language, _name in settings.LANGUAGES
        ):
            return None
        return partner.spotlight_starts_at

    def municipality_id(self, partner):
        # A partner may serve several municipalities: the filter looks them
        # up when searching (SearchDocumentQuerySet.in_municipality).
        return None


class PageSource(Source):
    """A page with the text of its blocks. Only its own site shows it:
    a city's pages carry the city (``in_municipality``), the portal's none."""

    kind = Kind.PAGE
    model = Page
    title_field = "title"
    text_fields = ("intro",)
    # What residents read in each kind of block, plain.
    BLOCK_TEXTS = {
        "richtext": ("text",),
        "pullquote": ("text", "speaker"),
        "calltoaction": ("label",),
        "question": ("question", "answer"),
        "contactcard": ("name", "role"),
        "download": ("label",),
        "video": ("title",),
        "partnercards": ("heading",),
    }

    def searchable(self):
        return Page.objects.filter(
            status=WorkflowStatus.PUBLISHED, published_at__isnull=False
        ).select_related("site__municipality")

    def is_searchable(self, page):
        return page.status == WorkflowStatus.PUBLISHED and page.published_at is not None

    def visible_from(self, page):
        return page.published_at

    def municipality_id(self, page):
        return page.site.municipality_id

    def indexed_names(self, page, language):
        if page.site.municipality_id is None:
            return ""
        return indexed_municipality_name(page.site.municipality, language)

    def child_texts(self, page, language):
        texts = []
        for block in page_blocks_in_order(page):
            for field in self.BLOCK_TEXTS.get(type(block)._meta.model_name, ()):
                value = translated(block, field, language)
                texts.append(text.plain_text(value) if field == "text" else value)
        return [value for value in texts if value]


SOURCES = {
    source.model: source
    for source in (
        ArticleSource(),
        DepartmentSource(),
        PartnershipSource(),
        PartnerSource(),
        PageSource(),
        EventSource(),
    )
}
