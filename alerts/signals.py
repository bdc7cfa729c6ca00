from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from alerts.models import Alert, alerts_changed


@receiver(post_save, sender=Alert, dispatch_uid="alert_saved")
@receiver(post_delete, sender=Alert, dispatch_uid="alert_deleted")
def _alert_changed(sender, raw=False, **kwargs):
    if not raw:
        alerts_changed()
