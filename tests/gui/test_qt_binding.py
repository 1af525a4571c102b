"""The Qt binding itself: a release that corrupts Python's reference counts is refused."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()
    counted = Signal(int)


def test_emitting_a_signal_keeps_the_reference_count_of_true() -> None:
    """PySide6 6.12.0 returned True from emit() without a reference: each emit lost one.

    On Python 3.11 (True is not immortal there) the interpreter aborts with "bool_dealloc"
    once enough signals were emitted in one session: the application would crash mid-work.
    pyproject.toml excludes that release; this test catches the next one that does it.
    """
    emitter = _Emitter()
    received: list[int] = []
    emitter.changed.connect(lambda: received.append(0))
    emitter.counted.connect(received.append)
    before = sys.getrefcount(True)
    for n in range(200):
        emitter.changed.emit()
        emitter.counted.emit(n)
    after = sys.getrefcount(True)
    assert len(received) == 400
    assert after >= before - 10, f"True lost {before - after} references in 400 emits"
