"""``python -m crm_desktop``: the same as the ``crm-desktop`` command."""

import sys

from crm_desktop.cli import main

sys.exit(main())
