"""Make one article page per article exported from community_cms's
benchmark database (bench/export_articles.py), under one news index that
becomes the site's home page. Does nothing if articles are already there."""

import json
from pathlib import Path

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.dateparse import parse_datetime
from wagtail.images.models import Image
from wagtail.models import Page, Site

from news.models import NewsArticlePage, NewsIndexPage


class Command(BaseCommand):
    help = "Load the exported benchmark articles as Wagtail pages."

    def add_arguments(self, parser):
        parser.add_argument("export", help="JSON written by bench/export_articles.py")
        parser.add_argument("media_root", help="community_cms's MEDIA_ROOT")

    def handle(self, export, media_root, **options):
        if NewsArticlePage.objects.exists():
            self.stdout.write("Articles already loaded.")
            return
        articles = json.loads(Path(export).read_text(encoding="utf-8"))["articles"]
        with transaction.atomic():
            index = self._index()
            images = {}
            # Oldest first, as they would have been written.
            for article in reversed(articles):
                image = None
                if article["image"]:
                    image = images.get(article["image"])
                    if image is None:
                        image = images[article["image"]] = self._image(
                            Path(media_root) / article["image"]
                        )
                date = parse_datetime(article["published_at"])
                index.add_child(
                    instance=NewsArticlePage(
                        title=article["title"],
                        slug=article["slug"],
                        date=date,
                        lede=article["lede"],
                        body=article["body"],
                        byline=article["byline"],
                        image=image,
                        live=True,
                        first_published_at=date,
                        last_published_at=date,
                    )
                )
        self.stdout.write(f"{len(articles)} article pages loaded.")

    def _index(self):
        root = Page.get_first_root_node()
        index = root.add_child(
            instance=NewsIndexPage(title="חדשות", slug="news", live=True)
        )
        site = Site.objects.get(is_default_site=True)
        welcome = site.root_page
        site.root_page = index
        site.save()
        # The "Welcome to your new Wagtail site!" page of a new project.
        if welcome.pk != index.pk:
            welcome.delete()
        return index

    def _image(self, path):
        with path.open("rb") as file:
            return Image.objects.create(
                title=path.stem, file=ImageFile(file, name=path.name)
            )
