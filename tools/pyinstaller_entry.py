"""Entry script of the PyInstaller bundle (build.spec): runs the ``bawang-desk`` command line.

Same as ``python -m bawang_desk``; a separate file because PyInstaller needs a script, not a
module. A windowed Windows build has no console (``sys.stdout`` is None), so output goes to a
log file in the data folder instead of crashing the first ``print``.
"""

import sys

if sys.stdout is None or sys.stderr is None:  # pragma: no cover - windowed Windows build
    import os

    import platformdirs

    log_dir = platformdirs.user_log_dir("Bawang Desk", appauthor=False)
    os.makedirs(log_dir, exist_ok=True)
    _log = open(os.path.join(log_dir, "bawang-desk.log"), "a", encoding="utf-8")  # noqa: SIM115
    sys.stdout = sys.stdout or _log
    sys.stderr = sys.stderr or _log

from bawang_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
