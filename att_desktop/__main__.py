"""``python -m att_desktop`` opens the window (``att-desktop <command>`` is the headless CLI)."""

from __future__ import annotations

import sys

from att_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
