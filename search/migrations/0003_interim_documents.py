"""Interim search documents: an item's text without what is not public yet
(a partner's spotlight story before its date), shown until then."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_postgres_indexes"),
    ]

    operations = [
        migrations.RemoveConstraint(
            model_name="searchdocument",
            name="one_search_document_per_language",
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="is_interim",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "The item's text without what is not public yet, such as a "
                    "partner's spotlight story before its date."
                ),
                verbose_name="interim",
            ),
        ),
        migrations.AddField(
            model_name="searchdocument",
            name="visible_until",
            field=models.DateTimeField(
                blank=True,
                help_text=(
                    "Set on interim rows only: results show them until then, "
                    "and the item's full row from then on."
                ),
                null=True,
                verbose_name="visible until",
            ),
        ),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.UniqueConstraint(
                fields=("content_type", "object_id", "language", "is_interim"),
                name="one_search_document_per_language",
            ),
        ),
        migrations.AddConstraint(
            model_name="searchdocument",
            constraint=models.CheckConstraint(
                condition=models.Q(is_interim=True, visible_until__isnull=False)
                | models.Q(is_interim=False, visible_until__isnull=True),
                name="search_interim_document_has_an_end",
            ),
        ),
    ]
