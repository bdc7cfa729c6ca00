"""The emergency rows of the benchmark (bench/README.md, "Emergency mode"):
one municipality's own site in emergency mode with an emergency banner, and
how long a new emergency alert takes to reach its home page under load.

    on HOST       make the site at HOST (once; kept for later runs) for the
                  first municipality without one, put up the standing
                  emergency banner and switch emergency mode on; print
                  what was set as JSON
    off HOST      take the banner down and switch emergency mode off
    propagation PORT HOST SECONDS
                  load the site's home page with wrk (64 connections,
                  SECONDS long); meanwhile, as many times as the load
                  allows, save a new emergency alert through the ORM at a
                  random moment and GET the page every 0.1 s until its
                  message is on it; delete the alerts; print one JSON object

Every change goes through the ORM, so that its signals clear the stored
pages as an editor's save would. Run by bench/run; by hand, with the
environment of bench/README.md:
    .venv/bin/python bench/emergency.py on bench-city.localhost
"""

import json
import secrets
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

import django

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

from alerts.models import Alert  # noqa: E402
from municipalities.models import Municipality  # noqa: E402
from sites.models import Site  # noqa: E402

try:
    from alerts.models import EmergencyMode
except ImportError:  # not in this checkout yet: the banner alone is measured
    EmergencyMode = None

WRK_REPORT = Path(__file__).resolve().parent / "wrk_report.lua"
# Every alert the benchmark puts up says so in English, so that "off" finds
# them all, also those of a run that was interrupted.
MARK = "[bench]"
PATH = "/he/"
CONNECTIONS = 64
# wrk runs this long before the first save, so that it meets a steady load.
SETTLE_SECONDS = 2
# deploy/nginx.conf, proxy_cache_valid: saves come at random moments of it.
MICROCACHE_SECONDS = 5
RANDOM = secrets.SystemRandom()
POLL_SECONDS = 0.1
# Polling stops here, with or without the message (then reported as null).
GIVE_UP_SECONDS = 30


def city_site(host):
    site = Site.objects.filter(hostname=host).first()
    if site is not None:
        return site
    municipality = Municipality.objects.filter(site__isnull=True).order_by("pk")[0]
    return Site.objects.create(
        hostname=host,
        municipality=municipality,
        name_he=f"קהילה ב{municipality.name_he}",
        name_ar=f"المجتمع في {municipality.name_ar or municipality.name_he}",
        name_en=f"Community in {municipality.name_en or municipality.name_he}",
        phone="08-9392222",
    )


def put_up(municipality, words):
    """An emergency alert of the site's municipality, shown from now (or
    from ``ago`` seconds back) until it is deleted."""
    return Alert.objects.create(
        level=Alert.Level.EMERGENCY,
        message_he=f"{words['he']} ({words['stamp']})",
        message_ar=f"{words['ar']} ({words['stamp']})",
        message_en=f"{MARK} {words['en']} ({words['stamp']})",
        municipality=municipality,
        starts_at=timezone.now() - timedelta(seconds=words.get("ago", 0)),
    )


def switch_emergency_mode(site, is_on):
    """Switch the site's emergency mode through the ORM (its signals clear
    the site's stored pages); False when this checkout has none."""
    if EmergencyMode is None:
        return False
    if EmergencyMode._meta.db_table not in connection.introspection.table_names():
        return False  # the model, but not yet its migration
    EmergencyMode.objects.update_or_create(site=site, defaults={"is_on": is_on})
    return True


def on(host):
    site = city_site(host)
    Alert.objects.filter(message_en__startswith=MARK).delete()
    alert = put_up(
        site.municipality,
        {
            "he": "אזעקות באזור: היכנסו למרחב המוגן ופעלו לפי הנחיות פיקוד העורף",
            "ar": "صفارات إنذار في المنطقة: ادخلوا إلى الحيز المحمي",
            "en": "Sirens in the area: go to the protected space",
            "stamp": "bench",
            "ago": 3600,
        },
    )
    return {
        "hostname": site.hostname,
        "municipality": site.municipality_id,
        "emergency_mode": switch_emergency_mode(site, True),
        "banner": alert.message_he,
    }


def off(host):
    site = Site.objects.get(hostname=host)
    Alert.objects.filter(message_en__startswith=MARK).delete()
    return {"emergency_mode_off": switch_emergency_mode(site, False)}


def fetch(port, host, path):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": host}
    )
    # A Request, for its Host header; the address is always http://127.0.0.1.
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        return response.read()


def propagation(port, host, seconds):
    """Seconds from the commit of new emergency alerts until the site's home
    page shows them, under wrk's load, and wrk's errors over the load."""
    site = Site.objects.get(hostname=host)
    load = subprocess.Popen(
        [
            "wrk",
            "-t2",
            f"-c{CONNECTIONS}",
            f"-d{seconds}s",
            "--timeout=10s",
            "-H",
            f"Host: {host}",
            "-s",
            str(WRK_REPORT),
            f"http://127.0.0.1:{port}{PATH}",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ends = time.monotonic() + seconds
    time.sleep(SETTLE_SECONDS)
    saves, saved = [], []
    try:
        while True:
            # A moment at random in the micro-cache's cycle: the load began
            # with nginx's copy expired, so a save at a fixed time after its
            # start would always meet the copy at the same age.
            time.sleep(RANDOM.uniform(0, MICROCACHE_SECONDS))
            if not saves or ends - time.monotonic() > MICROCACHE_SECONDS + 1:
                saves.append(save_and_watch(port, site, saved))
            if ends - time.monotonic() <= MICROCACHE_SECONDS + 1:
                break
    finally:
        out, err = load.communicate()
        Alert.objects.filter(pk__in=saved).delete()
    if load.returncode != 0:
        sys.exit(f"wrk failed: {err.strip()}")
    report = json.loads(out.strip().splitlines()[-1])
    seen = [save["visible_after_s"] for save in saves]
    return {
        "port": port,
        "host": host,
        "path": PATH,
        "connections": CONNECTIONS,
        "load_seconds": seconds,
        "saves": saves,
        # The slowest save (None if one never showed), then the median.
        "visible_after_s": None if None in seen else max(seen),
        "visible_median_s": None if None in seen else statistics.median(seen),
        "rps": report["rps"],
        "p99_ms": report["p99_ms"],
        "non_2xx": report["non_2xx"],
        "socket_errors": report["socket_errors"],
    }


def save_and_watch(port, site, saved):
    """Save a new emergency alert of the site and GET its home page every
    POLL_SECONDS until the alert is on it."""
    started = time.monotonic()
    commits = []
    # In a transaction, as the admin saves. The hook registered first runs
    # first after COMMIT: the moment the row is there for every reader,
    # before the signals' hooks replace the stored pages' versions.
    with transaction.atomic():
        transaction.on_commit(lambda: commits.append(time.monotonic()))
        alert = put_up(
            site.municipality,
            {
                "he": "הודעת חירום חדשה",
                "ar": "رسالة طوارئ جديدة",
                "en": "New emergency message",
                "stamp": secrets.token_hex(4),
            },
        )
    returned = time.monotonic()
    saved.append(alert.pk)
    committed = commits[0]
    expected = alert.message_he.encode()
    polls, poll_errors, visible, asked = 0, 0, None, None
    while visible is None and time.monotonic() - committed < GIVE_UP_SECONDS:
        sent = time.monotonic()
        try:
            page = fetch(port, site.hostname, PATH)
        except OSError:
            page = b""
            poll_errors += 1
        polls += 1
        if expected in page:
            visible = round(time.monotonic() - committed, 2)
            asked = round(sent - committed, 2)
        else:
            time.sleep(max(0.0, POLL_SECONDS - (time.monotonic() - sent)))
    return {
        # The save until its commit, and the on-commit hooks after it.
        "save_s": round(committed - started, 3),
        "hooks_s": round(returned - committed, 3),
        # Until the request that showed the alert came back, and when it
        # was sent (the alert appeared in between).
        "visible_after_s": visible,
        "visible_poll_sent_after_s": asked,
        "polls": polls,
        "poll_errors": poll_errors,
    }


def main():
    command = sys.argv[1]
    if command == "on":
        result = on(sys.argv[2])
    elif command == "off":
        result = off(sys.argv[2])
    elif command == "propagation":
        result = propagation(int(sys.argv[2]), sys.argv[3], int(sys.argv[4]))
    else:
        sys.exit(__doc__)
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
