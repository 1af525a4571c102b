"""The Qt binding itself: a broken release must fail here, not crash an officer's session.

PySide6 6.12.0 dropped one reference to the slot's return value (None) on every emission of
a signal connected to a Python callable; after a few thousand the interpreter aborted
("Fatal Python error: none_dealloc"). pyproject.toml excludes that release.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox

EMISSIONS = 2000


class _Emitter(QObject):
    fired = Signal(bool)


def _refs() -> tuple[int, int, int]:
    gc.collect()
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_python_slots_do_not_leak_references_to_none_or_the_booleans(qapp: object) -> None:
    emitter = _Emitter()
    box = QCheckBox()
    seen: list[bool] = []
    emitter.fired.connect(lambda value: None)
    box.toggled.connect(seen.append)
    before = _refs()
    for n in range(EMISSIONS):
        emitter.fired.emit(n % 2 == 0)
        box.setChecked(n % 2 == 0)
    after = _refs()
    assert len(seen) == EMISSIONS
    # A handful of references may come and go (caches); one per emission is the bug.
    for name, was, now in zip(("None", "True", "False"), before, after, strict=True):
        assert now > was - 100, f"{name} lost {was - now} references in {EMISSIONS} emissions"
