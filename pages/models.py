"""Pages staff build themselves, per site, in a tree: "how to volunteer",
"our community centres", an FAQ. A page's body is a list of blocks that
staff add, remove and reorder in the admin (django-content-editor: each
kind of block is a model of its own, validated like any other); pages go
through the same workflow, revisions, preview, audit and tenancy as
articles."""

import re
from urllib.parse import parse_qs, urlsplit

from content_editor.models import Region, create_plugin_base
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connections, models, router
from django.urls import Resolver404, resolve, reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from tree_queries.models import OrderableTreeNode
from tree_queries.query import TreeQuerySet

from articles.models import Topic
from core.html import sanitize_html
from core.validators import validate_phone_number
from library.models import Document, Image
from municipalities.workflow import WorkflowModel, WorkflowQuerySet
from partners.models import PartnerOrganization
from sites.models import Site


class PageQuerySet(TreeQuerySet, WorkflowQuerySet):
    def on_site(self, site):
        """A site shows its own pages, and no other site's: each site has
        its own tree (the portal's too)."""
        return self.filter(site_id=getattr(site, "pk", None))

    def with_path(self, path):
        """Pages whose address in the active language, or in Hebrew (the
        fallback when a translation has no slug of its own), is ``path``."""
        language = translation.get_language() or settings.LANGUAGE_CODE
        lookup = models.Q(**{build_localized_fieldname("path", language): path})
        lookup |= models.Q(
            **{build_localized_fieldname("path", settings.LANGUAGE_CODE): path}
        )
        return self.filter(lookup)


class Page(OrderableTreeNode, WorkflowModel):
    site = models.ForeignKey(
        Site,
        on_delete=models.PROTECT,
        related_name="pages",
        verbose_name=_("site"),
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=True,
        help_text=_(
            "The page's part of the web address, in each language; the "
            "Hebrew one is used where a language has none."
        ),
    )
    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("A sentence or two under the title; also shown in search."),
    )
    # The whole address below the language prefix, kept by save().
    path = models.CharField(max_length=500, editable=False, db_index=True)

    objects = PageQuerySet.as_manager(with_tree_fields=False)

    municipality_path = "site__municipality"
    preview_url_name = "pages:preview"
    regions = [Region(key="main", title=_("Content"))]

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        previous_paths = self._stored_paths()
        self._fill_paths()
        super().save(*args, **kwargs)
        if previous_paths and previous_paths != self._paths():
            # A page moved or renamed: its children's addresses follow.
            for child in Page.objects.filter(parent=self):
                child.save()

    def text_to_check(self):
        """The page's text is in its rich-text blocks, in order."""
        for number, block in enumerate(page_blocks_in_order(self), start=1):
            if isinstance(block, RichText):
                for code, language in settings.LANGUAGES:
                    html = getattr(block, build_localized_fieldname("text", code), "")
                    place = _("block %(number)s, %(language)s") % {
                        "number": number,
                        "language": language,
                    }
                    yield place, code, html

    def get_absolute_url(self):
        return reverse("pages:page", kwargs={"path": self.path})

    def clean(self):
        super().clean()
        if self.parent_id and self.site_id and self.parent.site_id != self.site_id:
            raise ValidationError(
                {"parent": _("The parent page belongs to another site.")}
            )
        self._check_slugs()

    # The address ---------------------------------------------------------

    @staticmethod
    def _path_fields():
        return [build_localized_fieldname("path", c) for c, _n in settings.LANGUAGES]

    def _paths(self):
        return {field: getattr(self, field) for field in self._path_fields()}

    def _stored_paths(self):
        if self.pk is None:
            return None
        return Page.objects.filter(pk=self.pk).values(*self._path_fields()).first()

    def _slug_in(self, code):
        return getattr(self, build_localized_fieldname("slug", code)) or getattr(
            self, build_localized_fieldname("slug", settings.LANGUAGE_CODE)
        )

    def _fill_paths(self):
        parent = self.parent if self.parent_id else None
        for code, _name in settings.LANGUAGES:
            slug = self._slug_in(code) or ""
            parent_path = (
                getattr(parent, build_localized_fieldname("path", code))
                if parent is not None
                else ""
            )
            path = f"{parent_path}/{slug}" if parent_path else slug
            setattr(self, build_localized_fieldname("path", code), path)

    def _check_slugs(self):
        """Each language's address is the page's own: not another page's
        of the site, and not one of the site's sections (news, search…)."""
        self._fill_paths()
        errors = {}
        for code, _name in settings.LANGUAGES:
            slug_field = build_localized_fieldname("slug", code)
            if not getattr(self, slug_field):
                continue
            path = getattr(self, build_localized_fieldname("path", code))
            clash = Page.objects.filter(site_id=self.site_id).exclude(pk=self.pk)
            clash = clash.filter(**{build_localized_fieldname("path", code): path})
            if clash.exists():
                errors[slug_field] = _("Another page of the site has this address.")
            elif not self.parent_id and _is_a_section(code, path):
                errors[slug_field] = _(
                    "This address belongs to one of the site's sections; "
                    "choose another."
                )
        if errors:
            raise ValidationError(errors)

    def ancestor_list(self):
        """The page's ancestors, root first: none for a top page, else one
        query. The pages whose Hebrew address begins this page's are
        read by the indexed address (the tree's own query builds the whole
        tree of every site twice), and the line is followed by the parent
        links, so a stray page at such an address cannot slip in."""
        if not self.parent_id:
            return []
        field = build_localized_fieldname("path", settings.LANGUAGE_CODE)
        segments = getattr(self, field).split("/")
        prefixes = ["/".join(segments[:end]) for end in range(1, len(segments))]
        candidates = Page.objects.filter(
            site_id=self.site_id, **{f"{field}__in": prefixes}
        )
        by_pk = {page.pk: page for page in candidates}
        ancestors, parent_id = [], self.parent_id
        while parent_id in by_pk:
            ancestors.append(by_pk.pop(parent_id))
            parent_id = ancestors[-1].parent_id
        if parent_id is not None:
            # Addresses not yet following a move: the tree knows.
            return list(Page.objects.ancestors(self))
        return ancestors[::-1]


def _is_a_section(language, slug):
    """Whether ``/<language>/<slug>/`` is taken by something other than a
    page: a section of the site, or an address pages may never have."""
    with translation.override(language):
        try:
            match = resolve(f"/{language}/{slug}/")
        except Resolver404:
            return True
    return match.url_name != "page"


# ---------------------------------------------------------------- blocks

PageBlock = create_plugin_base(Page)
# A block changes its page's site only (core.page_cache).
PageBlock.municipality_path = "parent__site__municipality"
# A library item used by a block is used by its page.
PageBlock.library_use = lambda block: block.parent


class RichText(PageBlock):
    text = models.TextField(_("text"))

    class Meta:
        verbose_name = _("rich text")
        verbose_name_plural = _("rich text")

    def save(self, *args, **kwargs):
        for code, _name in settings.LANGUAGES:
            field = build_localized_fieldname("text", code)
            setattr(self, field, sanitize_html(getattr(self, field)))
        super().save(*args, **kwargs)


class ImageBlock(PageBlock):
    image = models.ForeignKey(
        Image, on_delete=models.PROTECT, related_name="+", verbose_name=_("image")
    )

    class Meta:
        verbose_name = _("image from the library")
        verbose_name_plural = _("images from the library")

    @classmethod
    def get_queryset(cls):
        return cls.objects.select_related("image")


class PullQuote(PageBlock):
    text = models.TextField(_("quote"))
    speaker = models.CharField(_("who said it"), max_length=150, blank=True)

    class Meta:
        verbose_name = _("pull quote")
        verbose_name_plural = _("pull quotes")


def validate_link_target(value):
    """A link goes to a page of this site (/…) or to a secure address."""
    if value.startswith("/") and not value.startswith("//"):
        return
    if urlsplit(value).scheme == "https" and urlsplit(value).netloc:
        return
    raise ValidationError(
        _("Give an address on this site (starting with /) or a full https:// one."),
        code="link_target",
    )


class CallToAction(PageBlock):
    label = models.CharField(_("button text"), max_length=80)
    target = models.CharField(
        _("address"),
        max_length=500,
        validators=[validate_link_target],
        help_text=_("A page of this site (/he/…) or a full https:// address."),
    )

    class Meta:
        verbose_name = _("call-to-action button")
        verbose_name_plural = _("call-to-action buttons")


class Question(PageBlock):
    question = models.CharField(_("question"), max_length=300)
    answer = models.TextField(_("answer"))

    class Meta:
        verbose_name = _("question and answer")
        verbose_name_plural = _("questions and answers")


class ContactCard(PageBlock):
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, validators=[validate_phone_number]
    )
    email = models.EmailField(_("email"), blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    hours = models.CharField(_("opening hours"), max_length=250, blank=True)

    class Meta:
        verbose_name = _("contact card")
        verbose_name_plural = _("contact cards")

    def clean(self):
        super().clean()
        if not (self.phone or self.email or self.address):
            raise ValidationError(
                _("Give at least a phone number, an email address or an address.")
            )


class Download(PageBlock):
    document = models.ForeignKey(
        Document,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("document"),
    )
    label = models.CharField(
        _("link text"),
        max_length=200,
        blank=True,
        help_text=_("Leave empty to use the document's title."),
    )

    class Meta:
        verbose_name = _("file download")
        verbose_name_plural = _("file downloads")

    @classmethod
    def get_queryset(cls):
        return cls.objects.select_related("document")


YOUTUBE_ID = re.compile(r"^[A-Za-z0-9_-]{11}$")
YOUTUBE_HOSTS = {
    "youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be",
    "www.youtube-nocookie.com", "youtube-nocookie.com",
}  # fmt: skip


def youtube_video_id(url):
    """The video id of a YouTube address (watch, share, embed or shorts
    link), or None."""
    parts = urlsplit(url.strip())
    if (
        parts.scheme not in ("http", "https")
        or parts.netloc.lower() not in YOUTUBE_HOSTS
    ):
        return None
    if parts.netloc.lower() == "youtu.be":
        candidate = parts.path.strip("/")
    elif parts.path == "/watch":
        candidate = parse_qs(parts.query).get("v", [""])[0]
    else:
        pieces = parts.path.strip("/").split("/")
        candidate = (
            pieces[1]
            if len(pieces) == 2 and pieces[0] in ("embed", "shorts", "live")
            else ""
        )
    return candidate if YOUTUBE_ID.match(candidate) else None


def validate_youtube_url(value):
    if youtube_video_id(value) is None:
        raise ValidationError(
            _(
                "Paste the address of a YouTube video, e.g. https://www.youtube.com/watch?v=…"
            ),
            code="youtube",
        )


class Video(PageBlock):
    url = models.URLField(
        _("YouTube address"), validators=[validate_youtube_url], max_length=300
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("What the video is about: screen readers announce it."),
    )

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("videos")

    def embed_url(self):
        # The privacy-enhanced domain: no cookies until the video plays.
        return f"https://www.youtube-nocookie.com/embed/{youtube_video_id(self.url)}"


class LatestArticles(PageBlock):
    topic = models.ForeignKey(
        Topic, on_delete=models.PROTECT, related_name="+", verbose_name=_("topic")
    )
    count = models.PositiveSmallIntegerField(
        _("how many"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(12)],
    )

    class Meta:
        verbose_name = _("latest news of a topic")
        verbose_name_plural = _("latest news of a topic")

    @classmethod
    def get_queryset(cls):
        # The block shows its topic's name.
        return cls.objects.select_related("topic")


class PartnerCards(PageBlock):
    heading = models.CharField(_("heading"), max_length=150, blank=True)
    partners = models.ManyToManyField(
        PartnerOrganization, related_name="+", verbose_name=_("partner organizations")
    )

    class Meta:
        verbose_name = _("partner cards")
        verbose_name_plural = _("partner cards")


def page_blocks_in_order(page):
    """Every block of ``page``'s main region, in order, with the photos and
    files they show, read with one query whatever kinds of block it uses.

    django-content-editor reads a query per kind of block: the blocks of a
    page of eight kinds took nine (one to learn the kinds). Here a UNION ALL
    reads every kind's table at once, each branch its own columns (and those
    of the rows its ``get_queryset`` selects with it) and a typed NULL in the
    places of the other kinds' (PostgreSQL resolves a UNION's column types
    pair by pair, so an untyped NULL would fail); each row becomes an
    instance of its kind as Django makes them, its fields' converters
    applied and its page set."""
    connection = connections[router.db_for_read(Page)]
    layout = _BlockColumns.of(connection)
    blocks = []
    for row in layout.read(connection, page.pk, region="main"):
        block = layout.instance(connection, row)
        block._meta.get_field("parent").set_cached_value(block, page)
        blocks.append(block)
    return blocks


class _BlockColumns:
    """The UNION ALL over the block tables and how its rows become blocks.

    Each kind reads its table and, joined, the table of each relation its
    ``get_queryset`` selects (an image block's image). A column name and
    type that several kinds use (``id``, ``parent_id``, ``text``…) has one
    place in the rows, every other column one of its own."""

    _by_vendor = {}

    @classmethod
    def of(cls, connection):
        layout = cls._by_vendor.get(connection.vendor)
        if layout is None:
            layout = cls._by_vendor[connection.vendor] = cls(connection)
        return layout

    def __init__(self, connection):
        self.quote = connection.ops.quote_name
        self.places = {}
        # For each kind, in BLOCK_MODELS' order: its model and fields, then
        # each selected relation with its model and fields.
        self.kinds = []
        joins_of_kind = []
        for model in BLOCK_MODELS:
            taken = set()
            own = self._part(connection, model, "block", taken)
            joins, related = [], []
            for number, name in enumerate(
                model.get_queryset().query.select_related or {}
            ):
                relation = model._meta.get_field(name)
                alias = f"related_{number}"
                related.append(
                    (
                        relation,
                        self._part(connection, relation.related_model, alias, taken),
                    )
                )
                target = relation.related_model._meta
                joins.append(
                    f"LEFT JOIN {self.quote(target.db_table)} {self.quote(alias)} ON "
                    f"{self.quote(alias)}.{self.quote(relation.target_field.column)} = "
                    f"{self.quote('block')}.{self.quote(relation.column)}"
                )
            self.kinds.append((own, related))
            joins_of_kind.append(joins)
        self.sql = " UNION ALL ".join(
            self._branch(
                kind, own[0], [own, *(part for _relation, part in related)], joins
            )
            for kind, ((own, related), joins) in enumerate(
                zip(self.kinds, joins_of_kind, strict=True)
            )
        )
        # As django-content-editor orders them: by their ordering, then
        # by kind and id. Places count from 1 after the kind, as SQL does.
        first = BLOCK_MODELS[0]._meta
        ordering = self.places[
            ("ordering", first.get_field("ordering").db_type(connection), 0)
        ]
        identity = self.places[(first.pk.column, first.pk.db_type(connection), 0)]
        self.sql += f" ORDER BY {ordering + 1}, 1, {identity + 1}"

    def _part(self, connection, model, alias, taken):
        """One table's share of a row: its model, where each of its fields
        is, and their converters. ``taken``: the places the kind uses."""
        fields = []
        for field in model._meta.concrete_fields:
            column_type = field.db_type(connection)
            occurrence = 0
            while (field.column, column_type, occurrence) in taken:
                occurrence += 1
            key = (field.column, column_type, occurrence)
            taken.add(key)
            place = self.places.setdefault(key, len(self.places) + 1)
            converters = [
                *connection.ops.get_db_converters(field.cached_col),
                *field.get_db_converters(connection),
            ]
            fields.append(
                (
                    field,
                    place,
                    converters,
                    f"{self.quote(alias)}.{self.quote(field.column)}",
                )
            )
        names = [field.attname for field, *_rest in fields]
        return model, names, fields

    def _branch(self, kind, model, parts, joins):
        own = {
            place: column
            for _model, _names, fields in parts
            for _field, place, _converters, column in fields
        }
        columns = [
            own.get(place) or f"CAST(NULL AS {column_type})"
            for (_column, column_type, _occurrence), place in self.places.items()
        ]
        block = self.quote("block")
        return (
            f"SELECT {kind}, {', '.join(columns)} "  # noqa: S608
            f"FROM {self.quote(model._meta.db_table)} {block} {' '.join(joins)} "
            f"WHERE {block}.{self.quote(model.parent.field.column)} = %s "
            f"AND {block}.{self.quote(model.region.field.column)} = %s"
        )

    def read(self, connection, page_pk, region):
        with connection.cursor() as cursor:
            cursor.execute(self.sql, [page_pk, region] * len(self.kinds))
            return cursor.fetchall()

    def instance(self, connection, row):
        own, related = self.kinds[row[0]]
        block = self._made(connection, row, own)
        for relation, part in related:
            found = getattr(block, relation.attname) is not None
            relation.set_cached_value(
                block, self._made(connection, row, part) if found else None
            )
        return block

    @staticmethod
    def _made(connection, row, part):
        model, names, fields = part
        values = []
        for field, place, converters, _column in fields:
            value = row[place]
            for converter in converters:
                value = converter(value, field.cached_col, connection)
            values.append(value)
        return model.from_db(connection.alias, names, values)


BLOCK_MODELS = [
    RichText, ImageBlock, PullQuote, CallToAction, Question, ContactCard,
    Download, Video, LatestArticles, PartnerCards,
]  # fmt: skip
