"""Path converters for the public addresses."""


class PublicSlugConverter:
    """A slug as ``SlugField(allow_unicode=True)`` stores it: letters of any
    script (Hebrew, Arabic, Latin), digits, "_" and "-".

    Django's ``str`` takes any character but "/", so ``/news/a%00b/``
    reached the database, and PostgreSQL refuses a NUL in text (a 500). An
    address no slug can have is a 404 here, before any query."""

    regex = r"[-\w]+"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


class PublicSlugPathConverter(PublicSlugConverter):
    """Slugs joined by "/": the address of a page in a tree. Never one that
    starts with an address of the site outside the languages (the admin,
    downloads, files): a 404 there must not send the visitor to the same
    address under /he/, where it would seem to be a page."""

    regex = r"(?!(?:admin|i18n|documents|media|static)(?:/|$))[-\w]+(?:/[-\w]+)*"
