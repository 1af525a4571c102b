"""Alt-key mnemonics a window offers at once: two visible controls with the same letter mean
Alt+letter does not reach the field the label promises.

``visible_mnemonics(window)`` walks the widgets visible in ``window`` (``isVisibleTo``):
labels with a buddy, buttons (push, check, radio, tool; a button box's too), group box titles
and the tabs of every visible tab bar; ``assert_unique_mnemonics(window)`` fails naming the
texts that share a letter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after the first single "&" (lower case), or None; "&&" is a literal "&"."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            if text[i + 1].isspace():
                return None
            return text[i + 1].lower()
        i += 1
    return None


def _texts(window: QWidget) -> list[str]:
    def shown(widget: QWidget) -> bool:
        return widget is window or widget.isVisibleTo(window)

    texts: list[str] = []
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and shown(label):
            texts.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if shown(button):
            texts.append(button.text())
    for box in window.findChildren(QGroupBox):
        if shown(box):
            texts.append(box.title())
    for bar in window.findChildren(QTabBar):
        if shown(bar):
            texts.extend(bar.tabText(i) for i in range(bar.count()) if bar.isTabVisible(i))
    return texts


def visible_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each mnemonic letter offered by the visible controls, with the texts that offer it."""
    found: dict[str, list[str]] = {}
    for text in _texts(window):
        letter = mnemonic(text)
        if letter is not None:
            found.setdefault(letter, []).append(text)
    return found


def mnemonic_collisions(window: QWidget) -> dict[str, list[str]]:
    return {k: v for k, v in visible_mnemonics(window).items() if len(v) > 1}


def assert_unique_mnemonics(window: QWidget, where: str = "") -> None:
    """Fail listing every letter that two visible controls of ``window`` share."""
    clashes = mnemonic_collisions(window)
    assert not clashes, f"{where or type(window).__name__}: shared Alt-key letters: " + "; ".join(
        f"{letter!r}: {texts}" for letter, texts in sorted(clashes.items())
    )
