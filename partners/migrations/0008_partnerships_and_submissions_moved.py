"""The last of the models that moved to the partnerships and submissions
apps leave this app's migration state; their tables stay."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('articles', '0005_partnership_moved'),
        ('partners', '0007_partnerships_and_submissions_move_out'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.DeleteModel(
                    name='Partnership',
                ),
                migrations.DeleteModel(
                    name='SteeringCommitteeMember',
                ),
                migrations.DeleteModel(
                    name='ProfileSubmission',
                ),
            ],
        ),
    ]
