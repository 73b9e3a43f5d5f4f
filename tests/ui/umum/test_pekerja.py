"""The job runner: whatever a caller connects, results, errors and progress arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QDialog, QLabel

from bawang_desk.core.errors import BawangError
from bawang_desk.ui.umum.pekerja import Pekerja, jalankan, tunggu_semua


def _gui() -> bool:
    return QThread.currentThread() is QApplication.instance().thread()


def test_lambda_pada_selesai_berjalan_di_thread_gui(qtbot):
    """The bug of the blank previews: a lambda connected to ``selesai`` ran in the worker."""
    dilihat: list[tuple[object, bool]] = []
    pk = Pekerja(lambda progress: 42)
    pk.selesai.connect(lambda h: dilihat.append((h, _gui())))
    with qtbot.waitSignal(pk.berakhir, timeout=5000):
        pk.mulai()
    assert dilihat == [(42, True)]
    assert not pk.berjalan()


def test_kemajuan_dan_gagal_juga_di_thread_gui_dan_berurutan(qtbot):
    urutan: list[tuple[str, object, bool]] = []

    def job(progress):
        assert threading.current_thread() is not threading.main_thread()
        for i in range(3):
            progress(i, 3, f"langkah {i}")
        raise BawangError("Flashdisk penuh.")

    pk = Pekerja(job)
    pk.kemajuan.connect(lambda d, t, m: urutan.append(("kemajuan", d, _gui())))
    pk.gagal.connect(lambda m: urutan.append(("gagal", m, _gui())))
    with qtbot.waitSignal(pk.berakhir, timeout=5000):
        pk.mulai()
    assert urutan == [
        ("kemajuan", 0, True),
        ("kemajuan", 1, True),
        ("kemajuan", 2, True),
        ("gagal", "Flashdisk penuh.", True),
    ]


def test_kesalahan_tak_terduga_menjadi_kalimat(qtbot, capsys):
    pesan: list[str] = []

    def job(progress):
        raise ValueError("x")

    pk = jalankan(None, job, gagal=pesan.append)
    qtbot.waitUntil(lambda: bool(pesan), timeout=5000)
    assert pesan == ["Terjadi kesalahan tak terduga: x"]
    assert "ValueError" in capsys.readouterr().err  # the traceback goes to the log
    assert not pk.berjalan()


def test_dialog_dibuat_dari_hasil_hidup_di_thread_gui(qtbot):
    """What the preview does: build a dialog from the result. It must belong to the GUI thread."""
    dibuat: list[QDialog] = []

    def buka(teks):
        dlg = QDialog()
        QLabel(teks, dlg)
        dibuat.append(dlg)

    jalankan(None, lambda p: "halaman", selesai=buka)
    qtbot.waitUntil(lambda: bool(dibuat), timeout=5000)
    assert dibuat[0].thread() is QApplication.instance().thread()


def test_pemilik_yang_sudah_ditutup_tidak_dipanggil(qtbot):
    mulai = threading.Event()
    lanjut = threading.Event()
    dipanggil: list[object] = []

    def job(progress):
        mulai.set()
        lanjut.wait(5)
        return "hasil"

    dlg = QDialog()
    pk = jalankan(dlg, job, selesai=dipanggil.append)
    assert mulai.wait(5)
    dlg.deleteLater()
    qtbot.waitUntil(lambda: not _hidup(dlg), timeout=5000)
    with qtbot.waitSignal(pk.berakhir, timeout=5000):
        lanjut.set()
    assert dipanggil == []


def _hidup(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_hentikan_memanggil_batal_dan_menunggu(qtbot):
    berhenti = threading.Event()

    def job(progress):
        berhenti.wait(5)
        return None

    pk = Pekerja(job, batal=berhenti.set)
    pk.mulai()
    assert pk.hentikan(5000)
    assert not pk.berjalan()
    assert tunggu_semua(1000)


def test_dibuat_di_luar_thread_gui_ditolak(qtbot):
    galat: list[BaseException] = []

    def buat():
        try:
            Pekerja(lambda p: None)
        except RuntimeError as e:
            galat.append(e)

    t = threading.Thread(target=buat)
    t.start()
    t.join(5)
    assert galat and "thread GUI" in str(galat[0])


@pytest.fixture(autouse=True)
def _tanpa_sisa():
    yield
    assert tunggu_semua(5000)


def test_objek_pekerja_dihapus_di_thread_gui_bukan_di_thread_latar(qtbot):
    """Seen as a hang of the full suite (py-spy): the worker-side object was deleted in the
    worker thread; its ~QObject held Qt's connection lock and waited for the GIL, while the GUI
    thread held the GIL and waited for that lock in QObject::connect (building a tab). The
    object goes back to the GUI thread before its thread ends and is deleted there."""
    gui = threading.get_ident()
    dihapus: list[int] = []
    pk = Pekerja(lambda _p: 1)
    pk._inti.destroyed.connect(
        lambda *_: dihapus.append(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    with qtbot.waitSignal(pk.selesai, timeout=5000):
        pk.mulai()
    qtbot.waitUntil(lambda: bool(dihapus), timeout=5000)
    assert dihapus == [gui]
