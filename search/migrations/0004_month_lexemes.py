"""PostgreSQL only: every search vector also holds its document's language
and month (``search.backends.MonthLexeme``), which the newest periods of a
search are looked for by. Writes the vectors again, as
``rebuild_search_index`` does (a minute or two at 100,000 articles);
elsewhere there are no vectors."""

from django.db import migrations

from search.backends import PostgresBackend


def fill_vectors(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        documents = apps.get_model("search", "SearchDocument").objects
        documents.using(schema_editor.connection.alias).update(
            search_vector=PostgresBackend().vector()
        )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_interim_documents"),
    ]

    operations = [
        migrations.RunPython(fill_vectors, migrations.RunPython.noop),
    ]
