"""Shared test helpers: a hand-moved clock, sample office settings and a prepared desk."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from bawang_desk.core.desk import Desk
from bawang_desk.core.pengaturan import Kantor, Pejabat, Umum

ADMIN_SANDI = "rahasia-admin-1"
SANDI = "sandi-kuat-123"


class JamPalsu:
    """A clock the tests move by hand (idle lock, lockouts, dates of records)."""

    def __init__(self, mulai: datetime = datetime(2026, 11, 24, 8, 0, 0)) -> None:
        self.now = mulai

    def __call__(self) -> datetime:
        return self.now

    def maju(self, **kw: float) -> None:
        self.now += timedelta(**kw)

    def hari_ini(self) -> date:
        return self.now.date()


def kantor_contoh() -> Kantor:
    return Kantor(
        alamat="Jl. Raya Bawang No. 1, Bawang",
        telepon="(0286) 591234",
        kode_pos="53471",
        email="kec.bawang@banjarnegarakab.go.id",
    )


def pejabat_contoh() -> dict[str, Pejabat]:
    return {
        "camat": Pejabat("camat", "Drs. Anton Risdianto, M.Si.", "IV/a", "197501152000031002"),
        "sekcam": Pejabat("sekcam", "Siti Nur'aini, S.Sos.", "III/d", "198003202005012003"),
        "kasi_tapem": Pejabat("kasi_tapem", "Budi Santoso, S.IP.", "III/c", "198207112009011004"),
    }


def siapkan(desk: Desk) -> None:
    """First-run setup plus one account per role, all with the password SANDI."""
    desk.pengaturan_awal(
        kantor=kantor_contoh(),
        pejabat=pejabat_contoh(),
        umum=Umum(),
        admin_username="admin",
        admin_nama="Admin Kecamatan",
        admin_sandi=ADMIN_SANDI,
    )
    desk.masuk("admin", ADMIN_SANDI)
    for peran, nama in [
        ("operator", "Rina Operator"),
        ("pengadministrasi", "Dedi Umum"),
        ("kasubbag", "Sri Kasubbag"),
        ("sekcam", "Siti Sekcam"),
        ("camat", "Anton Camat"),
    ]:
        desk.pengguna.tambah(peran, nama, peran, SANDI)
    desk.keluar()


def saat_dialog_muncul(jenis: type, isi, batas_ms: int = 5000) -> list:
    """Run ``isi(dialog)`` once a modal dialog of ``jenis`` is shown (it may block in exec()).

    Polls with a timer because a button's shortcut clicks it only after its animation, and
    the dialog's own event loop then blocks the test until someone closes it.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    hasil: list = []
    timer = QTimer()
    timer.setInterval(20)
    sisa = [batas_ms // 20]

    def cek() -> None:
        sisa[0] -= 1
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, jenis):
            # the offscreen platform does not always report the modal: look at the windows
            dlg = next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, jenis) and w.isVisible()
                ),
                dlg,
            )
        if isinstance(dlg, jenis):
            timer.stop()
            # offscreen gives focus only to the active window; a window left by an earlier
            # step may hold it, so make the dialog active the way a click on it would
            dlg.activateWindow()
            dlg.raise_()
            QApplication.processEvents()
            try:
                hasil.append(isi(dlg))
            except BaseException as e:
                # a failed check must fail the test, not leave the dialog's exec() blocking
                hasil.append(e)
                dlg.close()
                raise
        elif sisa[0] <= 0:
            # never hang a test run: close whatever modal is in the way, the test then fails
            timer.stop()
            for w in QApplication.topLevelWidgets():
                if w.isVisible() and w.isModal():
                    w.close()

    timer.timeout.connect(cek)
    timer.start()
    hasil.append(timer)  # keep the timer alive as long as the caller holds the list
    return hasil


def jawab_alasan(teks: str, ditanya: list | None = None) -> list:
    """Type ``teks`` into the next reason box (``umum.AlasanDialog``) and press Ctrl+Enter, as
    the user does; its question goes to ``ditanya``. The result list holds the dialog's result
    (None while the rule refused the text and the box stayed open)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLabel

    from bawang_desk.ui.umum.alasan import AlasanDialog

    def isi(dlg: AlasanDialog):
        if ditanya is not None:
            ditanya.append(dlg.findChildren(QLabel)[0].text())
        dlg.alasanEdit.setFocus()
        QTest.keyClicks(dlg.alasanEdit, teks)
        QTest.keyClick(dlg.alasanEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dlg.hasil

    return saat_dialog_muncul(AlasanDialog, isi)


#: The applicant's identity the counter asks for the letters that state it (SKCK, kredit bank,
#: KTP-el): ``PemohonBaru(..., **IDENTITAS)``.
IDENTITAS = {
    "agama": "Islam",
    "pekerjaan": "Petani/Pekebun",
    "status_perkawinan": "Kawin",
    "kewarganegaraan": "WNI",
    "golongan_darah": "O",
}

#: The village pengantar the SKCK, kredit, legalisasi and pindah letters cite (number, date).
PENGANTAR = {"pengantar_desa": {"nomor": "470/112/2026", "tanggal": "2026-11-20"}}
#: The Surat Keterangan Usaha of a kredit application.
SURAT_USAHA = {"surat_usaha": {"nomor": "510/45/2026", "tanggal": "2026-11-18"}}
#: A card replaced because it was damaged (no police report needed).
RUSAK = {"sebab": "Rusak"}
#: F-1.03 fields of a pindah where only the kepala keluarga moves (the others keep the KK).
PINDAH_KK = {
    "nama_kepala_keluarga": "Slamet",
    "tujuan_kode_pos": "53473",
    "status_kk_tidak_pindah": "Nomor KK tetap",
    "status_kk_pindah": "Membuat KK baru",
}


def bisa_simpan_sekarang(path) -> bool:
    """Whether another connection can commit a write to ``path`` right now, without waiting:
    with the rollback journal an open read statement anywhere keeps every writer out."""
    import sqlite3

    c = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        c.execute("CREATE TABLE IF NOT EXISTS uji_kunci (x)")
        c.execute("INSERT INTO uji_kunci VALUES (1)")
        return True
    except sqlite3.OperationalError as e:
        if "locked" not in str(e):
            raise
        return False
    finally:
        c.close()


def di_fts(conn, tabel: str, kata: str) -> list[int]:
    """The rowids an FTS5 table ``tabel`` finds for the prefix ``kata``."""
    return [
        r[0]
        for r in conn.execute(f"SELECT rowid FROM {tabel} WHERE {tabel} MATCH ?", (f'"{kata}"*',))
    ]
