"""The benchmark: community_cms on 100,000 articles against Wagtail 8, a
bare Django view and nginx, on this machine, in one run (bench/README.md).

Started by bench/run, which installs what the system needs first. Every
server listens on 127.0.0.1 only, and every load lasts --duration seconds.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
STATE = BENCH / ".state"
RESULTS = BENCH / "results"
PYTHON = ROOT / ".venv" / "bin" / "python"
WAGTAIL_VENV = BENCH / ".wagtail-venv"
WAGTAIL_SITE = BENCH / "wagtail_site"

PG = "postgres://postgres@127.0.0.1:5432"
DATABASE = "community_cms_bench"
WAGTAIL_DATABASE = "community_cms_bench_wagtail"
# A Redis database of the benchmark's own, as in production (CACHE_URL).
CACHE_URL = "redis://127.0.0.1:6379/9"

PORTS = {
    "cached": 8181,  # community_cms, page cache on (production)
    "uncached": 8182,  # community_cms, page cache and cached counts off
    "counted": 8186,  # community_cms, page cache off, list counts cached
    "nginx_static": 8183,  # (c) nginx serving the article as a file
    "nginx_deploy": 8184,  # deploy/nginx.conf in front of "cached"
    "wagtail": 8185,  # (a) Wagtail 8
    # as "uncached", each query planned anew (prepared statements off)
    "unprepared": 8187,
}
# The pages also loaded from the "unprepared" server: what the reuse of
# query plans (DATABASE_PREPARED_STATEMENTS) brings, measured in the same run.
UNPREPARED_PAGES = ["article", "news page 1", "search: Hebrew word (משלחת)"]
WAGTAIL_PAGES = 1200
# One municipality's own site, in emergency mode with an emergency banner
# (bench/emergency.py); requests name it in their Host header.
CITY_HOST = "bench-city.localhost"
EMERGENCY_PATHS = {
    "emergency home page": "/he/",
    "light emergency page": "/he/emergency/",
}
# How long wrk loads the city's home page while a new alert is saved.
PROPAGATION_LOAD_SECONDS = 20
SEARCHES = {
    # A word both sites find: Wagtail's search matches whole words only.
    "search: Hebrew word (משלחת)": "משלחת",
    "search: prefixed Hebrew word (ובמשלחת)": "ובמשלחת",
    "search: Hebrew with a typo (פסטבל)": "פסטבל",
    "search: English (volunteering)": "volunteering",
}
# The same words through Wagtail's own search (bench/wagtail_site/search).
WAGTAIL_SEARCH_PATHS = {
    words: f"/search/?query={urllib.parse.quote(words)}" for words in SEARCHES.values()
}


def wagtail_search_name(words, suffix=""):
    return f"reference: Wagtail search ({words}{suffix})"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--duration", type=int, default=10, help="seconds per load")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--runs", type=int, default=3, help="interleaved rounds")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument(
        "--fresh", action="store_true", help="drop and rebuild both databases"
    )
    parser.add_argument(
        "--skip-wagtail", action="store_true", help="no Wagtail reference"
    )
    args = parser.parse_args()

    STATE.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    out = RESULTS / stamp
    out.mkdir(parents=True, exist_ok=True)
    log(f"results in {out.relative_to(ROOT)}")

    env = django_env()
    prepare_database(env, args)
    export = STATE / "articles.json"
    measured_slug = run_django(
        env, "bench/export_articles.py", str(export), str(WAGTAIL_PAGES)
    ).strip()
    if not args.skip_wagtail:
        wagtail_env = prepare_wagtail(args, export)

    paths = ours_paths(measured_slug)
    log(f"emergency mode on {CITY_HOST}")
    emergency = json.loads(
        run_django(env, "bench/emergency.py", "on", CITY_HOST).splitlines()[-1]
    )
    if not emergency["emergency_mode"]:
        log("  ! no alerts.models.EmergencyMode (or its table): the banner only")
    with ExitStack() as servers:
        servers.callback(run_django, env, "bench/emergency.py", "off", CITY_HOST)
        pids = {}
        pids["cached"] = servers.enter_context(
            gunicorn(env, PORTS["cached"], "cached", PAGE_CACHE_SECONDS="600")
        )
        uncached = {"PAGE_CACHE_SECONDS": "0", "PAGINATOR_COUNT_CACHE_SECONDS": "0"}
        pids["uncached"] = servers.enter_context(
            gunicorn(env, PORTS["uncached"], "uncached", **uncached)
        )
        servers.enter_context(
            gunicorn(env, PORTS["counted"], "counted", PAGE_CACHE_SECONDS="0")
        )
        servers.enter_context(
            gunicorn(
                env,
                PORTS["unprepared"],
                "unprepared",
                **uncached,
                DATABASE_PREPARED_STATEMENTS="False",
            )
        )
        if not args.skip_wagtail:
            pids["wagtail"] = servers.enter_context(wagtail_gunicorn(wagtail_env))
        wait_until_ok(PORTS["uncached"], paths["article"])
        article_html = fetch(PORTS["uncached"], paths["article"])
        search_note = check_search(paths)
        servers.enter_context(nginx(article_html))
        targets = load_targets(paths, measured_slug, args)
        for target in targets:
            wait_until_ok(target["port"], target["path"], target.get("host"))
        emergency["banner_shown"] = banner_shown(emergency["banner"])
        search_results = search_result_counts(paths, args)
        warm_up(targets)

        runs = {target["name"]: [] for target in targets}
        for round_number in range(1, args.runs + 1):
            log(f"round {round_number} of {args.runs}")
            for target in targets:
                result = wrk(target, args)
                runs[target["name"]].append(result)
                log(
                    f"  {target['name']}: {result['rps']:.0f} req/s, "
                    f"p99 {result['p99_ms']:.1f} ms"
                )
                wait_until_idle(target["port"])
        freshness = microcache_freshness(env)
        propagation = alert_propagation(env)
        log("pages right after a save")
        after_save = json.loads(
            run_django(
                env,
                "bench/measure_after_save.py",
                str(PORTS["cached"]),
                measured_slug,
            ).splitlines()[-1]
        )
        rss = {name: peak_rss_mb(pid) for name, pid in pids.items()}

    queries = json.loads(
        run_django(env, "bench/measure_queries.py", *paths.values()).splitlines()[-1]
    )
    wagtail_queries = {}
    if not args.skip_wagtail:
        wagtail_queries = json.loads(
            run_wagtail(
                wagtail_env,
                "count_queries",
                f"/{urllib.parse.quote(measured_slug)}/",
                "/",
                *WAGTAIL_SEARCH_PATHS.values(),
            ).splitlines()[-1]
        )
    admin = json.loads(run_django(env, "bench/measure_admin.py"))

    results = {
        "when": stamp,
        "machine": machine(),
        "settings": vars(args),
        "targets": targets,
        "runs": runs,
        "summary": {name: summarize(values) for name, values in runs.items()},
        "queries": queries,
        "wagtail_queries": wagtail_queries,
        "admin": admin,
        "microcache_freshness": freshness,
        "after_save": after_save,
        "emergency": emergency,
        "alert_propagation": propagation,
        "worker_peak_rss_mb": rss,
        "search_note": search_note,
        "search_results": search_results,
    }
    (out / "results.json").write_text(
        json.dumps(results, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    report = markdown(results, paths)
    (out / "summary.md").write_text(report, encoding="utf-8")
    (RESULTS / "latest.md").write_text(report, encoding="utf-8")
    print(report)


# ---------------------------------------------------------------- setup


def django_env(**extra):
    """The production settings over plain HTTP on 127.0.0.1."""
    return {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"{PG}/{DATABASE}",
        "CACHE_URL": CACHE_URL,
        "CONN_MAX_AGE": "600",
        "ALLOWED_HOSTS": f"127.0.0.1,localhost,testserver,{CITY_HOST}",
        "SECURE_SSL_REDIRECT": "False",
        "TRUSTED_PROXIES": "127.0.0.1",
        "MEDIA_ROOT": str(STATE / "media"),
        "STATIC_ROOT": str(STATE / "static"),
        "LOG_LEVEL": "WARNING",
        **extra,
    }


def prepare_database(env, args):
    if args.fresh:
        psql(f'DROP DATABASE IF EXISTS "{DATABASE}"')
        psql(f'DROP DATABASE IF EXISTS "{WAGTAIL_DATABASE}"')
        shutil.rmtree(STATE / "media", ignore_errors=True)
    create_database(DATABASE)
    log("migrate")
    manage(env, "migrate", "--no-input", "-v0")
    count = int(run_django(env, "-c", PRINT_ARTICLE_COUNT).strip() or 0)
    if count == 0:
        log(f"generate {args.articles} articles (once; kept for later runs)")
        manage(
            env,
            "generate_bench_data",
            f"--articles={args.articles}",
            "--allow-without-debug",
        )
    elif count < args.articles:
        sys.exit(
            f"The benchmark database holds {count} articles, not {args.articles}: "
            "run again with --fresh."
        )
    if not (STATE / "media" / "articles" / "bench-000.jpg").exists():
        log("write the photos again (the media folder was emptied)")
        manage(env, "generate_bench_data", "--images-only", "--allow-without-debug")
    log("collectstatic, renditions")
    manage(env, "collectstatic", "--no-input", "-v0")
    manage(env, "make_renditions")


PRINT_ARTICLE_COUNT = (
    "import django; django.setup(); from articles.models import Article; "
    "print(Article.objects.count())"
)


def create_database(name):
    exists = psql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'")  # noqa: S608
    if not exists.strip():
        # UTF-8 with a UTF-8 character type, so that pg_trgm sees Hebrew
        # and Arabic letters as letters.
        psql(
            f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' "
            "LOCALE 'C.UTF-8'"
        )


def prepare_wagtail(args, export):
    python = WAGTAIL_VENV / "bin" / "python"
    if not python.exists():
        log("create the Wagtail virtualenv")
        subprocess.run([sys.executable, "-m", "venv", str(WAGTAIL_VENV)], check=True)
    requirements = WAGTAIL_SITE / "requirements.txt"
    stamp = WAGTAIL_VENV / ".installed"
    if not stamp.exists() or stamp.read_text() != requirements.read_text():
        log("install Wagtail from PyPI")
        subprocess.run(
            [str(python), "-m", "pip", "install", "-q", "-r", str(requirements)],
            check=True,
        )
        stamp.write_text(requirements.read_text())
    create_database(WAGTAIL_DATABASE)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "wagtail_site.settings",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "WAGTAIL_DATABASE_URL": f"{PG}/{WAGTAIL_DATABASE}",
        "WAGTAIL_MEDIA_ROOT": str(STATE / "wagtail-media"),
        "WAGTAIL_STATIC_ROOT": str(STATE / "wagtail-static"),
        "CONN_MAX_AGE": "600",
    }
    log("Wagtail: migrate, load pages, search index, collectstatic")
    run_wagtail(env, "migrate", "--no-input", "-v0")
    run_wagtail(env, "load_bench_articles", str(export), str(STATE / "media"))
    # Each page is indexed as it is created (Wagtail's post_save handler,
    # run at once by django-tasks' default backend), but with the fields
    # and text search configuration of that time: a database loaded before
    # a change of either would keep its old index. 1,200 pages: seconds.
    run_wagtail(env, "update_index")
    run_wagtail(env, "collectstatic", "--no-input", "-v0")
    return env


# ---------------------------------------------------------------- servers


@contextmanager
def gunicorn(env, port, name, **settings):
    """community_cms under gunicorn, configured by deploy/gunicorn.conf.py."""
    env = {
        **env,
        **settings,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    command = [
        str(ROOT / ".venv" / "bin" / "gunicorn"),
        "-c",
        str(ROOT / "deploy" / "gunicorn.conf.py"),
        "community_cms.wsgi",
    ]
    with server(command, env, name, cwd=ROOT) as pid:
        yield pid


@contextmanager
def wagtail_gunicorn(env):
    command = [
        str(WAGTAIL_VENV / "bin" / "gunicorn"),
        "--workers=2",
        f"--bind=127.0.0.1:{PORTS['wagtail']}",
        "--preload",
        "--log-level=warning",
        "wagtail_site.wsgi",
    ]
    with server(command, env, "wagtail", cwd=WAGTAIL_SITE) as pid:
        yield pid


@contextmanager
def server(command, env, name, cwd):
    log_file = (STATE / f"{name}.log").open("w")
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=log_file, stderr=subprocess.STDOUT
    )
    try:
        yield process.pid
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log_file.close()


@contextmanager
def nginx(article_html):
    """(c) the article as a static file, and (d) deploy/nginx.conf."""
    prefix = STATE / "nginx"
    shutil.rmtree(prefix, ignore_errors=True)
    for folder in ("www", "cache", "tmp", "logs"):
        (prefix / folder).mkdir(parents=True)
    (prefix / "www" / "article.html").write_bytes(article_html)
    (prefix / "community_cms.conf").write_text(deploy_config(prefix))
    user = "user root;\n" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        NGINX_MAIN.format(user=user, prefix=prefix, port=PORTS["nginx_static"])
    )
    subprocess.run(
        ["nginx", "-t", "-q", "-p", str(prefix), "-c", str(prefix / "nginx.conf")],
        check=True,
    )
    subprocess.run(
        ["nginx", "-p", str(prefix), "-c", str(prefix / "nginx.conf")], check=True
    )
    try:
        yield
    finally:
        subprocess.run(
            [
                "nginx",
                "-p",
                str(prefix),
                "-c",
                str(prefix / "nginx.conf"),
                "-s",
                "stop",
            ],
            check=False,
        )


NGINX_MAIN = """{user}worker_processes auto;
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path {prefix}/tmp/body;
    proxy_temp_path {prefix}/tmp/proxy;
    fastcgi_temp_path {prefix}/tmp/fastcgi;
    uwsgi_temp_path {prefix}/tmp/uwsgi;
    scgi_temp_path {prefix}/tmp/scgi;

    # (c) the rendered article page as a plain file.
    server {{
        listen 127.0.0.1:{port};
        root {prefix}/www;
        location / {{ try_files $uri =404; }}
    }}

    # (d) deploy/nginx.conf, with local addresses and without TLS.
    include {prefix}/community_cms.conf;
}}
"""


def deploy_config(prefix):
    """deploy/nginx.conf as shipped, but for 127.0.0.1 over plain HTTP:
    each change below must apply exactly once, so an edit of the shipped
    file cannot silently leave the benchmark measuring something else."""
    text = (ROOT / "deploy" / "nginx.conf").read_text()
    changes = [
        (r"server \{\s*listen 80;[^{}]*return 301[^{}]*\}\n", ""),
        (r"listen 443 ssl http2;", f"listen 127.0.0.1:{PORTS['nginx_deploy']};"),
        (r"\n\s*listen \[::\]:443 ssl http2;", ""),
        (r"\n\s*ssl_certificate [^\n]*", ""),
        (r"\n\s*ssl_certificate_key [^\n]*", ""),
        (r"/var/cache/nginx/community_cms", str(prefix / "cache")),
        (r"server 127\.0\.0\.1:8000;", f"server 127.0.0.1:{PORTS['cached']};"),
        (r"/srv/community_cms/staticfiles/", f"{STATE / 'static'}/"),
        (r"/srv/community_cms/media/", f"{STATE / 'media'}/"),
    ]
    for pattern, replacement in changes:
        text, count = re.subn(pattern, replacement, text)
        if count != 1:
            sys.exit(f"deploy/nginx.conf changed: {pattern!r} matched {count} times")
    return text


# ---------------------------------------------------------------- measuring


def check_search(paths):
    """Drop the search pages (saying why) if the search page fails."""
    for name in SEARCHES:
        try:
            fetch(PORTS["uncached"], paths[name])
        except OSError as error:
            note = f"search not measured: {paths[name]} failed ({error})"
            log(note)
            for search in SEARCHES:
                paths.pop(search, None)
            return note
    return None


def search_result_counts(paths, args):
    """What each search finds, so that a comparison of speeds is not one
    of a search with results against one without: the results on our
    first page (20 at most) and Wagtail's count of all its results."""
    found = {}
    for name, words in SEARCHES.items():
        if name not in paths:
            continue
        ours = fetch(PORTS["uncached"], paths[name])
        found[words] = {"ours_first_page": ours.count(b'class="search-result"')}
        if not args.skip_wagtail:
            page = fetch(PORTS["wagtail"], WAGTAIL_SEARCH_PATHS[words])
            count = re.search(rb'data-count="(\d+)"', page)
            found[words]["wagtail"] = int(count.group(1)) if count else None
        log(f"  search {words}: {found[words]}")
    return found


def ours_paths(measured_slug):
    slug = urllib.parse.quote(measured_slug)
    # The month of the run where the site is: the calendar's own.
    today = datetime.now(ZoneInfo("Asia/Jerusalem")).date()
    paths = {
        "article": f"/he/news/{slug}/",
        "news page 1": "/he/news/",
        "news page 500": "/he/news/?page=500",
        "partner directory, two filters": (
            "/he/partners/?field=bench-fieldofaction-0&region=bench-region-2"
        ),
        "home page": "/he/",
        "departments": "/he/departments/",
        "partnerships": "/he/partnerships/",
        "events": "/he/events/",
        "past events": "/he/events/past/",
        "events of this month": f"/he/events/{today.year}/{today.month}/",
    }
    for name, words in SEARCHES.items():
        # English words are searched on the English site, where they are.
        language = "he" if any("\u0590" <= c <= "\u05ff" for c in words) else "en"
        paths[name] = f"/{language}/search/?q={urllib.parse.quote(words)}"
    return paths


def load_targets(paths, measured_slug, args):
    targets = [
        {"name": f"{name} (uncached)", "port": PORTS["uncached"], "path": path}
        for name, path in paths.items()
        if name not in SEARCHES
    ]
    targets += [
        {
            "name": f"{name} (uncached, count cached)",
            "port": PORTS["counted"],
            "path": paths[name],
        }
        for name in ("news page 1", "news page 500", "partner directory, two filters")
    ]
    targets += [
        {
            "name": f"{name} (uncached, prepared statements off)",
            "port": PORTS["unprepared"],
            "path": paths[name],
        }
        for name in UNPREPARED_PAGES
        if name in paths
    ]
    targets.append(
        {
            "name": "article (page cache)",
            "port": PORTS["cached"],
            "path": paths["article"],
        }
    )
    targets.append(
        {
            "name": "article through deploy/nginx.conf (micro-cache)",
            "port": PORTS["nginx_deploy"],
            "path": paths["article"],
        }
    )
    # One city's site in emergency mode (bench/emergency.py): the home page
    # with its banner and the light emergency page, both as production
    # serves them.
    for name, path in EMERGENCY_PATHS.items():
        targets += [
            {
                "name": f"{name} (page cache)",
                "port": PORTS["cached"],
                "path": path,
                "host": CITY_HOST,
            },
            {
                "name": f"{name} through deploy/nginx.conf (micro-cache)",
                "port": PORTS["nginx_deploy"],
                "path": path,
                "host": CITY_HOST,
            },
        ]
    targets.append(
        {
            "name": "reference: bare Django view",
            "port": PORTS["cached"],
            "path": "/bench/constant/",
        }
    )
    targets.append(
        {
            "name": "reference: nginx static file",
            "port": PORTS["nginx_static"],
            "path": "/article.html",
        }
    )
    if not args.skip_wagtail:
        slug = urllib.parse.quote(measured_slug)
        targets.append(
            {
                "name": "reference: Wagtail article",
                "port": PORTS["wagtail"],
                "path": f"/{slug}/",
            }
        )
        targets.append(
            {
                "name": "reference: Wagtail index (20 items)",
                "port": PORTS["wagtail"],
                "path": "/",
            }
        )
    # The searches last: the slowest pages disturb the others least. Under
    # 16 connections to 2 workers a request mostly waits for the ones ahead
    # of it, so each search is also measured one visitor at a time: its own
    # time, what a resident waits when the site is not overloaded. Wagtail's
    # own search for the same words follows each, loaded the same two ways.
    for name, path in paths.items():
        if name in SEARCHES:
            targets += [
                {"name": f"{name} (uncached)", "port": PORTS["uncached"], "path": path},
                {
                    "name": f"{name} (uncached, {ONE_VISITOR})",
                    "port": PORTS["uncached"],
                    "path": path,
                    "connections": 1,
                },
            ]
            if not args.skip_wagtail:
                words = SEARCHES[name]
                targets += [
                    {
                        "name": wagtail_search_name(words),
                        "port": PORTS["wagtail"],
                        "path": WAGTAIL_SEARCH_PATHS[words],
                    },
                    {
                        "name": wagtail_search_name(words, f", {ONE_VISITOR}"),
                        "port": PORTS["wagtail"],
                        "path": WAGTAIL_SEARCH_PATHS[words],
                        "connections": 1,
                    },
                ]
    return targets


ONE_VISITOR = "one visitor at a time"


def wrk(target, args, duration=None):
    url = f"http://127.0.0.1:{target['port']}{target['path']}"
    host = ["-H", f"Host: {target['host']}"] if "host" in target else []
    completed = subprocess.run(
        [
            "wrk",
            f"-t{min(args.threads, target.get('connections', args.connections))}",
            f"-c{target.get('connections', args.connections)}",
            f"-d{duration or args.duration}s",
            "--timeout=10s",
            *host,
            "-s",
            str(BENCH / "wrk_report.lua"),
            url,
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(completed.stdout.strip().splitlines()[-1])
    if result["non_2xx"] or result["socket_errors"]:
        log(f"  ! {target['name']}: {result}")
    return result


def warm_up(targets):
    log("warm up")
    quick = argparse.Namespace(threads=1, connections=2)
    for target in targets:
        wrk(target, quick, duration=2)
        wait_until_idle(target["port"])


IDLE_PATHS = {
    PORTS["cached"]: "/bench/constant/",
    PORTS["uncached"]: "/bench/constant/",
    PORTS["counted"]: "/bench/constant/",
    PORTS["unprepared"]: "/bench/constant/",
    PORTS["wagtail"]: "/",
}


def wait_until_idle(port, seconds=120):
    """Requests still queued when wrk stops keep a server's workers busy:
    wait until a quick page answers quickly, so that the next measurement
    has the machine to itself."""
    path = IDLE_PATHS.get(port)
    deadline = time.monotonic() + seconds
    while path and time.monotonic() < deadline:
        started = time.monotonic()
        fetch(port, path)
        if time.monotonic() - started < 0.05:
            return
    time.sleep(0.5)


def summarize(values):
    return {
        "rps": round(statistics.median(v["rps"] for v in values), 1),
        "p50_ms": round(statistics.median(v["p50_ms"] for v in values), 2),
        "p95_ms": round(statistics.median(v["p95_ms"] for v in values), 2),
        "p99_ms": round(statistics.median(v["p99_ms"] for v in values), 2),
        "errors": sum(v["non_2xx"] + v["socket_errors"] for v in values),
    }


PUBLISH_ARTICLE = """
import django; django.setup()
from django.utils import timezone
from articles.models import Article
from municipalities.models import Municipality
Article.objects.filter(slug_he__startswith="bench-freshness").delete()
article = Article.objects.create(
    title_he="{title}", slug_he="bench-freshness-{stamp}",
    municipality=Municipality.objects.order_by("pk").first(),
    status="published", published_at=timezone.now())
print(article.pk)
"""

DELETE_ARTICLE = """
import django; django.setup()
from articles.models import Article
Article.objects.filter(slug_he__startswith="bench-freshness").delete()
"""


def microcache_freshness(env):
    """Publish an article and time how long until the news list shows it,
    through the shipped nginx (micro-cache) and from gunicorn directly."""
    for port in (PORTS["nginx_deploy"], PORTS["cached"]):
        fetch(port, "/he/news/")  # make sure both hold a copy
    stamp = secrets.token_hex(4)
    title = f"כתבה חדשה {stamp}"
    started = time.monotonic()
    run_django(env, "-c", PUBLISH_ARTICLE.format(title=title, stamp=stamp))
    published = time.monotonic()
    seen = {}
    while len(seen) < 2 and time.monotonic() - published < 30:
        for name, port in (
            ("nginx", PORTS["nginx_deploy"]),
            ("django", PORTS["cached"]),
        ):
            if name not in seen and title.encode() in fetch(port, "/he/news/"):
                seen[name] = round(time.monotonic() - published, 2)
        time.sleep(0.1)
    run_django(env, "-c", DELETE_ARTICLE)
    return {
        "seconds_to_publish": round(published - started, 2),
        "visible_after_s": seen,
        "microcache_lifetime_s": 4,
    }


def banner_shown(message):
    """Whether each emergency page shows the standing banner, from gunicorn
    and through nginx: if not, its rows measure something else."""
    shown = {}
    for name, path in EMERGENCY_PATHS.items():
        for server in ("cached", "nginx_deploy"):
            page = fetch(PORTS[server], path, CITY_HOST)
            shown[f"{name} ({server})"] = message.encode() in page
    missing = [name for name, seen in shown.items() if not seen]
    if missing:
        log(f"  ! no emergency banner on: {', '.join(missing)}")
    return shown


def alert_propagation(env):
    """New emergency alerts under 64 connections to the city's home page:
    seconds until each shows, and wrk's errors (bench/emergency.py), through
    the shipped nginx and from gunicorn directly."""
    found = {}
    for name, server in (("nginx", "nginx_deploy"), ("django", "cached")):
        log(f"alert propagation under load ({name})")
        wait_until_idle(PORTS["cached"])
        found[name] = json.loads(
            run_django(
                env,
                "bench/emergency.py",
                "propagation",
                str(PORTS[server]),
                CITY_HOST,
                str(PROPAGATION_LOAD_SECONDS),
            ).splitlines()[-1]
        )
        seen = [save["visible_after_s"] for save in found[name]["saves"]]
        log(
            f"  visible after {seen} s, {found[name]['non_2xx']} non-2xx, "
            f"{found[name]['socket_errors']} socket errors"
        )
    return found


def peak_rss_mb(master_pid):
    """The largest peak resident memory (VmHWM) of a gunicorn's workers."""
    peaks = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            text = status.read_text()
        except OSError:
            continue  # the process ended meanwhile
        parent = re.search(r"^PPid:\s+(\d+)", text, re.MULTILINE)
        peak = re.search(r"^VmHWM:\s+(\d+) kB", text, re.MULTILINE)
        if parent and peak and int(parent.group(1)) == master_pid:
            peaks.append(int(peak.group(1)) / 1024)
    return round(max(peaks), 1) if peaks else None


def machine():
    return {
        "cpus": os.cpu_count(),
        "load_average_at_end": os.getloadavg(),
        "nginx": subprocess.run(
            ["nginx", "-v"], capture_output=True, text=True, check=False
        ).stderr.strip(),
        "postgres": psql("SHOW server_version").strip(),
    }


# ---------------------------------------------------------------- report


AFTER_SAVE_ROWS = {
    "same_municipality_article": (
        "right after a save: article of the same municipality (cold)"
    ),
    "news_page_1": "… news page 1 (cold)",
    "other_municipality_article": "… article of another municipality (kept)",
}


def search_notes(results):
    """Say so when a search compared finds nothing: a search without
    results is not a fair reference for one with."""
    notes = []
    for words, found in results.get("search_results", {}).items():
        ours = found["ours_first_page"]
        wagtail = found.get("wagtail")
        if wagtail == 0 or ours == 0:
            notes.append(
                f"Note: for “{words}” our search shows {ours} results on its "
                f"first page and Wagtail's finds {wagtail}: "
                + (
                    "Wagtail's search matches whole words only (no Hebrew "
                    "prefixes, no typo correction), so it is no fair reference "
                    "for this word."
                    if wagtail == 0 and ours
                    else "neither finds anything; the two are compared on a "
                    "search without results."
                    if wagtail == 0
                    else "ours finds nothing here; this row measures a search "
                    "without results."
                )
            )
    return notes


def markdown(results, paths):
    s = results["summary"]

    def rps(name):
        return s.get(name, {}).get("rps")

    lines = [
        f"## Benchmark {results['when']} (UTC)",
        "",
        f"wrk {results['settings']['threads']} threads, "
        f"{results['settings']['connections']} connections, "
        f"{results['settings']['duration']} s per run, median of "
        f"{results['settings']['runs']} interleaved runs; gunicorn 2 workers; "
        f"load average at the end {results['machine']['load_average_at_end']}.",
        "",
        "| page | req/s | p50 ms | p95 ms | p99 ms | SQL queries |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    queries = results["queries"]
    for target in results["targets"]:
        name = target["name"]
        row = s[name]
        count = ""
        for key, path in paths.items():
            if name in (f"{key} (uncached)", f"{key} (uncached, {ONE_VISITOR})"):
                count = queries.get(path, "")
            if name == f"{key} (uncached, count cached)" and path in queries:
                count = queries[path] - 1
        if name.startswith("reference: Wagtail"):
            wq = results["wagtail_queries"]
            count = wq.get("/" if "index" in name else target["path"], "")
        if "(page cache)" in name or "micro-cache" in name:
            count = 0
        lines.append(
            f"| {name} | {row['rps']:.0f} | {row['p50_ms']:.1f} | "
            f"{row['p95_ms']:.1f} | {row['p99_ms']:.1f} | {count} |"
        )
    admin = results["admin"]
    lines += [
        "",
        "| admin article list (100,000 rows) | median ms | max ms | queries |",
    ]
    lines.append("|---|---:|---:|---:|")
    for name, row in admin.items():
        lines.append(
            f"| {name} | {row['median_ms']} | {row['max_ms']} | {row['queries']} |"
        )
    rss = results["worker_peak_rss_mb"]
    fresh = results["microcache_freshness"]
    lines += [
        "",
        f"Worker peak memory (VmHWM, MB): {rss}.",
        f"A newly published article appeared on the news list after "
        f"{fresh['visible_after_s']} s (micro-cache lifetime "
        f"{fresh['microcache_lifetime_s']} s).",
    ]
    after = results["after_save"]
    lines += [
        "",
        f"Pages right after a save of another article of the measured "
        f"article's municipality (page cache on, one request each, "
        f"{after['rounds']} rounds):",
        "",
        "| page | median ms | max ms | stored, before the save: median ms |",
        "|---|---:|---:|---:|",
    ]
    for key, label in AFTER_SAVE_ROWS.items():
        row = after[key]
        lines.append(
            f"| {label} | {row['median_ms']} | {row['max_ms']} | "
            f"{row['stored_median_ms']} |"
        )
    lines += emergency_lines(results)
    notes = search_notes(results)
    if notes:
        lines += ["", *notes]
    lines += ["", "### Targets", ""]
    wagtail_article = rps("reference: Wagtail article")
    wagtail_index = rps("reference: Wagtail index (20 items)")
    checks = []
    if wagtail_article:
        ratio = rps("article (uncached)") / wagtail_article
        checks.append(
            (
                "article uncached ≥ 2× Wagtail article",
                f"{ratio:.2f}×",
                ratio >= 2,
            )
        )
    if wagtail_index:
        for name in (
            "news page 1 (uncached)",
            "news page 500 (uncached)",
            "news page 1 (uncached, count cached)",
            "news page 500 (uncached, count cached)",
        ):
            ratio = rps(name) / wagtail_index
            checks.append((f"{name} ≥ 3× Wagtail index", f"{ratio:.2f}×", ratio >= 3))
    ratio = rps("article (page cache)") / rps("reference: bare Django view")
    checks.append(("cached article ≥ 70% of bare view", f"{ratio:.0%}", ratio >= 0.7))
    ratio = rps("article through deploy/nginx.conf (micro-cache)") / rps(
        "reference: nginx static file"
    )
    checks.append(("through nginx ≥ 50% of nginx static", f"{ratio:.0%}", ratio >= 0.5))
    worst_path = max(queries, key=queries.get)
    worst_name = next(name for name, path in paths.items() if path == worst_path)
    most = queries[worst_path]
    checks.append(
        ("no public page above 6 queries", f"max {most} ({worst_name})", most <= 6)
    )
    connections = f"{results['settings']['connections']} connections"
    for load, suffix, limit in (
        (ONE_VISITOR, f"(uncached, {ONE_VISITOR})", 50),
        (connections, "(uncached)", 100),
    ):
        searched = [
            s[f"{n} {suffix}"]["p95_ms"] for n in SEARCHES if f"{n} {suffix}" in s
        ]
        if searched:
            worst = max(searched)
            checks.append(
                (
                    f"search p95 < {limit} ms, {load}",
                    f"{worst:.0f} ms",
                    worst < limit,
                )
            )
        else:
            checks.append((f"search p95 < {limit} ms", results["search_note"], False))
    searched = [rps(f"{n} (uncached)") for n in SEARCHES if f"{n} (uncached)" in s]
    if searched:
        ratio = min(searched) / rps("reference: bare Django view")
        checks.append(
            (
                f"search at {connections} ≥ 10% of the bare Django view (slowest)",
                f"{ratio:.0%}",
                ratio >= 0.1,
            )
        )
    for name, words in SEARCHES.items():
        wagtail_search = rps(wagtail_search_name(words))
        if wagtail_search and f"{name} (uncached)" in s:
            ratio = rps(f"{name} (uncached)") / wagtail_search
            found = results.get("search_results", {}).get(words, {})
            unfair = " (Wagtail finds nothing)" if found.get("wagtail") == 0 else ""
            checks.append(
                (
                    f"search ≥ 3× Wagtail's search ({words})",
                    f"{ratio:.2f}×{unfair}",
                    ratio >= 3,
                )
            )
    slowest = max(row["median_ms"] for row in admin.values())
    checks.append(("admin changelist < 0.5 s", f"{slowest:.0f} ms", slowest < 500))
    biggest = max(v for v in rss.values() if v)
    checks.append(("worker peak memory < 150 MB", f"{biggest:.0f} MB", biggest < 150))
    nginx_seen = fresh["visible_after_s"].get("nginx")
    checks.append(
        (
            f"new article visible within {PROPAGATION_TARGET_S} s",
            f"{nginx_seen} s",
            nginx_seen is not None and nginx_seen <= PROPAGATION_TARGET_S,
        )
    )
    checks += propagation_checks(results)
    lines += ["| target | measured | met |", "|---|---:|:---:|"]
    lines += [f"| {a} | {b} | {'yes' if c else 'no'} |" for a, b, c in checks]
    return "\n".join(lines) + "\n"


def emergency_lines(results):
    """What the emergency rows measured, and the new alert's way to the
    home page under load."""
    emergency = results["emergency"]
    mode = (
        "in emergency mode (`EmergencyMode.is_on`)"
        if emergency["emergency_mode"]
        else "not in emergency mode (`alerts.models.EmergencyMode` is not in "
        "this checkout: the banner only)"
    )
    missing = [name for name, seen in emergency["banner_shown"].items() if not seen]
    first = results["alert_propagation"]["nginx"]
    lines = [
        "",
        f"Emergency rows: the site of municipality {emergency['municipality']} "
        f"(`Host: {emergency['hostname']}`), {mode}, with an emergency banner"
        + (f"; the banner was missing on: {', '.join(missing)}." if missing else "."),
        "",
        f"New emergency alerts saved one after another under "
        f"{first['connections']} connections to the city's home page "
        f"({first['load_seconds']} s of wrk; each save at a random moment, "
        "committed, then the page asked every 0.1 s until it shows the "
        "alert); seconds from each commit until the answer that showed it "
        "came back, and (in brackets) until that request was sent:",
        "",
        "| served by | each save: visible after s | slowest | "
        "req/s under load | non-2xx | socket errors |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, label in PROPAGATION_ROWS.items():
        row = results["alert_propagation"][name]
        each = ", ".join(
            f"{save['visible_after_s']} ({save['visible_poll_sent_after_s']})"
            for save in row["saves"]
        )
        lines.append(
            f"| {label} | {each} | {row['visible_after_s']} | {row['rps']:.0f} | "
            f"{row['non_2xx']} | {row['socket_errors']} |"
        )
    return lines


PROPAGATION_ROWS = {
    "nginx": "deploy/nginx.conf (micro-cache) in front of gunicorn",
    "django": "gunicorn with the page cache",
}
PROPAGATION_TARGET_S = 5


def propagation_checks(results):
    checks = []
    for name, label in PROPAGATION_ROWS.items():
        row = results["alert_propagation"][name]
        seen = row["visible_after_s"]
        errors = row["non_2xx"] + row["socket_errors"]
        checks.append(
            (
                f"new emergency alert on the home page ≤ {PROPAGATION_TARGET_S} s "
                f"at {row['connections']} connections, no errors ({label}; "
                f"slowest of {len(row['saves'])} saves)",
                f"{seen} s, {errors} errors",
                seen is not None and seen <= PROPAGATION_TARGET_S and errors == 0,
            )
        )
    return checks


# ---------------------------------------------------------------- helpers


def manage(env, *args):
    subprocess.run([str(PYTHON), "manage.py", *args], env=env, cwd=ROOT, check=True)


def run_django(env, script, *args):
    return subprocess.run(
        [str(PYTHON), script, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def run_wagtail(env, *args):
    return subprocess.run(
        [str(WAGTAIL_VENV / "bin" / "python"), "manage.py", *args],
        env=env,
        cwd=WAGTAIL_SITE,
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def psql(sql):
    return subprocess.run(
        ["psql", f"{PG}/postgres", "-AtX", "-c", sql],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


def fetch(port, path, host=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": host} if host else {}
    )
    # A Request, for its Host header; the address is always http://127.0.0.1.
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.read()


def wait_until_ok(port, path, host=None, seconds=60):
    deadline = time.monotonic() + seconds
    while True:
        try:
            fetch(port, path, host)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def log(message):
    print(f"[bench {datetime.now(UTC):%H:%M:%S}] {message}", flush=True)


if __name__ == "__main__":
    main()
