"""Runs long core jobs in a worker thread and delivers progress, result and error on the GUI thread.

The job is a plain core callable taking ``progress(done, total, message)``; it never touches a
widget, and whatever connection it needs it opens itself (Dangerzone, Anki's CollectionOp).

Why it is built this way: a signal emitted in a worker thread runs every slot that has no
receiver object (a lambda, a plain function) in that worker thread, and a dialog built there is
dead (``QObject::setParent: Cannot set parent, new parent is in a different thread``). That is
how the print previews of the registers came up blank. So the job runs inside a private object
that lives in the worker, and :class:`Pekerja`, which lives on the GUI thread, re-emits what it
reports. Whatever a caller connects to ``kemajuan``, ``selesai`` or ``gagal`` (a bound method, a
lambda, a plain function) runs on the GUI thread: no call site can get it wrong.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from bawang_desk.core.errors import BawangError

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

Progress = Callable[[int, int, str], None]

#: Every job still running, so the application can wait for them before it quits (a QThread
#: destroyed while it runs aborts the process).
_BERJALAN: set[Pekerja] = set()


class _Inti(QObject):
    """The part that lives in the worker thread: runs the job and reports, nothing else."""

    kemajuan = Signal(int, int, str)
    selesai = Signal(object)
    gagal = Signal(str)

    def __init__(self, job: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def jalan(self) -> None:
        try:
            hasil = self._job(lambda d, t, m: self.kemajuan.emit(int(d), int(t), str(m)))
        except BawangError as e:
            self.gagal.emit(str(e))
        except Exception as e:  # the user gets a sentence, the log gets the traceback
            traceback.print_exc()
            self.gagal.emit(f"Terjadi kesalahan tak terduga: {e}")
        else:
            self.selesai.emit(hasil)
        finally:
            # Back to the GUI thread before this thread ends, so ``deleteLater`` deletes this
            # object there. Deleted here, its ~QObject holds Qt's connection lock and waits for
            # the GIL, while the GUI thread may hold the GIL and wait for that very lock in a
            # QObject::connect: a deadlock (seen once in a full test run, building a tab).
            app = QCoreApplication.instance()
            if app is not None:
                self.moveToThread(app.thread())
            QThread.currentThread().quit()


class Pekerja(QObject):
    """One job in one thread. ``selesai`` carries its result, ``gagal`` an Indonesian message,
    ``kemajuan`` (done, total, message); all three, and ``berakhir`` after either of the first
    two, are emitted on the GUI thread.

    Keep a reference while it runs (or use :func:`jalankan`, which does); ``hentikan`` asks the
    job to stop, if it can, and waits for the thread.
    """

    kemajuan = Signal(int, int, str)
    selesai = Signal(object)
    gagal = Signal(str)
    berakhir = Signal()

    def __init__(
        self,
        job: Callable[[Progress], Any],
        batal: Callable[[], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            raise RuntimeError("Pekerja harus dibuat di thread GUI")
        self._batal = batal
        self._inti = _Inti(job)
        self.thread = QThread()
        self.thread.setObjectName("pekerja")
        self._inti.moveToThread(self.thread)
        self.thread.started.connect(self._inti.jalan)
        self.thread.finished.connect(self._inti.deleteLater)
        # The receivers are this object's slots, and this object lives on the GUI thread, so
        # Qt queues every report to the GUI thread, in the order the job made them.
        self._inti.kemajuan.connect(self._terima_kemajuan)
        self._inti.selesai.connect(self._terima_selesai)
        self._inti.gagal.connect(self._terima_gagal)

    def mulai(self) -> None:
        _BERJALAN.add(self)
        self.thread.start()

    def berjalan(self) -> bool:
        return self.thread.isRunning()

    @Slot(int, int, str)
    def _terima_kemajuan(self, done: int, total: int, pesan: str) -> None:
        self.kemajuan.emit(done, total, pesan)

    @Slot(object)
    def _terima_selesai(self, hasil: object) -> None:
        self._akhiri()
        self.selesai.emit(hasil)
        self.berakhir.emit()

    @Slot(str)
    def _terima_gagal(self, pesan: str) -> None:
        self._akhiri()
        self.gagal.emit(pesan)
        self.berakhir.emit()

    def _akhiri(self) -> None:
        # the worker called quit() just after it emitted; let the thread end before the
        # callers act, so "not running" holds when their slots run
        self.thread.wait(2000)
        _BERJALAN.discard(self)

    def hentikan(self, tunggu_ms: int = 5000) -> bool:
        """Ask the job to stop (if it can) and wait for the thread; True when it has ended."""
        if self._batal:
            self._batal()
        if self.thread.isRunning():
            self.thread.quit()
            selesai = self.thread.wait(tunggu_ms)
        else:
            selesai = True
        if selesai:
            _BERJALAN.discard(self)
        return selesai


def dengan_cabang(desk: Desk, job: Callable[[Desk, Progress], Any]) -> Callable[[Progress], Any]:
    """``job(desk, progress)`` made into a job that runs on its own connection.

    SQLite connections are not shared across threads here: the branch (same file, same session,
    so permissions still apply) is opened inside the worker and closed when the job ends.
    """

    def kerja(progress: Progress) -> Any:
        d = desk.cabang()
        try:
            return job(d, progress)
        finally:
            if d is not desk:
                d.close()

    return kerja


def jalankan(
    pemilik: QObject | None,
    job: Callable[..., Any],
    *,
    desk: Desk | None = None,
    selesai: Callable[[Any], None] | None = None,
    gagal: Callable[[str], None] | None = None,
    kemajuan: Progress | None = None,
    batal: Callable[[], None] | None = None,
) -> Pekerja:
    """Start ``job`` in a worker and call back on the GUI thread; the one way screens run jobs.

    The callbacks may be lambdas: they always run on the GUI thread. When ``pemilik`` (the
    window or dialog that asked) has been destroyed by the time the job reports, its callbacks
    are skipped: a closed dialog gets no result, and nothing is drawn on a dead widget. With
    ``desk``, the job is called as ``job(desk, progress)`` on a branch of it (:func:`dengan_cabang`).
    """
    if desk is not None:
        job = dengan_cabang(desk, job)

    pk = Pekerja(job, batal=batal)
    antar = _Antar(pemilik, selesai, gagal, kemajuan, pk)
    pk.kemajuan.connect(antar.kemajuan)
    pk.selesai.connect(antar.selesai)
    pk.gagal.connect(antar.gagal)
    pk.mulai()
    return pk


class _Antar(QObject):
    """Hands a job's reports to the caller's callbacks, on the GUI thread, while ``pemilik``
    lives. The receiver is this object (a child of the Pekerja, so on the GUI thread): the
    connections never depend on a lambda, which Qt would run in whatever thread emits."""

    def __init__(
        self,
        pemilik: QObject | None,
        selesai: Callable[[Any], None] | None,
        gagal: Callable[[str], None] | None,
        kemajuan: Progress | None,
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._pemilik = pemilik
        self._selesai, self._gagal, self._kemajuan = selesai, gagal, kemajuan

    def _hidup(self) -> bool:
        return self._pemilik is None or shiboken6.isValid(self._pemilik)

    @Slot(int, int, str)
    def kemajuan(self, done: int, total: int, pesan: str) -> None:
        if self._kemajuan is not None and self._hidup():
            self._kemajuan(done, total, pesan)

    @Slot(object)
    def selesai(self, hasil: object) -> None:
        if self._selesai is not None and self._hidup():
            self._selesai(hasil)

    @Slot(str)
    def gagal(self, pesan: str) -> None:
        if self._gagal is not None and self._hidup():
            self._gagal(pesan)


def tunggu_semua(tunggu_ms: int = 10_000) -> bool:
    """Before the application quits: wait for every running job; True when none is left."""
    for pk in list(_BERJALAN):
        pk.hentikan(tunggu_ms)
    return not _BERJALAN
