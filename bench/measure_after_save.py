"""Time pages right after a save, against the server with the page cache
(as in production): the pages the save can change are drawn again (cold),
the others stay stored (core/page_cache.py: an article's page depends on
its municipality and the network, a list on all content).

Each of ROUNDS times: fetch the three pages so that they are stored, save
another published article of the measured article's municipality through
the ORM (its signals run; it commits at once, outside a transaction), then
GET each page once, one after the other: the measured article (its
municipality's pages went stale), the news list's first page (lists depend
on all content) and an article of another municipality (still stored).
Prints one JSON object: the median and the slowest time of each, in ms,
and the median time of the same page served stored before the save.

Run by bench/run with the server of "cached" running; by hand, with the
environment of bench/README.md:
    .venv/bin/python bench/measure_after_save.py PORT MEASURED_SLUG
"""

import json
import statistics
import sys
import time
import urllib.parse
import urllib.request

import django

django.setup()

from articles.models import Article  # noqa: E402

ROUNDS = 15


def fetch_ms(port, path):
    started = time.perf_counter()
    with urllib.request.urlopen(
        f"http://127.0.0.1:{port}{path}", timeout=30
    ) as response:
        response.read()
        status = response.status
    elapsed = (time.perf_counter() - started) * 1000
    assert status == 200, (path, status)
    return elapsed


def article_path(slug):
    return f"/he/news/{urllib.parse.quote(slug)}/"


def main():
    port, measured_slug = int(sys.argv[1]), sys.argv[2]
    measured = Article.objects.get(slug_he=measured_slug)
    published = Article.objects.published().order_by("-published_at", "-pk")
    # The article saved: another one of the same municipality, so that the
    # measured page goes cold through its municipality's scope, not because
    # it was itself the one saved.
    saved = (
        published.filter(municipality_id=measured.municipality_id)
        .exclude(pk=measured.pk)
        .first()
    )
    other = published.exclude(municipality_id=measured.municipality_id).first()
    pages = {
        "same_municipality_article": article_path(measured_slug),
        "news_page_1": "/he/news/",
        "other_municipality_article": article_path(other.slug_he),
    }
    times = {name: [] for name in pages}
    stored = {name: [] for name in pages}
    for _ in range(ROUNDS):
        for name, path in pages.items():
            fetch_ms(port, path)  # stored, if it was not already
            stored[name].append(fetch_ms(port, path))
        # A save as the admin makes it, minus the form: the article read
        # afresh and written back unchanged, every signal running.
        Article.objects.get(pk=saved.pk).save()
        for name, path in pages.items():
            times[name].append(fetch_ms(port, path))
    print(
        json.dumps(
            {
                "rounds": ROUNDS,
                "saved_article": saved.slug_he,
                "municipality": measured.municipality_id,
                "other_municipality": other.municipality_id,
                "paths": pages,
                **{
                    name: {
                        "median_ms": round(statistics.median(values), 1),
                        "max_ms": round(max(values), 1),
                        "stored_median_ms": round(statistics.median(stored[name]), 1),
                    }
                    for name, values in times.items()
                },
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
