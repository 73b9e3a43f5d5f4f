"""Runs long core jobs in a worker thread and re-emits their progress as Qt signals.

The job is a plain core callable taking ``progress(done, total, message)``; it never touches a
widget, and whatever connection it needs it opens itself (Dangerzone, Anki).
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from bawang_desk.core.errors import BawangError

Progress = Callable[[int, int, str], None]


class Pekerja(QObject):
    """One job in one thread; ``selesai`` carries its result, ``gagal`` an Indonesian message."""

    kemajuan = Signal(int, int, str)
    selesai = Signal(object)
    gagal = Signal(str)

    def __init__(self, job: Callable[[Progress], Any], batal: Callable[[], None] | None = None):
        super().__init__()
        self._job = job
        self._batal = batal
        self.thread = QThread()
        self.thread.setObjectName("pekerja")
        self.moveToThread(self.thread)
        self.thread.started.connect(self._run)

    def mulai(self) -> None:
        self.thread.start()

    @Slot()
    def _run(self) -> None:
        try:
            hasil = self._job(lambda d, t, m: self.kemajuan.emit(d, t, m))
        except BawangError as e:
            self.gagal.emit(str(e))
        except Exception as e:
            traceback.print_exc()
            self.gagal.emit(f"Terjadi kesalahan tak terduga: {e}")
        else:
            self.selesai.emit(hasil)
        finally:
            self.thread.quit()

    def hentikan(self, tunggu_ms: int = 5000) -> None:
        """Ask the job to stop (if it can) and wait for the thread, so nothing dangles at exit."""
        if self._batal:
            self._batal()
        if self.thread.isRunning():
            self.thread.quit()
            self.thread.wait(tunggu_ms)
