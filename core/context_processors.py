from core.page_cache import content_version


def site_version(request):
    """``site_version`` for the keys of cached template fragments: the page
    cache's content version, replaced when content changes and at every
    deployment (migrate), so a fragment never outlives the code or the
    static file names it was drawn with. Read only by a template that asks."""
    return {"site_version": content_version}
