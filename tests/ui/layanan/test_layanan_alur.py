"""Each of the six counter services walked through the Layanan tab's real widgets, from
"Permohonan baru" to hand-over, with the printed letter read back from its PDF."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QInputDialog,
    QMessageBox,
    QPushButton,
)

from bawang_desk.ui.layanan.periksa_dialog import PeriksaDialog
from bawang_desk.ui.layanan.permohonan_dialog import PermohonanDialog
from bawang_desk.ui.layanan.tab import LayananTab
from bawang_desk.ui.layanan.ttd_dialog import BlokTtdDialog
from bawang_desk.ui.umum.atas_nama import CatatPejabatDialog
from tests.helpers import SANDI, saat_dialog_muncul

NIK = "3304055203950004"  # female, 12-03-1995
NAMA = "Nur'aini Rahmawati"
KK = "3304051203150007"
ANAK = "3304051506150002"


def ketik(qtbot, w, teks: str) -> None:
    w.setFocus()
    qtbot.keyClicks(w, teks)


def isi_pengantar(qtbot, editor) -> None:
    """The village pengantar's number and date, typed as on the letter."""
    ketik(qtbot, editor.nomorEdit, "470/112/2026")
    ketik(qtbot, editor.tanggalEdit, "20112026")


def isi_pindah(qtbot, dlg: PermohonanDialog) -> None:
    isi_pengantar(qtbot, dlg.pindahPengantar)
    ketik(qtbot, dlg.pindahNoKkEdit, KK)
    dlg.kecamatanTujuanCombo.setCurrentIndex(dlg.kecamatanTujuanCombo.findText("Susukan"))
    ketik(qtbot, dlg.desaTujuanCombo.lineEdit(), "Gumelem Wetan")
    ketik(qtbot, dlg.alamatTujuanEdit, "Dusun Karangtengah RT 001 RW 004")
    t = dlg.pindahAnggota.table
    t.item(0, 0).setText(NIK)
    t.item(0, 1).setText(NAMA)
    t.cellWidget(0, 2).setCurrentText("Kepala Keluarga")
    ketik(qtbot, dlg.kepalaKeluargaEdit, NAMA)
    ketik(qtbot, dlg.kodePosTujuanEdit, "53473")
    dlg.statusTinggalCombo.setCurrentIndex(dlg.statusTinggalCombo.findData("Nomor KK tetap"))
    dlg.statusPindahCombo.setCurrentIndex(dlg.statusPindahCombo.findData("Membuat KK baru"))


def isi_legalisasi(qtbot, dlg: PermohonanDialog) -> None:
    isi_pengantar(qtbot, dlg.legalisasiPengantar)
    t = dlg.dokumenTable
    t.item(0, 0).setText("Surat Keterangan Ahli Waris alm. Karto")
    t.cellWidget(0, 1).setValue(2)
    klik(qtbot, dlg.findChild(QPushButton, "tambahDokumenButton"))
    t.item(1, 0).setText("Fotokopi SK Pindah")
    jenis = t.cellWidget(1, 2)
    jenis.setCurrentIndex(jenis.findData("salinan-kecamatan"))


def isi_kredit(qtbot, dlg: PermohonanDialog) -> None:
    isi_pengantar(qtbot, dlg.kreditPengantar)
    ketik(qtbot, dlg.suratUsaha.nomorEdit, "510/45/2026")
    ketik(qtbot, dlg.suratUsaha.tanggalEdit, "18-11-2026")
    ketik(qtbot, dlg.bankEdit, "BRI Unit Bawang")
    ketik(qtbot, dlg.jumlahEdit, "15.000.000")
    ketik(qtbot, dlg.usahaEdit, "Warung kelontong")
    dlg.agunanJenisCombo.setCurrentIndex(dlg.agunanJenisCombo.findData("BPKB"))
    ketik(qtbot, dlg.agunanNomorEdit, "N-01234567")
    ketik(qtbot, dlg.agunanPemilikEdit, NAMA)
    dlg.agunanBerlakuEdit.setTanggal(date(2030, 1, 31))
    ketik(qtbot, dlg.agunanNilaiEdit, "40.000.000")


def isi_skck(qtbot, dlg: PermohonanDialog) -> None:
    isi_pengantar(qtbot, dlg.skckPengantar)
    ketik(qtbot, dlg.keperluanEdit, "Melamar pekerjaan")


def isi_kk(qtbot, dlg: PermohonanDialog) -> None:
    ketik(qtbot, dlg.kkNoKkEdit, KK)
    t = dlg.kkAnggota.table
    t.item(0, 0).setText(ANAK)
    t.item(0, 1).setText("Aisyah Putri")
    t.cellWidget(0, 2).setCurrentText("Anak")


def isi_ktp(qtbot, dlg: PermohonanDialog) -> None:
    ketik(qtbot, dlg.ktpNoKkEdit, KK)


def isi_identitas(qtbot, dlg: PermohonanDialog) -> None:
    """Agama, status, pekerjaan (typed into the list), golongan darah: the facts the SKCK,
    kredit and KTP-el letters state."""
    ident = dlg.identitas
    ident.agamaCombo.setCurrentIndex(ident.agamaCombo.findData("Islam"))
    ident.statusKawinCombo.setCurrentIndex(ident.statusKawinCombo.findData("Kawin"))
    ketik(qtbot, ident.pekerjaanCombo.lineEdit(), "pedagang")
    if ident.golDarahCombo.isVisible():
        ident.golDarahCombo.setCurrentIndex(ident.golDarahCombo.findData("AB"))


@dataclass
class Alur:
    layanan: str
    varian: str | None
    isi: Callable
    unit: str  # the register's unit code in the number
    judul: str  # the letter's title as printed
    penanda: str  # how the applicant signs: camat / an / plh
    harap: tuple[str, ...]  # service fields that must appear in the letter


ALUR = [
    Alur(
        "pindah",
        None,
        isi_pindah,
        "PDH",
        "SURAT KETERANGAN PINDAH",
        "camat",
        (
            "Susukan",
            "Gumelem Wetan",
            KK,
            "Nomor 470/112/2026 tanggal 20 November 2026",
            "53473",
            "Membuat KK baru",
        ),
    ),
    Alur(
        "legalisasi",
        None,
        isi_legalisasi,
        "LGS",
        "LEGALISASI",
        "an",
        (
            "Surat Keterangan Ahli Waris alm. Karto",
            "MENGETAHUI DAN MENGUATKAN",
            "Fotokopi SK Pindah",
            "Fotokopi sesuai dengan aslinya",
        ),
    ),
    Alur(
        "kredit-bank",
        None,
        isi_kredit,
        "KRD",
        "REKOMENDASI",
        "camat",
        (
            "BRI Unit Bawang",
            "15.000.000",
            "lima belas juta rupiah",
            "N-01234567",
            "Pedagang",
            "Kepala Desa Joho Nomor 510/45/2026 tanggal 18 November 2026",
        ),
    ),
    Alur(
        "skck",
        None,
        isi_skck,
        "SKCK",
        "REKOMENDASI",
        "an",
        (
            "Melamar pekerjaan",
            "Agama : Islam",
            "Pekerjaan : Pedagang",
            "Kewarganegaraan : WNI",
            "surat pengantar Kepala Desa Joho Nomor 470/112/2026 tanggal 20 November 2026",
        ),
    ),
    Alur("kk", "kelahiran", isi_kk, "KK", "Pengantar Permohonan Kartu Keluarga", "plh", (KK,)),
    Alur(
        "ktp-el",
        "baru",
        isi_ktp,
        "KTP",
        "SURAT KETERANGAN",
        "camat",
        (KK, "Golongan Darah : AB", "Status Perkawinan : Kawin"),
    ),
]

PENANDA = {
    # mode -> (who logs in, the choice offered, lines of the signature block)
    "camat": (
        "camat",
        None,
        (
            "CAMAT BAWANG",
            "Drs. Anton Risdianto, M.Si.",
            "Pembina (IV/a)",
            "NIP. 19750115 200003 1 002",
        ),
    ),
    "an": (
        "sekcam",
        "a.n. Camat (Sekcam)",
        (
            "a.n. CAMAT BAWANG",
            "Sekretaris Kecamatan",
            "Siti Nur'aini, S.Sos.",
            "Penata Tk I (III/d)",
            "NIP. 19800320 200501 2 003",
        ),
    ),
    "plh": (
        "sekcam",
        "Plh. Camat",
        (
            "Plh. CAMAT BAWANG",
            "Siti Nur'aini, S.Sos.",
            "Penata Tk I (III/d)",
            "NIP. 19800320 200501 2 003",
        ),
    ),
}


def teks_pdf(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)


@pytest.fixture
def tab(qtbot, desk, monkeypatch):
    def gagal(parent, judul, e) -> None:
        raise AssertionError(f"{judul}: {e}")

    # an error box in this walk is a failure: raise it instead of waiting for a click
    monkeypatch.setattr("bawang_desk.ui.layanan.tab.pesan_galat", gagal)
    monkeypatch.setattr("bawang_desk.ui.layanan.verifikasi_dialog.pesan_galat", gagal)
    desk.masuk("operator", SANDI)
    t = LayananTab(desk)
    qtbot.addWidget(t)
    t.resize(1280, 720)
    t.show()
    t.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is t)
    return t


def ganti_pengguna(tab: LayananTab, desk, username: str, pid: int) -> None:
    desk.masuk(username, SANDI)
    tab.perbarui_izin()
    tab.pilih_permohonan(pid)


def klik(qtbot, tombol) -> None:
    assert tombol.isEnabled(), tombol.objectName()
    qtbot.mouseClick(tombol, Qt.MouseButton.LeftButton)


def jawab_kotak(tombol_teks: str, dilihat: list[str]):
    """Answer the next message box by the text of one of its buttons."""

    def jawab(box: QMessageBox) -> None:
        dilihat.append(box.text())
        for b in box.buttons():
            if b.text().replace("&", "").startswith(tombol_teks):
                b.click()
                return
        raise AssertionError(f"tidak ada tombol {tombol_teks!r} di {box.text()!r}")

    return saat_dialog_muncul(QMessageBox, jawab)


@pytest.mark.parametrize("alur", ALUR, ids=[a.layanan for a in ALUR])
def test_layanan_dari_permohonan_baru_sampai_diserahkan(
    qtbot, tab, desk, jam, monkeypatch, tmp_path, alur: Alur
):
    # 1. intake: service and variant chosen, NIK first, the service's own fields
    def catat(dlg: PermohonanDialog) -> bool:
        dlg.pilih_layanan(alur.layanan, alur.varian)
        assert dlg.layanan() == alur.layanan
        ketik(qtbot, dlg.nikEdit, NIK)
        qtbot.keyClick(dlg.nikEdit, Qt.Key.Key_Tab)
        assert "12-03-1995, perempuan" in dlg.lahirLabel.text()
        ketik(qtbot, dlg.namaEdit, NAMA)
        ketik(qtbot, dlg.tempatLahirEdit, "Banjarnegara")
        dlg.desaCombo.setCurrentIndex(dlg.desaCombo.findData("Joho"))
        ketik(qtbot, dlg.alamatEdit, "Dusun Joho Kidul")
        ketik(qtbot, dlg.rtEdit, "2")
        ketik(qtbot, dlg.rwEdit, "3")
        if dlg.identitas.agamaCombo.isVisible():
            isi_identitas(qtbot, dlg)
        alur.isi(qtbot, dlg)
        jam.maju(minutes=4)
        klik(qtbot, dlg.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        assert dlg.hasil is not None, dlg.errorLabel.text()
        return True

    dilihat: list[str] = []
    peringatan = jawab_kotak("Oke", dilihat)  # a SOP warning, if any, is acknowledged
    hasil = saat_dialog_muncul(PermohonanDialog, catat)
    qtbot.keyClick(tab, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: True in hasil, timeout=10_000)
    peringatan[-1].stop()
    p = tab.terpilih()
    assert p is not None and p.layanan == alur.layanan and p.status == "antrian"
    assert p.nik == NIK and p.nama == NAMA and p.desa == "Joho"

    # 2. the checklist, every item ticked from the keyboard
    def periksa(dlg: PeriksaDialog) -> bool:
        assert not dlg.lanjutButton.isEnabled()
        for cb in dlg.centang.values():
            cb.setFocus()
            qtbot.keyClick(cb, Qt.Key.Key_Space)
        klik(qtbot, dlg.lanjutButton)
        return True

    jam.maju(minutes=5)
    h = saat_dialog_muncul(PeriksaDialog, periksa)
    klik(qtbot, tab.periksaButton)
    assert True in h and tab.terpilih().status == "diperiksa"
    klik(qtbot, tab.mintaTtdButton)
    assert tab.terpilih().status == "menunggu_ttd"

    # 3. signature: the number is issued, and the letter made and previewed at once
    user, pilihan, blok = PENANDA[alur.penanda]
    jam.maju(minutes=8)
    ganti_pengguna(tab, desk, user, p.id)

    def pilih(parent, judul, label, items, *a, **k):
        if judul == "Tandatangani":
            assert pilihan in items
            return pilihan, True
        return items[-1], True  # "Cetak surat": the newest letter of the application

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pilih))
    if pilihan is None:
        h = jawab_kotak("Tandatangani", dilihat)
    klik(qtbot, tab.ttdButton)
    p = tab.terpilih()
    assert p.nomor is not None and p.kode_verifikasi
    assert re.fullmatch(rf"[0-9.]+/\d{{3}}/{alur.unit}/2026", p.nomor), p.nomor
    assert tab.surat_terakhir is not None and tab._pratinjau.doc.pageCount() >= 1
    surat = tab.surat_terakhir

    # 4. on to the applicant (KK and KTP-el through SIAK, KK via Dindukcapil)
    ganti_pengguna(tab, desk, "operator", p.id)
    if alur.layanan in ("kk", "ktp-el"):
        assert p.status == "diproses"
        h = jawab_kotak("Ya", dilihat)
        klik(qtbot, tab.prosesButton)
        if alur.layanan == "kk":
            # the weekly handover (Serah Terima tab, tested on its own) takes it to Dindukcapil
            assert tab.terpilih().status == "siap_dikirim"
            st = desk.serah_terima.buat([p.id])
            desk.serah_terima.kirim(st.id, tmp_path)
            tab.muat(pilih=p.id)
            assert tab.terpilih().status == "di_dindukcapil"
            klik(qtbot, tab.kembaliButton)
        else:
            # the processed KTP-el gets its Surat Keterangan Pengganti: its own number, printed
            # for signing, the signature recorded (SOP 011 step 6, issue 14)
            def pilih_blok(dlg: BlokTtdDialog) -> bool:
                dlg.blokCombo.setCurrentIndex(dlg.blokCombo.findData("camat"))
                qtbot.mouseClick(
                    dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton
                )
                return True

            h = saat_dialog_muncul(BlokTtdDialog, pilih_blok)
            klik(qtbot, tab.penggantiButton)
            qtbot.waitUntil(lambda: True in h)
            surat = tab.surat_terakhir
            h = saat_dialog_muncul(
                CatatPejabatDialog,
                lambda dlg: (
                    qtbot.mouseClick(
                        dlg.findChild(QPushButton, "dialogOkButton"), Qt.MouseButton.LeftButton
                    )
                    or True
                ),
            )
            klik(qtbot, tab.penggantiTtdButton)
            qtbot.waitUntil(lambda: True in h)
            p = tab.terpilih()
            assert p.pengganti["status"] == "ditandatangani"
            assert p.pengganti["nomor"] != p.nomor
    assert tab.terpilih().status == "siap_diserahkan"
    # the survey offered after the hand-over is declined here (tests/ui/skm walks it)
    saat_dialog_muncul(QMessageBox, lambda b: b.findChild(QPushButton, "tanpaSurveiButton").click())
    klik(qtbot, tab.serahkanButton)
    p = tab.terpilih()
    assert p.status == "selesai"
    assert all(lk.oleh for lk in p.langkah)

    # 5. the letter as printed
    t = teks_pdf(surat)
    norm = " ".join(t.split())
    for harap in (
        "PEMERINTAH KABUPATEN BANJARNEGARA",
        "KECAMATAN BAWANG",
        "Jl. Raya Bawang No. 1",
        alur.judul,
        p.pengganti["nomor"] if alur.layanan == "ktp-el" else p.nomor,
        NIK,
        p.kode_verifikasi,
        *blok,
        *alur.harap,
    ):
        assert harap in t or harap in norm, (alur.layanan, harap)
    assert NAMA.upper() in t.upper()
    if alur.penanda != "an":
        assert "a.n. CAMAT" not in t
    # the printed code verifies; one changed character does not
    k = p.kode_verifikasi
    assert desk.layanan.verifikasi(k).id == p.id
    assert desk.layanan.verifikasi(k[:-1] + ("Z" if k[-1] != "Z" else "Y")) is None
