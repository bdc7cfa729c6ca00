from django.contrib import admin
from django.urls import path

from municipalities import two_factor


class CommunityAdminSite(admin.AdminSite):
    def get_urls(self):
        return [
            path(
                "2fa/setup/",
                self.admin_view(two_factor.setup),
                name="two_factor_setup",
            ),
            path(
                "2fa/verify/",
                self.admin_view(two_factor.verify),
                name="two_factor_verify",
            ),
            *super().get_urls(),
        ]
