"""City partnerships and partner submissions move to apps of their own
(partnerships, submissions). Their tables keep their names and data; this
and 0008 only take the models out of this app's migration state."""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('partners', '0006_partner_profile_shared'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            # The tables stay; only Django's picture of them changes.
            state_operations=[
                migrations.RemoveField(
                    model_name='delegation',
                    name='activities',
                ),
                migrations.RemoveField(
                    model_name='delegation',
                    name='partnership',
                ),
                migrations.RemoveField(
                    model_name='emailnotification',
                    name='submission',
                ),
                migrations.RemoveField(
                    model_name='partnereditlink',
                    name='partner',
                ),
                migrations.RemoveField(
                    model_name='partnership',
                    name='convening_organizations',
                ),
                migrations.RemoveField(
                    model_name='partnership',
                    name='municipality',
                ),
                migrations.RemoveField(
                    model_name='steeringcommitteemember',
                    name='partnership',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='decided_by',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='fields_of_action',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='member_organizations',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='municipalities',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='partner',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='populations',
                ),
                migrations.RemoveField(
                    model_name='profilesubmission',
                    name='regions',
                ),
                migrations.DeleteModel(
                    name='DelegationActivity',
                ),
                migrations.DeleteModel(
                    name='Delegation',
                ),
                migrations.DeleteModel(
                    name='EmailNotification',
                ),
                migrations.DeleteModel(
                    name='PartnerEditLink',
                ),
            ],
        ),
    ]
