from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sites.directory import directory, sites_changed
from sites.models import MenuItem, Site, SiteAlias


@receiver(post_save, sender=Site, dispatch_uid="site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="site_deleted")
@receiver(post_save, sender=SiteAlias, dispatch_uid="site_alias_saved")
@receiver(post_delete, sender=SiteAlias, dispatch_uid="site_alias_deleted")
@receiver(post_save, sender=MenuItem, dispatch_uid="menu_item_saved")
@receiver(post_delete, sender=MenuItem, dispatch_uid="menu_item_deleted")
def _site_changed(sender, raw=False, **kwargs):
    if not raw:
        sites_changed()


# A site carries its municipality (its name and slug) with it.
@receiver(
    post_save, sender="community_cms.Municipality", dispatch_uid="site_municipality"
)
def _municipality_changed(sender, instance, raw=False, **kwargs):
    if not raw and instance.pk in directory().by_municipality:
        sites_changed()
