from django.core.management.base import BaseCommand

from search.models import Kind
from search.services import index_rebuild


class Command(BaseCommand):
    help = (
        "Write the search index afresh from the published content, in one "
        "transaction. Run it after loading fixtures, after changing content "
        "with QuerySet.update(), or after changing how text is normalized."
    )

    def handle(self, *args, **options):
        counts = index_rebuild()
        for kind, count in counts.items():
            self.stdout.write(f"{Kind(kind).label}: {count}")
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
