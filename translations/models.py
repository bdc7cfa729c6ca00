"""Whether each translated field of each item is translated, and whether
its translation still matches the Hebrew source: a translation saved, then
the Hebrew changed, is outdated until the translation is saved again.
Tracked per field and language, for every model registered with
django-modeltranslation, by ``translations.signals``."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname


class State(models.TextChoices):
    MISSING = "missing", _("missing")
    OUTDATED = "outdated", _("outdated")
    UP_TO_DATE = "up_to_date", _("up to date")


def source_language():
    return settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def target_languages():
    return [code for code, _name in settings.LANGUAGES if code != source_language()]


def tracked_fields(model):
    """The translated fields staff write (slugs are made from titles)."""
    try:
        names = translator.get_options_for_model(model).fields
    except NotRegistered:
        return []
    return [
        field.name
        for field in model._meta.fields
        if field.name in names and not isinstance(field, models.SlugField)
    ]


class FieldTranslation(models.Model):
    """One field of one item in one language: its translation exists, and
    is ``outdated`` when the source changed after it was last saved."""

    content_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    field = models.CharField(max_length=60)
    language = models.CharField(max_length=8)
    outdated = models.BooleanField(default=False)
    saved_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"],
                name="one_translation_state_per_field",
            )
        ]
        indexes = [
            models.Index(
                fields=["content_type", "language", "outdated", "object_id"],
                name="translation_outdated",
            )
        ]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field} ({self.language})"


def _missing(model, language):
    """Items with a source text whose translation into ``language`` is empty."""
    condition = Q()
    for name in tracked_fields(model):
        source = build_localized_fieldname(name, source_language())
        target = build_localized_fieldname(name, language)
        has_source = ~Q(**{source: ""}) & Q(**{f"{source}__isnull": False})
        lacks_target = Q(**{target: ""}) | Q(**{f"{target}__isnull": True})
        condition |= has_source & lacks_target
    return condition


def needing(queryset, language):
    """The items of ``queryset`` whose ``language`` version is missing or
    outdated."""
    model = queryset.model
    outdated = FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        language=language,
        outdated=True,
    ).values("object_id")
    return queryset.filter(_missing(model, language) | Q(pk__in=outdated))


def states_of(objects, languages=None):
    """``{pk: {language: (state, [outdated or missing field names])}}`` for
    ``objects`` (of one model), with one query."""
    objects = list(objects)
    if not objects:
        return {}
    model = type(objects[0])
    languages = languages or target_languages()
    outdated = {}
    for pk, field, language in FieldTranslation.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id__in=[obj.pk for obj in objects],
        outdated=True,
    ).values_list("object_id", "field", "language"):
        outdated.setdefault((pk, language), []).append(field)
    return {obj.pk: state_of(obj, languages, outdated) for obj in objects}


def state_of(obj, languages, outdated):
    states = {}
    for language in languages:
        missing = [
            name
            for name in tracked_fields(type(obj))
            if getattr(obj, build_localized_fieldname(name, source_language()))
            and not getattr(obj, build_localized_fieldname(name, language))
        ]
        stale = outdated.get((obj.pk, language), [])
        if missing:
            states[language] = (State.MISSING, missing)
        elif stale:
            states[language] = (State.OUTDATED, stale)
        else:
            states[language] = (State.UP_TO_DATE, [])
    return states
