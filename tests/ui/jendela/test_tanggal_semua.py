"""Every date field of the app is the one date field, and takes dates the way the office types them.

In every dialog and every tab that has a date: "28112026", "28-11-2026", "28/11/2026" and
"2-1-2026" are read (or, outside the field's range, refused with the range named); "31-02-2026"
is refused at the field with a sentence; an optional date can be emptied. (Issue 11: typing
28112026 into Tanggal surat gave "-8112026" and silently fell back to "-".)
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from bawang_desk.core.errors import ValidationError
from bawang_desk.ui.umum import GAYA_GALAT, TanggalEdit, teks_tanggal

KETIKAN = [
    ("28112026", date(2026, 11, 28)),
    ("28-11-2026", date(2026, 11, 28)),
    ("28/11/2026", date(2026, 11, 28)),
    ("2-1-2026", date(2026, 1, 2)),
]


def ketik(qtbot, f: TanggalEdit, teks: str) -> None:
    """Select what is there, type over it, leave the field with Tab (as the operator does)."""
    f.setFocus()
    f.selectAll()
    qtbot.keyClick(f, Qt.Key.Key_Backspace)
    if teks:
        qtbot.keyClicks(f, teks)
    qtbot.keyClick(f, Qt.Key.Key_Tab)


def uji_bidang(qtbot, f: TanggalEdit) -> None:
    nama = f.objectName()
    assert f.isEnabled(), nama
    f.window().activateWindow()
    QApplication.processEvents()
    lo, hi = f.rentang()
    for teks, d in KETIKAN:
        ketik(qtbot, f, teks)
        if lo <= d <= hi:
            assert f.tanggal() == d, (nama, teks)
            assert f.text() == teks_tanggal(d), (nama, teks)
            assert f.galat() is None and f.styleSheet() != GAYA_GALAT, (nama, teks)
        else:  # outside the field's range: refused there, saying which dates are allowed
            assert f.tanggal() is None, (nama, teks)
            assert f.galat() and f.styleSheet() == GAYA_GALAT, (nama, teks)
    ketik(qtbot, f, "31-02-2026")
    assert f.tanggal() is None, nama
    assert "tidak ada" in (f.galat() or ""), nama
    assert f.styleSheet() == GAYA_GALAT and f.accessibleDescription() == f.galat(), nama
    with pytest.raises(ValidationError):
        f.periksa()
    ketik(qtbot, f, "")
    if f.boleh_kosong():
        assert f.tanggal() is None and f.galat() is None and f.periksa() is None, nama
    else:
        with pytest.raises(ValidationError, match="wajib"):
            f.periksa()


def uji_semua(qtbot, w: QWidget) -> list[str]:
    w.show()
    qtbot.waitExposed(w)
    bidang = [f for f in w.findChildren(TanggalEdit) if f.isVisibleTo(w) and f.isEnabled()]
    assert bidang, w.objectName()
    for f in bidang:
        uji_bidang(qtbot, f)
    return [f.objectName() for f in bidang]


# ---------------------------------------------------------------------------- the dialogs


def dialog_dialog(desk) -> list[tuple[str, QWidget]]:
    """Every dialog of the app that asks a date, built on the demo office."""
    from bawang_desk.ui.kepegawaian.pegawai_dialog import PegawaiDialog
    from bawang_desk.ui.kepegawaian.usulan_dialog import BuatUsulanDialog, KirimBkdDialog
    from bawang_desk.ui.kinerja.pelacakan_dialog import CentangDialog, MulaiDialog
    from bawang_desk.ui.layanan.periode_dialog import PeriodeDialog
    from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
    from bawang_desk.ui.penomoran.ambil_nomor_dialog import AmbilNomorDialog
    from bawang_desk.ui.serah_terima.kembali_dialog import KembaliDialog
    from bawang_desk.ui.surat.cetak_buku import CetakBukuDialog
    from bawang_desk.ui.surat.disposisi_dialog import DisposisiDialog
    from bawang_desk.ui.surat.keluar_dialog import SuratKeluarDialog
    from bawang_desk.ui.surat.kirim_dialog import EkspedisiDialog, KirimDialog
    from bawang_desk.ui.surat.masuk_dialog import SuratMasukDialog

    sm = desk.surat_masuk.get(desk.surat_masuk.daftar()[0].id)
    sk = desk.surat_keluar.get(desk.surat_keluar.daftar()[0].id)
    permohonan = PermohonanDialog(desk)
    permohonan.layananCombo.setCurrentIndex(permohonan.layananCombo.findData("kredit-bank"))
    run = desk.pelacakan.mulai("kinerja-pengumpulan", desk.sekarang())
    berkas = desk.serah_terima.di_dindukcapil(desk.sekarang().date())[:1]
    usulan = BuatUsulanDialog(desk, "kp-reguler")
    usulan.periodeCheck.setChecked(True)
    hasil = [
        ("SuratMasukDialog", SuratMasukDialog(desk)),
        ("DisposisiDialog", DisposisiDialog(desk, sm)),
        ("SuratKeluarDialog luar", SuratKeluarDialog(desk, SuratKeluarDialog.LUAR)),
        ("KirimDialog", KirimDialog(desk, sk)),
        ("EkspedisiDialog", EkspedisiDialog(desk)),
        ("CetakBukuDialog", CetakBukuDialog(desk)),
        ("PeriodeDialog", PeriodeDialog(desk, "Cetak register", ekspor=True)),
        ("PeriodeDialog harian", PeriodeDialog(desk, "Cetak harian", satu_hari=True)),
        ("PermohonanDialog kredit-bank", permohonan),
        ("PegawaiDialog", PegawaiDialog(desk)),
        ("BuatUsulanDialog kp", usulan),
        ("KirimBkdDialog", KirimBkdDialog(desk)),
        ("MulaiDialog", MulaiDialog(desk)),
        ("CentangDialog", CentangDialog(desk, run, run.langkah[0])),
        ("AmbilNomorDialog", AmbilNomorDialog(desk, desk.penomoran.registers())),
    ]
    if berkas:
        hasil.append(("KembaliDialog", KembaliDialog(desk, berkas)))
    from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog

    hasil.append(
        (
            "CatatPejabatDialog",
            CatatPejabatDialog(
                desk,
                "Catat disposisi Camat",
                area="surat_masuk",
                mode_boleh=("camat",),
                teks="<p>Surat</p>",
                simpan=lambda _an: None,
            ),
        )
    )
    return hasil


def test_setiap_dialog_dengan_tanggal(qtbot, demo_desk):
    dilihat = {}
    for nama, dlg in dialog_dialog(demo_desk):
        qtbot.addWidget(dlg)
        dilihat[nama] = uji_semua(qtbot, dlg)
        dlg.close()
    assert dilihat["SuratMasukDialog"] == ["tanggalTerimaEdit", "tanggalSuratEdit"]
    # the pengantar and the Surat Keterangan Usaha (issue 15); the collateral's end date shows
    # only for a kind that has one
    assert dilihat["PermohonanDialog kredit-bank"] == [
        "kreditPengantarTanggalEdit",
        "suratUsahaTanggalEdit",
    ]
    assert "KembaliDialog" in dilihat


@pytest.mark.parametrize(
    "tab",
    ["suratMasukTab", "suratKeluarTab", "layananTab", "kepegawaianTab"],
)
def test_setiap_tab_dengan_tanggal(qtbot, jendela, tab):
    """The date fields of the tabs (filters, periods, the SIAK date), on every sub-page."""
    from PySide6.QtWidgets import QTabWidget

    t = jendela.tampilkan_tab(tab)
    halaman = [t]
    for sub in t.findChildren(QTabWidget):
        for i in range(sub.count()):
            sub.setCurrentIndex(i)
            halaman.append(sub.widget(i))
    QApplication.processEvents()
    dilihat = []
    for h in halaman:
        for f in h.findChildren(TanggalEdit):
            if f.objectName() in dilihat or not f.isEnabled():
                continue
            f.window().activateWindow()
            if isinstance(h.parentWidget(), QWidget):
                for sub in t.findChildren(QTabWidget):
                    i = sub.indexOf(h)
                    if i >= 0:
                        sub.setCurrentIndex(i)
            QApplication.processEvents()
            uji_bidang(qtbot, f)
            dilihat.append(f.objectName())
    assert dilihat


def test_tidak_ada_qdateedit_lagi():
    """One date field for the whole app: no QDateEdit left in the code or in a Designer form."""
    akar = Path(__file__).resolve().parents[3]
    sisa = [
        str(p.relative_to(akar))
        for pola in ("bawang_desk/ui/**/*.py", "forms/*.ui")
        for p in akar.glob(pola)
        if p.name != "tanggal.py" and re.search(r"\bQDateEdit\b", p.read_text(encoding="utf-8"))
    ]
    assert sisa == []
