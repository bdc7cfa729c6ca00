from django.apps import AppConfig


class BenchConfig(AppConfig):
    """Benchmark data, installed by bench/settings.py and the tests only."""

    name = "bench"
