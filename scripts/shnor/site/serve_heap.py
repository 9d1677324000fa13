"""Under ``mkdocs serve``: what the session keeps is left out of Python's cyclic garbage collection.

At region scale a serve session holds millions of long-lived objects: the records and the pages kept by
serve_memo. A full collection walks all of them, about two seconds at a moment chosen by allocation counts,
which in a profile of a live edit fell in the middle of the rebuild (issue 7). After a build that made them they
are collected once and frozen (``gc.freeze``): later collections walk only what later rebuilds make. Reference
counting still frees frozen objects. Validating every record again unfreezes them all (``paused_gc``), so the build
after it freezes again. (``gc.get_freeze_count`` cannot tell: it counts the frozen objects one by one.)
"""

from __future__ import annotations

import gc


class SessionHeap:
    def __init__(self) -> None:
        self.settled = False

    def unsettled(self) -> None:
        """Every record was validated again: the heap is no longer frozen."""
        self.settled = False

    def settle(self) -> None:
        """After a build."""
        if not self.settled:
            gc.collect()
            gc.freeze()
            self.settled = True
