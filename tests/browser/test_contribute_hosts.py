"""«Предложить практику» on a site built for GitLab and for Forgejo: the form's button opens the host's own page.
GitLab cannot prefill a file's text, so the button opens the practices folder for the downloaded file; Forgejo
opens its new-file page filled in. The host is never reached: the browser's requests to it are answered here."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from shnor.contrib.slug import slugify
from shnor.site.local_host import serve
from tests.browser.test_contribute_form import TITLE, _fill
from tests.conftest import REPO, run_build
from tests.site.test_hosts_build import hosted_project

# Under pytest-xdist (scripts/test.sh) this module's tests go to one worker: the site its fixture builds is
# built once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("test_contribute_hosts")]

PRACTICE = REPO / "practices" / "analiz-vpr-koridor-reshaemosti.md"


def _site(tmp_path_factory, host: str, repo_url: str) -> Iterator[str]:
    root = hosted_project(tmp_path_factory.mktemp(f"{host}-site"), host, repo_url, PRACTICE)
    (root / "data" / "schools.csv").write_bytes((REPO / "data" / "schools.csv").read_bytes())  # _fill's school
    out = root / "out"
    result = run_build(root, out)
    assert result.returncode == 0, result.stderr[-3000:]
    with serve(out) as url:
        yield url


@pytest.fixture(scope="module")
def gitlab_url(tmp_path_factory) -> Iterator[str]:
    yield from _site(tmp_path_factory, "gitlab", "https://gitlab.example.org/uo/shnor")


@pytest.fixture(scope="module")
def forgejo_url(tmp_path_factory) -> Iterator[str]:
    yield from _site(tmp_path_factory, "forgejo", "https://git.example.org/uo/shnor")


def _opened(page, host_origin: str) -> str:
    """The address the button opens, its page answered here instead of by the host."""
    page.context.route(f"{host_origin}/**", lambda route: route.fulfill(body="host", content_type="text/plain"))
    with page.expect_popup() as popup:
        page.click("#contribute-github")
    return popup.value.url


def _checked_form(page, site_url: str) -> None:
    page.goto(site_url + "contribute/")
    _fill(page)
    page.fill("#f-title", TITLE)
    page.click("#contribute-check")
    assert page.locator("#contribute-errors").is_hidden(), page.locator("#contribute-errors").inner_text()


def test_gitlab_downloads_then_opens_the_folder_to_upload_into(page, gitlab_url):
    _checked_form(page, gitlab_url)
    button = page.locator("#contribute-github")
    assert button.inner_text() == "Открыть в GitLab"
    note = page.locator("#contribute-note").inner_text()
    assert "Скачайте файл и загрузите его в папку practices в GitLab" in note
    assert "«+» → «Upload file»" in note
    with page.expect_download() as info:
        page.click("#contribute-download")
    assert info.value.suggested_filename == f"{slugify(TITLE)}.md"
    assert _opened(page, "https://gitlab.example.org") == "https://gitlab.example.org/uo/shnor/-/tree/main/practices"


def test_forgejo_opens_its_new_file_page_filled_in(page, forgejo_url):
    _checked_form(page, forgejo_url)
    assert page.locator("#contribute-github").inner_text() == "Открыть в Forgejo и предложить"
    url = urlsplit(_opened(page, "https://git.example.org"))
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://git.example.org/uo/shnor/_new/main/practices"
    query = parse_qs(url.query)
    assert query["filename"] == [f"{slugify(TITLE)}.md"]
    assert query["value"] == [page.locator("#contribute-markdown").text_content()]


def test_a_practice_page_proposes_an_edit_on_gitlab(page, gitlab_url):
    page.goto(gitlab_url + "practices/analiz-vpr-koridor-reshaemosti/")
    edit = page.locator(".shnor-edit a")
    assert edit.get_attribute("href") == (
        "https://gitlab.example.org/uo/shnor/-/edit/main/practices/analiz-vpr-koridor-reshaemosti.md"
    )

