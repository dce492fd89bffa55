"""Entry script for the frozen Windows build (PyInstaller): the windowed app and, as
``crm-desktop-cli.exe``, the same command line as ``crm-desktop``."""

import sys

from crm_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
