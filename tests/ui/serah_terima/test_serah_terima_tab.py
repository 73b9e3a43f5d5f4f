"""The Serah Terima tab, driven as an operator would: make a batch, send it to a "flashdisk"
(failing once and retried), see the Berita Acara, record the returns, and watch the Beranda's
count of files late at Dindukcapil follow."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox

from bawang_desk.core.serah_terima import verifikasi_folder
from bawang_desk.ui.beranda.tab import BerandaTab
from bawang_desk.ui.serah_terima.kembali_dialog import KembaliDialog
from bawang_desk.ui.serah_terima.model import BatchModel, BerkasModel
from bawang_desk.ui.serah_terima.tab import FOLDER_LAIN, SerahTerimaTab
from tests.core.test_serah_terima import siap_kirim
from tests.helpers import SANDI, saat_dialog_muncul


def klik(qtbot, tombol) -> None:
    assert tombol.isEnabled(), tombol.objectName()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def tombol_teks(box: QMessageBox, teks: str):
    return next(b for b in box.buttons() if b.text().replace("&", "") == teks)


def test_buat_kirim_gagal_ulang_dan_catat_kembali(qtbot, desk, jam, tmp_path, monkeypatch):
    pids = [siap_kirim(desk, i) for i in range(3)]
    drive = tmp_path / "FLASHDISK"
    drive.mkdir()
    desk.masuk("operator", SANDI)
    tab = SerahTerimaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.siapModel.rowCount() == 3 and not tab.buatButton.isEnabled()

    # 1. a batch of the first two, then the third added
    tab.siapTable.selectRow(0)
    tab.siapTable.selectionModel().select(
        tab.siapModel.index(1, 0),
        tab.siapTable.selectionModel().SelectionFlag.Select
        | tab.siapTable.selectionModel().SelectionFlag.Rows,
    )
    klik(qtbot, tab.buatButton)
    assert tab.batchModel.rowCount() == 1 and tab.isiModel.rowCount() == 2
    assert "400.12.2.1/001/ST/2026" in tab.infoLabel.text()
    tab.siapTable.selectRow(0)
    klik(qtbot, tab.tambahButton)
    assert tab.isiModel.rowCount() == 3 and tab.siapModel.rowCount() == 0

    # 2. send: the drive is chosen (a folder, as on a PC without a flashdisk listed), the
    # first attempt fails as if the flashdisk were full, "Coba lagi" succeeds
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(lambda *a, **k: (FOLDER_LAIN, True)))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(drive))
    )
    asli = os.replace
    penuh = {"aktif": True}

    def replace(src, dst, *a, **k):
        if penuh["aktif"] and Path(dst).is_relative_to(drive):
            raise OSError(errno.ENOSPC, "No space left on device")
        return asli(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)
    dilihat: list[str] = []

    def gagal(box: QMessageBox) -> None:
        dilihat.append(box.text())
        # meanwhile in the status line: nothing was moved
        assert [desk.layanan.get(p).status for p in pids] == ["siap_dikirim"] * 3
        penuh["aktif"] = False
        tombol_teks(box, "Coba lagi").click()

    pengamat: list = []

    def setuju(box: QMessageBox) -> None:
        assert "3 berkas" in box.text()
        tombol_teks(box, "Kirim").click()
        # the failure message comes later, from the worker thread's signal
        pengamat.append(saat_dialog_muncul(QMessageBox, gagal, batas_ms=20_000))

    h = saat_dialog_muncul(QMessageBox, setuju)
    klik(qtbot, tab.kirimButton)
    qtbot.waitUntil(lambda: bool(dilihat), timeout=20_000)
    qtbot.waitUntil(lambda: tab.hasil_ekspor is not None, timeout=20_000)
    del h
    assert "penuh" in dilihat[0] and "tidak berubah" in dilihat[0]
    hasil = tab.hasil_ekspor
    assert verifikasi_folder(hasil.folder) == []
    assert tab._pratinjau is not None and tab._pratinjau.doc.pageCount() >= 1
    assert [desk.layanan.get(p).status for p in pids] == ["di_dindukcapil"] * 3
    assert tab.dindukcapilModel.rowCount() == 3
    assert "Dikirim" in tab.batchModel.data(tab.batchModel.index(0, BatchModel.COL_STATUS))
    assert not tab.kirimButton.isEnabled() and tab.salinButton.isEnabled()

    # 3. one file back signed, recorded from the batch's list
    tab.isiTable.selectRow(0)

    def kembali(dlg: KembaliDialog) -> bool:
        assert dlg.hasil() == "ditandatangani" and not dlg.alasanEdit.isEnabled()
        # a day before the handover is refused at the form, nothing recorded
        dlg.tanggalEdit.setTanggal(dlg.tanggalEdit.tanggal() - timedelta(days=1))
        dlg.accept()
        assert "sebelum tanggal serah terima" in dlg.errorLabel.text() and dlg.isVisible()
        assert desk.layanan.get(pids[0]).status == "di_dindukcapil"
        dlg.tanggalEdit.setTanggal(dlg.tanggalEdit.rentang()[1])
        dlg.accept()
        return True

    h = saat_dialog_muncul(KembaliDialog, kembali)
    klik(qtbot, tab.kembaliButton)
    assert True in h
    assert desk.layanan.get(pids[0]).status == "siap_diserahkan"
    assert tab.dindukcapilModel.rowCount() == 2

    # 4. fifteen days on, the two still out are red
    jam.maju(days=15)
    desk.masuk("operator", SANDI)
    tab.muat()
    m = tab.dindukcapilModel
    assert m.data(m.index(0, BerkasModel.COL_KET)).startswith("15 hari")
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "2 lebih dari 14 hari" in tab.dindukcapilTable.parentWidget().title()
    # ...and counted on the operator's Beranda
    beranda = BerandaTab(desk)
    qtbot.addWidget(beranda)
    beranda.show()
    qtbot.waitUntil(lambda: "dindukcapil" in beranda.kartu)
    assert beranda.kartu["dindukcapil"].findChild(QLabel, "kartu_dindukcapil_nilai").text() == "2"

    # 5. the returned CSV from Dindukcapil: one signed, one for correction
    rows = list(csv.reader(io.StringIO(hasil.berkas[2].read_text(encoding="utf-8-sig"))))
    kembali = [
        [*rows[0], "Status", "Keterangan"],
        [*rows[2], "ditandatangani", ""],
        [*rows[3], "perbaikan", "Akta kelahiran tidak terbaca"],
    ]
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", lineterminator="\r\n").writerows(kembali)
    p = tmp_path / "hasil.csv"
    p.write_text(buf.getvalue(), encoding="utf-8-sig")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(p), "CSV (*.csv)"))
    )
    klik(qtbot, tab.imporButton)
    assert "1 ditandatangani, 1 perbaikan" in tab.infoLabel.text()
    assert [desk.layanan.get(x).status for x in pids] == [
        "siap_diserahkan",
        "siap_diserahkan",
        "siap_dikirim",
    ]
    assert tab.dindukcapilModel.rowCount() == 0 and tab.siapModel.rowCount() == 1
    assert "Akta kelahiran" in tab.siapModel.data(tab.siapModel.index(0, BerkasModel.COL_KET))
    beranda.muat()  # nothing is late at Dindukcapil any more (counted in the background)
    qtbot.waitUntil(
        lambda: (
            "dindukcapil" in beranda.kartu
            and beranda.kartu["dindukcapil"].findChild(QLabel, "kartu_dindukcapil_nilai").text()
            == "0"
        )
    )

    # 6. the same file again is refused as a whole, the faults by line
    def ditolak(box: QMessageBox) -> None:
        dilihat.append(box.detailedText())
        box.close()

    h = saat_dialog_muncul(QMessageBox, ditolak)
    tab.impor(p)
    del h
    assert "Baris 2" in dilihat[-1] and "sudah dicatat" in dilihat[-1]


def test_model_lulus_qtmodeltester(qapp, qtmodeltester, desk):
    pid = siap_kirim(desk, 0)
    st = desk.serah_terima.buat([pid])
    m = BerkasModel("isi")
    m.set_rows(desk.serah_terima.get(st.id).berkas)
    qtmodeltester.check(m)
    b = BatchModel()
    b.set_rows(desk.serah_terima.daftar())
    qtmodeltester.check(b)


def test_tanpa_izin_tombol_mati(qtbot, desk):
    siap_kirim(desk, 0)
    desk.masuk("camat", SANDI)
    tab = SerahTerimaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.siapTable.selectRow(0)
    assert tab.siapModel.rowCount() == 1
    assert not tab.buatButton.isEnabled() and not tab.imporButton.isEnabled()


def test_catat_perbaikan_dengan_tanggal_kemarin(qtbot, desk, jam, tmp_path):
    pid = siap_kirim(desk, 0)
    desk.masuk("operator", SANDI)
    st = desk.serah_terima.buat([pid])
    desk.serah_terima.kirim(st.id, tmp_path)
    jam.maju(days=3)
    desk.masuk("operator", SANDI)
    tab = SerahTerimaTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.dindukcapilTable.selectRow(0)

    def perbaikan(dlg: KembaliDialog) -> bool:
        dlg.hasilCombo.setCurrentIndex(dlg.hasilCombo.findData("perbaikan"))
        assert dlg.alasanEdit.isEnabled()
        dlg.tanggalEdit.setTanggal(
            dlg.tanggalEdit.tanggal() - timedelta(days=1)
        )  # it came back yesterday
        dlg.accept()
        assert dlg.errorLabel.isVisible() and dlg.isVisible()  # the reason is required
        qtbot.keyClicks(dlg.alasanEdit, "Akta kelahiran tidak terbaca")
        dlg.accept()
        return True

    h = saat_dialog_muncul(KembaliDialog, perbaikan)
    klik(qtbot, tab.kembaliButton)
    assert True in h
    p = desk.layanan.get(pid)
    assert p.status == "siap_dikirim"
    (waktu,) = desk.conn.execute(
        "SELECT kembali_pada FROM serah_terima_item WHERE permohonan_id = ?", (pid,)
    ).fetchone()
    assert waktu.startswith("2026-11-26")  # sent on the 24th, back on the 26th
