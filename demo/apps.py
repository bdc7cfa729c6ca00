from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo content and accounts, for development and the tests only: the
    production settings do not install this app."""

    name = "demo"
