"""The Kepegawaian tab walked the way the Kasubbag works: import the roster, open the buku
penjagaan KGB, prepare the usulan for those due, tick the documents, print the pengantar (read
back from its PDF), pass the Camat, send it to BKD and record the SK, after which the
employee's next KGB moves."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox

from bawang_desk.core import kepegawaian as kp
from bawang_desk.ui.kepegawaian.pegawai_dialog import PegawaiDialog
from bawang_desk.ui.kepegawaian.tab import KepegawaianTab
from bawang_desk.ui.kepegawaian.usulan_dialog import (
    BuatUsulanDialog,
    HasilDialog,
    KirimBkdDialog,
    KoreksiDialog,
)
from bawang_desk.ui.umum import GAYA_GALAT
from tests.helpers import SANDI, saat_dialog_muncul

NIP_A = "198001012005031001"
NIP_B = "198502022009041002"
NIP_C = "199003032015052003"
KEPALA = (
    "NIP,Nama,Golongan,TMT Pangkat,MKG Tahun,MKG Bulan,TMT KGB,MKG KGB Tahun,Jabatan,"
    "Jenis Jabatan,Pendidikan,NIP Atasan,Status,SKP,SKP Sebelumnya\n"
)
BARIS_A = (
    f'{NIP_A},"Slamet Riyadi, S.Sos.",III/d,01-04-2024,18,0,01-04-2026,20,'
    "Kepala Subbagian Umum dan Kepegawaian,struktural,S1,,PNS,Baik,Baik\n"
)
BARIS_B = (
    f"{NIP_B},Dewi Lestari,II/a,01-12-2025,0,0,,,Pengadministrasi Umum,pelaksana,SLTA,"
    f"{NIP_A},PNS,Baik,Baik\n"
)
BARIS_C = (
    f'{NIP_C},"Citra Handayani, S.E.",III/a,01-12-2022,2,0,01-12-2024,4,Pengelola Keuangan,'
    f"pelaksana,S1,{NIP_A},PNS,Baik,Sangat Baik\n"
)


def klik(qtbot, tombol) -> None:
    assert tombol.isEnabled(), tombol.objectName()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def pilih_berkas(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )


def teks_pdf(path: Path) -> str:
    return " ".join(" ".join(p.extract_text() or "" for p in PdfReader(str(path)).pages).split())


@pytest.fixture
def tab(qtbot, desk):
    desk.masuk("kasubbag", SANDI)
    t = KepegawaianTab(desk)
    qtbot.addWidget(t)
    t.resize(1300, 800)
    t.show()
    qtbot.waitExposed(t)
    return t


def impor(qtbot, monkeypatch, tab, path: Path):
    page = tab.pegawaiPage
    pilih_berkas(monkeypatch, path)
    klik(qtbot, page.imporButton)
    qtbot.waitUntil(lambda: page.hasil_impor is not None, timeout=10_000)
    return page.hasil_impor


def test_alur_usulan_kgb_dari_impor_sampai_hasil(qtbot, desk, jam, tab, tmp_path, monkeypatch):
    galat: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _j, teks, *a, **k: galat.append(teks))
    )
    # a file with two bad rows is refused whole, every bad row named with its line
    salah = tmp_path / "pegawai-salah.csv"
    salah.write_text(
        KEPALA + BARIS_A + BARIS_B.replace("01-12-2025", "31-02-2025")
        + BARIS_C.replace("III/a", "III/x"),
        encoding="utf-8",
    )  # fmt: skip
    impor(qtbot, monkeypatch, tab, salah)
    dlg = tab.pegawaiPage.dialog_impor
    assert dlg is not None and dlg.isVisible()
    baris = [dlg.model.baris(i) for i in range(dlg.model.rowCount())]
    assert [k.baris for k in baris] == [3, 4]
    assert "golongan" in baris[1].kolom and "III/x" in baris[1].pesan
    assert "tidak diimpor: 2 baris" in dlg.ringkasLabel.text()
    dlg.close()
    assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 0

    # the corrected roster goes in
    benar = tmp_path / "pegawai.csv"
    benar.write_text(KEPALA + BARIS_A + BARIS_B + BARIS_C, encoding="utf-8")
    h = impor(qtbot, monkeypatch, tab, benar)
    assert h.ditambah == 3
    qtbot.waitUntil(lambda: tab.pegawaiPage.model.rowCount() == 3)
    qtbot.keyClicks(tab.pegawaiPage.cariEdit, "citra")
    qtbot.waitUntil(lambda: tab.pegawaiPage.model.rowCount() == 1)
    assert tab.pegawaiPage.model.baris(0).nip == NIP_C

    # the buku penjagaan KGB, default window: the next three months
    kgb = tab.tampilkan(tab.kgbPage)
    assert kgb.periode() == (date(2026, 11, 24), date(2027, 2, 24))
    nama = [kgb.model.baris(i).pegawai.nama for i in range(kgb.model.rowCount())]
    assert nama == ["Citra Handayani, S.E.", "Dewi Lestari"]
    assert {kgb.model.baris(i).tmt for i in range(2)} == {date(2026, 12, 1)}
    kgb.table.selectAll()

    # step 1: the usulan for the employees selected in the book
    def buat(d: BuatUsulanDialog) -> None:
        assert d.jenisCombo.currentData() == "kgb"
        assert len(d.terpilih()) == 2
        klik(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    tunggu = saat_dialog_muncul(BuatUsulanDialog, buat)
    klik(qtbot, kgb.usulanButton)
    assert tunggu[-1] is None
    up = tab.usulanPage
    assert tab.subTabs.currentWidget() is up
    u = up.terpilih()
    assert u is not None and u.jenis == "kgb" and len(u.anggota) == 2
    assert up.langkahModel.rowCount() == 8
    assert up.langkahModel.baris(0)[4]  # step 1 recorded with who and when

    # step 2: tell them; the missing documents are listed for "beritahu yang bersangkutan"
    klik(qtbot, up.beritahuButton)
    assert "Citra Handayani, S.E.:" in up.kurangLabel.text()
    assert "Fotokopi SK CPNS" in up.kurangLabel.text()

    # step 3: tick the documents; one missing blocks
    def pilih_anggota(nama: str) -> None:
        for r in range(up.anggotaModel.rowCount()):
            if up.anggotaModel.baris(r).nama == nama:
                up.anggotaTable.selectRow(up.anggotaProxy.mapFromSource(
                    up.anggotaModel.index(r, 0)).row())  # fmt: skip
                return
        raise AssertionError(nama)

    pilih_anggota("Citra Handayani, S.E.")
    assert up.dokumenList.count() == 6
    for i in range(up.dokumenList.count() - 1):  # the last one (SKP) not brought yet
        up.dokumenList.item(i).setCheckState(Qt.CheckState.Checked)
    pilih_anggota("Dewi Lestari")
    klik(qtbot, up.centangSemuaButton)
    klik(qtbot, up.periksaButton)
    assert galat and "Citra Handayani, S.E.: Fotokopi Penilaian Kinerja Pegawai" in galat[-1]
    assert "Dewi" not in galat[-1]
    assert up.terpilih().status == "diberitahu"
    pilih_anggota("Citra Handayani, S.E.")
    up.dokumenList.item(up.dokumenList.count() - 1).setCheckState(Qt.CheckState.Checked)
    assert up.terpilih().dokumen_kurang == {}
    klik(qtbot, up.periksaButton)
    assert up.terpilih().status == "berkas_lengkap"

    # steps 4 and 5: the draft, then E-Office gives the number from the 800.1.11.13 book
    klik(qtbot, up.konsepButton)
    klik(qtbot, up.eofficeButton)
    u = up.terpilih()
    assert u.nomor == "800.1.11.13/001/2026"

    # the pengantar, previewed and read back
    klik(qtbot, up.cetakButton)
    qtbot.waitUntil(lambda: up.hasil is not None, timeout=10_000)
    assert up.pratinjau.isVisible()
    teks = teks_pdf(up.hasil)
    assert "Yth. Kepala Badan Kepegawaian Daerah Kabupaten Banjarnegara di Banjarnegara" in teks
    assert re.search(r"Nomor : 800\.1\.11\.13/001/2026", teks)
    assert "Hal : Usul Kenaikan Gaji Berkala" in teks
    for n, nip in (("Dewi Lestari", "19850202 200904 1 002"),
                   ("Citra Handayani, S.E.", "19900303 201505 2 003")):  # fmt: skip
        assert n in teks and f"NIP. {nip}" in teks
    assert teks.count("CAMAT BAWANG,") == 2  # the letter and its lampiran
    assert "Drs. Anton Risdianto, M.Si. Pembina (IV/a) NIP. 19750115 200003 1 002" in teks
    up.pratinjau.close()

    # step 6: the Camat approves
    desk.masuk("camat", SANDI)
    tab.perbarui_izin()
    assert not up.eofficeButton.isEnabled() and up.koreksiButton.isEnabled()

    def setuju(d: KoreksiDialog) -> None:
        assert d.setujuRadio.isChecked()
        klik(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    tunggu = saat_dialog_muncul(KoreksiDialog, setuju)
    klik(qtbot, up.koreksiButton)
    assert tunggu[-1] is None and up.terpilih().status == "dikoreksi"

    # steps 7 and 8: to BKD by hand, archived
    desk.masuk("kasubbag", SANDI)
    tab.perbarui_izin()

    def kirim(d: KirimBkdDialog) -> None:
        assert d.caraCombo.currentText() == "Diantar langsung"
        klik(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    tunggu = saat_dialog_muncul(KirimBkdDialog, kirim)
    klik(qtbot, up.kirimButton)
    assert tunggu[-1] is None and up.terpilih().status == "dikirim"
    klik(qtbot, up.arsipButton)
    assert up.terpilih().status == "diarsipkan"
    assert [lk.langkah for lk in up.terpilih().langkah] == [1, 2, 3, 4, 5, 6, 7, 8]

    # the SK comes back for Dewi: her next KGB moves from 1 December 2026 to 2028 (II/a: 1 -> 3)
    dewi = desk.pegawai.by_nip(NIP_B)
    assert kp.kgb_pegawai(dewi) == date(2026, 12, 1)
    pilih_anggota("Dewi Lestari")

    def hasil(d: HasilDialog) -> None:
        assert d.pegawaiCombo.currentData() == dewi.id
        assert d.tmtEdit.tanggal() == date(2026, 12, 1)
        qtbot.keyClicks(d.nomorSkEdit, "822.3/123/BKD/2026")
        klik(qtbot, d.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))

    tunggu = saat_dialog_muncul(HasilDialog, hasil)
    klik(qtbot, up.hasilButton)
    assert tunggu[-1] is None
    dewi = desk.pegawai.by_nip(NIP_B)
    assert (dewi.tmt_kgb, dewi.mkg_kgb_tahun) == (date(2026, 12, 1), 1)
    assert kp.kgb_pegawai(dewi) == date(2028, 12, 1)
    kgb = tab.tampilkan(tab.kgbPage)
    assert [kgb.model.baris(i).pegawai.nama for i in range(kgb.model.rowCount())] == [
        "Citra Handayani, S.E."
    ]

    # the Register KP/KGB: searched as you type, printed
    reg = tab.tampilkan(tab.registerPage)
    assert reg.model.rowCount() == 2
    qtbot.keyClicks(reg.cariEdit, "dewi")
    qtbot.waitUntil(lambda: reg.model.rowCount() == 1)
    assert reg.model.baris(0).hasil.startswith("SK 822.3/123/BKD/2026")
    klik(qtbot, reg.cetakButton)
    qtbot.waitUntil(lambda: reg.hasil is not None, timeout=10_000)
    teks = teks_pdf(reg.hasil)
    assert "BUKU REGISTER KP/KGB" in teks and "Dewi Lestari" in teks and "Citra" not in teks


def test_buku_penjagaan_cetak_dan_ekspor(qtbot, desk, tab, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    from bawang_desk.core.pegawai_contoh import isi_pegawai_contoh

    isi_pegawai_contoh(desk, 60)
    kpp = tab.tampilkan(tab.kpPage)
    assert kpp.periode() == kp.jendela_kp(date(2026, 11, 24))
    assert kpp.model.rowCount() == len(desk.pegawai.penjagaan_kp())
    klik(qtbot, kpp.cetakButton)
    qtbot.waitUntil(lambda: kpp.hasil is not None, timeout=10_000)
    assert "BUKU PENJAGAAN KENAIKAN PANGKAT" in teks_pdf(kpp.hasil)
    target = tmp_path / "kgb.xlsx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    kgb = tab.tampilkan(tab.kgbPage)
    klik(qtbot, kgb.eksporButton)
    qtbot.waitUntil(lambda: kgb.hasil == target, timeout=10_000)
    ws = load_workbook(target).active
    nip = [r[2] for r in ws.iter_rows(values_only=True) if isinstance(r[0], int)]
    assert nip == [j.pegawai.nip for j in desk.pegawai.penjagaan_kgb()]


def test_dialog_pegawai_menunjuk_kolom_yang_salah(qtbot, desk, tab):
    dlg = PegawaiDialog(desk, parent=tab)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.keyClicks(dlg.nipEdit, "19800101200503100")  # 17 digits
    qtbot.keyClicks(dlg.namaEdit, "Slamet Riyadi")
    dlg.accept()
    assert dlg.errorLabel.isVisible() and "NIP" in dlg.errorLabel.text()
    assert dlg.nipEdit.styleSheet() == GAYA_GALAT
    dlg.nipEdit.clear()
    qtbot.keyClicks(dlg.nipEdit, NIP_A)
    dlg.pendidikanCombo.setCurrentText("S1")
    t = dlg.tmtPangkatEdit.tanggal()
    dlg.tmtPangkatEdit.setTanggal(t.replace(year=t.year - 2))
    dlg.kgbCheck.setChecked(True)
    t = dlg.tmtKgbEdit.tanggal()
    dlg.tmtKgbEdit.setTanggal(t.replace(year=t.year - 30))  # before the TMT CPNS in the NIP
    dlg.accept()
    assert "TMT KGB" in dlg.errorLabel.text() and "CPNS" in dlg.errorLabel.text()
    assert dlg.tmtKgbEdit.styleSheet() == GAYA_GALAT
    assert desk.conn.execute("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 0


def test_peran_mengatur_tombol(qtbot, desk, tab):
    assert tab.pegawaiPage.tambahButton.isEnabled()
    assert tab.kgbPage.usulanButton.isEnabled()
    desk.masuk("operator", SANDI)
    tab.perbarui_izin()
    assert not tab.subTabs.isTabEnabled(0)  # the operator sees no personnel data
    assert tab.subTabs.isTabEnabled(3)  # but does step 5 of the usulan
    assert not tab.usulanPage.baruButton.isEnabled()
    desk.masuk("pengadministrasi", SANDI)
    tab.perbarui_izin()
    assert tab.subTabs.isTabEnabled(0)
    assert not tab.pegawaiPage.tambahButton.isEnabled()
    assert not tab.pegawaiPage.imporButton.isEnabled()


def test_model_lulus_qtmodeltester(qtmodeltester, desk, tab):
    from bawang_desk.core.pegawai_contoh import isi_pegawai_contoh

    isi_pegawai_contoh(desk, 30)
    tab.tampilkan(tab.pegawaiPage)
    tab.tampilkan(tab.kgbPage)
    qtmodeltester.check(tab.pegawaiPage.model)
    qtmodeltester.check(tab.kgbPage.model)
    qtmodeltester.check(tab.usulanPage.langkahModel)


def test_jendela_usulan_kp_memakai_periode_tiap_bulan(qtbot, desk, jam):
    """Issue 16: on 2 December 2026 the usulan window proposes the next KP period by the rule
    in force (Peraturan BKN 4/2025: every 1st), 1 January 2027, and lists the KP due then."""
    from tests.core.test_pegawai import NIP_A, NIP_B, baru

    jam.now = jam.now.replace(month=12, day=2)
    desk.masuk("kasubbag", SANDI)
    desk.pegawai.tambah(baru(NIP_A, golongan="III/d", tmt_pangkat=date(2024, 4, 1)))
    desk.pegawai.tambah(
        baru(NIP_B, nama="Dewi Lestari", golongan="III/a", tmt_pangkat=date(2023, 1, 1),
             atasan_nip=NIP_A, tmt_kgb=None, mkg_tahun=4)
    )  # fmt: skip
    d = BuatUsulanDialog(desk, "kp-reguler")
    qtbot.addWidget(d)
    assert d.periodeEdit.tanggal() == date(2027, 1, 1)
    teks = [d.pegawaiList.item(i).text() for i in range(d.pegawaiList.count())]
    assert any(t.startswith("Dewi Lestari") and "TMT 01-01-2027" in t for t in teks), teks
