"""Under `mkdocs serve` the record folders are watched by file events (shnor.site.record_watch): a change wakes
MkDocs' own rebuild loop, and MkDocs' polling observer is left with what MkDocs itself watches."""

from __future__ import annotations

import time
from pathlib import Path

from mkdocs.livereload import LiveReloadServer
from watchdog.observers.polling import PollingObserver

from shnor.site import record_watch
from shnor.site.record_watch import watch_records


def _server(tmp_path: Path) -> LiveReloadServer:
    return LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))


def _rebuild_wanted(server: LiveReloadServer, timeout: float = 10) -> bool:
    with server._rebuild_cond:
        return server._rebuild_cond.wait_for(lambda: server._want_rebuild, timeout=timeout)


def test_an_edited_record_wakes_the_rebuild_without_polling(tmp_path: Path):
    practices = tmp_path / "practices"
    (practices / "p").mkdir(parents=True)
    record = practices / "p.md"
    record.write_text("---\ntitle: Было\n---\n", encoding="utf-8")
    server = _server(tmp_path)
    observer = watch_records(server, [practices, tmp_path / "absent"])
    try:
        assert observer is not None and not isinstance(observer, PollingObserver)
        assert isinstance(server.observer, PollingObserver) and not server.observer.emitters  # MkDocs' own: untouched
        assert [emitter.watch.path for emitter in observer.emitters] == [str(practices)]
        assert not server._want_rebuild
        (practices / "p" / "plan.pdf").write_bytes(b"%PDF-1.4\n")  # a material, in a subfolder
        assert _rebuild_wanted(server)
        time.sleep(0.5)  # the write's later events (modified, closed) arrive too
        server._want_rebuild = False
        assert record.read_text(encoding="utf-8")  # the build reads the records: that is no change
        assert not _rebuild_wanted(server, timeout=1)
        record.write_text("---\ntitle: Стало\n---\n", encoding="utf-8")
        assert _rebuild_wanted(server)
    finally:
        if observer is not None:
            observer.stop()
            observer.join()


def test_watch_native_false_leaves_the_folders_to_mkdocs_polling(tmp_path: Path):
    practices = tmp_path / "practices"
    practices.mkdir()
    server = _server(tmp_path)
    assert watch_records(server, [practices], native=False) is None
    assert [emitter.watch.path for emitter in server.observer.emitters] == [str(practices)]


def test_a_folder_the_system_cannot_watch_is_polled(tmp_path: Path, monkeypatch):
    practices, data = tmp_path / "practices", tmp_path / "data"
    practices.mkdir()
    data.mkdir()

    def no_more_watches(self, handler, path, **options):
        if path == str(practices):
            raise OSError(28, "inotify watch limit reached")
        return original(self, handler, path, **options)

    original = record_watch._ChangesObserver.schedule
    monkeypatch.setattr(record_watch._ChangesObserver, "schedule", no_more_watches)
    server = _server(tmp_path)
    observer = watch_records(server, [practices, data])
    try:
        assert [emitter.watch.path for emitter in server.observer.emitters] == [str(practices)]  # polled
        assert [emitter.watch.path for emitter in observer.emitters] == [str(data)]
    finally:
        observer.stop()
        observer.join()
