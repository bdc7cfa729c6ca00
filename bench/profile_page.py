"""Where a page's time goes, in process: the median CPU time of the
request's thread over repeated requests with every cache off, and a
cProfile of those requests, the functions that cost most (cumulative and
own time).

    PYTHONPATH=. DJANGO_SETTINGS_MODULE=bench.settings \\
        .venv/bin/python bench/profile_page.py [--repeat N] [--top N] PATH...
"""

import argparse
import cProfile
import pstats
import statistics
import time

import django

django.setup()

from django.test import Client, override_settings  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    client = Client(HTTP_HOST=args.host)
    with override_settings(PAGE_CACHE_SECONDS=0, PAGINATOR_COUNT_CACHE_SECONDS=0):
        for path in args.paths:
            for _warm_up in range(5):
                assert client.get(path).status_code == 200, path
            times = []
            for _pass in range(args.repeat):
                started = time.thread_time()
                client.get(path)
                times.append((time.thread_time() - started) * 1000)
            print(f"{path}: median {statistics.median(times):.2f} ms CPU")
            profile = cProfile.Profile()
            profile.enable()
            for _pass in range(args.repeat):
                client.get(path)
            profile.disable()
            stats = pstats.Stats(profile)
            stats.sort_stats("cumulative").print_stats(args.top)
            stats.sort_stats("tottime").print_stats(args.top)


if __name__ == "__main__":
    main()
