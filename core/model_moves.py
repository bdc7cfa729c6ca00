"""Moving models from one app to another while their tables stay where
they are: the migration operation that makes everything that names a model
by its content type follow it (permissions and the groups holding them,
the admin's log, revisions, search documents, audit events, pending
changes); and files moving into the image library."""

import json

from django.core.files.storage import default_storage
from django.db import migrations
from PIL import Image as PillowImage


def content_types_move(source, target, model_names):
    """A migration operation renaming the content types of ``model_names``
    from app label ``source`` to ``target``, and back when unapplied."""

    def forward(apps, schema_editor):
        _move(apps, schema_editor.connection.alias, source, target, model_names)

    def backward(apps, schema_editor):
        _move(apps, schema_editor.connection.alias, target, source, model_names)

    return migrations.RunPython(forward, backward)


def _move(apps, db, source, target, model_names):
    from django.contrib.contenttypes.models import ContentType as LiveContentType

    ContentType = apps.get_model("contenttypes", "ContentType")
    Version = apps.get_model("reversion", "Version")
    for model in model_names:
        # Content types made for the new label before the move ran (after a
        # migration back, by post_migrate) hold nothing of their own, only
        # duplicates of the permissions that are about to follow.
        ContentType.objects.using(db).filter(app_label=target, model=model).delete()
        ContentType.objects.using(db).filter(app_label=source, model=model).update(
            app_label=target
        )
    # A revision names its model in its data too; reverting to it reads it.
    labels = {f"{source}.{model}": f"{target}.{model}" for model in model_names}
    versions = Version.objects.using(db).filter(
        content_type__app_label=target,
        content_type__model__in=model_names,
        format="json",
    )
    for version in versions.iterator():
        objects = json.loads(version.serialized_data)
        for obj in objects:
            obj["model"] = labels.get(obj["model"], obj["model"])
        version.serialized_data = json.dumps(objects)
        version.save(update_fields=["serialized_data"])
    LiveContentType.objects.clear_cache()


def point_at_stored_file(Image, pk, name):
    """Make the library image ``pk`` show the file already stored as
    ``name``, with its size. Set in the database, not through the field,
    which would open the file to measure it and fail on one that is
    missing (then the size is 0 × 0)."""
    try:
        with default_storage.open(name) as stored, PillowImage.open(stored) as image:
            width, height = image.size
    except (OSError, ValueError):
        width, height = 0, 0
    Image.objects.filter(pk=pk).update(file=name, width=width, height=height)
