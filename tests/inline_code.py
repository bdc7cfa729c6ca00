"""Find what a strict content security policy refuses in a page: style
attributes, <style>, inline scripts (JSON data blocks aside), on… handlers
and javascript: links."""

from html.parser import HTMLParser


class InlineCode(HTMLParser):
    """What a strict policy refuses in a page: inline scripts (JSON-LD and
    other data blocks are not run, so not refused), <style> elements, style
    and on* attributes, and javascript: addresses."""

    DATA_TYPES = {"application/ld+json", "application/json"}

    def __init__(self):
        super().__init__()
        self.found = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            address = (value or "").strip().lower()
            if (
                name == "style"
                or name.startswith("on")
                or (
                    name in {"href", "src", "action"}
                    and address.startswith("javascript:")
                )
            ):
                self.found.append(f"<{tag} {name}={value!r}>")
        if tag == "style":
            self.found.append("<style>")
        if tag == "script" and "src" not in attributes:
            self._script = attributes

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            if self._script.get("type") not in self.DATA_TYPES:
                self.found.append(f"inline <script {self._script}>")
            self._script = None


def inline_code(response):
    parser = InlineCode()
    parser.feed(response.content.decode())
    return parser.found
