"""gunicorn for community_cms, behind nginx (deploy/nginx.conf):

    gunicorn -c deploy/gunicorn.conf.py community_cms.wsgi

DJANGO_SETTINGS_MODULE=community_cms.settings.production and the rest of the
environment (README, "Deployment") must be set. Each app server runs one
gunicorn; nginx may spread pages over several.
"""

import os

# Only nginx on the same machine talks to gunicorn; nothing else can reach
# it, so no one can send it forged X-Forwarded-* or X-Real-IP headers.
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Plain (sync) workers: each serves one request at a time. Two per core
# keeps the cores busy while others wait for PostgreSQL or Redis.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
# Import the project once, before forking: workers start faster and share
# the memory of the loaded code.
preload_app = True
# A request that takes longer than this is killed and logged.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# nginx logs every request; gunicorn logs errors only.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# The heartbeat file of each worker in memory, not on a slow or full disk
# (gunicorn's own advice; the files hold nothing secret).
SHARED_MEMORY = "/dev/shm"  # noqa: S108
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
