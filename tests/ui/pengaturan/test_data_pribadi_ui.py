"""Pengaturan > Data pribadi: the retention period saved with the dialog, and the purge of
expired personal data with its count, confirmation and result, for Admin and Sekcam only."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from bawang_desk.core.data_pribadi import DIHAPUS
from bawang_desk.core.pengaturan import DataPribadi
from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
from tests.core.test_data_pribadi import selesai_pindah
from tests.helpers import SANDI


def test_masa_simpan_disimpan_dan_ditolak_di_kolomnya(qtbot, desk):
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    dlg.pilih_tab("data pribadi")
    assert dlg.ui.tabs.currentWidget() is dlg.data_pribadi
    spin = dlg.data_pribadi.form.retensiSpin
    assert spin.value() == 0 and spin.text() == "Tidak pernah dihapus (0)"
    alamat_lama = desk.pengaturan.kantor().alamat
    dlg.kantor.ui.alamatEdit.setText("Jl. Baru No. 2")
    spin.setValue(6)
    dlg.pilih_tab("kantor")
    dlg.simpan()
    # refused at the field, on its tab, and nothing at all was saved
    assert "paling singkat 12 bulan" in dlg.ui.errorLabel.text()
    assert dlg.ui.tabs.currentWidget() is dlg.data_pribadi
    assert desk.pengaturan.kantor().alamat == alamat_lama
    spin.setValue(24)
    dlg.simpan()
    assert desk.pengaturan.data_pribadi() == DataPribadi(24)
    assert desk.pengaturan.kantor().alamat == "Jl. Baru No. 2"
    aksi = [r[0] for r in desk.conn.execute("SELECT aksi FROM audit ORDER BY id DESC LIMIT 3")]
    assert "pengaturan.data_pribadi" in aksi


def test_hapus_data_pribadi_kedaluwarsa(qtbot, desk, jam, monkeypatch):
    import bawang_desk.ui.pengaturan.data_pribadi_page as pd

    pid = selesai_pindah(desk)
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_data_pribadi(DataPribadi(12))
    jam.maju(days=366)
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    page = dlg.data_pribadi
    assert page.hapusButton.isEnabled()
    ditanya: list[str] = []
    jawaban = [False, True]
    monkeypatch.setattr(
        pd, "konfirmasi", lambda _p, _j, t, ya="Ya": ditanya.append(t) or jawaban.pop(0)
    )
    info: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _j, t: info.append(t))
    page.hapus()  # asked, then cancelled: nothing purged
    assert "Hapus data pribadi 1 permohonan" in ditanya[0] and "12 bulan" in ditanya[0]
    assert desk.layanan.get(pid).nik != ""
    page.hapus()
    assert desk.layanan.get(pid).nama == DIHAPUS
    assert "Data pribadi 1 permohonan sudah dihapus" in info[-1]
    assert page.hasilLabel.text() == info[-1]
    page.hapus()  # nothing left
    assert "tidak ada data pribadi yang perlu dihapus" in info[-1]
    assert len(ditanya) == 2


def test_hapus_data_pribadi_hanya_admin_atau_sekcam(qtbot, desk):
    desk.masuk("operator", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    assert not dlg.data_pribadi.hapusButton.isEnabled()
    assert dlg.data_pribadi.form.retensiSpin.isReadOnly()


def test_hapus_data_pribadi_menyebut_pdf_cetakan_lama(qtbot, desk, jam, monkeypatch):
    import os

    import bawang_desk.ui.pengaturan.data_pribadi_page as pd

    selesai_pindah(desk)
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_data_pribadi(DataPribadi(12))
    pdf = desk.data_dir / "cetak" / "layanan" / "pindah-1.pdf"
    pdf.parent.mkdir(parents=True, exist_ok=True)
    pdf.write_bytes(b"%PDF-1.4")
    os.utime(pdf, (jam.now.timestamp(), jam.now.timestamp()))
    jam.maju(days=366)
    desk.masuk("sekcam", SANDI)
    dlg = PengaturanDialog(desk)
    qtbot.addWidget(dlg)
    ditanya: list[str] = []
    monkeypatch.setattr(pd, "konfirmasi", lambda _p, _j, t, ya="Ya": ditanya.append(t) or True)
    info: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _j, t: info.append(t))
    dlg.data_pribadi.hapus()
    assert "dan 1 berkas PDF cetakan di folder cetak" in ditanya[0]
    assert "1 berkas PDF cetakan lama juga dihapus" in info[-1]
    assert not pdf.exists()
