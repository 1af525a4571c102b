"""A service call or writer held until the test releases it, recording the thread it ran on.

Report builders must read and write on a worker thread. Replacing the service's collect (or a
writer) with ``Held(real)`` lets a test see where it ran and look at the window while it
waits. Run on the GUI thread instead, the call would block the click that started it until
``TIMEOUT`` and then fail, so a builder that does the work in place fails these tests.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

#: Long enough for any worker; short enough that a builder blocking its GUI thread fails soon.
TIMEOUT = 10


class Held:
    """Calls ``real`` once released; ``threads`` says on which thread each call ran."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        if not self.release.wait(TIMEOUT):
            raise AssertionError("the test never released the call")
        return self.real(*args, **kwargs)

    def off_the_gui_thread(self) -> bool:
        return bool(self.threads) and all(t is not threading.main_thread() for t in self.threads)


#: The ``hold`` fixture (tests/gui/conftest.py): ``hold(module, name)`` holds ``module.name``.
Hold = Callable[[object, str], Held]
