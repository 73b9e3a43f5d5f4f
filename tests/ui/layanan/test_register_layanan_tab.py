"""The Register Layanan tab: search, lazy pages, printing a register and the daily print."""

from __future__ import annotations

from pypdf import PdfReader

from bawang_desk.ui.layanan.register_tab import RegisterLayananTab, RegisterModel
from tests.documents.test_register_layanan import isi_semua
from tests.helpers import SANDI


def test_cari_cetak_register_dan_harian(qtbot, desk, jam):
    isi_semua(desk)
    desk.masuk("sekcam", SANDI)
    tab = RegisterLayananTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.model.rowCount() == 6
    qtbot.keyClicks(tab.cariEdit, "3304051203900006")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.cariEdit.clear()
    tab.layananCombo.setCurrentIndex(tab.layananCombo.findData("skck"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    hari = jam.now.date()
    tab.cetak_register(periode=(hari, hari))
    qtbot.waitUntil(lambda: tab.hasil is not None, timeout=20_000)
    assert "REGISTER REKOMENDASI SKCK" in PdfReader(str(tab.hasil)).pages[0].extract_text()
    tab._pratinjau.close()
    tab.hasil = None
    tab.cetak_harian(hari=hari)
    qtbot.waitUntil(lambda: tab.hasil is not None, timeout=20_000)
    t = PdfReader(str(tab.hasil)).pages[0].extract_text().replace("\n", " ")
    assert "Jumlah seluruh layanan 6" in t
    tab._pratinjau.close()


def test_model_lulus_qtmodeltester(qapp, qtmodeltester, desk):
    isi_semua(desk)
    m = RegisterModel(desk)
    desk.masuk("sekcam", SANDI)
    m.muat()
    assert m.rowCount() == 6
    qtmodeltester.check(m)


def test_ekspor_xlsx_dari_tab_membawa_info_ekspor(qtbot, desk, jam, tmp_path):
    from openpyxl import load_workbook

    isi_semua(desk)
    desk.masuk("sekcam", SANDI)
    tab = RegisterLayananTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    tab.layananCombo.setCurrentIndex(tab.layananCombo.findData("skck"))
    hari = jam.now.date()
    tab.cetak_register(periode=(hari, hari), bentuk="xlsx", target=tmp_path / "skck.xlsx")
    qtbot.waitUntil(lambda: tab.hasil is not None, timeout=20_000)
    ws = load_workbook(tab.hasil, read_only=True).active
    sel = {r[0]: r[1] for r in ws.iter_rows(values_only=True) if len(r) > 1 and r[0]}
    assert sel["Diekspor oleh"] == "Siti Sekcam (Sekretaris Kecamatan, sekcam)"
    assert sel["Hash audit terakhir"] == desk.verify_audit().hash_terakhir
    assert "Waktu ekspor" in sel


def test_cetak_register_mati_untuk_semua_layanan_dan_baris_tanpa_nomor_ditandai(qtbot, desk):
    from PySide6.QtCore import Qt

    from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
    from tests.helpers import IDENTITAS, PENGANTAR

    desk.masuk("operator", SANDI)
    desk.layanan.baru(
        PermohonanBaru(
            "skck",
            "umum",
            PemohonBaru(
                "3304051203900001", "Belum Bernomor", "Wanadri", "Dusun Krajan", **IDENTITAS
            ),
            {"keperluan": "Melamar pekerjaan", **PENGANTAR},
        )
    )
    desk.masuk("sekcam", SANDI)
    tab = RegisterLayananTab(desk)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.layananCombo.currentData() == ""
    assert not tab.cetakButton.isEnabled()
    assert "Semua layanan" in tab.cetakButton.toolTip()
    tab.layananCombo.setCurrentIndex(tab.layananCombo.findData("skck"))
    assert tab.cetakButton.isEnabled() and tab.cetakButton.toolTip() == ""
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    ix = tab.model.index(0, 0)
    assert ix.data() == "(belum bernomor)"
    assert "Belum masuk register" in ix.data(Qt.ItemDataRole.ToolTipRole)
