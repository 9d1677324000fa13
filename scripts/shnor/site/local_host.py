"""A built site on localhost and the Chromium that looks at it: the pull request's screenshots, the browser tests
and the benchmark all use these."""

from __future__ import annotations

import functools
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"  # Debian's package: Playwright's own browser download does not work here
# Without the background-networking switches Chromium keeps trying hosts this machine cannot reach.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass


class _Host(ThreadingHTTPServer):
    # A static host does not refuse a browser's parallel requests: the default backlog of 5 made Chromium's
    # fetches of Pagefind's chunks and fragments wait for SYN retries on a busy machine.
    request_queue_size = 128


@contextmanager
def serve(folder: Path, handler: type[SimpleHTTPRequestHandler] = QuietHandler) -> Iterator[str]:
    """A built site on a free localhost port, as a static host serves it."""
    server = _Host(("127.0.0.1", 0), functools.partial(handler, directory=str(folder)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
