"""What Chromium reports when a page breaks its Content Security Policy.

Two witnesses, so that neither a quiet event nor a lost console line hides
a violation: a ``securitypolicyviolation`` listener, installed before any
page script runs (Playwright's init scripts are not subject to the page's
policy) and keeping what it hears in the tab's sessionStorage, so that it
survives the form posts and redirects of a test; and the console, where
Chromium writes "... violates the following Content Security Policy
directive ...".
"""

# The listener's events are dispatched as tasks: the taker lets them run.
RECORD_VIOLATIONS = """(() => {
  document.addEventListener("securitypolicyviolation", (event) => {
    try {
      const found = JSON.parse(sessionStorage.getItem("csp-violations") || "[]");
      found.push({
        page: event.documentURI,
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: event.sourceFile + ":" + event.lineNumber,
      });
      sessionStorage.setItem("csp-violations", JSON.stringify(found));
    } catch (error) {
      // about:blank has no sessionStorage; the console still reports.
    }
  }, true);
})();"""
TAKE_VIOLATIONS = """async () => {
  await new Promise((resolve) => setTimeout(resolve, 50));
  try {
    const found = JSON.parse(sessionStorage.getItem("csp-violations") || "[]");
    sessionStorage.removeItem("csp-violations");
    return found;
  } catch (error) {
    return [];  // about:blank, say: nothing was recorded there
  }
}"""


class ViolationWatch:
    """Watches one page, from before its first navigation."""

    def __init__(self, page):
        self.page = page
        self.console = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on("console", self._heard)

    def _heard(self, message):
        if "Content Security Policy" in message.text:
            self.console.append(message.text)

    def take(self):
        """Every violation since the last call, described for a failure
        message; an empty list when the pages kept to the policy."""
        found = [
            f"{event['page']}: {event['directive']} blocked {event['blocked']}"
            f" ({event['source']})"
            for event in self.page.evaluate(TAKE_VIOLATIONS)
        ]
        found += [f"console: {text}" for text in self.console]
        self.console.clear()
        return found
