"""The partners' old logo columns go; the library image takes the name
"logo"."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("partners", "0010_logos_copied_into_the_library")]

    operations = [
        migrations.RemoveField(model_name="partnerorganization", name="logo"),
        migrations.RemoveField(model_name="partnerorganization", name="logo_alt"),
        migrations.RemoveField(model_name="partnerorganization", name="logo_alt_ar"),
        migrations.RemoveField(model_name="partnerorganization", name="logo_alt_en"),
        migrations.RemoveField(model_name="partnerorganization", name="logo_alt_he"),
        migrations.RenameField(
            model_name="partnerorganization", old_name="library_logo", new_name="logo"
        ),
        migrations.AlterField(
            model_name="partnerorganization",
            name="logo",
            field=models.ForeignKey(
                blank=True,
                help_text="From the library, where its description (read aloud to blind visitors) is kept.",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="library.image",
                verbose_name="logo",
            ),
        ),
    ]
