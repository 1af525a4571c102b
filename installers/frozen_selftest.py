"""Build the frozen app with PyInstaller, then run its ``--self-test`` (``make frozen-selftest``).

The self-test runs offscreen on a temporary SQLite database, and once more on a fresh
PostgreSQL database when a server can be had the way the test suite gets one
(tests/pg_server.py: ``ATT_TEST_POSTGRES_URL``, or a throwaway local cluster). The output of
the last run is written to build/frozen-selftest.txt for installers/README.md.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist" / "att-desktop"
REPORT = ROOT / "build" / "frozen-selftest.txt"


def build() -> float:
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            "--distpath",
            str(ROOT / "dist"),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(ROOT / "installers" / "att-desktop.spec"),
        ],
        check=True,
        cwd=ROOT,
    )
    return time.monotonic() - started


def self_test(*extra: str) -> tuple[int, str]:
    program = DIST / ("att-desktop.exe" if os.name == "nt" else "att-desktop")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # The frozen program must not lean on this checkout or its virtual environment.
    env.pop("PYTHONPATH", None)
    env.pop("VIRTUAL_ENV", None)
    done = subprocess.run(
        [str(program), "--self-test", *extra],
        env=env,
        cwd=ROOT / "build",
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout + done.stderr


def main() -> int:
    seconds = build()
    files = [f for f in DIST.rglob("*") if f.is_file() and not f.is_symlink()]
    size = sum(f.stat().st_size for f in files) / 2**20
    lines = [
        f"$ make frozen-selftest   # {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"PyInstaller build: {seconds:.0f} s, dist/att-desktop/ {size:.0f} MiB "
        f"({platform.system()} {platform.machine()})",
        "",
        "$ dist/att-desktop/att-desktop --self-test",
    ]
    status, output = self_test()
    lines.append(output.rstrip())
    sys.path.insert(0, str(ROOT))
    from tests import pg_server

    try:
        server = pg_server.start_server()
    except pg_server.ServerUnavailable as exc:
        if pg_server.required():
            raise
        lines += ["", f"(PostgreSQL run skipped: {exc})"]
    else:
        try:
            with server.database(migrated=False) as url:
                shown = url.rsplit("@", 1)[-1]
                lines += [
                    "",
                    f"$ dist/att-desktop/att-desktop --self-test --no-gui --db ...@{shown}",
                ]
                pg_status, pg_output = self_test("--no-gui", "--db", url)
                lines.append(pg_output.rstrip())
                status = status or pg_status
        finally:
            server.close()
    # The checkout's own path is no business of the report pasted into installers/README.md.
    text = "\n".join(lines).replace(str(ROOT), "...") + "\n"
    REPORT.parent.mkdir(parents=True, exist_ok=True)
    REPORT.write_text(text, encoding="utf-8")
    print(text)
    print(f"(kept in {REPORT.relative_to(ROOT)})")
    return status


if __name__ == "__main__":
    raise SystemExit(main())
