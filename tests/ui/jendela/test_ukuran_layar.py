"""Every tab (for every role) and every dialog fits the office's smallest screen: 1024x728.

1024x768 less a taskbar. The window's minimum size must fit, and at that size every button
of the window's rows and of a dialog's button row must lie inside what is shown; a long form
scrolls, its Simpan/Batal stay visible. (Issue 11: after visiting Layanan the window needed
1182 px; "Permohonan baru" was 803 px tall with Simpan/Batal under the taskbar.)
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QTabBar,
    QWidget,
)

from bawang_desk.core import peran as peran_mod
from bawang_desk.ui.main_window import TABS
from tests.ui.jendela.conftest import buka_demo, buka_jendela

LEBAR, TINGGI = 1024, 728


def _di_gulir_atau_tabel(w: QWidget, batas: QWidget) -> bool:
    p = w.parentWidget()
    while p is not None and p is not batas:
        if isinstance(p, (QScrollArea, QAbstractItemView, QTabBar)):
            return True
        p = p.parentWidget()
    return False


def tombol_di_luar(wadah: QWidget) -> list[str]:
    """The visible buttons of ``wadah`` (outside scroll areas) that stick out of it."""
    area = QRect(0, 0, wadah.width(), wadah.height())
    luar = []
    for b in wadah.findChildren(QAbstractButton):
        if not b.isVisibleTo(wadah) or _di_gulir_atau_tabel(b, wadah):
            continue
        r = QRect(b.mapTo(wadah, b.rect().topLeft()), b.size())
        if not area.contains(r):
            luar.append(f"{b.objectName() or b.text()} {r.getRect()}")
    return luar


def muat(w: QWidget) -> str | None:
    """None when ``w`` fits 1024x728; else what does not."""
    m = w.minimumSizeHint().expandedTo(w.minimumSize())
    if m.width() > LEBAR or m.height() > TINGGI:
        return f"minimum {m.width()}x{m.height()}"
    return None


@pytest.mark.parametrize("peran", sorted(peran_mod.PERAN))
def test_setiap_tab_muat_di_1024x728(qtbot, demo_asli, tmp_path, peran):
    desk = buka_demo(demo_asli, tmp_path, peran)
    try:
        w = buka_jendela(qtbot, desk, (LEBAR, TINGGI))
        masalah = {}
        for nama, _judul, _spec in TABS:
            t = w.tampilkan_tab(nama)
            halaman = [None]
            from PySide6.QtWidgets import QTabWidget

            subs = [s for s in t.findChildren(QTabWidget)]
            for s in subs:
                halaman += [(s, i) for i in range(s.count())]
            for h in halaman:
                if h is not None:
                    h[0].setCurrentIndex(h[1])
                QApplication.processEvents()
                w.resize(LEBAR, TINGGI)
                QApplication.processEvents()
                salah = muat(w)
                if salah is None and (w.width() > LEBAR or w.height() > TINGGI):
                    salah = f"window {w.width()}x{w.height()}"
                luar = tombol_di_luar(t)
                if salah or luar:
                    masalah[f"{nama}{'' if h is None else '/' + h[0].tabText(h[1])}"] = (
                        salah,
                        luar,
                    )
        assert masalah == {}
        w.close()
    finally:
        desk.close()


# ---------------------------------------------------------------------------- dialogs


def semua_dialog(desk) -> list[tuple[str, QDialog]]:
    """Every dialog of the app, built on the demo office (Sekcam)."""
    from bawang_desk.core import beranda
    from bawang_desk.ui.beranda.daftar_dialog import DaftarDialog
    from bawang_desk.ui.cadangan.flashdisk_dialog import FlashdiskDialog
    from bawang_desk.ui.cadangan.pemeriksaan_awal import PemeriksaanAwalDialog
    from bawang_desk.ui.kepegawaian.pegawai_dialog import PegawaiDialog, RiwayatDialog, SkpDialog
    from bawang_desk.ui.kepegawaian.usulan_dialog import (
        BuatUsulanDialog,
        KirimBkdDialog,
        KoreksiDialog,
    )
    from bawang_desk.ui.kinerja.pelacakan_dialog import CentangDialog, MulaiDialog
    from bawang_desk.ui.layanan.periksa_dialog import PeriksaDialog
    from bawang_desk.ui.layanan.periode_dialog import PeriodeDialog
    from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
    from bawang_desk.ui.layanan.verifikasi_dialog import VerifikasiDialog
    from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
    from bawang_desk.ui.pengaturan.login import LoginDialog
    from bawang_desk.ui.penomoran.ambil_nomor_dialog import AmbilNomorDialog
    from bawang_desk.ui.serah_terima.kembali_dialog import KembaliDialog
    from bawang_desk.ui.skm.kertas_dialog import KertasDialog
    from bawang_desk.ui.skm.laporan_dialog import LaporanSKMDialog
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog
    from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog, DistribusiDialog
    from bawang_desk.ui.surat.keluar_dialog import SuratKeluarDialog
    from bawang_desk.ui.surat.kirim_dialog import EkspedisiDialog, KirimDialog
    from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog
    from bawang_desk.ui.surat.pilih_surat_masuk import PilihSuratMasukDialog
    from bawang_desk.ui.umum.alasan import AlasanDialog

    sm = desk.surat_masuk.get(desk.surat_masuk.daftar()[0].id)
    sk = desk.surat_keluar.get(desk.surat_keluar.daftar()[0].id)
    pg = desk.pegawai.daftar()[0]
    pid = desk.conn.execute(
        "SELECT id FROM permohonan WHERE status = 'diperiksa' OR status = 'baru' LIMIT 1"
    ).fetchone()
    run = desk.pelacakan.mulai("kinerja-pengumpulan", desk.sekarang())
    berkas = desk.serah_terima.di_dindukcapil(desk.sekarang().date())[:1]
    hasil: list[tuple[str, QDialog]] = [
        ("LoginDialog", LoginDialog(desk)),
        ("PengaturanDialog", PengaturanDialog(desk)),
        ("PemeriksaanAwalDialog", PemeriksaanAwalDialog()),
        ("FlashdiskDialog", FlashdiskDialog(desk)),
        ("VerifikasiDialog", VerifikasiDialog(desk)),
        ("AlasanDialog", AlasanDialog(None, "Batalkan", "Tulis alasannya:")),
        ("BuatUsulanDialog", BuatUsulanDialog(desk, "kp-reguler")),
        ("KoreksiDialog", KoreksiDialog()),
        ("KirimBkdDialog", KirimBkdDialog(desk)),
        ("PegawaiDialog", PegawaiDialog(desk)),
        ("DisposisiDialog", DisposisiDialog(desk, sm)),
        ("DistribusiDialog", DistribusiDialog(desk, sm)),
        ("CetakBukuDialog", CetakBukuDialog(desk)),
        ("SuratMasukDialog", SuratMasukDialog(desk)),
        ("SuratKeluarDialog", SuratKeluarDialog(desk)),
        ("SuratKeluarDialog luar", SuratKeluarDialog(desk, SuratKeluarDialog.LUAR)),
        ("KirimDialog", KirimDialog(desk, sk)),
        ("EkspedisiDialog", EkspedisiDialog(desk)),
        ("PilihSuratMasukDialog", PilihSuratMasukDialog(desk)),
        ("AmbilNomorDialog", AmbilNomorDialog(desk, desk.penomoran.registers())),
        ("KertasDialog", KertasDialog(desk)),
        ("LaporanSKMDialog", LaporanSKMDialog(desk)),
        ("MulaiDialog", MulaiDialog(desk)),
        ("CentangDialog", CentangDialog(desk, run, run.langkah[0])),
        ("PeriodeDialog", PeriodeDialog(desk, "Cetak register", ekspor=True)),
        ("KembaliDialog", KembaliDialog(desk, berkas)),
        ("DaftarDialog", DaftarDialog(beranda.Daftar("Daftar", ("Kolom",), []))),
    ]
    if pg is not None:
        hasil += [("SkpDialog", SkpDialog(desk, pg)), ("RiwayatDialog", RiwayatDialog(desk, pg))]
    if pid is not None:
        hasil.append(("PeriksaDialog", PeriksaDialog(desk, desk.layanan.get(pid[0]))))
    from bawang_desk.core.layanan import LAYANAN
    from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog
    from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

    pdf = desk.conn.execute(
        "SELECT id FROM permohonan WHERE status NOT IN ('batal', 'selesai') LIMIT 1"
    ).fetchone()
    if pdf is not None:
        hasil.append(("BlokTtdDialog", BlokTtdDialog(desk, desk.layanan.get(pdf[0]))))
    hasil.append(
        (
            "CatatPejabatDialog",
            CatatPejabatDialog(
                desk,
                "Catat penjabaran Sekcam dari Lembar Disposisi",
                area="surat_masuk",
                mode_boleh=("sekcam",),
                teks="<p>Surat</p>",
                simpan=lambda _an: None,
            ),
        )
    )
    for kode in LAYANAN:
        d = PermohonanDialog(desk)
        d.layananCombo.setCurrentIndex(d.layananCombo.findData(kode))
        hasil.append((f"PermohonanDialog {kode}", d))
    return hasil


def periksa_dialog(qtbot, nama: str, dlg: QDialog) -> str | None:
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    QApplication.processEvents()
    salah = muat(dlg)
    if salah:
        return salah
    # the window manager gives it at most the screen: so does this test
    hint = dlg.size()
    dlg.resize(min(hint.width(), LEBAR), min(hint.height(), TINGGI))
    QApplication.processEvents()
    baris = dlg.findChildren(QDialogButtonBox)
    luar = tombol_di_luar(dlg)
    if luar:
        return f"tombol di luar: {luar}"
    for bb in baris:
        if bb.isVisibleTo(dlg) and _di_gulir_atau_tabel(bb, dlg):
            return "baris tombol ikut tergulir"
    return None


def test_setiap_dialog_muat_di_1024x728(qtbot, demo_desk):
    masalah = {}
    for nama, dlg in semua_dialog(demo_desk):
        salah = periksa_dialog(qtbot, nama, dlg)
        if salah:
            masalah[nama] = salah
        dlg.close()
    assert masalah == {}


def test_permohonan_mengecil_lagi_saat_varian_pendek(qtbot, demo_desk):
    from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog

    dlg = PermohonanDialog(demo_desk)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    tinggi = {}
    for kode in ("legalisasi", "kk", "skck"):
        dlg.layananCombo.setCurrentIndex(dlg.layananCombo.findData(kode))
        QApplication.processEvents()
        tinggi[kode] = dlg.height()
        assert dlg.height() <= TINGGI, kode
    assert tinggi["skck"] < tinggi["kk"]


def test_pratinjau_muat_di_1024x728(qtbot, tmp_path):
    from reportlab.pdfgen.canvas import Canvas

    from bawang_desk.ui.umum.pratinjau import PratinjauDialog

    pdf = tmp_path / "a.pdf"
    c = Canvas(str(pdf))
    c.drawString(72, 720, "Halaman")
    c.save()
    dlg = PratinjauDialog(pdf, "Contoh dengan judul yang cukup panjang")
    assert periksa_dialog(qtbot, "PratinjauDialog", dlg) is None
    assert dlg.height() <= TINGGI and dlg.width() <= LEBAR


def test_jendela_utama_terbuka_maksimal_lalu_ingat_tempatnya(qtbot, demo_desk):
    """The first time maximized; then as the user left it (kept per PC, in QSettings, which
    the tests keep in their temporary home)."""
    from bawang_desk.ui.main_window import MainWindow

    MainWindow.pengaturan_jendela().remove("jendela")
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    w.tampilkan()
    qtbot.waitExposed(w)
    assert w.isMaximized()
    w.showNormal()
    w.setGeometry(40, 30, 700, 500)
    QApplication.processEvents()
    w.close()
    lagi = MainWindow(demo_desk)
    qtbot.addWidget(lagi)
    lagi.tampilkan()
    qtbot.waitExposed(lagi)
    assert not lagi.isMaximized()
    assert (lagi.width(), lagi.height()) == (700, 500)
    lagi.close()


def test_tidak_ada_huruf_alt_yang_tampil_sebagai_ampersand(qtbot, demo_desk):
    """A label's "&" is an Alt letter only when the label has a buddy; without one the user
    reads "&MKG pada TMT pangkat" (seen under Xvfb)."""
    import re

    from PySide6.QtWidgets import QLabel

    from bawang_desk.ui.main_window import MainWindow

    wadah = list(semua_dialog(demo_desk))
    w = MainWindow(demo_desk)
    qtbot.addWidget(w)
    wadah += [(nama, w.tampilkan_tab(nama)) for nama, _j, _s in TABS]
    salah = sorted(
        {
            f"{nama}: {lb.text()}"
            for nama, x in wadah
            for lb in x.findChildren(QLabel)
            if re.search(r"&[^&\s]", lb.text().replace("&&", ""))
            and lb.buddy() is None
            and "<" not in lb.text()
        }
    )
    for _n, x in wadah:
        x.close()
    assert salah == []


def test_catat_tanda_tangan_dengan_surat_muat_di_1024x728(qtbot, demo_desk, tmp_path, monkeypatch):
    """ "Sudah ditandatangani" shows the letter above the official and the time: it opened 760
    px tall, and on a 1024x768 screen its Simpan tanda tangan row went under the screen's edge."""
    from reportlab.pdfgen.canvas import Canvas

    from bawang_desk.ui.umum import tata
    from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

    # the office's screen, whatever the screen of the machine running the tests
    monkeypatch.setattr(tata, "ruang_layar", lambda _w: QRect(0, 0, 1024, 768))
    pdf = tmp_path / "surat.pdf"
    c = Canvas(str(pdf))
    c.drawString(72, 720, "Surat")
    c.save()
    dlg = CatatPejabatDialog(
        demo_desk,
        "Sudah ditandatangani",
        area="surat_keluar",
        mode_boleh=("camat", "an", "plh"),
        pdf=pdf,
        keterangan="Surat Nomor 100.2.2.5/011/2026: siapa yang menandatangani dan jam berapa.",
        simpan=lambda _an: None,
    )
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    assert muat(dlg) is None
    assert dlg.height() <= TINGGI and dlg.width() <= LEBAR
