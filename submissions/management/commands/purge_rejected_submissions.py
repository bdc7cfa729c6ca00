from django.conf import settings
from django.core.management.base import BaseCommand

from submissions.services import submissions_purge_rejected


class Command(BaseCommand):
    help = (
        "Delete partner profile submissions that were rejected (or sent back "
        "for changes) more than the retention period ago, with their logos "
        "and emails. Run it daily."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.PARTNER_SUBMISSION_RETENTION_DAYS,
            help="Retention period in days (default: %(default)s, the "
            "PARTNER_SUBMISSION_RETENTION_DAYS setting).",
        )

    def handle(self, *args, days, **options):
        deleted = submissions_purge_rejected(retention_days=days)
        self.stdout.write(f"{deleted} submissions deleted.")
