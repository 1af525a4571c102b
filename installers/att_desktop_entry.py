"""Entry point of the frozen app: the window, the headless commands and ``--self-test``."""

import sys

from att_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
