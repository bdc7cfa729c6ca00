"""A municipality's emblem is its site's logo, kept in the library: each
logo file stored on a municipality becomes one library image of that
municipality, described in every language by its name, and becomes its
site's logo where the site has none yet (a site that already has one keeps
it; the image stays in the library, so nothing is lost). The file stays
where it is. Backwards, each municipality takes its site's logo file."""

from django.conf import settings
from django.db import migrations

from core.model_moves import point_at_stored_file

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def logos_into_library(apps, schema_editor):
    Municipality = apps.get_model("community_cms", "Municipality")
    Site = apps.get_model("sites", "Site")
    Image = apps.get_model("library", "Image")
    for municipality in Municipality.objects.exclude(logo="").iterator():
        site = Site.objects.filter(municipality=municipality).first()
        if site is not None and site.logo_id is not None:
            if Image.objects.filter(
                pk=site.logo_id, file=municipality.logo.name
            ).exists():
                continue
        image = Image(municipality_id=municipality.pk)
        for code in LANGUAGES:
            name = getattr(municipality, f"name_{code}") or municipality.name
            setattr(image, f"alt_text_{code}", name)
        image.alt_text = image.alt_text_he
        image.save()
        point_at_stored_file(Image, image.pk, municipality.logo.name)
        if site is not None and site.logo_id is None:
            Site.objects.filter(pk=site.pk).update(logo=image)


def logos_out_of_library(apps, schema_editor):
    Municipality = apps.get_model("community_cms", "Municipality")
    Site = apps.get_model("sites", "Site")
    sites = Site.objects.exclude(municipality=None).exclude(logo=None)
    for site in sites.select_related("logo"):
        Municipality.objects.filter(pk=site.municipality_id).update(
            logo=site.logo.file.name
        )


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0003_initial"),
        ("library", "0002_staff_use_the_library"),
        ("community_cms", "0008_image_fields_drop_metadata"),
    ]
    # The municipalities app sits below this one and does not name it, so
    # the copy says itself that it comes before the column goes.
    run_before = [("community_cms", "0009_logo_moved_to_the_site")]

    operations = [migrations.RunPython(logos_into_library, logos_out_of_library)]
