from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from pages.models import Page
from sites.directory import sites_changed


@receiver(post_save, sender=Page, dispatch_uid="page_saved_menus")
@receiver(post_delete, sender=Page, dispatch_uid="page_deleted_menus")
def _menus_may_link_it(sender, raw=False, **kwargs):
    # Menus link pages by address and hide drafts: the menus drawn and kept
    # with the site's version are drawn again.
    if not raw:
        sites_changed()
