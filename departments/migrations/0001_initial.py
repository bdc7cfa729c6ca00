"""Community departments and professional networks, moved from the
municipalities app (below the library, which they now use) with their
tables, content types, permissions and revisions."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

from core.model_moves import content_types_move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
        ('community_cms', '0009_logo_moved_to_the_site'),
        ('library', '0002_staff_use_the_library'),
    ]
    # The municipalities app sits below this one and does not name it, so
    # the move says itself that it comes before the old models leave.
    run_before = [('community_cms', '0010_departments_moved_out')]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.CreateModel(
                    name='ProfessionalNetwork',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='name')),
                        ('name_he', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('name_ar', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('name_en', models.CharField(max_length=200, null=True, verbose_name='name')),
                        ('description', models.TextField(blank=True, help_text='What the network does and who takes part, in a few lines.', verbose_name='description')),
                        ('description_he', models.TextField(blank=True, help_text='What the network does and who takes part, in a few lines.', null=True, verbose_name='description')),
                        ('description_ar', models.TextField(blank=True, help_text='What the network does and who takes part, in a few lines.', null=True, verbose_name='description')),
                        ('description_en', models.TextField(blank=True, help_text='What the network does and who takes part, in a few lines.', null=True, verbose_name='description')),
                        ('member_authorities_count', models.PositiveIntegerField(blank=True, null=True, verbose_name='number of member authorities')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                    ],
                    options={
                        'verbose_name': 'professional network',
                        'verbose_name_plural': 'professional networks',
                        'db_table': 'community_cms_professionalnetwork',
                        'ordering': ['name'],
                    },
                ),
                migrations.CreateModel(
                    name='CommunityDepartment',
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
                        ('head_name', models.CharField(blank=True, max_length=150, verbose_name='head of department')),
                        ('head_name_he', models.CharField(blank=True, max_length=150, null=True, verbose_name='head of department')),
                        ('head_name_ar', models.CharField(blank=True, max_length=150, null=True, verbose_name='head of department')),
                        ('head_name_en', models.CharField(blank=True, max_length=150, null=True, verbose_name='head of department')),
                        ('head_title', models.CharField(blank=True, help_text='For example: Director of the Community Department.', max_length=200, verbose_name="head's title")),
                        ('head_title_he', models.CharField(blank=True, help_text='For example: Director of the Community Department.', max_length=200, null=True, verbose_name="head's title")),
                        ('head_title_ar', models.CharField(blank=True, help_text='For example: Director of the Community Department.', max_length=200, null=True, verbose_name="head's title")),
                        ('head_title_en', models.CharField(blank=True, help_text='For example: Director of the Community Department.', max_length=200, null=True, verbose_name="head's title")),
                        ('mission', models.TextField(blank=True, help_text='Why the department exists and what it aims for.', verbose_name='mission')),
                        ('mission_he', models.TextField(blank=True, help_text='Why the department exists and what it aims for.', null=True, verbose_name='mission')),
                        ('mission_ar', models.TextField(blank=True, help_text='Why the department exists and what it aims for.', null=True, verbose_name='mission')),
                        ('mission_en', models.TextField(blank=True, help_text='Why the department exists and what it aims for.', null=True, verbose_name='mission')),
                        ('services', models.TextField(blank=True, help_text='One service per line; each line is shown as a list item.', verbose_name='services offered')),
                        ('services_he', models.TextField(blank=True, help_text='One service per line; each line is shown as a list item.', null=True, verbose_name='services offered')),
                        ('services_ar', models.TextField(blank=True, help_text='One service per line; each line is shown as a list item.', null=True, verbose_name='services offered')),
                        ('services_en', models.TextField(blank=True, help_text='One service per line; each line is shown as a list item.', null=True, verbose_name='services offered')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                        ('phone', models.CharField(blank=True, max_length=40, verbose_name='phone')),
                        ('address', models.CharField(blank=True, max_length=250, verbose_name='address')),
                        ('address_he', models.CharField(blank=True, max_length=250, null=True, verbose_name='address')),
                        ('address_ar', models.CharField(blank=True, max_length=250, null=True, verbose_name='address')),
                        ('address_en', models.CharField(blank=True, max_length=250, null=True, verbose_name='address')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('year_founded', models.PositiveSmallIntegerField(blank=True, null=True, validators=[django.core.validators.MinValueValidator(1948), django.core.validators.MaxValueValidator(2100)], verbose_name='year founded')),
                        ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='departments', to='community_cms.municipality', verbose_name='municipality')),
                        ('networks', models.ManyToManyField(blank=True, help_text='Professional networks the department takes part in.', related_name='departments', to='departments.professionalnetwork', verbose_name='networks')),
                    ],
                    options={
                        'verbose_name': 'community department',
                        'verbose_name_plural': 'community departments',
                        'db_table': 'community_cms_communitydepartment',
                        'ordering': ['municipality__name', 'name'],
                    },
                ),
            ],
        ),
        content_types_move(
            "community_cms", "departments", ["communitydepartment", "professionalnetwork"]
        ),
    ]
