"""Keep ``FieldTranslation`` up to date on every save of a translated model:
a translation saved is up to date; the source changed under a translation
that stayed as it was makes it outdated; a translation emptied is missing."""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from modeltranslation.utils import build_localized_fieldname

from translations.models import (
    FieldTranslation,
    source_language,
    target_languages,
    tracked_fields,
)


def _columns(model):
    return [
        build_localized_fieldname(name, code)
        for name in tracked_fields(model)
        for code in [source_language(), *target_languages()]
    ]


@receiver(pre_save, dispatch_uid="translations_read_before_save")
def _read_before_save(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or not tracked_fields(sender):
        return
    instance._translations_before = (
        sender._base_manager.filter(pk=instance.pk).values(*_columns(sender)).first()
    )


@receiver(post_save, dispatch_uid="translations_compare_after_save")
def _compare_after_save(sender, instance, created, raw=False, **kwargs):
    fields = tracked_fields(sender)
    if raw or not fields or not isinstance(instance.pk, int):
        return
    before = getattr(instance, "_translations_before", None) or {}
    content_type = ContentType.objects.get_for_model(sender)
    rows = FieldTranslation.objects.filter(
        content_type=content_type, object_id=instance.pk
    )
    known = {
        (field, language): outdated
        for field, language, outdated in rows.values_list(
            "field", "language", "outdated"
        )
    }
    emptied, saved = [], []
    for name in fields:
        source_column = build_localized_fieldname(name, source_language())
        source_changed = before.get(source_column) != getattr(instance, source_column)
        for language in target_languages():
            column = build_localized_fieldname(name, language)
            target = getattr(instance, column)
            key = (name, language)
            if not target:
                if key in known:
                    emptied.append(key)
                continue
            if created or before.get(column) != target:
                outdated = False  # translated (again) now
            elif source_changed or key not in known:
                # The translation stayed as it was: it matched the source
                # before this save (or nothing says otherwise).
                outdated = source_changed or known.get(key, False)
            else:
                continue
            if known.get(key) != outdated:
                saved.append(
                    FieldTranslation(
                        content_type=content_type,
                        object_id=instance.pk,
                        field=name,
                        language=language,
                        outdated=outdated,
                    )
                )
    for name, language in emptied:
        rows.filter(field=name, language=language).delete()
    if saved:
        FieldTranslation.objects.bulk_create(
            saved,
            update_conflicts=True,
            unique_fields=["content_type", "object_id", "field", "language"],
            update_fields=["outdated", "saved_at"],
        )
