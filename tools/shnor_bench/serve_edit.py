"""Live editing at scale: ``mkdocs serve --dirty`` on the project, one practice edited, time until the served page
shows the change (what the browser shows after its live reload)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

MARKER = "Правка для замера живого редактирования"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait(predicate, timeout: float, process: subprocess.Popen) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if process.poll() is not None:
            raise RuntimeError("mkdocs serve stopped")
        if predicate():
            return time.perf_counter() - started
        time.sleep(0.05)
    raise TimeoutError(f"no change served within {timeout:.0f} s")


def edit_under_serve(project: Path, env: dict[str, str], mode: str = "--dirty") -> dict:
    practice = sorted((project / "practices").glob("*.md"))[-1]
    port = _free_port()
    url = f"http://127.0.0.1:{port}/practices/{practice.stem}/"
    command = [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"), "-a", f"127.0.0.1:{port}"]
    process = subprocess.Popen(
        [*command, *([mode] if mode else [])], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    original = practice.read_text(encoding="utf-8")
    try:
        first = _wait(lambda: _get(url) is not None, 900, process)
        time.sleep(1.5)  # the watcher settles after the first build
        practice.write_text(original.replace("## Контакты", f"{MARKER}.\n\n## Контакты", 1), encoding="utf-8")
        seconds = _wait(lambda: MARKER in (_get(url) or ""), 900, process)
    finally:
        practice.write_text(original, encoding="utf-8")
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return {"mode": mode or "full rebuild", "seconds": seconds, "first_build_seconds": first, "page": url}
