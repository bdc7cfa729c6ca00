from django.utils.functional import SimpleLazyObject

from core.page_cache import drawing_version


def site_version(request):
    """``site_version`` for the keys of cached template fragments that show
    no content (the header, navigation and footer): replaced at every
    deployment (migrate), so a fragment never outlives the code or the
    static file names it was drawn with. Read from the cache once per
    request, and only by a template that asks."""
    return {"site_version": SimpleLazyObject(drawing_version)}
