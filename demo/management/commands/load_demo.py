from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.loader import load_demo


class Command(BaseCommand):
    help = (
        "Load demonstration content in Hebrew, Arabic and English: "
        "municipalities, departments, partners, partnerships and news, with "
        "generated images, an 'admin' superuser and demo editors and "
        "publishers. Running it again updates the same rows instead of adding "
        "new ones."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Load even though DEBUG is off (a staging server, never production).",
        )

    def handle(self, *args, allow_without_debug=False, **options):
        # The demo creates accounts with published passwords and keys.
        if not settings.DEBUG and not allow_without_debug:
            raise CommandError(
                "Refusing to load demo accounts with DEBUG off; "
                "pass --allow-without-debug on a staging server."
            )
        load_demo(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
