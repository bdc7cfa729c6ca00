"""Write the newest published articles of the benchmark database to JSON
for the Wagtail reference site (the same titles, text and photos), and
pick the article both sites are measured on.

    PYTHONPATH=. DJANGO_SETTINGS_MODULE=bench.settings \
        .venv/bin/python bench/export_articles.py OUT N
"""

import json
import sys
from pathlib import Path

import django

django.setup()

from articles.models import Article  # noqa: E402

# The measured article: a hundred from the top, with a photo, so that it is
# neither the newest (shown everywhere) nor far in the archive.
MEASURED_OFFSET = 100


def main():
    out, count = Path(sys.argv[1]), int(sys.argv[2])
    rows = (
        Article.objects.published()
        .order_by("-published_at", "-pk")
        .values(
            "title_he",
            "slug_he",
            "lede_he",
            "body_he",
            "byline_he",
            "image__file",
            "published_at",
        )[:count]
    )
    articles = [
        {
            "title": row["title_he"],
            "slug": row["slug_he"],
            "lede": row["lede_he"],
            "body": row["body_he"],
            "byline": row["byline_he"],
            "image": row["image__file"] or "",
            "published_at": row["published_at"].isoformat(),
        }
        for row in rows
    ]
    measured = next(a for a in articles[MEASURED_OFFSET:] if a["image"])
    out.write_text(
        json.dumps({"measured_slug": measured["slug"], "articles": articles}),
        encoding="utf-8",
    )
    print(measured["slug"])


if __name__ == "__main__":
    main()
