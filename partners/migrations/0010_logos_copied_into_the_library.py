"""Each partner's logo file becomes one library image shared by the whole
network (partners belong to no municipality), described in every language
by the partner's description of it, or by its name. The file stays where
it is. Backwards, each partner takes its logo's file and description."""

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


def logos_into_library(apps, schema_editor):
    Partner = apps.get_model("partners", "PartnerOrganization")
    Image = apps.get_model("library", "Image")
    for partner in Partner.objects.exclude(logo="").iterator():
        image = Image(municipality_id=None)
        for code in LANGUAGES:
            description = getattr(partner, f"logo_alt_{code}") or getattr(
                partner, f"name_{code}"
            )
            setattr(image, f"alt_text_{code}", description or partner.name)
        image.alt_text = image.alt_text_he
        image.save()
        # Set in the database, not through the field, which would open the
        # file to measure it and fail on one that is missing.
        width, height = _size_of(partner.logo.name)
        Image.objects.filter(pk=image.pk).update(
            file=partner.logo.name, width=width, height=height
        )
        Partner.objects.filter(pk=partner.pk).update(library_logo=image)


def logos_out_of_library(apps, schema_editor):
    Partner = apps.get_model("partners", "PartnerOrganization")
    for partner in Partner.objects.exclude(library_logo=None).select_related(
        "library_logo"
    ):
        logo = partner.library_logo
        values = {"logo": logo.file.name, "logo_alt": logo.alt_text}
        for code in LANGUAGES:
            values[f"logo_alt_{code}"] = getattr(logo, f"alt_text_{code}")
        Partner.objects.filter(pk=partner.pk).update(**values)


class Migration(migrations.Migration):
    dependencies = [("partners", "0009_logos_move_into_the_library")]

    operations = [migrations.RunPython(logos_into_library, logos_out_of_library)]
