"""A teacher finds the next events on the home page and adds one to their calendar, in a real browser."""

from __future__ import annotations

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

# Upcoming at the pinned build date 2026-11-25, soonest first (the five the home page shows).
NEXT_FIVE = [
    "vebinar-roditeli-riski-neuspeshnosti",  # 26 Nov
    "konkurs-sovremennyy-urok-2026",  # 1–18 Dec
    "metodicheskiy-den-oge-malaya-shkola",  # 3 Dec
    "seminar-oge-matematika-oshibki",  # 10 Dec
    "konferenciya-shkola-vozmozhnostey",  # 21 Jan 2027
]


def test_home_page_lists_upcoming_events_in_date_order(page, site_url):
    page.goto(site_url)
    heading = page.get_by_role("heading", name="Ближайшие мероприятия")
    assert heading.is_visible()
    links = page.eval_on_selector_all(
        "h2#ближайшие-мероприятия + ul > li > p > strong > a, h2#ближайшие-мероприятия + ul > li > strong > a",
        "links => links.map(a => a.getAttribute('href'))",
    )
    assert [href.strip("/").split("/")[-1] for href in links] == NEXT_FIVE
    screenshot(page, "home-upcoming-events")


def test_event_page_offers_add_to_calendar(page, site_url):
    page.goto(site_url + "blog/metodicheskiy-den-oge-malaya-shkola/")
    button = page.get_by_role("link", name="Добавить в календарь")
    assert button.is_visible()
    response = page.request.get(button.evaluate("a => a.href"))
    assert response.ok
    assert response.body().startswith(b"BEGIN:VCALENDAR")
    screenshot(page, "event-post")
