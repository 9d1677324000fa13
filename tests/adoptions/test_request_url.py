"""«Хочу внедрить у себя»: the prefilled request on each code host (shnor.contrib.adoption_request.request_url) and
the committed GitHub issue form. Every address is worked out by hand: the percent-encoding is the UTF-8 bytes of
each letter (Cyrillic U+0410..U+043F is D0 90..D0 BF, U+0440..U+044F is D1 80..D1 8F), as encodeURIComponent
writes them."""

from __future__ import annotations

import re
from urllib.parse import unquote

import yaml

from shnor.contrib.adoption_request import AdoptionRequest, request_url, templates
from shnor.contrib.hosts import FORGEJO, GITHUB, GITLAB, Hosting
from tests.conftest import REPO

GITHUB_REPO = Hosting("https://github.com/shnor-bank/shnor", GITHUB)
GITLAB_REPO = Hosting("https://gitlab.example.org/uo/shnor", GITLAB)
FORGEJO_REPO = Hosting("https://git.example.org/uo/shnor", FORGEJO)
PRACTICE = "roditelskiy-klub"
TITLE = "Родительский клуб"
NEW = "https://github.com/shnor-bank/shnor/issues/new?template=adoption.yml"
# «Внедрение: Родительский клуб»: В D0 92, н D0 BD, е D0 B5, д D0 B4, р D1 80, и D0 B8, «:» %3A, space %20,
# Р D0 A0, о D0 BE, т D1 82, л D0 BB, ь D1 8C, с D1 81, к D0 BA, й D0 B9, у D1 83, б D0 B1.
VNEDRENIE = "%D0%92%D0%BD%D0%B5%D0%B4%D1%80%D0%B5%D0%BD%D0%B8%D0%B5%3A%20"  # «Внедрение: »
TITLE_ENC = (VNEDRENIE + "%D0%A0%D0%BE%D0%B4%D0%B8%D1%82%D0%B5%D0%BB%D1%8C%D1%81%D0%BA%D0%B8%D0%B9"  # «Родительский»
             "%20%D0%BA%D0%BB%D1%83%D0%B1")  # « клуб»
# «Анна Ильина»: А D0 90, н D0 BD, а D0 B0, И D0 98, л D0 BB, ь D1 8C, и D0 B8.
CONTACT_ENC = "%D0%90%D0%BD%D0%BD%D0%B0%20%D0%98%D0%BB%D1%8C%D0%B8%D0%BD%D0%B0"
# «Для 5-7 классов»: Д D0 94, л D0 BB, я D1 8F, к D0 BA, а D0 B0, с D1 81, о D0 BE, в D0 B2; digits and «-» stay.
CHANGES_ENC = "%D0%94%D0%BB%D1%8F%205-7%20%D0%BA%D0%BB%D0%B0%D1%81%D1%81%D0%BE%D0%B2"
FILLED = AdoptionRequest(PRACTICE, TITLE, school="sosh-7-sosnovy-bor", contact="Анна Ильина",
                         email="ilina@school.example", started="2027-01", changes="Для 5-7 классов")  # fmt: skip
CONSENT_LINE = ("- [ ] Согласен(на) на публикацию ФИО, должности и адреса почты контактного лица на странице практики "
                "(без согласия контакт не публикуется)")  # fmt: skip
# What a GitHub form makes of a request with only the practice and the school: the seven labels of the form in
# its order, «_No response_» for each empty answer, the consent unticked.
ONLY_SCHOOL_BODY = (
    "### Практика (id)\n\nroditelskiy-klub\n\n"
    "### Школа (id из реестра)\n\nsosh-7-sosnovy-bor\n\n"
    "### Контактное лицо\n\n_No response_\n\n"
    "### Должность\n\n_No response_\n\n"
    "### Электронная почта\n\n_No response_\n\n"
    "### Когда планируете начать\n\n_No response_\n\n"
    "### Что измените при переносе в свою школу\n\n_No response_\n\n"
    "### Согласие\n\n" + CONSENT_LINE + "\n"
)
# What encodeURIComponent leaves as it is; everything else is %XX.
ENCODED = re.compile(r"^(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-F]{2})*$")


def test_github_request_with_only_the_practice_leaves_empty_fields_out():
    url = request_url(GITHUB_REPO, AdoptionRequest(PRACTICE, TITLE))
    assert url == f"{NEW}&title={TITLE_ENC}&practice=roditelskiy-klub"


def test_without_a_title_the_issue_is_named_by_the_practice_id():
    url = request_url(GITHUB_REPO, AdoptionRequest(PRACTICE))
    assert url == f"{NEW}&title={VNEDRENIE}roditelskiy-klub&practice=roditelskiy-klub"


def test_github_request_carries_every_filled_field_in_the_form_order():
    # title, practice, school, contact, (position is empty: left out), email («@» is %40), started, changes
    assert request_url(GITHUB_REPO, FILLED) == (
        f"{NEW}&title={TITLE_ENC}&practice=roditelskiy-klub&school=sosh-7-sosnovy-bor&contact={CONTACT_ENC}"
        f"&email=ilina%40school.example&started=2027-01&changes={CHANGES_ENC}"
    )


def test_values_are_trimmed_and_a_blank_one_is_left_out():
    request = AdoptionRequest(f" {PRACTICE} ", f"  {TITLE}\n", school=" sosh-7-sosnovy-bor ", position="   ")
    assert request_url(GITHUB_REPO, request) == (
        f"{NEW}&title={TITLE_ENC}&practice=roditelskiy-klub&school=sosh-7-sosnovy-bor"
    )


def test_a_typed_placeholder_stays_text():
    # «{school} & 50%»: { %7B, } %7D, space %20, & %26, % %25; «{email}» in the contact is not the empty email.
    request = AdoptionRequest(PRACTICE, TITLE, school="sosh-7-sosnovy-bor", contact="{email}",
                              changes="{school} & 50%")  # fmt: skip
    assert request_url(GITHUB_REPO, request) == (
        f"{NEW}&title={TITLE_ENC}&practice=roditelskiy-klub&school=sosh-7-sosnovy-bor&contact=%7Bemail%7D"
        "&changes=%7Bschool%7D%20%26%2050%25"
    )


def test_characters_encodeuricomponent_keeps_are_not_encoded():
    # «(демо)!»: д D0 B4, е D0 B5, м D0 BC, о D0 BE; the brackets and «!» stay, as in the browser.
    request = AdoptionRequest(PRACTICE, TITLE, changes="(демо)!")
    assert request_url(GITHUB_REPO, request) == (
        f"{NEW}&title={TITLE_ENC}&practice=roditelskiy-klub&changes=(%D0%B4%D0%B5%D0%BC%D0%BE)!"
    )


def test_gitlab_request_is_a_title_and_the_text_a_form_would_make():
    request = AdoptionRequest(PRACTICE, TITLE, school="sosh-7-sosnovy-bor")
    url = request_url(GITLAB_REPO, request)
    head = f"https://gitlab.example.org/uo/shnor/-/issues/new?issue[title]={TITLE_ENC}&issue[description]="
    assert url is not None and url.startswith(head)
    encoded = url[len(head) :]
    assert ENCODED.match(encoded), "the text is percent-encoded whole: no raw «&», «#» or space"
    description = unquote(encoded)
    assert "### Школа (id из реестра)\n\nsosh-7-sosnovy-bor" in description
    assert "### Контактное лицо\n\n_No response_" in description
    assert CONSENT_LINE in description
    assert description == ONLY_SCHOOL_BODY


def test_gitlab_text_keeps_typed_braces_and_ampersands():
    request = AdoptionRequest(PRACTICE, TITLE, school="sosh-7-sosnovy-bor", changes="{contact} & {body}")
    url = request_url(GITLAB_REPO, request)
    assert url is not None
    description = unquote(url.split("&issue[description]=", 1)[1])
    assert "### Что измените при переносе в свою школу\n\n{contact} & {body}\n\n### Согласие" in description
    assert "### Контактное лицо\n\n_No response_" in description


def test_forgejo_request_is_a_title_and_a_body():
    request = AdoptionRequest(PRACTICE, TITLE, school="sosh-7-sosnovy-bor")
    url = request_url(FORGEJO_REPO, request)
    head = f"https://git.example.org/uo/shnor/issues/new?title={TITLE_ENC}&body="
    assert url is not None and url.startswith(head)
    assert ENCODED.match(url[len(head) :])
    assert unquote(url[len(head) :]) == ONLY_SCHOOL_BODY


def test_a_site_without_a_repository_has_no_request():
    assert request_url(Hosting(""), AdoptionRequest(PRACTICE, TITLE)) is None
    assert request_url(Hosting("", GITLAB), FILLED) is None
    assert templates(Hosting("")) == {"url": None, "body": None}


def test_the_templates_the_site_form_fills_in():
    github = templates(GITHUB_REPO)
    assert github == {
        "url": f"{NEW}&title={{title}}&practice={{practice}}&school={{school}}&contact={{contact}}"
               "&position={position}&email={email}&started={started}&changes={changes}",
        "body": None,
    }  # fmt: skip
    gitlab = templates(GITLAB_REPO)
    assert gitlab["url"] == "https://gitlab.example.org/uo/shnor/-/issues/new?issue[title]={title}&issue[description]={body}"
    assert gitlab["body"] is not None and gitlab["body"].startswith("### Практика (id)\n\n{practice}\n\n### Школа")
    assert templates(FORGEJO_REPO)["url"] == "https://git.example.org/uo/shnor/issues/new?title={title}&body={body}"


def test_the_committed_issue_form():
    form = yaml.safe_load((REPO / ".github" / "ISSUE_TEMPLATE" / "adoption.yml").read_text(encoding="utf-8"))
    assert form["labels"] == ["внедрение"]
    assert form["title"] == "Внедрение: "
    fields = [item for item in form["body"] if item["type"] != "markdown"]
    assert [f["id"] for f in fields] == ["practice", "school", "contact", "position", "email", "started", "changes",
                                         "consent"]  # fmt: skip
    assert [f["type"] for f in fields] == ["input"] * 6 + ["textarea", "checkboxes"]
    # Every answer but the position is required; the labels are the headings of the GitLab/Forgejo text.
    assert [f["validations"]["required"] for f in fields[:7]] == [True, True, True, False, True, True, True]
    assert [f["attributes"]["label"] for f in fields] == [
        "Практика (id)", "Школа (id из реестра)", "Контактное лицо", "Должность", "Электронная почта",
        "Когда планируете начать", "Что измените при переносе в свою школу", "Согласие",
    ]  # fmt: skip
    consent = fields[-1]["attributes"]["options"]
    assert consent == [{"label": CONSENT_LINE.removeprefix("- [ ] "), "required": True}]
