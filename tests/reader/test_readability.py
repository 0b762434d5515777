"""The stylesheet keeps text readable: AA contrast, and no fixed width that
forces a 320 px wide screen to scroll sideways (WCAG 1.4.3 and 1.4.10)."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from lxml import html as lxml_html

SITE_CSS = Path(settings.BASE_DIR) / "static/css/site.css"
NARROWEST_PX = 320
PX_PER_REM = 16
# The properties that set how wide a box must be, at the least.
WIDTH_PROPERTIES = ("width", "min-width", "flex-basis", "grid-template-columns")


def stylesheet():
    return re.sub(r"/\*.*?\*/", "", SITE_CSS.read_text(), flags=re.DOTALL)


def custom_properties(css):
    root = re.search(r":root\s*{(.*?)}", css, re.DOTALL).group(1)
    return dict(re.findall(r"(--[\w-]+)\s*:\s*([^;]+);", root))


def contrast(foreground, background):
    """The WCAG 2 contrast ratio of two #rrggbb colours."""

    def luminance(colour):
        channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        r, g, b = (
            c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
            for c in channels
        )
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(foreground), luminance(background)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("text", ["--ink", "--muted", "--accent", "--accent-dark"])
@pytest.mark.parametrize("background", ["--paper", "--wash"])
def test_text_colours_meet_aa_contrast(text, background):
    colours = custom_properties(stylesheet())
    ratio = contrast(colours[text], colours[background])
    assert ratio >= 4.5, f"{text} on {background}: {ratio:.2f}:1"


def test_focus_ring_stands_out():
    colours = custom_properties(stylesheet())
    # WCAG 1.4.11: non-text contrast of at least 3:1 against the page.
    assert contrast(colours["--focus"], colours["--paper"]) >= 3
    assert ":focus-visible" in stylesheet()


def test_white_button_text_on_the_accent():
    colours = custom_properties(stylesheet())
    assert contrast("#ffffff", colours["--accent"]) >= 4.5


def unconditional_rules(css):
    """(selector, declarations) of the rules that apply at every screen width."""
    rules, depth, conditional_depth, selector = [], 0, None, ""
    for token in re.split(r"([{}])", css):
        if token == "{":
            depth += 1
            if conditional_depth is None and "@media" in selector:
                conditional_depth = depth
            selector = selector.strip()
        elif token == "}":
            if conditional_depth == depth:
                conditional_depth = None
            depth -= 1
            selector = ""
        elif token.strip() and selector and conditional_depth is None and depth:
            rules.append((selector, token))
            selector = ""
        else:
            selector = token
    return rules


def fixed_px(value):
    """Every length in `value` in CSS px; percentages and fr are not fixed."""
    lengths = re.findall(r"(-?[\d.]+)(px|rem|em)\b", value)
    return [float(n) * (1 if unit == "px" else PX_PER_REM) for n, unit in lengths]


def test_no_fixed_width_wider_than_the_narrowest_screen():
    too_wide = []
    for selector, declarations in unconditional_rules(stylesheet()):
        for prop, value in re.findall(r"([\w-]+)\s*:\s*([^;]+)", declarations):
            if prop in WIDTH_PROPERTIES and any(
                px > NARROWEST_PX for px in fixed_px(value)
            ):
                too_wide.append(f"{selector} {{ {prop}: {value} }}")
    assert not too_wide


def test_the_rule_finder_sees_wide_rules():
    css = ".a { width: 30rem; } @media (min-width: 60rem) { .b { width: 40rem; } }"
    assert unconditional_rules(css) == [(".a", " width: 30rem; ")]


@pytest.mark.django_db
def test_pages_declare_a_device_width_viewport(client):
    doc = lxml_html.fromstring(client.get("/").content)
    (viewport,) = doc.xpath('//meta[@name="viewport"]/@content')
    assert "width=device-width" in viewport
    # Pinch zoom stays on (WCAG 1.4.4).
    assert "user-scalable=no" not in viewport and "maximum-scale" not in viewport
