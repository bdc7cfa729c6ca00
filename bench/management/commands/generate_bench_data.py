import time

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from bench import data as bench_data
from core.page_cache import everything_changed


class Command(BaseCommand):
    help = (
        "Fill the database with a large fake data set for benchmarks: "
        "100,000 articles and 3,000 events across 30 municipalities and 5,000 "
        "partner organizations by default, in Hebrew, Arabic and English, written in "
        "bulk. Never on a site residents use: the articles are published."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--municipalities", type=int, default=30)
        parser.add_argument("--partners", type=int, default=5_000)
        parser.add_argument("--events", type=int, default=3_000)
        parser.add_argument(
            "--images",
            type=int,
            default=24,
            help="Distinct photos shared by the articles (generated once).",
        )
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument(
            "--allow-without-debug",
            action="store_true",
            help="Generate even though DEBUG is off (a benchmark server only).",
        )
        parser.add_argument(
            "--images-only",
            action="store_true",
            help="Only write the shared photos again (a new MEDIA_ROOT).",
        )
        parser.add_argument(
            "--skip-search-index",
            action="store_true",
            help="Do not rebuild the search index afterwards.",
        )

    def handle(self, *args, **options):
        # Fake news published to residents is the one thing this must never do.
        if not settings.DEBUG and not options["allow_without_debug"]:
            raise CommandError(
                "Refusing to write fake published content with DEBUG off; pass "
                "--allow-without-debug on a database made for benchmarks."
            )
        if options["images_only"]:
            names = bench_data.make_images(options["images"])
            self.stdout.write(f"{len(names)} photos in place.")
            return
        if bench_data.bench_data_present():
            raise CommandError(
                "This database already holds benchmark data (municipalities "
                f"whose slug starts with {bench_data.SLUG_PREFIX!r}). Use a fresh "
                "database."
            )
        for name in ("articles", "municipalities", "partners"):
            if options[name] < 1:
                raise CommandError(f"--{name} must be at least 1.")
        sizes = bench_data.Sizes(
            articles=options["articles"],
            municipalities=options["municipalities"],
            partners=options["partners"],
            events=options["events"],
            images=options["images"],
        )
        started = time.monotonic()
        bench_data.generate(sizes, seed=options["seed"], stdout=self.stdout)
        self.stdout.write(f"Written in {time.monotonic() - started:.0f} s.")
        bench_data.analyze_tables()
        everything_changed()
        if apps.is_installed("search") and not options["skip_search_index"]:
            started = time.monotonic()
            call_command("rebuild_search_index", verbosity=options["verbosity"])
            self.stdout.write(
                f"Search index rebuilt in {time.monotonic() - started:.0f} s."
            )
        self.stdout.write(self.style.SUCCESS("Benchmark data generated."))
