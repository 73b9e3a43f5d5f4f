"""SOP 068/001 walked through the real widgets: record by keyboard, Lembar Disposisi, the Camat
disposes to two posts, the Sekcam elaborates, the letter is distributed and the sheet reprinted."""

from __future__ import annotations

from datetime import date

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from bawang_desk.core.surat_masuk import SuratMasukBaru
from bawang_desk.ui.main_window import MainWindow
from bawang_desk.ui.pengaturan.login import LoginDialog
from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog, DistribusiDialog
from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog
from bawang_desk.ui.surat.masuk_model import SuratMasukModel
from bawang_desk.ui.surat.masuk_tab import SuratMasukTab
from bawang_desk.ui.umum.pratinjau import PratinjauDialog
from tests.helpers import SANDI, saat_dialog_muncul


def teks_pdf(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


def ganti_pengguna(qtbot, w: MainWindow, username: str) -> None:
    """Switch user the way staff do: Ctrl+Shift+U, type name and password, Enter."""

    def isi(dlg: LoginDialog) -> bool:
        qtbot.keyClicks(dlg.ui.usernameEdit, username)
        qtbot.keyClicks(dlg.ui.passwordEdit, SANDI)
        qtbot.keyClick(dlg.ui.passwordEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(LoginDialog, isi)
    w.ganti_pengguna()
    assert True in hasil
    assert w.desk.pengguna_aktif.username == username


def test_sop_001_dari_catat_sampai_distribusi(qtbot, desk, jam, monkeypatch):
    desk.masuk("pengadministrasi", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    tab: SuratMasukTab = w.tampilkan_tab("suratMasukTab")
    dicetak = []
    tab.dicetak.connect(dicetak.append)

    # step 1: the Pengadministrasi Umum records the letter from the keyboard
    def catat(dlg: SuratMasukDialog) -> bool:
        assert QApplication.focusWidget() is dlg.ui.pengirimEdit
        qtbot.keyClicks(dlg.ui.pengirimEdit, "BPBD Kabupaten Banjarnegara")
        qtbot.keyClick(dlg.ui.pengirimEdit, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "360/412/2026")
        dlg.ui.tanggalSuratEdit.setTanggal(date(2026, 11, 23))
        dlg.ui.halEdit.setFocus()
        qtbot.keyClicks(dlg.ui.halEdit, "Laporan kejadian tanah longsor di Desa Gemuruh")
        qtbot.keyClick(dlg.ui.halEdit, Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "Sangat")  # sifat combo: type to pick
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is dlg.keamananCombo  # Biasa: not secret
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "360")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), "1 berkas")
        jam.maju(minutes=2)
        qtbot.keyClick(dlg.ui.lampiranEdit, Qt.Key.Key_Return)
        return True

    hasil = saat_dialog_muncul(SuratMasukDialog, catat)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: True in hasil and len(dicetak) == 1, timeout=10_000)
    surat = desk.surat_masuk.get(tab.terpilih().id)
    assert surat.sifat == "Sangat Segera" and surat.nomor_agenda == "001"
    assert surat.kode_klasifikasi == "360" and surat.lampiran == "1 berkas"
    # the blank Lembar Disposisi appears at once (SOP step 1)
    kosong = teks_pdf(dicetak[0])
    assert "LEMBAR DISPOSISI" in kosong and "001/2026" in kosong and "SANGAT SEGERA" in kosong
    assert isinstance(tab._pratinjau, PratinjauDialog) and tab._pratinjau.doc.pageCount() == 1
    tab._pratinjau.close()
    # urgent: first row, marked in words and colour
    m = tab.model
    assert m.baris(0).id == surat.id
    assert "SANGAT SEGERA" in m.data(m.index(0, SuratMasukModel.COL_SIFAT))
    assert m.data(m.index(0, 0), Qt.ItemDataRole.BackgroundRole) is not None

    # step 2
    jam.maju(minutes=1)
    assert tab.sampaikanButton.isEnabled() and not tab.disposisiButton.isEnabled()
    qtbot.mouseClick(tab.sampaikanButton, Qt.MouseButton.LeftButton)

    # step 3: the Camat logs in and is shown the letter first
    ganti_pengguna(qtbot, w, "camat")
    assert tab.bannerLabel.isVisible() and "SANGAT SEGERA" in tab.bannerLabel.text()
    assert w.tabs.currentWidget() is w._wadah["suratMasukTab"]
    tab.pilih_surat(surat.id)
    assert tab.disposisiButton.isEnabled()

    def disposisi(dlg: DisposisiDialog) -> bool:
        for kode in ("kasi_trantibum", "kasi_kesos"):
            cb = dlg.tujuan[kode]
            cb.setFocus()
            qtbot.keyClick(cb, Qt.Key.Key_Space)
        cb = dlg.instruksi["Proses lebih lanjut"]
        cb.setFocus()
        qtbot.keyClick(cb, Qt.Key.Key_Space)
        dlg.ui.catatanEdit.setFocus()
        qtbot.keyClicks(dlg.ui.catatanEdit, "Segera tinjau lokasi bersama Polsek")
        jam.maju(minutes=4)
        dlg.ui.buttonBox.button(dlg.ui.buttonBox.StandardButton.Save).click()
        return True

    hasil = saat_dialog_muncul(DisposisiDialog, disposisi)
    qtbot.mouseClick(tab.disposisiButton, Qt.MouseButton.LeftButton)
    assert True in hasil

    # step 4: the Sekcam elaborates
    ganti_pengguna(qtbot, w, "sekcam")
    tab.pilih_surat(surat.id)
    monkeypatch.setattr(
        QInputDialog,
        "getMultiLineText",
        staticmethod(
            lambda *a, **k: ("Kasi Trantibum koordinasi dengan BPBD, Kasi Kesos data korban.", True)
        ),
    )
    jam.maju(minutes=5)
    qtbot.mouseClick(tab.jabarkanButton, Qt.MouseButton.LeftButton)

    # step 5: distributed, with the names of whoever received it
    ganti_pengguna(qtbot, w, "pengadministrasi")
    tab.pilih_surat(surat.id)

    def distribusi(dlg: DistribusiDialog) -> bool:
        assert dlg.table.rowCount() == 2
        dlg.isi(0, None, "Agus Trantib")
        dlg.isi(1, None, "Wati Kesos")
        jam.maju(minutes=1)
        dlg.accept()
        return True

    hasil = saat_dialog_muncul(DistribusiDialog, distribusi)
    qtbot.mouseClick(tab.distribusiButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: True in hasil and len(dicetak) == 2, timeout=10_000)

    isi = teks_pdf(dicetak[1])
    for harap in (
        "001/2026",
        "SANGAT SEGERA",
        "BPBD Kabupaten Banjarnegara",
        "Segera tinjau lokasi bersama Polsek",
        "Kasi Trantibum koordinasi dengan BPBD",
        "Agus Trantib",
        "Wati Kesos",
        "Kasi Ketenteraman dan Ketertiban Umum",
        "Kasi Kesejahteraan Sosial",
    ):
        assert harap in isi, harap
    assert dicetak[1] != dicetak[0]

    s = desk.surat_masuk.get(surat.id)
    assert s.status == "didistribusikan"
    assert [lk.oleh for lk in s.langkah] == [
        "pengadministrasi",
        "pengadministrasi",
        "camat",
        "sekcam",
        "pengadministrasi",
    ]
    assert [int(lk.durasi.total_seconds() // 60) for lk in s.langkah] == [2, 1, 4, 5, 1]
    assert "Langkah SOP 068/001" in tab.detail.toPlainText()
    w.close()


def test_model_lulus_qtmodeltester(qapp, qtmodeltester, desk):
    desk.masuk("pengadministrasi", SANDI)
    for i in range(5):
        desk.surat_masuk.catat(
            SuratMasukBaru(
                date(2026, 11, 24),
                f"Desa {i}",
                f"Hal {i}",
                sifat="Sangat Segera" if i == 2 else "Biasa",
            )
        )
    m = SuratMasukModel(desk)
    m.muat()
    assert m.rowCount() == 5 and m.baris(0).urgen
    qtmodeltester.check(m)


def test_surat_tanpa_hal_ditolak_di_kolomnya(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    dlg = SuratMasukDialog(desk)
    qtbot.addWidget(dlg)
    qtbot.keyClicks(dlg.ui.pengirimEdit, "Kepala Desa Joho")
    dlg.accept()
    assert "Hal surat belum diisi" in dlg.ui.errorLabel.text()
    assert dlg.ui.halEdit.hasFocus() or dlg.ui.halEdit.styleSheet()
    assert desk.conn.execute("SELECT COUNT(*) FROM surat_masuk").fetchone()[0] == 0


def test_cetak_buku_agenda_dari_dialog(qtbot, desk):
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog

    desk.masuk("pengadministrasi", SANDI)
    for i in range(3):
        desk.surat_masuk.catat(
            SuratMasukBaru(date(2026, 11, 20 + i), f"Pengirim {i}", f"Hal nomor {i}")
        )
    dlg = CetakBukuDialog(desk, "surat-masuk")
    qtbot.addWidget(dlg)
    dlg.jalankan()
    qtbot.waitUntil(lambda: dlg.hasil is not None, timeout=20_000)
    teks = teks_pdf(dlg.hasil)
    assert "BUKU AGENDA SURAT MASUK" in teks and "Pengirim 2" in teks
    assert "Jumlah surat masuk" in teks
    dlg._pratinjau.close()
    dlg.close()


def test_admin_membaca_kalimat_bukan_nol_surat(qtbot, desk):
    """Issue 12.5: hidden is not lost. The Admin reads that his role may not see the Buku Agenda,
    not "0 surat ditampilkan"; no permission key reaches the screen."""
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(
        SuratMasukBaru(
            tanggal_terima=date(2026, 11, 24),
            pengirim="BPBD Kabupaten Banjarnegara",
            nomor_surat="360/1/2026",
            tanggal_surat=date(2026, 11, 23),
            hal="Kesiapsiagaan bencana",
        )
    )
    desk.masuk("admin", "rahasia-admin-1")
    tab = SuratMasukTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.muat()
    assert tab.model.rowCount() == 0
    assert tab.infoLabel.text() == "Peran Admin tidak berwenang melihat surat masuk."
    assert "surat_masuk" not in tab.infoLabel.text()


def test_tombol_langkah_nonaktif_berketerangan(qtbot, desk):
    """A disabled step button says who may do the step, or what must happen first."""
    desk.masuk("pengadministrasi", SANDI)
    desk.surat_masuk.catat(
        SuratMasukBaru(
            tanggal_terima=date(2026, 11, 24),
            pengirim="BPBD Kabupaten Banjarnegara",
            nomor_surat="360/1/2026",
            tanggal_surat=date(2026, 11, 23),
            hal="Kesiapsiagaan bencana",
        )
    )
    tab = SuratMasukTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.muat()
    tab.table.selectRow(0)
    assert not tab.disposisiButton.isEnabled()
    # issue 14: the Pengadministrasi records the Camat's disposition from the sheet, so for
    # her the button says what must happen first; a role not named for it is told who may
    assert "\u201cDisampaikan kepada Camat\u201d" in tab.disposisiButton.toolTip()
    desk.masuk("operator", SANDI)
    tab.perbarui_izin()
    tab.table.selectRow(0)
    assert tab.disposisiButton.toolTip() == "Hanya Camat yang dapat mendisposisi surat."
    desk.masuk("pengadministrasi", SANDI)
    tab.perbarui_izin()
    tab.table.selectRow(0)
    assert not tab.distribusiButton.isEnabled()
    assert "berstatus \u201cDijabarkan Sekcam\u201d" in tab.distribusiButton.toolTip()
    assert "\u201cDicatat\u201d" in tab.distribusiButton.toolTip()
    assert tab.sampaikanButton.isEnabled()


def test_sifat_dan_keamanan_dua_kolom_dan_pita_mengikuti_keadaan(qtbot, desk):
    """Issue 12 item 6 through the dialog: Sangat Segera and Rahasia at once (Alt+F, Alt+M;
    Alt+S stays Simpan); the "sampaikan kepada Camat" warning only while the letter waits for
    the Camat's disposition, and never shown to the Camat himself."""
    from bawang_desk.ui.surat.masuk_tab import html_surat

    desk.masuk("pengadministrasi", SANDI)
    dlg = SuratMasukDialog(desk)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg)
    assert [dlg.ui.sifatCombo.itemText(i) for i in range(dlg.ui.sifatCombo.count())] == [
        "Biasa",
        "Segera",
        "Sangat Segera (Amat Segera)",
    ]
    qtbot.keyClicks(dlg.ui.pengirimEdit, "Inspektorat Daerah")
    dlg.ui.halEdit.setText("Pemeriksaan khusus")
    qtbot.keyClick(dlg, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dlg.ui.sifatCombo
    qtbot.keyClicks(dlg.ui.sifatCombo, "Sangat")
    qtbot.keyClick(dlg, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dlg.keamananCombo
    qtbot.keyClicks(dlg.keamananCombo, "Rahasia")
    qtbot.keyClick(dlg, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dlg.hasil is not None)
    s = dlg.hasil
    assert (s.sifat, s.rahasia) == ("Sangat Segera", True)

    html = html_surat(desk, desk.surat_masuk.get(s.id))
    assert "sampaikan kepada Camat saat ini juga" in html and "RAHASIA" in html
    desk.surat_masuk.sampaikan(s.id)
    desk.masuk("camat", SANDI)
    html = html_surat(desk, desk.surat_masuk.get(s.id))
    assert "saat ini juga" not in html and "RAHASIA" in html
    assert "Sangat Segera, Rahasia" in html
    desk.surat_masuk.disposisi(s.id, kepada=["sekcam"], instruksi=["Proses lebih lanjut"])
    desk.masuk("sekcam", SANDI)
    assert "saat ini juga" not in html_surat(desk, desk.surat_masuk.get(s.id))
