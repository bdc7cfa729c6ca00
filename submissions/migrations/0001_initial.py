"""Partner submissions, edit links and their emails, moved from the
partners app with their tables, content types, permissions and revisions."""

import core.images
import core.uploads
import django.core.validators
import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models

from core.model_moves import content_types_move


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('reversion', '0002_add_index_on_version_for_content_type_and_db'),
        ('community_cms', '0008_image_fields_drop_metadata'),
        ('partners', '0008_partnerships_and_submissions_moved'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.CreateModel(
                    name='PartnerEditLink',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('token_hash', models.CharField(max_length=64, unique=True, verbose_name='token hash')),
                        ('sent_to', models.EmailField(help_text='The contact email on file when it was asked for.', max_length=254, verbose_name='sent to')),
                        ('language', models.CharField(choices=[('he', 'Hebrew'), ('ar', 'Arabic'), ('en', 'English')], max_length=7, verbose_name='language')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('expires_at', models.DateTimeField(verbose_name='expires at')),
                        ('used_at', models.DateTimeField(blank=True, null=True, verbose_name='used at')),
                        ('partner', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='edit_links', to='partners.partnerorganization', verbose_name='partner organization')),
                    ],
                    options={
                        'verbose_name': 'edit link',
                        'verbose_name_plural': 'edit links',
                        'db_table': 'partners_partnereditlink',
                        'ordering': ['-created_at'],
                    },
                ),
                migrations.CreateModel(
                    name='ProfileSubmission',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='name')),
                        ('kind', models.CharField(choices=[('ngo', 'Non-profit organization'), ('coalition', 'Coalition'), ('foundation', 'Foundation'), ('government', 'Government body'), ('business', 'Business')], db_index=True, default='ngo', max_length=20, verbose_name='kind')),
                        ('summary', models.CharField(blank=True, help_text='One sentence shown on directory cards.', max_length=300, verbose_name='summary')),
                        ('description', models.TextField(blank=True, help_text='Plain text. An empty line starts a new paragraph.', verbose_name='description')),
                        ('members_note', models.TextField(blank=True, help_text='Members that are not in the directory, one per line.', verbose_name='other members')),
                        ('communities_count', models.PositiveIntegerField(blank=True, null=True, validators=[django.core.validators.MaxValueValidator(100000)], verbose_name='communities it runs')),
                        ('funders', models.TextField(blank=True, help_text='One funder per line.', verbose_name='funders')),
                        ('website', models.URLField(blank=True, verbose_name='website')),
                        ('logo_alt', models.CharField(blank=True, help_text='Read aloud to blind visitors; leave empty to use the name.', max_length=200, verbose_name='logo description')),
                        ('contact_name', models.CharField(blank=True, max_length=150, verbose_name='contact person')),
                        ('contact_role', models.CharField(blank=True, max_length=150, verbose_name="contact person's role")),
                        ('contact_email', models.EmailField(blank=True, max_length=254, verbose_name='contact email')),
                        ('contact_phone', models.CharField(blank=True, max_length=40, verbose_name='contact phone')),
                        ('contact_is_public', models.BooleanField(default=False, help_text='The partner agreed that the contact person, email and phone may be shown on the public site.', verbose_name='show contact details publicly')),
                        ('status', models.CharField(choices=[('pending', 'Waiting for review'), ('approved', 'Approved'), ('rejected', 'Rejected'), ('changes_requested', 'Changes requested')], db_index=True, default='pending', help_text='Only staff decide; a decided submission cannot be decided again.', max_length=20, verbose_name='status')),
                        ('language', models.CharField(choices=[('he', 'Hebrew'), ('ar', 'Arabic'), ('en', 'English')], help_text='The language the partner wrote in; approval fills that language.', max_length=7, verbose_name='language')),
                        ('is_update', models.BooleanField(default=False, help_text="Sent through an edit link from the partner's own page.", verbose_name='update of an existing profile')),
                        ('logo', core.images.CleanImageField(blank=True, help_text='Checked and saved again without its metadata when it was sent.', upload_to=core.uploads.RandomNameUploadTo('partner-submissions'), verbose_name='logo')),
                        ('consent_text', models.TextField(help_text='The privacy text exactly as the submitter saw and accepted it.', verbose_name='consent text')),
                        ('consented_at', models.DateTimeField(verbose_name='consent given at')),
                        ('submitter_ip_hash', models.CharField(blank=True, db_index=True, help_text="A keyed hash of the sender's IP address: enough to spot abuse, not enough to recover the address.", max_length=64, verbose_name="sender's address (hashed)")),
                        ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided at')),
                        ('decision_reason', models.TextField(blank=True, help_text='Sent to the submitter with a rejection or a request for changes.', max_length=2000, verbose_name='reason or requested changes')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='received at')),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='decided_profile_submissions', to=settings.AUTH_USER_MODEL, verbose_name='decided by')),
                        ('fields_of_action', models.ManyToManyField(blank=True, to='partners.fieldofaction', verbose_name='fields of action')),
                        ('member_organizations', models.ManyToManyField(blank=True, help_text='For a coalition: the organizations in the directory that belong to it.', to='partners.partnerorganization', verbose_name='member organizations')),
                        ('municipalities', models.ManyToManyField(blank=True, to='community_cms.municipality', verbose_name='municipalities served')),
                        ('partner', models.ForeignKey(blank=True, help_text='The profile this submission updates, or the one its approval created.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='submissions', to='partners.partnerorganization', verbose_name='partner organization')),
                        ('populations', models.ManyToManyField(blank=True, to='partners.population', verbose_name='populations served')),
                        ('regions', models.ManyToManyField(blank=True, to='partners.region', verbose_name='regions served')),
                    ],
                    options={
                        'verbose_name': 'profile submission',
                        'verbose_name_plural': 'profile submissions',
                        'db_table': 'partners_profilesubmission',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.CreateModel(
                    name='EmailNotification',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('kind', models.CharField(choices=[('submission_received', 'Submission received'), ('staff_new_submission', 'New submission for staff'), ('submission_decided', 'Decision on a submission'), ('edit_link', 'Edit link')], max_length=30, verbose_name='kind')),
                        ('recipient', models.EmailField(max_length=254, verbose_name='recipient')),
                        ('language', models.CharField(choices=[('he', 'Hebrew'), ('ar', 'Arabic'), ('en', 'English')], max_length=7, verbose_name='language')),
                        ('subject', models.CharField(max_length=250, verbose_name='subject')),
                        ('body', models.TextField(help_text='Edit links are removed from the text once the email is sent.', verbose_name='text')),
                        ('status', models.CharField(choices=[('pending', 'Waiting to be sent'), ('sent', 'Sent'), ('failed', 'Failed')], db_index=True, default='pending', max_length=10, verbose_name='status')),
                        ('attempts', models.PositiveSmallIntegerField(default=0, verbose_name='attempts')),
                        ('last_error', models.TextField(blank=True, help_text='What the mail server answered the last time sending failed.', verbose_name='last error')),
                        ('created_at', models.DateTimeField(default=django.utils.timezone.now, verbose_name='created at')),
                        ('sent_at', models.DateTimeField(blank=True, null=True, verbose_name='sent at')),
                        ('submission', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.CASCADE, related_name='notifications', to='submissions.profilesubmission', verbose_name='submission')),
                    ],
                    options={
                        'verbose_name': 'email notification',
                        'verbose_name_plural': 'email notifications',
                        'db_table': 'partners_emailnotification',
                        'ordering': ['-created_at', '-pk'],
                    },
                ),
                migrations.AddConstraint(
                    model_name='profilesubmission',
                    constraint=models.CheckConstraint(condition=models.Q(('status', 'pending'), ('decided_at__isnull', False), _connector='OR'), name='profile_submission_decision_has_date', violation_error_message='A decision needs a date.'),
                ),
            ],
        ),
        content_types_move(
            "partners",
            "submissions",
            ["profilesubmission", "partnereditlink", "emailnotification"],
        ),
    ]
