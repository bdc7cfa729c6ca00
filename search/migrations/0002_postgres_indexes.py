"""PostgreSQL only: the pg_trgm extension, a GIN index on the search vector
and a trigram GIN index on the vocabulary. They are not declared on the
models because SQLite cannot create them; elsewhere these steps do
nothing.

The extension is created if missing and never dropped on the way back:
other apps' indexes (the articles admin search) use it too."""

from django.contrib.postgres.indexes import GinIndex, OpClass
from django.db import migrations


def _indexes(apps):
    return [
        (
            apps.get_model("search", "SearchDocument"),
            GinIndex(fields=["search_vector"], name="search_doc_vector"),
        ),
        (
            apps.get_model("search", "SearchTerm"),
            GinIndex(OpClass("term", name="gin_trgm_ops"), name="search_term_trigram"),
        ),
    ]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for model, index in _indexes(apps):
            schema_editor.add_index(model, index)


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for model, index in _indexes(apps):
            schema_editor.remove_index(model, index)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes),
    ]
