from django.conf import settings
from django.core.management.base import BaseCommand

from partners.services import notifications_send_pending


class Command(BaseCommand):
    help = (
        "Send the emails waiting in the outbox and retry the ones that failed. "
        "Run it every few minutes (cron or a systemd timer)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--max-attempts",
            type=int,
            default=settings.PARTNER_EMAIL_MAX_ATTEMPTS,
            help="Leave alone emails already tried this many times "
            "(default: %(default)s).",
        )

    def handle(self, *args, max_attempts, **options):
        sent, failed = notifications_send_pending(max_attempts=max_attempts)
        self.stdout.write(f"{sent} sent, {failed} failed.")
