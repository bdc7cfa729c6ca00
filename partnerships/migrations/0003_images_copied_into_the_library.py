"""Partnerships' images move into the image library: each file becomes one
library image (of the partnership's municipality) with the partnership's
description of it in every language, and the partnership points at it.
The file stays where it is. Backwards, each partnership takes its image's
file and description again."""

from django.conf import settings
from django.core.files.storage import default_storage
from django.db import migrations
from PIL import Image as PillowImage

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _size_of(name):
    try:
        with default_storage.open(name) as stored, PillowImage.open(stored) as image:
            return image.size
    except (OSError, ValueError):
        return 0, 0


def images_into_library(apps, schema_editor):
    Partnership = apps.get_model("partnerships", "Partnership")
    Image = apps.get_model("library", "Image")
    for partnership in Partnership.objects.exclude(image="").iterator():
        image = Image(municipality_id=partnership.municipality_id)
        image.alt_text = partnership.image_alt
        for code in LANGUAGES:
            setattr(image, f"alt_text_{code}", getattr(partnership, f"image_alt_{code}"))
        image.save()
        # Set in the database, not through the field, which would open the
        # file to measure it and fail on one that is missing.
        width, height = _size_of(partnership.image.name)
        Image.objects.filter(pk=image.pk).update(
            file=partnership.image.name, width=width, height=height
        )
        Partnership.objects.filter(pk=partnership.pk).update(library_image=image)


def images_out_of_library(apps, schema_editor):
    Partnership = apps.get_model("partnerships", "Partnership")
    for partnership in Partnership.objects.exclude(library_image=None).select_related(
        "library_image"
    ):
        library_image = partnership.library_image
        values = {"image": library_image.file.name, "image_alt": library_image.alt_text}
        for code in LANGUAGES:
            values[f"image_alt_{code}"] = getattr(library_image, f"alt_text_{code}")
        Partnership.objects.filter(pk=partnership.pk).update(**values)


class Migration(migrations.Migration):
    dependencies = [("partnerships", "0002_images_move_into_the_library")]

    operations = [migrations.RunPython(images_into_library, images_out_of_library)]
