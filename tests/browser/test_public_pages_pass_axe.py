"""axe-core finds no WCAG 2.1 A or AA violation on any public page type, in
Hebrew, Arabic or English, with the demo content."""

import json
from pathlib import Path

import pytest
from django.conf import settings

from tests.browser.public_pages import LANGUAGES, load_demo_site, page_paths

pytestmark = pytest.mark.django_db(transaction=True)

AXE = Path(settings.BASE_DIR) / "tests/browser/node_modules/axe-core/axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.join(" "),
      html: node.html,
      summary: node.failureSummary,
    })),
  }));
}"""


def axe_violations(page):
    # Run through the DevTools protocol, which the page's Content Security
    # Policy does not govern; an added <script> element would be refused.
    page.evaluate(AXE.read_text())
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def describe(violations):
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']}"
        )
        for node in violation["nodes"][:5]:
            lines.append(f"    at {node['target']}: {node['html'][:160]}")
            lines.append("      " + node["summary"].replace("\n", "\n      "))
    return "\n".join(lines)


@pytest.fixture
def demo(live_server):
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make browser-deps`.")
    load_demo_site()
    return live_server.url


# One test walks every language: the demo is loaded once for all three.
def test_every_page_type_has_no_wcag_violation(page, demo, subtests):
    failures = {}
    for language in LANGUAGES:
        for name, path in page_paths(language).items():
            with subtests.test(msg=f"{name} ({language})"):
                page.goto(f"{demo}{path}")
                assert page.evaluate("document.documentElement.lang") == language
                violations = axe_violations(page)
                if violations:
                    failures[f"{name} ({language})"] = violations
                assert not violations, f"{path}\n{describe(violations)}"

    # Also fail the test itself, with a one-line summary per page.
    assert not failures, json.dumps(
        {name: [v["id"] for v in found] for name, found in failures.items()}
    )
