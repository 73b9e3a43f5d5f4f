"""Columns from their content, the name column taking the spare width, widths kept; whole titles.

(Issue 11: the queue's Nama was ~40 px, "Kus...", while Varian was wide; Nomor surat in Surat
Masuk, Layanan/Keterangan in Serah Terima ("15 hari di ..."), Jabatan in Pegawai were cut; the
titles "Kirim k...shdisk" and "Koreksi surat da... iran".)
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableView

from bawang_desk.ui.umum.kolom import LEBAR_MAKS, PengaturKolom
from bawang_desk.ui.umum.tata import lebar_judul
from tests.helpers import saat_dialog_muncul
from tests.ui.jendela.conftest import buka_jendela


def pengatur(t: QTableView) -> PengaturKolom:
    return next(c for c in t.children() if isinstance(c, PengaturKolom))


def kolom(t: QTableView, judul: str) -> int:
    m = t.model()
    return next(c for c in range(m.columnCount()) if m.headerData(c, _H) == judul)


from PySide6.QtCore import Qt  # noqa: E402

_H = Qt.Orientation.Horizontal


def tidak_terpotong(t: QTableView, judul: str) -> tuple[int, int]:
    c = kolom(t, judul)
    return t.horizontalHeader().sectionSize(c), min(pengatur(t).lebar_isi(c), LEBAR_MAKS)


def test_kolom_penting_tidak_terpotong_di_1024(qtbot, jendela):
    assert jendela.width() == 1024
    periksa = []
    lay = jendela.tampilkan_tab("layananTab")
    periksa += [(lay.table, "Nama")]
    periksa += [(lay.table, "NIK")]
    sm = jendela.tampilkan_tab("suratMasukTab")
    periksa += [(sm.table, "Nomor surat")]
    # the register the Sekcam reads: a cut NIK or register number cannot be read back
    reg = jendela.tampilkan_tab("registerLayananTab")
    periksa += [(reg.table, "NIK"), (reg.table, "Nomor register")]
    st = jendela.tampilkan_tab("serahTerimaTab")
    periksa += [(st.dindukcapilTable, "Keterangan"), (st.dindukcapilTable, "NIK")]
    periksa += [(st.siapTable, "Nama"), (st.siapTable, "NIK")]
    kp = jendela.tampilkan_tab("kepegawaianTab")
    pg = kp.tampilkan(kp.pegawaiPage)
    periksa += [(pg.table, "Jabatan"), (pg.table, "Nama")]
    QApplication.processEvents()
    qtbot.wait(20)
    terpotong = {}
    for t, judul in periksa:
        assert t.model().rowCount() > 0, t.objectName()
        lebar, perlu = tidak_terpotong(t, judul)
        if lebar < perlu:
            terpotong[f"{t.objectName()}:{judul}"] = (lebar, perlu)
    assert terpotong == {}


def test_lebar_kolom_diingat(qtbot, demo_desk):
    w = buka_jendela(qtbot, demo_desk)
    t = w.tampilkan_tab("suratMasukTab").table
    c = kolom(t, "Pengirim")
    t.horizontalHeader().resizeSection(c, 211)  # as a drag of the header's edge does
    w.close()
    lagi = buka_jendela(qtbot, demo_desk)
    t2 = lagi.tampilkan_tab("suratMasukTab").table
    QApplication.processEvents()
    assert t2.horizontalHeader().sectionSize(c) == 211
    lagi.close()


def test_judul_dialog_tidak_terpotong(qtbot, jendela):
    from bawang_desk.ui.kepegawaian.usulan_dialog import KoreksiDialog

    st = jendela.tampilkan_tab("serahTerimaTab")
    lebar = []

    from bawang_desk.ui.cadangan.flashdisk_dialog import TujuanFlashdiskDialog

    def lihat(dlg: TujuanFlashdiskDialog) -> None:
        QApplication.processEvents()
        lebar.append((dlg.windowTitle(), dlg.width(), lebar_judul(dlg)))
        dlg.reject()

    saat_dialog_muncul(TujuanFlashdiskDialog, lihat)
    assert st.pilih_folder() is None
    judul, w, perlu = lebar[0]
    assert judul == "Kirim ke flashdisk" and w >= perlu
    k = KoreksiDialog(jendela)
    qtbot.addWidget(k)
    k.show()
    QApplication.processEvents()
    assert k.width() >= lebar_judul(k)
    k.close()


def test_jabatan_pegawai_terlihat_tanpa_gulir_di_1024(qtbot, jendela):
    """The Kasubbag reads who holds which post: at 1024 px the roster's Jabatan was past the
    right edge (ten columns), reached only by scrolling sideways. Now it is in view, whole."""
    kp = jendela.tampilkan_tab("kepegawaianTab")
    t = kp.tampilkan(kp.pegawaiPage).table
    QApplication.processEvents()
    qtbot.wait(20)
    hh = t.horizontalHeader()
    assert t.horizontalScrollBar().value() == 0
    for judul in ("NIP", "Nama", "Jabatan", "Pangkat/Gol."):  # "Penata Tk I (III..." hid III/d
        c = kolom(t, judul)
        kanan = hh.sectionViewportPosition(c) + hh.sectionSize(c)
        assert hh.sectionViewportPosition(c) >= 0 and kanan <= t.viewport().width(), judul
        lebar, perlu = tidak_terpotong(t, judul)
        assert lebar >= perlu, judul


def test_catatan_riwayat_surat_keluar_terbaca_di_1024(qtbot, jendela):
    """The history of a letter says who signed, in whose name, recorded by whom: at 1024 px its
    Catatan column was squeezed to a few pixels (one word a line) beside a wide Status."""
    from bawang_desk.ui.surat.keluar_model import RiwayatModel

    sk = jendela.tampilkan_tab("suratKeluarTab")
    sid = sk.desk.conn.execute(
        "SELECT surat_id FROM surat_keluar_langkah GROUP BY surat_id "
        "ORDER BY MAX(length(catatan)) DESC, COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    assert sk.pilih_surat(sid)
    QApplication.processEvents()
    qtbot.wait(20)
    t = sk.riwayatTable
    assert t.model().rowCount() >= 3
    hh = t.horizontalHeader()
    lebar = {c: hh.sectionSize(c) for c in range(hh.count())}
    catatan = lebar.pop(RiwayatModel.COL_CATATAN)
    assert catatan >= max(lebar.values()), (catatan, lebar)
    assert sum(hh.sectionSize(c) for c in range(hh.count())) <= t.viewport().width() + 1
