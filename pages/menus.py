from sites.menus import menu_targets


@menu_targets("page")
class PageMenuTargets:
    """A site's own pages, for its menus: "page:<id>"."""

    def choices(self, site):
        from pages.models import Page

        if site is None or site.pk is None:
            return []
        pages = Page.objects.with_tree_fields().filter(site=site)
        return [
            (f"page:{page.pk}", "— " * page.tree_depth + page.title) for page in pages
        ]

    def href(self, key, site):
        from pages.models import Page

        try:
            pk = int(key.split(":", 1)[1])
        except ValueError:
            return None
        page = Page.objects.published().filter(pk=pk, site=site).first()
        return page.get_absolute_url() if page is not None else None
