"""The real program under a real X server: ``kbo-desktop --db X`` opens a window and stays up.

Offscreen tests cannot catch a missing xcb library, a crash in start-up code
that only runs with a display, or a window that never maps. CI installs Xvfb
(see the packages named below); a machine without it fails this test rather
than skipping it, so a broken start-up cannot pass unnoticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

APT_HINT = (
    "apt-get install -y xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
    "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 xdotool"
)
STAY_UP_S = 5.0


def _require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"{tool} is not installed; this test needs a real X server. Install with: {APT_HINT}"
        )
    return path


@pytest.fixture
def display() -> Iterator[str]:
    """A fresh Xvfb server on a free display number, stopped afterwards."""
    xvfb = _require("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_fd)
    with os.fdopen(read_fd) as stream:
        number = stream.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb started but did not report a display number")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _kbo_desktop() -> list[str]:
    script = Path(sys.executable).with_name("kbo-desktop")
    return [str(script)] if script.exists() else [sys.executable, "-m", "kbo_desktop"]


@pytest.mark.slow
def test_real_window_starts_and_stays_up(display: str, tmp_path: Path) -> None:
    xdotool = _require("xdotool")
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    stderr_file = tmp_path / "stderr.txt"
    with stderr_file.open("w") as stderr:
        app = subprocess.Popen([*_kbo_desktop(), "--db", str(tmp_path / "kbo.db")], env=env,
                               stdout=subprocess.DEVNULL, stderr=stderr)  # fmt: skip
        try:
            window_ids = ""
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline and not window_ids and app.poll() is None:
                time.sleep(0.5)
                found = subprocess.run([xdotool, "search", "--onlyvisible", "--name", "KBO Desktop"],
                                       env=env, capture_output=True, text=True, check=False)  # fmt: skip
                window_ids = found.stdout.strip()
            assert app.poll() is None, f"kbo-desktop exited early:\n{stderr_file.read_text()}"
            assert window_ids, (
                f"no visible 'KBO Desktop' window appeared:\n{stderr_file.read_text()}"
            )
            time.sleep(STAY_UP_S)
            assert app.poll() is None, f"kbo-desktop died after opening:\n{stderr_file.read_text()}"
        finally:
            app.terminate()
            try:
                app.wait(10)
            except subprocess.TimeoutExpired:
                app.kill()
                app.wait(5)
    assert "Traceback" not in stderr_file.read_text(), stderr_file.read_text()
