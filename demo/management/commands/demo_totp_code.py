from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django_otp.oath import totp

from demo.loader import DEMO_TOTP_KEY


class Command(BaseCommand):
    help = (
        "Print the current six-digit code of the demo authenticator, for "
        "logging in as a demo publisher or the demo admin (development only)."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("The demo code is only shown with DEBUG on.")
        self.stdout.write(f"{totp(bytes.fromhex(DEMO_TOTP_KEY)):06d}")
