"""Under ``mkdocs serve``: the record folders are watched by the operating system's file events, not by polling.

MkDocs watches with watchdog's polling observer: every half second one thread per watched folder walks its tree
and stats every file. At region scale the record folders hold about 11,000 files (5,000 practices and their
materials), and those walks, in Python and under the GIL, took about half of the serving process while it rebuilt
after a live edit, and noticed the edit late (issue 7). The native observer (inotify on Linux, FSEvents on macOS,
ReadDirectoryChanges on Windows) is told of a change instead. Where file events do not arrive (some network and
container mounts) ``watch_native: false`` in the plugin's settings keeps MkDocs' polling; so does any folder the
native observer cannot watch (the inotify limit, for instance).

The native watches use ``LiveReloadServer.watch`` itself, so a change wakes MkDocs' own rebuild loop exactly as a
change to ``docs/`` does: only the observer that delivers the event differs.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from pathlib import Path

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from shnor.site.mkdocs_internals import scheduled_on


class _ChangesObserver(Observer):  # type: ignore[misc, valid-type]
    """Tells of changes only. inotify also reports a file opened or closed after reading, and every rebuild reads
    the records: MkDocs, which takes any event for a change, would rebuild once more after every rebuild."""

    def schedule(
        self, event_handler: FileSystemEventHandler, path: str | Path, *, recursive: bool = False,
        event_filter: list[type[FileSystemEvent]] | None = None, follow_symlink: bool = False,
    ) -> ObservedWatch:
        return super().schedule(event_handler, path, recursive=recursive, follow_symlink=follow_symlink,
                                event_filter=event_filter or list(CHANGES))


CHANGES = (FileCreatedEvent, FileModifiedEvent, FileClosedEvent, FileDeletedEvent, FileMovedEvent,
           DirCreatedEvent, DirDeletedEvent, DirMovedEvent)


def watch_records(server, folders: Iterable[Path], native: bool = True) -> BaseObserver | None:
    """Watch ``folders`` for ``server``; returns the started native observer (stop it on shutdown), or None."""
    folders = [folder for folder in folders if folder.exists()]
    if not native or not folders:
        for folder in folders:
            server.watch(str(folder))
        return None
    observer = _ChangesObserver()
    observer.start()  # a started observer sets a watch up as it is scheduled, so a failure shows here
    for folder in folders:
        try:
            with scheduled_on(server, observer):
                server.watch(str(folder))
        except OSError:  # e.g. the inotify limit: this folder is polled, as MkDocs would
            with contextlib.suppress(KeyError):
                server.unwatch(str(folder))  # forgets the failed watch, which no observer holds
            server.watch(str(folder))
    return observer
