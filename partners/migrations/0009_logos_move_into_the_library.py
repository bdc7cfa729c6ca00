"""Partners' logos move into the image library, in three steps (a column,
the copy, the old columns' removal), each its own transaction: PostgreSQL
refuses to change a table in the transaction that filled it."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0008_partnerships_and_submissions_moved"),
        ("library", "0002_staff_use_the_library"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnerorganization",
            name="library_logo",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="library.image",
                verbose_name="logo",
            ),
        ),
    ]
