"""Every dialog the app can open, on a demo office: no English word on a button or label, and
no Alt letter owned twice.

Qt brings its own texts (standard buttons, input and message boxes, the file, print and page
set-up dialogs, the calendar) in English; the app ships ``resources/terjemahan/qt_id.qm`` and
the Indonesian locale (``ui.app.pasang_bahasa``). A new dialog class must be added to
``PEMBUAT`` below: ``test_setiap_kelas_dialog_dijalani`` fails until it is.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabBar,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

import bawang_desk.ui
from bawang_desk.core.demo import SANDI_DEMO, buat_demo
from bawang_desk.core.desk import Desk
from bawang_desk.core.sumber import resources_dir

#: Words that are English on a button or a label (after "&" is removed). "No." is the
#: Indonesian abbreviation of "nomor", so "No" counts only without its full stop.
INGGRIS = frozenset(
    [
        "OK",
        "Cancel",
        "Save",
        "Close",
        "Yes",
        "No",
        "Apply",
        "Open",
        "Print",
        "Discard",
        "Help",
        "Reset",
        "Retry",
        "Ignore",
        "Abort",
        "Browse",
        "Back",
        "Next",
        "Finish",
        "Delete",
        "Remove",
        "Rename",
        "Choose",
        "Select",
        "All",
        "Details",
        "Show",
        "Hide",
        "Look",
        "File",
        "Files",
        "Directory",
        "Name",
        "Type",
        "Size",
        "Date",
        "Modified",
        "Properties",
        "Printer",
        "Options",
        "Copies",
        "Pages",
        "Page",
        "Portrait",
        "Landscape",
        "Paper",
        "Orientation",
        "Margins",
        "Width",
        "Height",
        "Location",
        "Output",
        "Collate",
        "Reverse",
        "Color",
        "Grayscale",
        "Preview",
        "January",
        "February",
        "March",
        "May",
        "June",
        "July",
        "August",
        "October",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Mon",
        "Tue",
        "Wed",
        "Thu",
        "Fri",
        "Sat",
        "Sun",
    ]
)


def kata_inggris(teks: str) -> list[str]:
    bersih = re.sub(r"\bNo\.", "", teks.replace("&&", "").replace("&", ""))
    bersih = re.sub(r"<[^>]+>", " ", bersih)  # rich text labels
    return [k for k in re.findall(r"[A-Za-z]+", bersih) if k in INGGRIS]


def huruf_alt(teks: str) -> str | None:
    m = re.search(r"&([^&])", teks.replace("&&", ""))
    return m.group(1).lower() if m else None


def _teks_terlihat(w: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of everything the user reads in ``w`` right now."""
    hasil = [("judul", w.windowTitle())]
    for b in w.findChildren(QAbstractButton):
        if b.isVisible():
            hasil.append(("tombol", b.text()))
    for lb in w.findChildren(QLabel):
        if lb.isVisible():
            hasil.append(("label", lb.text()))
    for g in w.findChildren(QGroupBox):
        if g.isVisible():
            hasil.append(("grup", g.title()))
    for tb in w.findChildren(QTabBar):
        if tb.isVisible():
            hasil += [("tab", tb.tabText(i)) for i in range(tb.count())]
    for e in w.findChildren(QLineEdit):
        if e.isVisible() and e.placeholderText():
            hasil.append(("petunjuk", e.placeholderText()))
    return hasil


def _alt_ganda(w: QWidget) -> dict[str, list[str]]:
    """Alt letters owned by more than one visible button, label, group box or tab."""
    milik: dict[str | None, list[str]] = defaultdict(list)
    for jenis, teks in _teks_terlihat(w):
        if jenis in ("tombol", "label", "grup", "tab"):
            milik[huruf_alt(teks)].append(teks)
    milik.pop(None, None)
    return {h: v for h, v in milik.items() if len(v) > 1}


def periksa_dialog(w: QWidget) -> tuple[list[str], dict[str, dict[str, list[str]]]]:
    """English texts and Alt clashes of ``w``, on each page of each of its tab widgets."""
    inggris: list[str] = []
    ganda: dict[str, dict[str, list[str]]] = {}

    def satu(tempat: str) -> None:
        QApplication.processEvents()
        for jenis, teks in _teks_terlihat(w):
            if kata_inggris(teks):
                inggris.append(f"{tempat}: {jenis} {teks!r}")
        g = _alt_ganda(w)
        if g:
            ganda[tempat] = g

    satu("awal")
    for tw in w.findChildren(QTabWidget):
        if not tw.isVisible():
            continue
        for i in range(tw.count()):
            if tw.isTabEnabled(i) and tw.isTabVisible(i):
                tw.setCurrentIndex(i)
                satu(f"tab {tw.tabText(i)}")
    return inggris, ganda


# --- the demo office -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("bahasa") / "demo.sqlite"
    buat_demo(path, hari_ini=date(2026, 11, 24))
    return path


@pytest.fixture
def demo(demo_path):
    d = Desk.open(demo_path, kunci=False, jam=lambda: datetime(2026, 11, 24, 9, 0))
    yield d
    d.close()


def _pdf(tmp: Path) -> Path:
    from reportlab.pdfgen.canvas import Canvas

    p = tmp / "contoh.pdf"
    c = Canvas(str(p))
    c.drawString(72, 720, "Contoh")
    c.save()
    return p


def _permohonan(desk: Desk):
    return desk.layanan.get(desk.layanan.cari(batas=1)[0].id)


def _surat_masuk(desk: Desk):
    return desk.surat_masuk.get(desk.surat_masuk.daftar(batas=1)[0].id)


def _surat_keluar(desk: Desk):
    return desk.surat_keluar.get(desk.surat_keluar.daftar(batas=1)[0].id)


def _ekspedisi(desk: Desk):
    return desk.surat_keluar.ekspedisi(date(2000, 1, 1), desk.sekarang().date())[0]


def _pegawai(desk: Desk):
    return desk.pegawai.get(desk.pegawai.daftar()[0].id)


def _usulan(desk: Desk):
    """An usulan KGB for the first employee the buku penjagaan allows (the demo has none)."""
    from bawang_desk.core.errors import BawangError

    ada = desk.usulan_kp.daftar()
    if ada:
        return ada[0]
    for p in desk.pegawai.daftar():
        try:
            return desk.usulan_kp.buat("kgb", [p.id])
        except BawangError:
            continue
    raise AssertionError("tidak ada pegawai yang dapat diusulkan")


def _pelacakan(desk: Desk):
    from bawang_desk.core.pelacakan_sop import PelacakanSOP

    run: PelacakanSOP = next(
        (r for r in desk.pelacakan.daftar() if r.langkah_berikut is not None), None
    ) or desk.pelacakan.mulai("kinerja-pengukuran", desk.sekarang(), judul="Contoh")
    assert run.langkah_berikut is not None
    return run, run.langkah_berikut


def _berkas(desk: Desk):
    from bawang_desk.core.serah_terima import Berkas

    b = desk.serah_terima.di_dindukcapil(desk.sekarang().date()) or desk.serah_terima.siap_dikirim()
    assert b and isinstance(b[0], Berkas)
    return b[:1]


def _impor_ditolak():
    from bawang_desk.core.impor_pegawai import ImporDitolak, KesalahanBaris

    return ImporDitolak([KesalahanBaris(2, "NIP", "NIP harus 18 angka.")])


def _tiket(desk: Desk):
    from bawang_desk.core.skm import TiketSurvei

    return TiketSurvei("contoh", "ktp", "KTP-el", "2026-11")


def _cadangan(tmp: Path):
    from bawang_desk.core.cadangan import Cadangan

    return [Cadangan(tmp / "x.sqlite", datetime(2026, 11, 23, 16, 0), 1_234_567, "0" * 64, True)]


def _daftar(desk: Desk):
    from bawang_desk.core import beranda

    return beranda.daftar(desk, "antrian")


Pembuat = Callable[[Desk, Path], QDialog]


def _pembuat() -> dict[str, tuple[str, Pembuat]]:
    """Class name -> (role that opens it, how the app opens it)."""
    from bawang_desk.ui.beranda.daftar_dialog import DaftarDialog
    from bawang_desk.ui.cadangan.flashdisk_dialog import FlashdiskDialog, TujuanFlashdiskDialog
    from bawang_desk.ui.cadangan.pemeriksaan_awal import PemeriksaanAwalDialog
    from bawang_desk.ui.cadangan.pulih import PilihCadanganDialog
    from bawang_desk.ui.kepegawaian.impor_dialog import ImporDitolakDialog
    from bawang_desk.ui.kepegawaian.pegawai_dialog import PegawaiDialog, RiwayatDialog, SkpDialog
    from bawang_desk.ui.kepegawaian.usulan_dialog import (
        BuatUsulanDialog,
        HasilDialog,
        KirimBkdDialog,
        KoreksiDialog,
    )
    from bawang_desk.ui.kinerja.pelacakan_dialog import CentangDialog, MulaiDialog
    from bawang_desk.ui.layanan.periksa_dialog import PeriksaDialog
    from bawang_desk.ui.layanan.periode_dialog import PeriodeDialog
    from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
    from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog
    from bawang_desk.ui.layanan.verifikasi_dialog import VerifikasiDialog
    from bawang_desk.ui.pengaturan.awal import PengaturanAwalDialog
    from bawang_desk.ui.pengaturan.dialog import PengaturanDialog
    from bawang_desk.ui.pengaturan.login import LoginDialog
    from bawang_desk.ui.pengaturan.penomoran_page import RegisterDialog
    from bawang_desk.ui.penomoran.ambil_nomor_dialog import AmbilNomorDialog
    from bawang_desk.ui.serah_terima.kembali_dialog import KembaliDialog
    from bawang_desk.ui.skm.kertas_dialog import KertasDialog
    from bawang_desk.ui.skm.laporan_dialog import LaporanSKMDialog
    from bawang_desk.ui.skm.survei_window import SurveiWindow
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog
    from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog, DistribusiDialog
    from bawang_desk.ui.surat.keluar_dialog import SuratKeluarDialog
    from bawang_desk.ui.surat.kirim_dialog import EkspedisiDialog, KirimDialog, TandaTerimaDialog
    from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog
    from bawang_desk.ui.surat.pilih_surat_masuk import PilihSuratMasukDialog
    from bawang_desk.ui.umum.alasan import AlasanDialog
    from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
    from bawang_desk.ui.umum.pratinjau import PratinjauDialog

    def reg(d: Desk):
        return [r for r in d.penomoran.registers() if r.jenis != "surat_masuk"]

    return {
        "LoginDialog": ("", lambda d, t: LoginDialog(d)),
        "PengaturanDialog": ("admin", lambda d, t: PengaturanDialog(d)),
        "RegisterDialog": ("admin", lambda d, t: RegisterDialog(d, reg(d)[0])),
        "PengaturanAwalDialog": ("", lambda d, t: PengaturanAwalDialog(d)),
        "PemeriksaanAwalDialog": ("", lambda d, t: PemeriksaanAwalDialog()),
        "FlashdiskDialog": ("sekcam", lambda d, t: FlashdiskDialog(d)),
        "TujuanFlashdiskDialog": (
            "operator",
            lambda d, t: TujuanFlashdiskDialog("Kirim ke flashdisk", "Penjelasan.", "&Tulis"),
        ),
        "PilihCadanganDialog": ("admin", lambda d, t: PilihCadanganDialog(_cadangan(t))),
        "PeriodeDialog": ("operator", lambda d, t: PeriodeDialog(d, "Cetak register", ekspor=True)),
        "PermohonanDialog": ("operator", lambda d, t: PermohonanDialog(d)),
        "VerifikasiDialog": ("operator", lambda d, t: VerifikasiDialog(d)),
        "PeriksaDialog": ("operator", lambda d, t: PeriksaDialog(d, _permohonan(d))),
        "AlasanDialog": ("operator", lambda d, t: AlasanDialog(None, "Batalkan", "Alasan?")),
        "PratinjauDialog": ("operator", lambda d, t: PratinjauDialog(_pdf(t), "Pratinjau")),
        "ImporDitolakDialog": (
            "kasubbag",
            lambda d, t: ImporDitolakDialog(_impor_ditolak(), "pegawai.xlsx"),
        ),
        "BuatUsulanDialog": ("kasubbag", lambda d, t: BuatUsulanDialog(d)),
        "KoreksiDialog": ("kasubbag", lambda d, t: KoreksiDialog()),
        "KirimBkdDialog": ("kasubbag", lambda d, t: KirimBkdDialog(d)),
        "HasilDialog": ("kasubbag", lambda d, t: HasilDialog(d, _usulan(d))),
        "PegawaiDialog": ("kasubbag", lambda d, t: PegawaiDialog(d, _pegawai(d))),
        "SkpDialog": ("kasubbag", lambda d, t: SkpDialog(d, _pegawai(d))),
        "RiwayatDialog": ("kasubbag", lambda d, t: RiwayatDialog(d, _pegawai(d))),
        "DisposisiDialog": ("camat", lambda d, t: DisposisiDialog(d, _surat_masuk(d))),
        "DistribusiDialog": ("sekcam", lambda d, t: DistribusiDialog(d, _surat_masuk(d))),
        "CetakBukuDialog": ("pengadministrasi", lambda d, t: CetakBukuDialog(d)),
        "SuratMasukDialog": ("pengadministrasi", lambda d, t: SuratMasukDialog(d)),
        "SuratKeluarDialog": ("pengadministrasi", lambda d, t: SuratKeluarDialog(d)),
        "KirimDialog": ("pengadministrasi", lambda d, t: KirimDialog(d, _surat_keluar(d))),
        "EkspedisiDialog": ("pengadministrasi", lambda d, t: EkspedisiDialog(d)),
        "TandaTerimaDialog": (
            "pengadministrasi",
            lambda d, t: TandaTerimaDialog(d, _ekspedisi(d)),
        ),
        "PilihSuratMasukDialog": ("pengadministrasi", lambda d, t: PilihSuratMasukDialog(d)),
        "AmbilNomorDialog": ("operator", lambda d, t: AmbilNomorDialog(d, reg(d))),
        "SurveiWindow": ("operator", lambda d, t: SurveiWindow(d, _tiket(d))),
        "KertasDialog": ("operator", lambda d, t: KertasDialog(d)),
        "LaporanSKMDialog": ("sekcam", lambda d, t: LaporanSKMDialog(d)),
        "MulaiDialog": ("sekcam", lambda d, t: MulaiDialog(d)),
        "CentangDialog": ("sekcam", lambda d, t: CentangDialog(d, *_pelacakan(d))),
        "DaftarDialog": ("operator", lambda d, t: DaftarDialog(_daftar(d))),
        "KembaliDialog": ("operator", lambda d, t: KembaliDialog(d, _berkas(d))),
        "BlokTtdDialog": ("operator", lambda d, t: BlokTtdDialog(d, _permohonan(d))),
        "CatatPejabatDialog": (
            "operator",
            lambda d, t: CatatPejabatDialog(
                d,
                "Sudah ditandatangani",
                area="layanan",
                mode_boleh=("camat", "an", "plh"),
                simpan=lambda a: None,
                pdf=_pdf(t),
            ),
        ),
    }


PEMBUAT = _pembuat()


def _kelas_dialog() -> set[str]:
    """Every QDialog subclass the app defines (the generated ``ui.forms`` excepted)."""
    for m in pkgutil.walk_packages(bawang_desk.ui.__path__, "bawang_desk.ui."):
        if ".forms." not in m.name:
            importlib.import_module(m.name)
    kelas: set[str] = set()
    sisa = list(QDialog.__subclasses__())
    while sisa:
        k = sisa.pop()
        sisa += k.__subclasses__()
        if k.__module__.startswith("bawang_desk.ui.") and ".forms." not in k.__module__:
            kelas.add(k.__name__)
    return kelas


def test_setiap_kelas_dialog_dijalani():
    assert _kelas_dialog() - set(PEMBUAT) == set()


def jebakan_keyboard(dlg: QDialog) -> list[str]:
    """Multi-line boxes that keep Tab, and a dialog with an accept button but no Ctrl+Enter."""
    from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

    from bawang_desk.ui.umum.dasar import PROPERTI_CTRL_ENTER

    hasil = [
        f"Tab tertahan di {e.objectName() or type(e).__name__}"
        for e in dlg.findChildren(QPlainTextEdit) + dlg.findChildren(QTextEdit)
        if e.isVisible() and not e.isReadOnly() and not e.tabChangesFocus()
    ]
    terima = [
        b
        for box in dlg.findChildren(QDialogButtonBox)
        for b in box.buttons()
        if box.buttonRole(b)
        in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
    ]
    if terima and not dlg.property(PROPERTI_CTRL_ENTER):
        hasil.append("tanpa Ctrl+Enter")
    return hasil


@pytest.mark.parametrize("nama", sorted(PEMBUAT))
def test_dialog_berbahasa_indonesia_dan_huruf_alt_unik(qtbot, demo, tmp_path, nama):
    peran, buat = PEMBUAT[nama]
    if peran:
        demo.masuk(peran, SANDI_DEMO)
    dlg = buat(demo, tmp_path)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    inggris, ganda = periksa_dialog(dlg)
    dipakai = sorted({huruf_alt(t) for _j, t in _teks_terlihat(dlg)} - {None})
    jebakan = jebakan_keyboard(dlg)
    dlg.close()
    assert inggris == []
    assert jebakan == []
    assert ganda == {}, f"dipakai {dipakai}\n" + "\n".join(f"{k}: {v}" for k, v in ganda.items())


# --- Qt's own dialogs ---------------------------------------------------------------------


def _buka_tutup(qtbot, w: QWidget) -> tuple[list[str], dict]:
    qtbot.addWidget(w)
    w.show()
    inggris, ganda = periksa_dialog(w)
    w.close()
    return inggris, ganda


def test_kotak_pesan_dan_isian_qt_berbahasa_indonesia(qtbot):
    semua = QMessageBox.StandardButton(0)
    for b in [
        "Ok",
        "Save",
        "SaveAll",
        "Open",
        "Yes",
        "YesToAll",
        "No",
        "NoToAll",
        "Abort",
        "Retry",
        "Ignore",
        "Close",
        "Cancel",
        "Discard",
        "Help",
        "Apply",
        "Reset",
        "RestoreDefaults",
    ]:
        semua |= getattr(QMessageBox.StandardButton, b)
    box = QMessageBox(QMessageBox.Icon.Question, "Pertanyaan", "Lanjutkan?", semua)
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    teks = [b.text() for b in box.buttons()]
    assert [t for t in teks if kata_inggris(t)] == [], teks
    assert {"&Oke", "&Simpan", "&Batal", "&Tutup", "&Ya", "&Tidak"} <= set(teks)

    bb = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Apply
    )
    qtbot.addWidget(bb)
    assert [b.text() for b in bb.buttons() if kata_inggris(b.text())] == []

    for mode in ("teks", "pilihan", "paragraf"):
        d = QInputDialog()
        d.setWindowTitle("Isian")
        d.setLabelText("Nama:")
        if mode == "pilihan":
            d.setComboBoxItems(["satu", "dua"])
        if mode == "paragraf":
            d.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        assert _buka_tutup(qtbot, d) == ([], {})


def test_dialog_berkas_dan_cetak_qt_berbahasa_indonesia(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    fd = QFileDialog(None, "Simpan register", str(tmp_path), "PDF (*.pdf)")
    fd.setOption(QFileDialog.Option.DontUseNativeDialog)
    fd.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    assert _buka_tutup(qtbot, fd) == ([], {})
    fd = QFileDialog(None, "Pilih berkas", str(tmp_path))
    fd.setOption(QFileDialog.Option.DontUseNativeDialog)
    assert _buka_tutup(qtbot, fd)[0] == []

    printer = QPrinter()
    pd = QPrintDialog(printer)
    inggris, ganda = _buka_tutup(qtbot, pd)
    assert inggris == []
    assert ganda == {}
    # Qt's page set-up widget (the print dialog's "Sifat" and QPageSetupDialog, which needs a
    # real printer to open): its texts come from the same translation
    for asli in ("Paper", "Orientation", "Margins", "Portrait", "Landscape", "Page size:"):
        arti = QCoreApplication.translate("QPageSetupWidget", asli)
        assert arti != asli and kata_inggris(arti) == []


def test_kalender_tanggal_dan_angka_indonesia(qtbot):
    lokal = QLocale()
    assert lokal.language() == QLocale.Language.Indonesian
    assert lokal.toString(1234567) == "1.234.567"
    assert lokal.toString(QDate(2026, 1, 5), "dddd, d MMMM yyyy") == "Senin, 5 Januari 2026"
    kal = QCalendarWidget()
    kal.setSelectedDate(QDate(2026, 12, 7))
    qtbot.addWidget(kal)
    kal.show()
    tombol = [t.text() for t in kal.findChildren(QToolButton) if t.text()]
    assert "Desember" in tombol
    model = kal.findChild(QTableView).model()
    hari = [model.data(model.index(0, i)) for i in range(model.columnCount())]
    assert "Sen" in hari and "Mon" not in hari


def test_berkas_qm_sesuai_sumber_ts():
    """The shipped .qm answers every text of the .ts source: it was compiled after the last
    edit (``tools/terjemahan_qt.py``)."""
    folder = resources_dir() / "terjemahan"
    t = QTranslator()
    assert t.load(str(folder / "qt_id.qm"))
    beda = []
    for ctx in ET.parse(folder / "qt_id.ts").getroot().iter("context"):
        nama = ctx.findtext("name")
        for m in ctx.iter("message"):
            asli, arti = m.findtext("source"), m.findtext("translation")
            if t.translate(nama, asli) != arti:
                beda.append((nama, asli))
    assert beda == []
    # and the application has it installed
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "&Batal"


def test_batal_atas_nama_tanpa_huruf_alt_ganda(qtbot, demo):
    """The Operator records a numbered cancellation decided by the Sekcam or Camat: its
    "Batalkan permohonan" button must not share B with "Batal" (issue 12, found by the walk)."""
    from bawang_desk.ui.layanan.tab import LayananTab
    from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
    from tests.helpers import saat_dialog_muncul

    demo.masuk("operator", SANDI_DEMO)
    baris = next(b for b in demo.layanan.cari(batas=200) if b.nomor and b.status not in ("batal",))
    tab = LayananTab(demo)
    qtbot.addWidget(tab)
    dilihat: list = []

    def lihat(dlg: CatatPejabatDialog) -> None:
        dilihat.append(periksa_dialog(dlg))
        dlg.reject()

    h = saat_dialog_muncul(CatatPejabatDialog, lihat)
    tab._batal_atas_nama(demo.layanan.get(baris.id))
    assert h and dilihat and dilihat[0] == ([], {})
