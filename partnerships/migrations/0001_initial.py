"""City partnerships, moved from the partners app with their tables,
content types, permissions and revisions."""

import core.images
import core.uploads
import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

from core.model_moves import content_types_move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
        ('community_cms', '0008_image_fields_drop_metadata'),
        ('partners', '0007_partnerships_and_submissions_move_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.CreateModel(
                    name='DelegationActivity',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=120, verbose_name='name')),
                        ('name_he', models.CharField(max_length=120, null=True, verbose_name='name')),
                        ('name_ar', models.CharField(max_length=120, null=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=120, null=True, verbose_name='name')),
                        ('slug', models.SlugField(max_length=120, unique=True, verbose_name='slug')),
                    ],
                    options={
                        'verbose_name': 'delegation activity',
                        'verbose_name_plural': 'delegation activities',
                        'db_table': 'partners_delegationactivity',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='Partnership',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('status', models.CharField(choices=[('draft', 'Draft'), ('published', 'Published')], db_index=True, default='draft', help_text='Only published items are shown on the public site.', max_length=20, verbose_name='status')),
                        ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                        ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last changed')),
                        ('name', models.CharField(max_length=200, verbose_name='name')),
                        ('name_he', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('name_ar', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('slug', models.SlugField(allow_unicode=True, max_length=200, unique=True, verbose_name='slug')),
                        ('partner_city', models.CharField(max_length=150, verbose_name='partner city or community')),
                        ('partner_city_he', models.CharField(max_length=150, null=True, verbose_name='partner city or community')),
                        ('partner_city_ar', models.CharField(max_length=150, null=True, verbose_name='partner city or community')),
                        ('partner_city_en', models.CharField(max_length=150, null=True, verbose_name='partner city or community')),
                        ('partner_country', models.CharField(max_length=100, verbose_name='country')),
                        ('partner_country_he', models.CharField(max_length=100, null=True, verbose_name='country')),
                        ('partner_country_ar', models.CharField(max_length=100, null=True, verbose_name='country')),
                        ('partner_country_en', models.CharField(max_length=100, null=True, verbose_name='country')),
                        ('year_started', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1948), django.core.validators.MaxValueValidator(2100)], verbose_name='year started')),
                        ('summary', models.CharField(blank=True, max_length=300, verbose_name='summary')),
                        ('summary_he', models.CharField(blank=True, max_length=300, null=True, verbose_name='summary')),
                        ('summary_ar', models.CharField(blank=True, max_length=300, null=True, verbose_name='summary')),
                        ('summary_en', models.CharField(blank=True, max_length=300, null=True, verbose_name='summary')),
                        ('description', models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', verbose_name='description')),
                        ('description_he', models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', null=True, verbose_name='description')),
                        ('description_ar', models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', null=True, verbose_name='description')),
                        ('description_en', models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', null=True, verbose_name='description')),
                        ('image', core.images.CleanImageField(blank=True, upload_to=core.uploads.RandomNameUploadTo('partnerships'), verbose_name='image')),
                        ('image_alt', models.CharField(blank=True, max_length=250, verbose_name='image description')),
                        ('image_alt_he', models.CharField(blank=True, max_length=250, null=True, verbose_name='image description')),
                        ('image_alt_ar', models.CharField(blank=True, max_length=250, null=True, verbose_name='image description')),
                        ('image_alt_en', models.CharField(blank=True, max_length=250, null=True, verbose_name='image description')),
                        ('convening_organizations', models.ManyToManyField(blank=True, help_text='For example a national agency and a local federation.', related_name='convened_partnerships', to='partners.partnerorganization', verbose_name='convening organizations')),
                        ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='partnerships', to='community_cms.municipality', verbose_name='local municipality')),
                    ],
                    options={
                        'verbose_name': 'partnership',
                        'verbose_name_plural': 'partnerships',
                        'db_table': 'partners_partnership',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='SteeringCommitteeMember',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=150, verbose_name='name')),
                        ('name_he', models.CharField(max_length=150, null=True, verbose_name='name')),
                        ('name_ar', models.CharField(max_length=150, null=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=150, null=True, verbose_name='name')),
                        ('role', models.CharField(blank=True, max_length=200, verbose_name='role')),
                        ('role_he', models.CharField(blank=True, max_length=200, null=True, verbose_name='role')),
                        ('role_ar', models.CharField(blank=True, max_length=200, null=True, verbose_name='role')),
                        ('role_en', models.CharField(blank=True, max_length=200, null=True, verbose_name='role')),
                        ('side', models.CharField(choices=[('local', 'Local'), ('abroad', 'Abroad')], default='local', max_length=10, verbose_name='side')),
                        ('sort_order', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='steering_committee', to='partnerships.partnership', verbose_name='partnership')),
                    ],
                    options={
                        'verbose_name': 'steering committee member',
                        'verbose_name_plural': 'steering committee members',
                        'db_table': 'partners_steeringcommitteemember',
                        'ordering': ['sort_order', 'pk'],
                    },
                ),
                migrations.CreateModel(
                    name='Delegation',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=200, verbose_name='title')),
                        ('title_he', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_ar', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('title_en', models.CharField(max_length=200, null=True, verbose_name='title')),
                        ('direction', models.CharField(choices=[('inbound', 'Visit to our city'), ('outbound', 'Visit abroad')], max_length=10, verbose_name='direction')),
                        ('starts_on', models.DateField(verbose_name='first day')),
                        ('ends_on', models.DateField(verbose_name='last day')),
                        ('participants_count', models.PositiveIntegerField(blank=True, null=True, verbose_name='number of participants')),
                        ('summary', models.TextField(blank=True, help_text='A short account of the visit.', verbose_name='what they did')),
                        ('summary_he', models.TextField(blank=True, help_text='A short account of the visit.', null=True, verbose_name='what they did')),
                        ('summary_ar', models.TextField(blank=True, help_text='A short account of the visit.', null=True, verbose_name='what they did')),
                        ('summary_en', models.TextField(blank=True, help_text='A short account of the visit.', null=True, verbose_name='what they did')),
                        ('activities', models.ManyToManyField(blank=True, related_name='delegations', to='partnerships.delegationactivity', verbose_name='activities')),
                        ('partnership', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='delegations', to='partnerships.partnership', verbose_name='partnership')),
                    ],
                    options={
                        'verbose_name': 'delegation visit',
                        'verbose_name_plural': 'delegation visits',
                        'db_table': 'partners_delegation',
                        'ordering': ['-starts_on'],
                        'constraints': [models.CheckConstraint(condition=models.Q(('ends_on__gte', models.F('starts_on'))), name='delegation_ends_after_it_starts', violation_error_message='The last day cannot be before the first day.')],
                    },
                ),
            ],
        ),
        content_types_move(
            "partners",
            "partnerships",
            ["partnership", "steeringcommitteemember", "delegationactivity", "delegation"],
        ),
    ]
