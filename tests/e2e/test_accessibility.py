"""WCAG 2.2 AA basics in a real browser: axe-core over the reader's pages, and
every page readable on a 320 px wide screen without sideways scrolling.

axe-core comes from npm (`npm ci`); without it the test is skipped, except
under CI=true, where its absence is a broken build.
"""

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import SCREENSHOTS
from tests.reader.sample_desk import make_reader_desk

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.usefixtures("transactional_db"),
    # The session's live server loads whitenoise before the suite points
    # STATIC_ROOT at a temporary folder; its own handler serves static files.
    pytest.mark.filterwarnings("ignore:No directory at:UserWarning"),
]

AXE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}
# WCAG 1.4.10 Reflow: content fits 320 CSS px without scrolling sideways.
NARROWEST = {"width": 320, "height": 640}
CHECKED = ("front", "article", "latest", "section", "author", "search")


@pytest.fixture
def axe_source():
    if not AXE.exists():
        reason = f"no {AXE.relative_to(AXE.parents[2])} (npm ci)"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI=true, yet {reason}", pytrace=False)
        pytest.skip(f"accessibility test skipped: {reason}")
    return AXE.read_text()


@pytest.fixture
def reader_pages(live_server):
    urls = make_reader_desk()
    return {name: live_server.url + urls[name] for name in CHECKED if name in urls}


def test_pages_have_no_serious_wcag_violations(new_page, axe_source, reader_pages):
    # axe goes in as an inline script, which the site's CSP rightly refuses.
    page = new_page(bypass_csp=True)
    found = {}
    for name, url in reader_pages.items():
        assert page.goto(url).ok, url
        page.add_script_tag(content=axe_source)
        results = page.evaluate(
            "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            WCAG_22_AA,
        )
        found[name] = results["violations"]

    for name, violations in found.items():
        for violation in violations:
            print(describe(name, violation))
    blocking = [
        describe(name, violation)
        for name, violations in found.items()
        for violation in violations
        if violation["impact"] in BLOCKING
    ]
    assert not blocking, "\n".join(blocking)


def test_pages_reflow_at_320_px(browser, axe_source, reader_pages):
    context = browser.new_context(viewport=NARROWEST)
    page = context.new_page()
    too_wide = {}
    for name, url in reader_pages.items():
        assert page.goto(url).ok, url
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOTS / f"320px-{name}.png", full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > NARROWEST["width"]:
            too_wide[name] = width
    context.close()
    assert not too_wide, f"wider than 320 px: {too_wide}"


def describe(page_name, violation):
    targets = "; ".join(
        " ".join(node["target"]) if isinstance(node["target"][0], str) else "?"
        for node in violation["nodes"][:5]
    )
    return (
        f"{page_name}: {violation['impact']}: {violation['id']}: "
        f"{violation['help']} ({len(violation['nodes'])}x: {targets})"
    )
