"""Articles' photos move into the image library: each photo file becomes
one library image (of the article's municipality), with the article's
description, caption and credit in every language, and the article points
at it. The file itself stays where it is; nothing is encoded again.
Backwards, each article takes its image's file and texts again."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.model_moves import point_at_stored_file

LANGUAGES = [code for code, _name in settings.LANGUAGES]
TEXTS = {"hero_alt": "alt_text", "hero_caption": "caption", "hero_credit": "credit"}


def photos_into_library(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Image = apps.get_model("library", "Image")
    by_file = {}
    for article in Article.objects.exclude(hero_image="").order_by("pk").iterator():
        image = by_file.get(article.hero_image.name)
        if image is None:
            image = Image(
                municipality_id=article.municipality_id,
                uploaded_by_id=article.author_id,
            )
            for old, new in TEXTS.items():
                setattr(image, new, getattr(article, old))
                for code in LANGUAGES:
                    setattr(image, f"{new}_{code}", getattr(article, f"{old}_{code}"))
            image.save()
            point_at_stored_file(Image, image.pk, article.hero_image.name)
            by_file[article.hero_image.name] = image
        article.image = image
        article.save(update_fields=["image"])


def photos_out_of_library(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    for article in Article.objects.exclude(image=None).select_related("image"):
        article.hero_image = article.image.file.name
        for old, new in TEXTS.items():
            setattr(article, old, getattr(article.image, new))
            for code in LANGUAGES:
                setattr(article, f"{old}_{code}", getattr(article.image, f"{new}_{code}"))
        article.save()


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0007_workflow_shared_with_pages'),
        ('library', '0002_staff_use_the_library'),
    ]

    operations = [
        migrations.AddField(
            model_name='article',
            name='image',
            field=models.ForeignKey(blank=True, help_text='Chosen from the library, with its description, caption and credit.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='library.image', verbose_name='main photo'),
        ),
        migrations.RunPython(photos_into_library, photos_out_of_library),
        migrations.RemoveField(
            model_name='article',
            name='hero_alt',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_alt_ar',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_alt_en',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_alt_he',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_caption',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_caption_ar',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_caption_en',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_caption_he',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_credit',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_credit_ar',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_credit_en',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_credit_he',
        ),
        migrations.RemoveField(
            model_name='article',
            name='hero_image',
        ),
    ]
