"""The demo site: events, partnerships, calendar and RSS as a reader and a calendar app get them."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import pytest
from icalendar import Calendar

pytestmark = pytest.mark.build


def test_calendar_holds_every_demo_event_with_stable_uids(demo_site):
    calendar = Calendar.from_ical((demo_site / "calendar.ics").read_bytes())
    uids = [str(e["UID"]) for e in calendar.walk("VEVENT")]
    assert len(uids) == len(set(uids)) >= 10
    assert all((demo_site / "events" / f"{uid.split('@')[0]}.ics").is_file() for uid in uids)
    webinar = next(e for e in calendar.walk("VEVENT") if str(e["UID"]).startswith("vebinar-analiz-vpr-2026@"))
    # 15:00 Moscow time (UTC+3) on 15 October 2026.
    assert webinar.decoded("DTSTART").astimezone(dt.UTC) == dt.datetime(2026, 10, 15, 12, 0, tzinfo=dt.UTC)


def test_rss_is_valid_xml_with_the_posts(demo_site):
    root = ET.parse(demo_site / "feed_rss_created.xml").getroot()
    titles = [item.findtext("title") for item in root.iter("item")]
    assert len(titles) == 13
    assert "Подписаны новые договоры о сетевом взаимодействии" in titles
    links = [item.findtext("link") for item in root.iter("item")]
    assert all("/blog/" in link for link in links)


def test_event_post_offers_add_to_calendar(demo_site):
    html = (demo_site / "blog" / "metodicheskiy-den-oge-malaya-shkola" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../events/metodicheskiy-den-oge-malaya-shkola.ics"' in html
    assert "Добавить в календарь" in html
    assert "3 декабря 2026, 09:30–14:00 (МСК+2)" in html
    assert 'href="../../partnerships/sosh-7-sosnovy-bor-oosh-kamenka/"' in html


def test_partnership_page_lists_its_events_and_school_page_its_partnerships(demo_site):
    page = (demo_site / "partnerships" / "sosh-7-sosnovy-bor-oosh-kamenka" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../blog/metodicheskiy-den-oge-malaya-shkola/"' in page
    assert "выполнено 4 из 6" in page
    school = (demo_site / "schools" / "oosh-kamenka" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../partnerships/sosh-7-sosnovy-bor-oosh-kamenka/"' in school
    assert 'href="../../blog/metodicheskiy-den-oge-malaya-shkola/"' in school


def test_network_picture_is_svg_with_a_text_alternative(demo_site):
    svg = ET.parse(demo_site / "partnerships" / "network.svg").getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    index = (demo_site / "partnerships" / "index.html").read_text(encoding="utf-8")
    assert 'src="network.svg"' in index
    assert "Гимназия № 1 поддерживает: НОШ п. Озёрки (действует), СОШ № 2 (действует)" in index
