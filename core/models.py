"""What every kind of content shares: a publication status with its
queryset, and the helpers for slugs and one-item-per-line fields."""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import models
from django.db.models import Q
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.fields import TranslationField
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What residents may see: staff marked it published."""
        return self.filter(status=PublicationStatus.PUBLISHED)


class PublishableModel(models.Model):
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        db_index=True,
        help_text=_("Only published items are shown on the public site."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishableQuerySet.as_manager()

    # Fields only a publisher of the item's municipality may set; the admin
    # shows them read-only to everyone else.
    publisher_only_fields = ("status",)

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED

    @property
    def is_draft(self):
        """Residents have never been shown it (as far as its status says):
        an editor may still delete it."""
        return self.status == PublicationStatus.DRAFT


def unique_slug(model, text, *, field="slug", exclude_pk=None, max_length=200):
    """A slug built from ``text`` (Hebrew letters kept) that no other row of
    ``model`` uses in ``field``: a numeric suffix is added on a clash."""
    base = slugify(text, allow_unicode=True)[: max_length - 6].strip("-") or "item"
    candidate, counter = base, 2
    others = model._default_manager.exclude(pk=exclude_pk)
    while others.filter(**{field: candidate}).exists():
        candidate, counter = f"{base}-{counter}", counter + 1
    return candidate


def fill_translated_slugs(obj, *, source="title", field="slug", max_length=200):
    """Give each language of ``obj`` that has a ``source`` text and no slug
    a slug of its own, unique among that language's slugs."""
    for language, _name in settings.LANGUAGES:
        slug_field = build_localized_fieldname(field, language)
        text = getattr(obj, build_localized_fieldname(source, language))
        if getattr(obj, slug_field) or not text:
            continue
        setattr(
            obj,
            slug_field,
            unique_slug(
                type(obj),
                text,
                field=slug_field,
                exclude_pk=obj.pk,
                max_length=max_length,
            ),
        )


def in_language_or_default(field, value):
    """A lookup of a translated ``field`` equal to ``value`` in the active
    language or in Hebrew (the fallback when a translation has none)."""
    language = get_language() or settings.LANGUAGE_CODE
    lookup = Q(**{build_localized_fieldname(field, language): value})
    return lookup | Q(
        **{build_localized_fieldname(field, settings.LANGUAGE_CODE): value}
    )


def page_columns(model, *paths):
    """The columns a page in the active language reads of ``paths`` (field
    names of ``model``, related ones as ``only()`` takes them: ``image__file``).

    A translated field is read in the active language and in Hebrew, its
    fallback: not in the third language, nor modeltranslation's untranslated
    copy, which would make every translated column fourfold (an article's
    text four times over). A translated slug is read in every language, for
    the page's address in each. Use it for querysets a page reads and draws
    in the same language."""
    language = get_language() or settings.LANGUAGE_CODE
    shown = list(dict.fromkeys([language, settings.LANGUAGE_CODE]))
    every = [code for code, _name in settings.LANGUAGES]
    columns = []
    for path in paths:
        *relations, name = path.split("__")
        owner = model
        for relation in relations:
            owner = owner._meta.get_field(relation).related_model
        try:
            translated = translator.get_options_for_model(owner).all_fields
        except NotRegistered:
            translated = {}
        if name not in translated:
            columns.append(path)
            continue
        field = owner._meta.get_field(name)
        prefix = "__".join([*relations, ""])
        for code in every if isinstance(field, models.SlugField) else shown:
            columns.append(prefix + build_localized_fieldname(name, code))
    return columns


def declared_fields(model, prefix=""):
    """The names of ``model``'s columns as the model declares them, without
    the per-language copies modeltranslation adds (``page_columns`` picks
    those), each after ``prefix``."""
    return [
        prefix + field.name
        for field in model._meta.concrete_fields
        if not isinstance(field, TranslationField)
    ]


def if_published(item):
    """``item`` if residents may open its page, else None."""
    return item if item is not None and item.is_published else None


def non_empty_lines(text):
    """The lines of a "one item per line" field, trimmed, blank ones left out."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def id_at_path(obj, path):
    """Follow ``path`` (relation names joined by ``__``, as in a model's
    ``municipality_path``) from ``obj`` and return the id the last relation
    holds; None where a link is missing, which an unsaved or restored
    object, or one deleted with what it belonged to, may have."""
    *hops, last = path.split("__")
    for hop in hops:
        try:
            obj = getattr(obj, hop, None)
        except ObjectDoesNotExist:
            return None
        if obj is None:
            return None
    return getattr(obj, f"{last}_id", None)
