"""A partner's profile and a profile submission share one abstract base:
the same fields, so the partner's contact details take the submission's
names (renamed, not dropped)."""

import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('community_cms', '0008_image_fields_drop_metadata'),
        ('partners', '0005_image_fields_drop_metadata'),
    ]

    operations = [
        # The partner's contact details keep their data under the names a
        # submission has (partners.models.PartnerProfile).
        migrations.RenameField(
            model_name='partnerorganization',
            old_name='email',
            new_name='contact_email',
        ),
        migrations.RenameField(
            model_name='partnerorganization',
            old_name='phone',
            new_name='contact_phone',
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='contact_email',
            field=models.EmailField(blank=True, max_length=254, verbose_name='contact email'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='contact_phone',
            field=models.CharField(blank=True, max_length=40, verbose_name='contact phone'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='communities_count',
            field=models.PositiveIntegerField(blank=True, null=True, validators=[django.core.validators.MaxValueValidator(100000)], verbose_name='communities it runs'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='fields_of_action',
            field=models.ManyToManyField(blank=True, to='partners.fieldofaction', verbose_name='fields of action'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='member_organizations',
            field=models.ManyToManyField(blank=True, help_text='For a coalition: the organizations in the directory that belong to it.', to='partners.partnerorganization', verbose_name='member organizations'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='municipalities',
            field=models.ManyToManyField(blank=True, to='community_cms.municipality', verbose_name='municipalities served'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='populations',
            field=models.ManyToManyField(blank=True, to='partners.population', verbose_name='populations served'),
        ),
        migrations.AlterField(
            model_name='partnerorganization',
            name='regions',
            field=models.ManyToManyField(blank=True, to='partners.region', verbose_name='regions served'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='contact_email',
            field=models.EmailField(blank=True, max_length=254, verbose_name='contact email'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='contact_is_public',
            field=models.BooleanField(default=False, help_text='The partner agreed that the contact person, email and phone may be shown on the public site.', verbose_name='show contact details publicly'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='contact_name',
            field=models.CharField(blank=True, max_length=150, verbose_name='contact person'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='contact_role',
            field=models.CharField(blank=True, max_length=150, verbose_name="contact person's role"),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='description',
            field=models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='fields_of_action',
            field=models.ManyToManyField(blank=True, to='partners.fieldofaction', verbose_name='fields of action'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='funders',
            field=models.TextField(blank=True, help_text='One funder per line.', verbose_name='funders'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='kind',
            field=models.CharField(choices=[('ngo', 'Non-profit organization'), ('coalition', 'Coalition'), ('foundation', 'Foundation'), ('government', 'Government body'), ('business', 'Business')], db_index=True, default='ngo', max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='logo_alt',
            field=models.CharField(blank=True, help_text='Read aloud to blind visitors; leave empty to use the name.', max_length=200, verbose_name='logo description'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='member_organizations',
            field=models.ManyToManyField(blank=True, help_text='For a coalition: the organizations in the directory that belong to it.', to='partners.partnerorganization', verbose_name='member organizations'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='members_note',
            field=models.TextField(blank=True, help_text='Members that are not in the directory, one per line.', verbose_name='other members'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='municipalities',
            field=models.ManyToManyField(blank=True, to='community_cms.municipality', verbose_name='municipalities served'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='name',
            field=models.CharField(max_length=200, verbose_name='name'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='populations',
            field=models.ManyToManyField(blank=True, to='partners.population', verbose_name='populations served'),
        ),
        migrations.AlterField(
            model_name='profilesubmission',
            name='regions',
            field=models.ManyToManyField(blank=True, to='partners.region', verbose_name='regions served'),
        ),
    ]
