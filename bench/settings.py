"""The production settings, served over plain HTTP on 127.0.0.1 for the
benchmark, plus one extra page: a bare view (bench/urls.py). Every value
that differs comes from the environment that bench/run.py sets."""

from community_cms.settings.production import *  # noqa: F403
from community_cms.settings.production import INSTALLED_APPS

ROOT_URLCONF = "bench.urls"
# generate_bench_data, and the demo's picture maker it reuses.
INSTALLED_APPS = [*INSTALLED_APPS, "demo", "bench"]
