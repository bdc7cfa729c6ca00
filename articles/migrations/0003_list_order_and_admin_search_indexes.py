"""Indexes in the exact order of the public lists and of the admin's list,
and, on PostgreSQL, trigram indexes for the admin's search box.

The admin searches with ``icontains``, which Django writes on PostgreSQL as
``UPPER(column::text) LIKE UPPER('%word%')``: a GIN trigram index on that
same expression answers it without reading 100,000 rows. SQLite gets
nothing for the search (it has no trigram indexes)."""

from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations, models

# The admin's search_fields (articles/admin.py).
SEARCHED_COLUMNS = ["title_he", "title_ar", "title_en", "lede_he", "slug_he"]


def create_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(
            f'CREATE INDEX "article_{column}_trgm" ON "articles_article" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_search_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for column in SEARCHED_COLUMNS:
        schema_editor.execute(f'DROP INDEX IF EXISTS "article_{column}_trgm"')


class Migration(migrations.Migration):

    dependencies = [
        ("articles", "0002_alter_article_status"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name="article",
            name="article_public_order",
        ),
        migrations.RemoveIndex(
            model_name="article",
            name="article_by_municipality",
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["status", "-published_at", "-id"], name="article_public_order"
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(
                fields=["municipality", "status", "-published_at", "-id"],
                name="article_by_municipality",
            ),
        ),
        migrations.AddIndex(
            model_name="article",
            index=models.Index(fields=["-published_at", "-id"], name="article_admin_order"),
        ),
        # Does nothing outside PostgreSQL, and nothing if search/ made it.
        TrigramExtension(),
        migrations.RunPython(create_search_indexes, drop_search_indexes),
    ]
