"""Every print button of the app pressed as the Sekcam on the demo office: the job runs in a
worker, the preview opens on the GUI thread with its page rendered, Cetak sends every page to a
PDF printer at the document's own paper size, Buka folder opens the file's folder and Tutup
closes the preview. (Issue 11: the previews of the registers came up blank and dead, because
the job's callback built them in the worker thread; the suite did not notice.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from bawang_desk.ui.layanan.periode_dialog import PeriodeDialog
from bawang_desk.ui.umum import pratinjau
from bawang_desk.ui.umum.pratinjau import PratinjauDialog
from tests.helpers import saat_dialog_muncul


@pytest.fixture
def printer_pdf(monkeypatch, tmp_path):
    """The print dialog answered as a user who picks "Print to file (PDF)" would."""
    keluaran: list[Path] = []

    class PrintDialogPdf:
        def __init__(self, printer: QPrinter, parent=None) -> None:
            self.printer = printer

        def setWindowTitle(self, _t: str) -> None:
            pass

        def setMinMax(self, _a: int, _b: int) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            out = tmp_path / f"cetak-{len(keluaran) + 1}.pdf"
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            keluaran.append(out)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(pratinjau, "QPrintDialog", PrintDialogPdf)
    return keluaran


@pytest.fixture
def url_dibuka(monkeypatch):
    urls: list[QUrl] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", staticmethod(lambda u: urls.append(QUrl(u)) or True)
    )
    return urls


def klik(qtbot, tombol) -> None:
    assert tombol.isEnabled() and tombol.isVisible(), tombol.objectName()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def piksel_gelap(img: QImage) -> int:
    """How many pixels are nearly black (text, lines): a blank or grey page has none."""
    g = img.convertToFormat(QImage.Format.Format_Grayscale8)
    baris = g.bytesPerLine()
    data = bytes(g.constBits())
    return sum(
        1
        for y in range(0, g.height(), 2)
        for b in data[y * baris : y * baris + g.width()]
        if b < 80
    )


def periksa_pratinjau(qtbot, dlg: PratinjauDialog, keluaran: list[Path], urls: list[QUrl]):
    """The preview as the user meets it: shown, page drawn, Cetak, Buka folder, Tutup."""
    assert isinstance(dlg, PratinjauDialog)
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    assert dlg.thread() is dlg.window().thread()  # built on the GUI thread
    qtbot.waitUntil(lambda: dlg.doc.status() == QPdfDocument.Status.Ready, timeout=5000)
    n = dlg.doc.pageCount()
    assert n > 0
    # the page the user sees, as the view paints it (it renders pages in the background)
    qtbot.waitUntil(
        lambda: piksel_gelap(dlg.view.viewport().grab().toImage()) > 200, timeout=10_000
    )
    halaman = dlg.doc.render(0, QSize(420, 600))
    assert piksel_gelap(halaman) > 200
    # Cetak: the print dialog, then every page to the printer at the document's paper
    klik(qtbot, dlg.cetakButton)
    out = keluaran[-1]
    assert out.exists()
    asli, cetak = PdfReader(str(dlg.path)), PdfReader(str(out))
    assert len(cetak.pages) == n == len(asli.pages)
    for a, c in zip(asli.pages, cetak.pages, strict=True):
        assert abs(float(a.mediabox.width) - float(c.mediabox.width)) < 1.5
        assert abs(float(a.mediabox.height) - float(c.mediabox.height)) < 1.5
    assert f"{n} halaman dikirim ke berkas PDF" in dlg.infoLabel.text()
    # Buka folder: the file's folder in the file manager
    klik(qtbot, dlg.folderButton)
    assert urls and Path(urls[-1].toLocalFile()) == dlg.path.parent
    # Tutup closes it
    klik(qtbot, dlg.tutupButton)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dlg) or not dlg.isVisible(), timeout=5000)


def tekan_ok(dlg: QDialog) -> None:
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_register_layanan_cetak_harian_dan_register(qtbot, jendela, printer_pdf, url_dibuka):
    tab = jendela.tampilkan_tab("registerLayananTab")
    saat_dialog_muncul(PeriodeDialog, tekan_ok)
    klik(qtbot, tab.harianButton)
    qtbot.waitUntil(lambda: tab.hasil is not None, timeout=20_000)
    assert "harian" in tab._pratinjau.windowTitle().lower()
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)

    tab.hasil = None
    tab.layananCombo.setCurrentIndex(tab.layananCombo.findData("kk"))
    saat_dialog_muncul(PeriodeDialog, tekan_ok)
    klik(qtbot, tab.cetakButton)
    qtbot.waitUntil(lambda: tab.hasil is not None, timeout=20_000)
    assert "Kartu Keluarga" in tab._pratinjau.windowTitle()
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)


@pytest.mark.parametrize("halaman", ["kpPage", "kgbPage", "registerPage"])
def test_kepegawaian_cetak_buku_dan_register(qtbot, jendela, printer_pdf, url_dibuka, halaman):
    tab = jendela.tampilkan_tab("kepegawaianTab")
    page = tab.tampilkan(getattr(tab, halaman))
    page.hasil = None
    klik(qtbot, page.cetakButton)
    qtbot.waitUntil(lambda: page.hasil is not None, timeout=20_000)
    periksa_pratinjau(qtbot, page.pratinjau, printer_pdf, url_dibuka)


def test_kepegawaian_cetak_pengantar(qtbot, jendela, printer_pdf, url_dibuka):
    desk = jendela.desk
    ids = [j.pegawai.id for j in desk.pegawai.penjagaan_kgb()][:2]
    assert ids
    u = desk.usulan_kp.buat("kgb", ids)
    desk.usulan_kp.beritahu(u.id)
    for pid in ids:
        desk.usulan_kp.centang_semua(u.id, pid)
    desk.usulan_kp.periksa_berkas(u.id)
    desk.usulan_kp.buat_konsep(u.id)  # the pengantar is a letter: it exists from here on
    tab = jendela.tampilkan_tab("kepegawaianTab")
    page = tab.tampilkan(tab.usulanPage)
    page.muat(pilih=u.id)
    assert page.terpilih() is not None and page.terpilih().id == u.id
    page.hasil = None
    klik(qtbot, page.cetakButton)
    qtbot.waitUntil(lambda: page.hasil is not None, timeout=20_000)
    periksa_pratinjau(qtbot, page.pratinjau, printer_pdf, url_dibuka)


def test_cetak_buku_agenda(qtbot, jendela, printer_pdf, url_dibuka):
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog

    tab = jendela.tampilkan_tab("suratMasukTab")
    dilihat = []

    def isi(dlg: CetakBukuDialog) -> None:
        klik(qtbot, dlg.okButton)
        qtbot.waitUntil(lambda: dlg.hasil is not None, timeout=20_000)
        periksa_pratinjau(qtbot, dlg._pratinjau, printer_pdf, url_dibuka)
        dilihat.append(dlg.hasil)
        dlg.reject()

    saat_dialog_muncul(CetakBukuDialog, isi)
    klik(qtbot, tab.bukuButton)
    qtbot.waitUntil(lambda: bool(dilihat), timeout=20_000)


def test_impor_pegawai_dari_tombol(qtbot, jendela, tmp_path, monkeypatch):
    """The roster import: its result and the refusal dialog arrive on the GUI thread; Tutup."""
    from PySide6.QtWidgets import QFileDialog

    from bawang_desk.ui.kepegawaian.impor_dialog import ImporDitolakDialog

    berkas = tmp_path / "pegawai.csv"
    berkas.write_text("NIP,Nama,Golongan\n123,Tanpa Nama Lengkap,IX/z\n", encoding="utf-8")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(berkas), ""))
    )
    tab = jendela.tampilkan_tab("kepegawaianTab")
    page = tab.tampilkan(tab.pegawaiPage)
    klik(qtbot, page.imporButton)
    qtbot.waitUntil(lambda: page.hasil_impor is not None, timeout=20_000)
    dlg = page.dialog_impor
    assert isinstance(dlg, ImporDitolakDialog)
    qtbot.waitUntil(dlg.isVisible, timeout=5000)
    assert dlg.thread() is page.thread()
    assert dlg.model.rowCount() > 0
    assert page.imporButton.isEnabled()
    tutup = dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    klik(qtbot, tutup)
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=5000)
    assert "ditolak" in page.info.text()


def test_layanan_cetak_surat(qtbot, jendela, printer_pdf, url_dibuka):
    from bawang_desk.documents.cetak_layanan import jenis_surat

    desk = jendela.desk
    tab = jendela.tampilkan_tab("layananTab")
    ids = desk.conn.execute(
        "SELECT id FROM permohonan WHERE nomor_id IS NOT NULL "
        "AND tanggal_masuk = '2026-11-24' AND status != 'batal' ORDER BY id"
    ).fetchall()
    # one with a single letter, so no "which letter?" question comes first
    pid = next(i for (i,) in ids if len(jenis_surat(desk.layanan.get(i))) == 1)
    tab.pilih_permohonan(pid)
    assert tab.terpilih().id == pid
    klik(qtbot, tab.cetakButton)
    qtbot.waitUntil(lambda: getattr(tab, "_pratinjau", None) is not None, timeout=10_000)
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)


def test_surat_masuk_cetak_lembar_disposisi(qtbot, jendela, printer_pdf, url_dibuka):
    tab = jendela.tampilkan_tab("suratMasukTab")
    tab.table.selectRow(0)
    klik(qtbot, tab.lembarButton)
    qtbot.waitUntil(lambda: getattr(tab, "_pratinjau", None) is not None, timeout=10_000)
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)


def test_kinerja_dan_skm_cetak(qtbot, jendela, printer_pdf, url_dibuka):
    tab = jendela.tampilkan_tab("kinerjaTab")
    klik(qtbot, tab.hitungButton)
    qtbot.waitUntil(lambda: tab.laporan is not None and tab.cetakButton.isEnabled(), timeout=20_000)
    klik(qtbot, tab.cetakButton)
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)
    klik(qtbot, tab.skmButton)
    skm = tab._skm
    qtbot.waitUntil(lambda: skm.hasil is not None and skm.cetakButton.isEnabled(), timeout=20_000)
    klik(qtbot, skm.cetakButton)
    periksa_pratinjau(qtbot, skm._pratinjau, printer_pdf, url_dibuka)
    klik(qtbot, skm.posterButton)
    periksa_pratinjau(qtbot, skm._pratinjau, printer_pdf, url_dibuka)
    skm.close()


def test_serah_terima_cetak_berita_acara(qtbot, jendela, printer_pdf, url_dibuka):
    desk = jendela.desk
    batch = desk.serah_terima.buat([b.permohonan_id for b in desk.serah_terima.siap_dikirim()])
    tab = jendela.tampilkan_tab("serahTerimaTab")
    tab.muat(pilih=batch.id)
    QApplication.processEvents()
    klik(qtbot, tab.cetakButton)
    qtbot.waitUntil(lambda: getattr(tab, "_pratinjau", None) is not None, timeout=10_000)
    periksa_pratinjau(qtbot, tab._pratinjau, printer_pdf, url_dibuka)
