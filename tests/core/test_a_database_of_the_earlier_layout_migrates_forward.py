"""A database made by the release before municipalities moved out of the
project package (and before changes waiting for review, clean image fields
and search's interim rows) migrates forward with its content intact."""

import pytest

from tests.migrations import migrate, migrate_to_the_latest

# The newest migration of each app in that release.
EARLIER_RELEASE = [
    ("community_cms", "0006_accessibility_statement_permissions"),
    ("partners", "0004_spotlight_index"),
    ("articles", "0003_list_order_and_admin_search_indexes"),
    ("search", "0002_postgres_indexes"),
]


@pytest.mark.django_db(transaction=True)
def test_content_of_the_earlier_release_survives_the_move():
    old = migrate(EARLIER_RELEASE)
    Municipality = old.get_model("community_cms", "Municipality")
    Article = old.get_model("articles", "Article")
    city = Municipality.objects.create(name="רחובות", name_he="רחובות", slug="rehovot")
    Article.objects.create(
        title="משלחת ממיניאפוליס",
        title_he="משלחת ממיניאפוליס",
        slug="delegation",
        slug_he="delegation",
        municipality=city,
        status="published",
        hero_image="articles/photo.jpg",
    )

    migrate_to_the_latest()

    from articles.models import Article as CurrentArticle
    from municipalities.models import Municipality as CurrentMunicipality
    from municipalities.models import PendingChange

    article = CurrentArticle.objects.select_related("municipality", "image").get()
    assert article.municipality == CurrentMunicipality.objects.get(slug="rehovot")
    # The photo (its file missing here) moved into the library.
    assert (article.title_he, article.image.file.name) == (
        "משלחת ממיניאפוליס",
        "articles/photo.jpg",
    )
    assert CurrentMunicipality._meta.db_table == "community_cms_municipality"
    assert not PendingChange.objects.exists()
