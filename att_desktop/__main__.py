"""``python -m att_desktop`` (and the frozen app) opens the window.

The frozen build has a single program, so it also answers to the headless commands
(``att-desktop init``, ``check``, ...) and to ``--self-test``, which checks that the
installation is complete (see ``att_desktop.selftest``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "--self-test":
        from att_desktop.selftest import main as self_test

        return self_test(args[1:])
    if (args and not args[0].startswith("-")) or args[:1] in (["--help"], ["-h"], ["--version"]):
        from att_desktop.cli import main as cli_main

        return cli_main(args)
    from att_desktop.app import main as gui_main

    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
