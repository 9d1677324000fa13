"""Under `mkdocs serve --dirty` a generated page or file whose content a finished rebuild already wrote is not
rendered or written again (shnor.site.dirty); one that changed, or that a failed rebuild may not have written, is."""

from __future__ import annotations

from shnor.site.dirty import PageDigests
from shnor.site.mkdocs_internals import UnchangedFile


def _digests() -> PageDigests:
    digests = PageDigests()
    digests.enabled = True
    return digests


def test_equal_content_after_a_finished_rebuild_is_unchanged_and_other_content_is_not():
    digests = _digests()
    assert digests.file_class("practices/a.md", "# Практика\n") is not UnchangedFile  # never written yet
    assert digests.file_class("events/a.ics", b"BEGIN:VCALENDAR\r\n") is not UnchangedFile
    digests.written()
    assert digests.file_class("practices/a.md", "# Практика\n") is UnchangedFile  # equal text, another object
    assert digests.file_class("events/a.ics", b"BEGIN:VCALENDAR\r\n") is UnchangedFile  # not a page: not rewritten
    assert digests.file_class("practices/a.md", "# Практика, правка\n") is not UnchangedFile
    assert not UnchangedFile("a.ics", "/src", "/site", use_directory_urls=True).is_modified()


def test_what_a_failed_rebuild_produced_is_written_again():
    digests = _digests()
    digests.file_class("practices/a.md", "# Практика\n")
    digests.written()
    assert digests.file_class("practices/a.md", "# Практика, правка\n") is not UnchangedFile
    digests.failed()  # e.g. a template error after the files were listed: the edited page may not be written
    assert digests.file_class("practices/a.md", "# Практика, правка\n") is not UnchangedFile
    digests.written()
    assert digests.file_class("practices/a.md", "# Практика, правка\n") is UnchangedFile


def test_a_plain_build_never_skips():
    digests = PageDigests()
    digests.file_class("practices/a.md", "# Практика\n")
    digests.written()
    assert digests.file_class("practices/a.md", "# Практика\n") is not UnchangedFile
