from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from alerts.models import Alert, EmergencyMode, EmergencyNumber, alerts_changed


@receiver(post_save, sender=Alert, dispatch_uid="alert_saved")
@receiver(post_delete, sender=Alert, dispatch_uid="alert_deleted")
@receiver(post_save, sender=EmergencyMode, dispatch_uid="emergency_mode_saved")
@receiver(post_delete, sender=EmergencyMode, dispatch_uid="emergency_mode_deleted")
@receiver(post_save, sender=EmergencyNumber, dispatch_uid="emergency_number_saved")
@receiver(post_delete, sender=EmergencyNumber, dispatch_uid="emergency_number_deleted")
@receiver(
    m2m_changed,
    sender=EmergencyMode.pinned_updates.through,
    dispatch_uid="emergency_updates_pinned",
)
def _warnings_changed(sender, raw=False, **kwargs):
    if not raw:
        alerts_changed()
