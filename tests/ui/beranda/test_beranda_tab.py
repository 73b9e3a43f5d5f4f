"""The Beranda in the main window: the cards of the logged-in role, a card's list, and a row
opened in its own tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from bawang_desk.core.pengaturan import Pejabat, Umum
from bawang_desk.ui.beranda.daftar_dialog import DaftarDialog
from bawang_desk.ui.beranda.tab import BerandaTab
from bawang_desk.ui.main_window import TABS, MainWindow
from tests.core.test_beranda import mohon, sampai_ttd
from tests.helpers import SANDI, saat_dialog_muncul


def test_beranda_tab_pertama_dan_kartu_membuka_permohonan(qtbot, desk, jam):
    assert TABS[0][0] == "berandaTab"
    pid = sampai_ttd(desk, mohon(1))
    desk.masuk("sekcam", SANDI)
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    b = w.tab("berandaTab")
    assert isinstance(b, BerandaTab)
    qtbot.waitUntil(lambda: "ttd" in b.kartu)
    kartu = b.kartu["ttd"]
    assert kartu.accessibleName().startswith("Menunggu tanda tangan: 1,")
    assert kartu.findChild(QLabel, "kartu_ttd_nilai").text() == "1"
    assert "#c0392b" in kartu.styleSheet()  # needs attention
    assert "antrian" in b.kartu and "urgen" in b.kartu and "siak" in b.kartu
    # waiting for a signature; no backup yet, but the database is new: not an alarm
    assert "1 hal perlu perhatian" in b.kosongLabel.text()
    assert "#c0392b" not in b.kartu["cadangan"].styleSheet()

    def pilih(dlg: DaftarDialog) -> bool:
        assert dlg.model.rowCount() == 1 and dlg.model.data(dlg.model.index(0, 3)) == "Pemohon B"
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
        return True

    h = saat_dialog_muncul(DaftarDialog, pilih)
    kartu.setFocus()
    qtbot.keyClick(kartu, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: True in h)
    layanan = w.tab("layananTab")
    assert w.tabs.currentWidget() is w._wadah["layananTab"]
    assert layanan.terpilih() is not None and layanan.terpilih().id == pid
    assert layanan.ttdButton.isEnabled()  # the Sekcam can sign it from here

    # after signing, the Beranda's figure drops when it is shown again
    desk.layanan.tandatangani(pid, mode="an")
    w.tabs.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: b.kartu.get("ttd") is not None and ": 0," in b.kartu["ttd"].accessibleName()
    )


def test_beranda_per_peran_dan_ganti_pengguna(qtbot, desk):
    desk.masuk("pengadministrasi", SANDI)
    b = BerandaTab(desk)
    qtbot.addWidget(b)
    b.show()
    qtbot.waitUntil(lambda: b.kartu != {})
    assert set(b.kartu) == {"urgen", "sop", "cadangan"}
    assert b.judulLabel.text().startswith("Selamat bekerja, Dedi Umum")
    desk.masuk("operator", SANDI)
    b.perbarui_izin()  # counted in the background, on the tab's own connection
    qtbot.waitUntil(lambda: "antrian" in b.kartu)
    assert "urgen" not in b.kartu
    desk.keluar()
    b.perbarui_izin()
    qtbot.waitUntil(lambda: b.kartu == {})
    assert b.judulLabel.text() == "Beranda"
    assert QApplication.activeModalWidget() is None


def test_kp_kgb_dari_beranda_ke_buku_penjagaan(qtbot, desk):
    from bawang_desk.core.pegawai_contoh import isi_pegawai_contoh

    desk.masuk("kasubbag", SANDI)
    isi_pegawai_contoh(desk, 60, seed=7)
    pertama = desk.pegawai.segera(2)[0]
    w = MainWindow(desk)
    qtbot.addWidget(w)
    w.show()
    b = w.tab("berandaTab")
    qtbot.waitUntil(lambda: "kp_kgb" in b.kartu)

    def pilih(dlg: DaftarDialog) -> bool:
        assert dlg.model.data(dlg.model.index(0, 2)) == pertama.pegawai.nama
        qtbot.keyClick(dlg.table, Qt.Key.Key_Return)
        return True

    h = saat_dialog_muncul(DaftarDialog, pilih)
    b.kartu["kp_kgb"].setFocus()
    qtbot.keyClick(b.kartu["kp_kgb"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: True in h)
    k = w.tab("kepegawaianTab")
    assert w.tabs.currentWidget() is w._wadah["kepegawaianTab"]
    page = k.kgbPage if pertama.jenis == "kgb" else k.kpPage
    assert k.subTabs.currentWidget() is page
    pilihan = page.table.selectionModel().selectedRows()
    assert (
        pilihan
        and page.model.baris(page.proxy.mapToSource(pilihan[0]).row()).pegawai.id
        == pertama.pegawai.id
    )


def test_beranda_setelah_desk_ditutup_tidak_gagal(qtbot, db_path, jam):
    from bawang_desk.core.desk import Desk
    from tests.helpers import siapkan

    d = Desk.open(db_path, jam=jam)
    siapkan(d)
    d.masuk("operator", SANDI)
    b = BerandaTab(d)
    qtbot.addWidget(b)
    d.close()  # a restore closes the desk while a refresh may still be queued
    b.muat()
    assert b.kartu == {}


def test_admin_kantor_baru_melihat_langkah_berikutnya(qtbot, desk_baru):
    """After the first-run setup the Admin's Beranda says what comes next, and the button
    opens the settings page where it is done; once done, the card goes away."""
    from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
    from tests.helpers import kantor_contoh

    d = desk_baru
    d.pengaturan_awal(
        kantor=kantor_contoh(),
        pejabat={
            "camat": Pejabat("camat", "Anton", "IV/a", "197501152000031002"),
            "sekcam": Pejabat("sekcam", "Siti", "III/d", "198003202005012003"),
        },
        umum=Umum(),
        admin_username="admin",
        admin_nama="Admin Kecamatan",
        admin_sandi=SANDI,
        admin_sandi_ulang=SANDI,
    )
    d.masuk("admin", SANDI)
    w = MainWindow(d)
    qtbot.addWidget(w)
    w.show()
    b = w.tab("berandaTab")
    qtbot.waitUntil(lambda: b.langkahBox.isVisible())
    teks = " ".join(lb.text() for lb in b.langkahBox.findChildren(QLabel))
    assert "Buat akun petugas" in teks and "Kasi Tata Pemerintahan" in teks
    tombol = b.langkahBox.findChild(QPushButton, "langkah_pengguna")
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)
    dlg = w._dialog_pengaturan
    assert isinstance(dlg, PengaturanDialog)
    assert dlg.ui.tabs.currentWidget() is dlg.pengguna
    dlg.close()
    d.pengguna.tambah("oni", "Oni Operator", "operator", SANDI)
    b.muat()
    qtbot.waitUntil(
        lambda: (
            "Buat akun"
            not in " ".join(
                lb.text() for lb in b.langkahBox.findChildren(QLabel) if not lb.isHidden()
            )
        )
    )
