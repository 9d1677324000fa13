"""How a reader puts the site into each display mode, done the way a reader does it: through the page's own controls.

The modes persist in localStorage (Material's palette under its ``__palette`` key, the version for the visually
impaired under ``shnor-a11y``), so a test sets a mode once on the home page and then opens the page under test.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Mode:
    name: str
    width: int
    palette: str = "default"  # Material's scheme: default (light) or slate (dark)
    impaired: dict[str, str] | None = None  # the visually impaired version: setting -> value of its button


MODES = (
    Mode("light", 1280),
    Mode("light-phone", 360),
    Mode("dark", 1280, palette="slate"),
    Mode("dark-phone", 360, palette="slate"),
    # The largest type, white on black, wide spacing, no pictures.
    Mode("impaired-black", 1280, impaired={"size": "3", "scheme": "black", "spacing": "2", "images": "off"}),
    # 150 % black on white on a phone, over the dark palette (the version's scheme must win over it).
    Mode("impaired-white-phone", 360, palette="slate", impaired={"size": "2", "scheme": "white", "spacing": "1"}),
)
MODE_NAMES = [mode.name for mode in MODES]


def mode(name: str) -> Mode:
    return next(m for m in MODES if m.name == name)


def set_palette(page, scheme: str) -> None:
    current = page.get_attribute("body", "data-md-color-scheme")
    if current != scheme:
        # Material shows one toggle, the one that switches to the other palette.
        page.locator("form[data-md-component=palette] label:visible").click()
    page.wait_for_selector(f"body[data-md-color-scheme={scheme}]", state="attached")


def switch_impaired_version_on(page, settings: dict[str, str]) -> None:
    toggle = page.locator(".shnor-a11y__toggle")
    if toggle.get_attribute("aria-pressed") != "true":
        toggle.click()
    for setting, value in settings.items():
        page.click(f'#shnor-a11y-panel [data-shnor-setting="{setting}"][data-shnor-value="{value}"]')
        page.wait_for_selector(f"html[data-shnor-{setting}='{value}']", state="attached")


def enter_mode(page, site_url: str, m: Mode) -> None:
    """Open the home page at the mode's width and switch the palette and the version as a reader would."""
    page.set_viewport_size({"width": m.width, "height": 900})
    page.goto(site_url)
    set_palette(page, m.palette)
    if m.impaired:
        switch_impaired_version_on(page, m.impaired)
