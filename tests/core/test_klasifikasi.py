"""The Permendagri 83/2022 scheme shipped as data: known rows pinned, titles and labels, the
refusal of a code outside it for a new number (old 78/2012 codes named), and old letters that
keep their old codes readable."""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from bawang_desk.core import klasifikasi as kl
from bawang_desk.core import massal
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from tests.helpers import SANDI

ROOT = Path(__file__).resolve().parents[2]


def test_skema_baris_yang_diketahui():
    s = kl.skema()
    assert len(s) == 2940
    assert s["400.12.2.2"] == kl.Klasifikasi(
        "400.12.2.2", "400.12.2", "Pindah Datang Penduduk Dalam Wilayah NKRI"
    )
    assert s["400.12.2.1"].judul == "Identitas Penduduk"
    assert s["800.1.3.2"].judul == "Kenaikan Pangkat/Golongan/Jabatan"
    assert s["800.1.4.2"].judul == "Penyesuaian ijazah"
    assert s["800.1.11.13"].judul.startswith("Pengurusan Kenaikan Gaji Berkala")
    assert s["100.3"].judul == "HUKUM" and s["100.3"].induk == "100"
    assert s["400.7.22.1"].induk == "400.7.22"  # under KESEHATAN, not population
    assert s["400.7"].judul == "KESEHATAN"
    assert s["000.1"].induk == "000" and s["000"].induk == ""  # the source's 00.1 -> 000.1
    assert all(k.induk == "" or k.induk in s for k in s.values())
    assert "Indramayu" in kl.sumber_skema() and "83/2022" in kl.sumber_skema()


def test_judul_dan_label():
    assert kl.label("400.12.2.2") == "400.12.2.2 \u2013 Pindah Datang Penduduk Dalam Wilayah NKRI"
    assert kl.judul("471.13") == "kode lama Permendagri 78/2012 (KTP)"
    assert kl.label("999.9") == "999.9" and kl.judul("999.9") == ""
    # titles lose the "antara lain" enumeration of the source
    assert kl.judul("000.1.4") == "Penggunaan Fasilitas Kantor"
    assert kl.judul("800.1.6.6") == "Pensiun ASN"


def test_kode_saran_per_jenis_dokumen_ada_di_skema():
    assert kl.KODE_SARAN["pindah"] == "400.12.2.2"
    assert kl.KODE_SARAN["kk"] == kl.KODE_SARAN["ktp-el"] == "400.12.2.1"
    assert kl.KODE_SARAN["kgb"] == "800.1.11.13"
    assert all(kl.dalam_skema(k) for k in kl.KODE_SARAN.values())
    assert all(kl.dalam_skema(baru) for _, baru in kl.KODE_LAMA.values())


@pytest.mark.parametrize(
    ("kode", "pesan"),
    [
        ("360", "tidak ada dalam Permendagri 83/2022"),
        ("471.13", r"kode lama Permendagri 78/2012 \(KTP\)"),
        ("823", "misalnya 800.1.3.2 \u2013 Kenaikan Pangkat"),
        ("400.12.2.9", "Di bawah 400.12.2 \u2013 Pendaftaran Penduduk ada: 400.12.2.1"),
    ],
)
def test_surat_keluar_baru_menolak_kode_di_luar_skema(desk, kode, pesan):
    desk.masuk("pengadministrasi", SANDI)
    with pytest.raises(ValidationError, match=pesan) as e:
        desk.surat_keluar.buat_konsep(
            SuratKeluarBaru(kode, "Kepala Dindukcapil", "Permohonan blangko", "-", "Isi")
        )
    assert e.value.field == "kode_klasifikasi"
    assert desk.conn.execute("SELECT COUNT(*) FROM surat_keluar").fetchone()[0] == 0


def test_kode_lama_tetap_terbaca_pada_surat_lama(desk):
    """An old letter numbered 471.13/... (imported) keeps its code; only new numbers refuse it."""
    desk.masuk("pengadministrasi", SANDI)
    massal.tambah_surat_keluar_massal(
        desk,
        [
            {
                "kode_klasifikasi": "471.13",
                "tanggal_surat": date(2021, 3, 4),
                "tujuan": "Kepala Dindukcapil",
                "hal": "Permohonan blangko KTP",
                "status": "diarsipkan",
                "penandatangan": "camat",
            }
        ],
    )
    kode, nomor = desk.conn.execute(
        "SELECT s.kode_klasifikasi, n.nomor_lengkap FROM surat_keluar s "
        "JOIN nomor n ON n.id = s.nomor_id"
    ).fetchone()
    assert (kode, nomor) == ("471.13", "471.13/001/2021")
    assert kl.label(kode) == "471.13 \u2013 kode lama Permendagri 78/2012 (KTP)"
    with pytest.raises(ValidationError, match="kode lama"):
        desk.surat_keluar.buat_konsep(
            SuratKeluarBaru("471.13", "Kepala Dindukcapil", "Blangko", "-", "Isi")
        )


def test_register_tidak_boleh_diberi_kode_di_luar_skema(desk):
    desk.masuk("sekcam", SANDI)
    with pytest.raises(ValidationError, match=r"Di bawah 100\.2\.2"):
        desk.penomoran.ubah_register(
            "skck", pola="{kode}/{nomor}/{tahun}", kode_klasifikasi="100.2.2.9"
        )
    assert desk.penomoran.register("skck").kode_klasifikasi == "100.2.2.5"


def test_skrip_membuat_ulang_dari_sumber(tmp_path):
    spec = importlib.util.spec_from_file_location("gen", ROOT / "tools" / "gen_klasifikasi.py")
    g = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(g)
    sumber = tmp_path / "letter-classifications.json"
    sumber.write_text(
        '{"source": {"title": "Peraturan Bupati Indramayu Nomor 17 Tahun 2023"}, "entries": ['
        '{"code": "000", "label": "UMUM", "page": 6},'
        '{"code": "00.1", "label": "KETATAUSAHAAN", "page": 6},'
        '{"code": "00.1.4", "label": "Penggunaan Fasilitas Kantor (antara lain: ruang)", '
        '"page": 6},'
        '{"code": "800", "label": "KEPEGAWAIAN", "page": 106},'
        '{"code": "800.1", "label": "SUMBER DAYA MANUSIA", "page": 106},'
        '{"code": "800.1.6", "label": "Pensiun", "page": 108},'
        '{"code": "800.1.6.6", "label": "Pensiun ASN Antara lain: Administrasi", "page": 108}'
        "]}",
        encoding="utf-8",
    )
    keluar = tmp_path / "k.tsv"
    g.main([str(sumber), "--commit", "abc1234", "--keluar", str(keluar)])
    baris = [b for b in keluar.read_text("utf-8").splitlines() if not b.startswith("#")]
    assert baris == [
        "000\t\tUMUM",
        "000.1\t000\tKETATAUSAHAAN",
        "000.1.4\t000.1\tPenggunaan Fasilitas Kantor",
        "800\t\tKEPEGAWAIAN",
        "800.1\t800\tSUMBER DAYA MANUSIA",
        "800.1.6\t800.1\tPensiun",
        "800.1.6.6\t800.1.6\tPensiun ASN",
    ]
    rusak = tmp_path / "rusak.json"
    rusak.write_text('{"entries": [{"code": "800.1", "label": "X"}]}', encoding="utf-8")
    with pytest.raises(SystemExit, match="induk 800"):
        g.main([str(rusak), "--commit", "x", "--keluar", str(keluar)])
