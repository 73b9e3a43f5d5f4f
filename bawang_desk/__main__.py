"""``python -m bawang_desk``: the same as the ``bawang-desk`` command."""

import sys

from bawang_desk.cli import main

sys.exit(main())
