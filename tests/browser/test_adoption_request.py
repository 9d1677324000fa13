"""«Хочу внедрить у себя» in headless Chromium: from a practice page to the request form, which names every missing
answer, refuses the author's own school, a practice that is not in the bank and a draft, and then opens the
request on GitHub prefilled exactly as shnor.contrib.adoption_request.request_url builds it. GitHub is never
reached: the browser's requests to it are answered here."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, quote, urlsplit

import pytest
from playwright.sync_api import expect

from shnor.contrib.adoption_request import AdoptionRequest, request_url
from shnor.contrib.hosts import GITHUB, Hosting
from tests.browser.conftest import screenshot
from tests.browser.test_accessibility import axe_violations, describe

pytestmark = pytest.mark.browser

NEW = "https://github.com/shnor-bank/shnor/issues/new?template=adoption.yml"  # mkdocs.yml: repo_url, host github
TITLE = ("Родительский клуб вместо «разбора двоек» — ежемесячные встречи по темам, которые выбирают сами "
         "родители")  # fmt: skip  # practices/roditelskiy-klub.md, line 3
VALUES = {
    "school": "sosh-7-sosnovy-bor",
    "contact": "Анна Сергеевна Ильина",
    "position": "заместитель директора по УВР",
    "email": "ilina@school.example",
    "started": "2027-01",
    "changes": "Встречи для родителей 5–7 классов раз в четверть",
}
# No value above holds one of !~*'(), which encodeURIComponent keeps and quote(safe="") would not: for these the
# two encode the same. The form's order: title, practice, school, contact, position, email, started, changes.
EXPECTED = (
    f"{NEW}&title={quote('Внедрение: ' + TITLE, safe='')}&practice=roditelskiy-klub"
    + "".join(f"&{key}={quote(value, safe='')}" for key, value in VALUES.items())
)
EMPTY_FORM_ERRORS = [
    "выберите свою школу из реестра",
    "укажите ФИО контактного лица",
    "укажите рабочий адрес почты, например ivanova@school.ru",
    "укажите месяц начала, например 2027-01",
    "опишите, что измените при переносе (хотя бы одно предложение)",
    "без согласия контакт не публикуется, а заявку без контакта не принять: отметьте согласие",
]
PUBLISHED = 16  # 18 practice files, 2 drafts


def _loaded(page) -> None:
    """Until both lists arrived: the placeholder and every published practice; the placeholder and 8 schools."""
    expect(page.locator("#a-practice option")).to_have_count(PUBLISHED + 1)
    expect(page.locator("#a-school option")).to_have_count(8 + 1)
    expect(page.locator("#a-practice option").first).to_have_text("— выберите —")


def _fill(page) -> None:
    page.select_option("#a-school", VALUES["school"])
    for key in ("contact", "position", "email", "started"):
        page.fill(f"#a-{key}", VALUES[key])
    page.fill("#a-changes", VALUES["changes"])
    page.check("#a-consent")


def _errors(page) -> list[str]:
    return page.locator("#adopt-errors li").all_inner_texts()


def test_a_request_from_the_practice_page_is_checked_and_opened_on_github(page, site_url):
    page.goto(site_url + "practices/roditelskiy-klub/")
    page.click("#adopt-request")
    page.wait_for_url("**/adopt/?practice=roditelskiy-klub")
    _loaded(page)
    expect(page.locator("#a-practice")).to_have_value("roditelskiy-klub")
    practice_link = page.locator("#adopt-practice-link a")
    expect(practice_link).to_have_text(f"Открыть страницу практики «{TITLE}»")
    assert practice_link.get_attribute("href") == "../practices/roditelskiy-klub/"

    page.click("#adopt-check")
    errors = page.locator("#adopt-errors")
    expect(errors).to_be_visible()
    assert _errors(page) == EMPTY_FORM_ERRORS
    for key in ("school", "contact", "email", "started", "changes", "consent"):
        expect(page.locator(f"#ae-{key}")).to_be_visible()
        assert page.get_attribute(f"#a-{key}", "aria-invalid") == "true", key
    expect(page.locator("#ae-practice")).to_be_hidden()
    expect(page.locator("#ae-position")).to_be_hidden()  # the only optional answer
    opener = page.locator("#adopt-open")
    assert opener.get_attribute("aria-disabled") == "true"
    assert opener.get_attribute("href") is None
    assert page.evaluate("document.activeElement.id") == "adopt-errors"
    expect(page.locator("#adopt-note")).to_have_text("Заявка не готова: исправьте отмеченные поля.")
    screenshot(page, "adoption-request-errors")

    _fill(page)
    page.select_option("#a-school", "sosh-5-zarechny")  # the practice's author (practices/roditelskiy-klub.md:8)
    page.click("#adopt-check")
    assert _errors(page) == ["это школа автора практики: внедрение записывают для другой школы"]
    expect(page.locator("#ae-school")).to_have_text("это школа автора практики: внедрение записывают для другой школы")
    assert opener.get_attribute("href") is None

    page.select_option("#a-school", VALUES["school"])
    page.click("#adopt-check")
    expect(errors).to_be_hidden()
    href = opener.get_attribute("href")
    assert href == EXPECTED
    # The site's script and the practice page's Python fill the same template the same way.
    assert href == request_url(Hosting("https://github.com/shnor-bank/shnor", GITHUB),
                               AdoptionRequest("roditelskiy-klub", TITLE, **VALUES))  # fmt: skip
    assert dict(parse_qsl(urlsplit(href).query)) == {"template": "adoption.yml", "title": f"Внедрение: {TITLE}",
                                                     "practice": "roditelskiy-klub", **VALUES}  # fmt: skip
    assert opener.get_attribute("aria-disabled") is None
    assert page.evaluate("document.activeElement.id") == "adopt-open"
    assert page.get_attribute("#a-school", "aria-invalid") is None
    expect(page.locator("#adopt-note")).to_contain_text("Заявка проверена. Нажмите «Открыть заявку на GitHub»")
    screenshot(page, "adoption-request")

    page.context.route("https://github.com/**",
                       lambda route: route.fulfill(body="<title>GitHub</title>", content_type="text/html"))  # fmt: skip
    with page.context.expect_page() as opened:
        opener.click()
    popup = opened.value
    popup.wait_for_load_state()
    assert popup.url.startswith(NEW + "&title=")
    assert popup.url == EXPECTED

    # Changing an answer takes the link back until the request is checked again.
    page.fill("#a-changes", VALUES["changes"] + ", летом — онлайн")
    assert opener.get_attribute("href") is None
    assert opener.get_attribute("aria-disabled") == "true"
    expect(page.locator("#adopt-note")).to_have_text("Заявка изменилась: проверьте её ещё раз.")


def test_a_practice_not_in_the_bank_is_named(page, site_url):
    page.goto(site_url + "adopt/?practice=nope")
    _loaded(page)
    page.click("#adopt-check")
    assert _errors(page)[0] == "практики «nope» нет в банке: проверьте адрес или выберите из списка"
    expect(page.locator("#ae-practice")).to_be_visible()
    assert page.get_attribute("#adopt-open", "href") is None


def test_a_draft_cannot_be_requested_yet(page, site_url):
    # practices/letnyaya-predmetnaya-shkola.md: review status «черновик» (line 38).
    page.goto(site_url + "adopt/?practice=letnyaya-predmetnaya-shkola")
    _loaded(page)
    expect(page.locator("#a-practice")).to_have_value("")  # not on the list
    page.click("#adopt-check")
    assert _errors(page)[0] == ("практика «letnyaya-predmetnaya-shkola» ещё черновик: заявку можно подать, когда её "
                                "опубликуют")  # fmt: skip


def test_the_school_can_be_given_in_the_address(page, site_url):
    page.goto(site_url + "adopt/?practice=roditelskiy-klub&school=licey-3")
    _loaded(page)
    expect(page.locator("#a-school")).to_have_value("licey-3")
    page.goto(site_url + "adopt/?practice=roditelskiy-klub&school=sosh-99-nigde")
    _loaded(page)
    # An address naming a school outside the registry is checked at once, without a press.
    message = "школы «sosh-99-nigde» нет в реестре: выберите свою школу из списка"
    expect(page.locator("#ae-school")).to_have_text(message)


def test_a_title_with_dollar_signs_is_filled_in_as_text(page, site_url):
    """A practice's title is its author's text: «$&» or «$$» in it must reach the request as typed, as in Python."""
    title = "Клуб $& и $$ для родителей"

    def retitled(route) -> None:
        data = json.loads(route.fetch().text())
        for practice in data["published"]:
            if practice["id"] == "roditelskiy-klub":
                practice["title"] = title
        route.fulfill(body=json.dumps(data, ensure_ascii=False), content_type="application/json")

    page.route("**/adopt/practices.json", retitled)
    page.goto(site_url + "adopt/?practice=roditelskiy-klub")
    _loaded(page)
    _fill(page)
    page.click("#adopt-check")
    expect(page.locator("#adopt-errors")).to_be_hidden()
    href = page.get_attribute("#adopt-open", "href")
    assert href is not None
    assert dict(parse_qsl(urlsplit(href).query))["title"] == "Внедрение: Клуб $& и $$ для родителей"
    assert href == request_url(Hosting("https://github.com/shnor-bank/shnor", GITHUB),
                               AdoptionRequest("roditelskiy-klub", title, **VALUES))  # fmt: skip


@pytest.mark.parametrize("state", ["empty", "errors", "checked"])
def test_the_form_page_has_no_serious_accessibility_violation(page, site_url, state):
    """The form as it loads, with its errors shown, and checked (the script then focuses «Открыть заявку»). The form
    is sent from the keyboard, so that no button is left under the mouse: a hover is not a state of the page."""
    page.goto(site_url + "adopt/?practice=roditelskiy-klub", wait_until="networkidle")
    _loaded(page)
    if state == "checked":
        _fill(page)
    if state != "empty":
        page.press("#a-contact", "Enter")  # an input's Enter sends its form
        if state == "errors":
            expect(page.locator("#adopt-errors")).to_be_visible()
        else:
            expect(page.locator("#adopt-open")).to_have_attribute("href", EXPECTED)
            assert page.evaluate("document.activeElement.id") == "adopt-open"
    page.mouse.move(0, 0)
    violations = axe_violations(page)
    assert violations == [], describe(violations)
