"""The photos and logos of a database from before the library move into
it: one library image per photo file (shared by the articles that used
it), with the description, caption and credit in every language; and back
again when the migration is reversed."""

import pytest

from tests.migrations import migrate, migrate_to_the_latest

BEFORE = [
    ("articles", "0007_workflow_shared_with_pages"),
    ("library", "0002_staff_use_the_library"),
    ("community_cms", "0008_image_fields_drop_metadata"),
]
AFTER = [("articles", "0008_photos_move_into_the_library")]


def _texts(prefix, he, ar, en):
    return {f"{prefix}_he": he, f"{prefix}_ar": ar, f"{prefix}_en": en, prefix: he}


@pytest.mark.django_db(transaction=True)
def test_photos_move_into_the_library_and_back():
    old = migrate(BEFORE)
    Municipality = old.get_model("community_cms", "Municipality")
    Article = old.get_model("articles", "Article")
    city = Municipality.objects.create(name="לוד", name_he="לוד", slug="lod")
    for number in (1, 2):
        Article.objects.create(
            title_he=f"כתבה {number}",
            slug_he=f"article-{number}",
            slug=f"article-{number}",
            municipality=city,
            hero_image="articles/shared.jpg",
            **_texts(
                "hero_alt", "תושבים בגינה", "سكان في الحديقة", "Residents in the garden"
            ),
            **_texts(
                "hero_caption",
                "הגינה הקהילתית",
                "الحديقة الجماهيرية",
                "The community garden",
            ),
            **_texts("hero_credit", "דוברות", "المتحدث", "Spokesperson"),
        )
    Article.objects.create(
        title_he="בלי תמונה", slug_he="no-photo", slug="no-photo", municipality=city
    )

    new = migrate(AFTER)
    Image = new.get_model("library", "Image")
    Article = new.get_model("articles", "Article")

    image = Image.objects.get()
    assert image.file.name == "articles/shared.jpg"
    assert (image.alt_text_he, image.alt_text_ar, image.alt_text_en) == (
        "תושבים בגינה", "سكان في الحديقة", "Residents in the garden",
    )  # fmt: skip
    assert image.caption_en == "The community garden"
    assert image.credit_ar == "المتحدث"
    assert image.municipality_id == city.pk
    assert set(Article.objects.values_list("image", flat=True)) == {image.pk, None}

    back = migrate(BEFORE)
    Article = back.get_model("articles", "Article")
    restored = Article.objects.get(slug_he="article-1")
    assert restored.hero_image.name == "articles/shared.jpg"
    assert restored.hero_alt_en == "Residents in the garden"
    assert Article.objects.get(slug_he="no-photo").hero_image.name == ""

    migrate_to_the_latest()


@pytest.mark.django_db(transaction=True)
def test_partnership_images_move_into_the_library_and_back():
    old = migrate([("partnerships", "0001_initial"), *BEFORE])
    Municipality = old.get_model("community_cms", "Municipality")
    Partnership = old.get_model("partnerships", "Partnership")
    city = Municipality.objects.create(name="רחובות", name_he="רחובות", slug="rehovot")
    Partnership.objects.create(
        name_he="רחובות–מיניאפוליס",
        slug="twins",
        municipality=city,
        year_started=2022,
        image="partnerships/twins.jpg",
        **_texts("image_alt", "ראשי הערים", "رئيسا البلديتين", "The two mayors"),
    )

    new = migrate([("partnerships", "0004_old_image_columns_removed")])
    image = new.get_model("library", "Image").objects.get()
    partnership = new.get_model("partnerships", "Partnership").objects.get()
    assert partnership.image_id == image.pk
    assert (image.file.name, image.alt_text_en) == (
        "partnerships/twins.jpg",
        "The two mayors",
    )

    back = migrate([("partnerships", "0001_initial")])
    restored = back.get_model("partnerships", "Partnership").objects.get()
    assert (restored.image.name, restored.image_alt_ar) == (
        "partnerships/twins.jpg",
        "رئيسا البلديتين",
    )

    migrate_to_the_latest()


@pytest.mark.django_db(transaction=True)
def test_partner_logos_move_into_the_library_and_back():
    old = migrate([("partners", "0008_partnerships_and_submissions_moved"), *BEFORE])
    Partner = old.get_model("partners", "PartnerOrganization")
    Partner.objects.create(
        name="גשר",
        name_he="גשר",
        name_ar="جسر",
        name_en="Bridge",
        slug="bridge",
        logo="partners/bridge.png",
        logo_alt="הסמל של גשר",
        logo_alt_he="הסמל של גשר",
    )
    Partner.objects.create(name="בלי סמל", name_he="בלי סמל", slug="no-logo")

    new = migrate([("partners", "0011_old_logo_columns_removed")])
    image = new.get_model("library", "Image").objects.get()
    partners = new.get_model("partners", "PartnerOrganization").objects
    assert partners.get(slug="bridge").logo_id == image.pk
    assert partners.get(slug="no-logo").logo_id is None
    # Described as the partner described it, else by its name.
    described = (image.alt_text_he, image.alt_text_ar, image.alt_text_en)
    assert image.file.name == "partners/bridge.png"
    assert described == ("הסמל של גשר", "جسر", "Bridge")
    assert image.municipality_id is None

    back = migrate([("partners", "0008_partnerships_and_submissions_moved")])
    restored = back.get_model("partners", "PartnerOrganization").objects.get(
        slug="bridge"
    )
    assert (restored.logo.name, restored.logo_alt_he) == (
        "partners/bridge.png",
        "הסמל של גשר",
    )

    migrate_to_the_latest()


@pytest.mark.django_db(transaction=True)
def test_municipal_logos_move_into_the_library_and_onto_their_sites():
    old = migrate([("sites", "0003_initial"), *BEFORE])
    Municipality = old.get_model("community_cms", "Municipality")
    Site = old.get_model("sites", "Site")
    Image = old.get_model("library", "Image")

    def city(slug, logo=""):
        names = {"name_he": f"עיר {slug}", "name_ar": f"مدينة {slug}", "name_en": slug}
        return Municipality.objects.create(
            name=names["name_he"], slug=slug, logo=logo, **names
        )

    lod = city("lod", "municipalities/lod.png")
    Site.objects.create(municipality=lod, hostname="lod.example.org", name="לוד")
    ramla = city("ramla", "municipalities/ramla.png")
    chosen = Image.objects.create(file="library/chosen.png", alt_text_he="רמלה")
    Site.objects.create(
        municipality=ramla, hostname="ramla.example.org", name="רמלה", logo=chosen
    )
    city("without-site", "municipalities/alone.png")
    city("without-logo")

    new = migrate([("community_cms", "0009_logo_moved_to_the_site")])
    Image = new.get_model("library", "Image")
    sites = new.get_model("sites", "Site").objects
    emblem = sites.get(hostname="lod.example.org").logo
    assert emblem.file.name == "municipalities/lod.png"
    assert (emblem.alt_text_he, emblem.alt_text_ar, emblem.alt_text_en) == (
        "עיר lod", "مدينة lod", "lod",
    )  # fmt: skip
    assert emblem.municipality_id == lod.pk
    # A site that had chosen its logo keeps it; nothing stored is lost.
    assert sites.get(hostname="ramla.example.org").logo_id == chosen.pk
    assert set(Image.objects.values_list("file", flat=True)) == {
        "municipalities/lod.png",
        "municipalities/ramla.png",
        "municipalities/alone.png",
        "library/chosen.png",
    }

    back = migrate([("sites", "0003_initial"), *BEFORE])
    restored = back.get_model("community_cms", "Municipality").objects
    assert restored.get(slug="lod").logo.name == "municipalities/lod.png"
    assert restored.get(slug="without-logo").logo.name == ""

    migrate_to_the_latest()
