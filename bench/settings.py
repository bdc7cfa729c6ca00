"""The production settings, served over plain HTTP on 127.0.0.1 for the
benchmark, plus one extra page: a bare view (bench/urls.py). Every value
that differs comes from the environment that bench/run.py sets."""

from community_cms.settings.production import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
