"""The open data a regional portal reads, from the demo build: every JSON endpoint matches the JSON Schema the site
publishes beside it, the adoptions and the feed hold what the records say, and every practice has its card.

Figures counted by hand from practices/*.md: 16 published practices; 12 adoptions, all on published practices
(individualnye-obrazovatelnye-marshruty 1, nastavnichestvo-molodyh-pedagogov 2, podgotovka-k-oge 1,
formiruyushchee-ocenivanie 1, roditelskiy-klub 2, profilaktika 1, metodicheskiy-den 2, analiz-vpr 2).
"""

from __future__ import annotations

import json
import re

import jsonschema
import pytest

pytestmark = pytest.mark.build

PUBLISHED = 16
ADOPTIONS = 12


def _json(site, path: str):
    return json.loads((site / path).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["practices", "adoptions", "feed"])
def test_every_json_endpoint_matches_its_published_schema(demo_site, name):
    data = _json(demo_site, f"api/{name}.json")
    schema = _json(demo_site, f"api/schema/{name}.schema.json")
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    assert [e.message for e in validator.iter_errors(data)] == []
    # The schema is not vacuous: a wrong type in the first item is refused.
    broken = json.loads(json.dumps(data))
    (broken["items"] if name == "feed" else broken)[0]["title" if name != "adoptions" else "status"] = 7
    assert list(validator.iter_errors(broken))


def test_adoptions_endpoint_holds_every_adoption_with_its_status_and_only_consented_contacts(demo_site):
    adoptions = _json(demo_site, "api/adoptions.json")
    assert len(adoptions) == ADOPTIONS
    by_pair = {(a["practice"], a["school"]): a for a in adoptions}
    stopped = by_pair[("nastavnichestvo-molodyh-pedagogov", "sosh-lesnoe")]
    assert (stopped["status"], stopped["status_name"]) == ("stopped", "прекращена")
    assert (stopped["started"], stopped["finished"]) == ("2024-09", "2025-02")
    assert stopped["reason"] and stopped["result"] is None
    adopted = by_pair[("formiruyushchee-ocenivanie-v-nachalnoy-shkole", "nosh-ozerki")]
    assert (adopted["started"], adopted["finished"]) == ("2023-09-01", "2024-05-31")
    assert adopted["contact"]["consent"] is True and adopted["contact"]["email"] == "egorova.tn@example.org"
    assert adopted["practice_url"].endswith("/practices/formiruyushchee-ocenivanie-v-nachalnoy-shkole/")
    linked = by_pair[("roditelskiy-klub", "nosh-ozerki")]
    assert linked["partnership"] == "gimnaziya-1-nosh-ozerki"
    statuses = sorted(a["status"] for a in adoptions)
    assert statuses.count("adopted") == 6 and statuses.count("in-progress") == 3
    assert statuses.count("planned") == 2 and statuses.count("stopped") == 1


def test_feed_lists_the_practices_newest_first_as_json_feed(demo_site):
    feed = _json(demo_site, "api/feed.json")
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    items = feed["items"]
    assert len(items) == PUBLISHED
    modified = [item["date_modified"] for item in items]
    assert modified == sorted(modified, reverse=True)
    practices = {p["url"]: p for p in _json(demo_site, "api/practices.json")}
    assert {item["url"] for item in items} == set(practices)
    first = items[0]
    assert first["date_modified"].startswith(practices[first["url"]]["updated"])


def test_every_published_practice_has_a_small_card_without_script(demo_site):
    cards = sorted((demo_site / "embed" / "practices").glob("*/index.html"))
    assert len(cards) == PUBLISHED
    for card in cards:
        html = card.read_text(encoding="utf-8")
        assert len(html.encode()) <= 10 * 1024, card
        assert "<script" not in html and "<iframe" not in html
        assert re.search(r"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                         r"'sha256-[A-Za-z0-9+/=]+'", html)
    klub = (demo_site / "embed/practices/roditelskiy-klub/index.html").read_text(encoding="utf-8")
    # roditelskiy-klub: oosh-kamenka «внедрена» with a result, nosh-ozerki «внедряется».
    assert "Внедряют: 1 школа · внедрили: 1" in klub
    assert "СОШ № 5" in klub and "CC BY 4.0" in klub


def test_open_data_page_documents_every_endpoint_with_an_example(demo_site):
    html = (demo_site / "open-data" / "index.html").read_text(encoding="utf-8")
    for path in ("api/practices.json", "api/practices.csv", "api/adoptions.json", "api/feed.json",
                 "api/schema/practices.schema.json", "api/schema/adoptions.schema.json",
                 "api/schema/feed.schema.json"):
        assert f'href="../{path}"' in html, path
    assert html.count('<details class="example"') == 3
    assert "embed/practices/" in html and "&lt;iframe" in html
    # The demo's licences, counted in practices/*.md: CC BY 4.0 in 15 files less the 2 drafts, CC BY-SA 4.0 in 2,
    # CC BY-NC 4.0 in 1; then every published practice with its own (a bank of 16 fits the page).
    summary = html[html.index("Лицензии практик банка</caption>"):]
    summary = re.sub(r"<[^>]+>", " ", summary[: summary.index("</table>")])
    assert re.findall(r"(CC [A-Z-]+ 4\.0)\s+\S+\s+(\d+)", summary) == [("CC BY 4.0", "13"), ("CC BY-SA 4.0", "2"),
                                                                      ("CC BY-NC 4.0", "1")]
    each = html[html.index("Лицензия каждой практики</caption>"):]
    assert each[: each.index("</table>")].count("<tr>") == PUBLISHED + 1
