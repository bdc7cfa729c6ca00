from django.contrib import admin

from search.models import SearchDocument


@admin.register(SearchDocument)
class SearchDocumentAdmin(admin.ModelAdmin):
    """What search holds, to check why something is (not) found. Written
    only by saving content or by `manage.py rebuild_search_index`."""

    list_display = ["title", "kind", "language", "municipality", "published_at"]
    list_filter = ["kind", "language"]
    search_fields = ["title"]
    list_select_related = ["municipality"]
    date_hierarchy = "published_at"
    fields = [
        "title",
        "kind",
        "language",
        "municipality",
        "published_at",
        "url",
        "text",
        "search_title",
        "search_body",
        "indexed_at",
    ]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
