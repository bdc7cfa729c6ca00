"""Each partner's logo file becomes one library image shared by the whole
network (partners belong to no municipality), described in every language
by the partner's description of it, or by its name. The file stays where
it is. Backwards, each partner takes its logo's file and description."""

from django.conf import settings
from django.db import migrations

from core.model_moves import point_at_stored_file

LANGUAGES = [code for code, _name in settings.LANGUAGES]


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
        point_at_stored_file(Image, image.pk, partner.logo.name)
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
