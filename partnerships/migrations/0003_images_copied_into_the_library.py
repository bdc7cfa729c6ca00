"""Partnerships' images move into the image library: each file becomes one
library image (of the partnership's municipality) with the partnership's
description of it in every language, and the partnership points at it.
The file stays where it is. Backwards, each partnership takes its image's
file and description again."""

from django.conf import settings
from django.db import migrations

from core.model_moves import point_at_stored_file

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def images_into_library(apps, schema_editor):
    Partnership = apps.get_model("partnerships", "Partnership")
    Image = apps.get_model("library", "Image")
    for partnership in Partnership.objects.exclude(image="").iterator():
        image = Image(municipality_id=partnership.municipality_id)
        image.alt_text = partnership.image_alt
        for code in LANGUAGES:
            setattr(image, f"alt_text_{code}", getattr(partnership, f"image_alt_{code}"))
        image.save()
        point_at_stored_file(Image, image.pk, partnership.image.name)
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
