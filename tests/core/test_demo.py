"""Generated data: every identity number parses, the demo accounts log in, the books are sound."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from bawang_desk.core import peran
from bawang_desk.core.demo import (
    LAYANAN,
    SANDI_DEMO,
    Pabrik,
    buat_demo,
    generate_ten_years,
)
from bawang_desk.core.desk import Desk
from bawang_desk.core.identity import parse_nik, parse_nip
from bawang_desk.core.pegawai import nomor_induk
from bawang_desk.core.referensi import GOLONGAN, desa_bawang

HARI_INI = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory) -> tuple[Path, float]:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    laporan = []
    buat_demo(path, hari_ini=HARI_INI, progress=lambda *a: laporan.append(a))
    assert laporan and laporan[-1][0] == laporan[-1][1]
    return path, None


@pytest.fixture
def demo(demo_path):
    d = Desk.open(demo_path[0], kunci=False)
    yield d
    d.close()


def test_demo_surat_keluar_sampai_setiap_langkah(demo):
    """The demo's outgoing letters stand at every step of SOP 002, up to sent by hand (a Buku
    Ekspedisi line) and archived, whatever statuses the flow gains (issue 14 added two)."""
    q = demo.conn.execute
    status = {r[0] for r in q("SELECT DISTINCT status FROM surat_keluar")}
    assert {"dikirim", "diarsipkan"} <= status
    assert q("SELECT COUNT(*) FROM ekspedisi").fetchone()[0] > 0


def test_demo_isi_dan_integritas(demo):
    q = demo.conn.execute
    assert q("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert demo.periksa_integritas() == []
    assert demo.verify_audit().utuh
    jumlah = {
        t: q(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
        for t in ("surat_masuk", "surat_keluar", "permohonan", "pegawai")
    }
    assert jumlah == {"surat_masuk": 41, "surat_keluar": 25, "permohonan": 308, "pegawai": 25}
    assert {r[0] for r in q("SELECT DISTINCT layanan FROM permohonan")} == set(LAYANAN)
    assert q("SELECT COUNT(*) FROM permohonan_langkah").fetchone()[0] > 300 * 5
    assert q("SELECT COUNT(*) FROM permohonan_syarat").fetchone()[0] > 300
    dari, sampai = q("SELECT MIN(tanggal_masuk), MAX(tanggal_masuk) FROM permohonan").fetchone()
    assert date.fromisoformat(dari) >= HARI_INI - timedelta(days=61)
    assert date.fromisoformat(sampai) == HARI_INI  # only the counter's first hour of today
    hari_ini = q("SELECT COUNT(*) FROM permohonan WHERE tanggal_masuk = ?", (HARI_INI.isoformat(),))
    assert hari_ini.fetchone()[0] == 8
    assert {r[0] for r in q("SELECT DISTINCT desa FROM permohonan")} <= {
        d.nama for d in desa_bawang()
    }
    assert {r[0] for r in q("SELECT DISTINCT varian FROM permohonan WHERE layanan = 'kk'")} == {
        "pindah-datang",
        "pemecahan",
        "kelahiran",
        "kematian",
        "numpang",
        "rusak-hilang",
    }
    sifat = dict(q("SELECT sifat, COUNT(*) FROM surat_masuk GROUP BY sifat").fetchall())
    assert max(sifat, key=sifat.get) == "Biasa"
    # names with apostrophes survive the round trip
    assert q("SELECT COUNT(*) FROM permohonan WHERE nama LIKE '%''%'").fetchone()[0] > 0


def test_demo_kop_dan_pejabat(demo):
    kantor = demo.pengaturan.kantor()
    assert kantor.pemerintah == "PEMERINTAH KABUPATEN BANJARNEGARA"
    assert kantor.nama_kantor == "KECAMATAN BAWANG"
    camat = demo.pengaturan.pejabat("camat")
    sekcam = demo.pengaturan.pejabat("sekcam")
    assert camat.golongan in ("IV/a", "IV/b")
    assert sekcam.golongan in ("III/d", "IV/a")
    for j in ("kasi_tapem", "kasi_trantibum", "kasubbag_umum"):
        p = demo.pengaturan.pejabat(j)
        assert p.terisi and p.golongan in ("III/c", "III/d")
        parse_nip(p.nip)
    row = demo.conn.execute(
        "SELECT nama, golongan FROM pegawai WHERE nip = ?", (camat.nip,)
    ).fetchone()
    assert row == (camat.nama, camat.golongan)


def test_demo_semua_nik_dan_nip_sah(demo):
    niks = [r[0] for r in demo.conn.execute("SELECT nik FROM permohonan")]
    for nik in niks:
        parse_nik(nik)
    assert sum(n.startswith("330405") for n in niks) > len(niks) * 0.7
    assert any(not n.startswith("330405") for n in niks)
    rows = demo.conn.execute(
        "SELECT p.nip, p.status, p.golongan, a.golongan FROM pegawai p LEFT JOIN pegawai a "
        "ON a.id = p.atasan_id"
    ).fetchall()
    for nip, status, gol, gol_atasan in rows:
        if status == "PPPK":  # an NI PPPK carries the appointment year, not a TMT CPNS
            assert nomor_induk(nip, status)[1] is None
            continue
        n = parse_nip(nip)
        # in service: born at most 58 years ago (retirement age), CPNS between 18 and 35
        assert HARI_INI.year - 58 <= n.tanggal_lahir.year <= HARI_INI.year - 18
        usia_cpns = (n.tmt_cpns - n.tanggal_lahir).days / 365.25
        assert 18 <= usia_cpns <= 35.1
        if gol_atasan:  # never above the direct superior's pangkat
            assert GOLONGAN.index(gol) <= GOLONGAN.index(gol_atasan)


def test_demo_tujuan_pindah_desa_nyata_di_kecamatannya(demo):
    """Issue 16: the demo invented destinations like "Wanadri, Kec. Wanayasa"."""
    from bawang_desk.core.referensi import desa_di_kecamatan, kecamatan_by_nama

    rows = demo.conn.execute(
        "SELECT json_extract(data, '$.tujuan_kecamatan'), json_extract(data, '$.tujuan_desa') "
        "FROM permohonan WHERE layanan = 'pindah' AND json_extract(data, '$.tujuan_desa') "
        "IS NOT NULL"
    ).fetchall()
    assert len(rows) > 5
    for kec, desa in rows:
        assert desa_di_kecamatan(desa, kecamatan_by_nama(kec)).nama == desa


def test_demo_buku_penjagaan_dari_karier_yang_sah(demo):
    """The roster is the rules' own (pegawai_contoh): MKG at the TMT pangkat, the last KGB
    with its MKG, so the books list someone due and nobody absurd."""
    q = demo.conn.execute
    assert q("SELECT COUNT(*) FROM pegawai WHERE tmt_kgb IS NOT NULL").fetchone()[0] > 10
    assert (
        q(
            "SELECT COUNT(*) FROM pegawai WHERE tmt_kgb IS NOT NULL AND mkg_kgb_tahun IS NULL"
        ).fetchone()[0]
        == 0
    )
    assert q("SELECT COUNT(*) FROM riwayat_pangkat").fetchone()[0] == 25
    demo.masuk(peran.KASUBBAG, SANDI_DEMO)
    for j in demo.pegawai.penjagaan_kgb(HARI_INI - timedelta(days=730), HARI_INI):
        assert j.mkg_ke[0] < 40


def test_demo_akun_per_peran_masuk_dengan_demo(demo):
    demo.masuk(peran.ADMIN, SANDI_DEMO)
    assert {p.username for p in demo.pengguna.daftar()} == set(peran.PERAN)
    for kunci in peran.PERAN:
        p = demo.masuk(kunci, SANDI_DEMO)
        assert p.peran == kunci
        demo.keluar()


def test_demo_tidak_menimpa_berkas(demo_path):
    with pytest.raises(FileExistsError):
        buat_demo(demo_path[0])


def test_demo_sama_untuk_seed_yang_sama(demo_path, tmp_path):
    lain = buat_demo(tmp_path / "lagi.sqlite", hari_ini=HARI_INI)
    sql = "SELECT layanan, varian, nik, nama, status, tanggal_masuk FROM permohonan ORDER BY id"
    a = sqlite3.connect(demo_path[0])
    b = sqlite3.connect(lain)
    try:
        assert a.execute(sql).fetchall() == b.execute(sql).fetchall()
    finally:
        a.close()
        b.close()


def test_pabrik_nik_dan_nip_selalu_sah():
    pabrik = Pabrik(7, HARI_INI)
    for i in range(3000):
        pada = date(2016, 1, 4) + timedelta(days=i)
        nik, nama, desa = pabrik.penduduk(pada)
        n = parse_nik(nik)
        assert 1940 <= n.tanggal_lahir.year <= 2008
        assert nama.strip() == nama and desa
    roster = pabrik.roster(200)
    nips = [p.baris["nip"] for p in roster]
    assert len(set(nips)) == 200
    assert sum(p.baris["status"] == "PPPK" for p in roster) > 5
    for p in roster:
        nomor, tmt_cpns = nomor_induk(p.baris["nip"], p.baris["status"])
        assert (nomor[14] == "2") == p.perempuan
        assert tmt_cpns is None or tmt_cpns <= HARI_INI


def test_sepuluh_tahun_kecil(tmp_path):
    path = generate_ten_years(
        tmp_path / "sepuluh.sqlite",
        permohonan=2000,
        surat=300,
        pegawai=20,
        seed=11,
        hari_ini=HARI_INI,
        batch=700,
    )
    d = Desk.open(path, kunci=False)
    try:
        q = d.conn.execute
        assert q("SELECT COUNT(*) FROM permohonan").fetchone()[0] == 2000
        assert q("SELECT COUNT(*) FROM surat_masuk").fetchone()[0] == 180
        assert q("SELECT COUNT(*) FROM surat_keluar").fetchone()[0] == 120
        assert q("SELECT COUNT(*) FROM pegawai").fetchone()[0] == 20
        tahun = {
            int(r[0]) for r in q("SELECT DISTINCT substr(tanggal_masuk, 1, 4) FROM permohonan")
        }
        assert tahun == set(range(2016, 2027))
        tahun = {
            int(r[0]) for r in q("SELECT DISTINCT substr(tanggal_terima, 1, 4) FROM surat_masuk")
        }
        assert tahun == set(range(2016, 2027))
        # every register starts again at 1 each year
        assert {r[0] for r in q("SELECT MIN(nomor) FROM nomor GROUP BY register, tahun")} == {1}
        assert d.periksa_integritas() == []
        for (nik,) in q("SELECT nik FROM permohonan"):
            parse_nik(nik)
        d.masuk("operator", SANDI_DEMO)
    finally:
        d.close()


def test_gagal_di_tengah_tidak_meninggalkan_berkas(tmp_path, monkeypatch):
    def rusak(self, *a, **kw):
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(Pabrik, "permohonan", rusak)
    path = tmp_path / "setengah.sqlite"
    with pytest.raises(RuntimeError):
        buat_demo(path, hari_ini=HARI_INI)
    assert not path.exists()
    assert not Path(f"{path}-journal").exists()


def test_demo_status_permohonan_sesuai_alur_aplikasi(demo):
    """Generated applications stand where the app's own flow would leave them: a known status,
    a register number exactly when the letter has been signed."""
    from bawang_desk.core.layanan import STATUS

    q = demo.conn.execute
    status = {r[0] for r in q("SELECT DISTINCT status FROM permohonan")}
    assert status <= set(STATUS), status - set(STATUS)
    sebelum_ttd = ("antrian", "diperiksa", "menunggu_ttd")
    tanpa = q(
        "SELECT COUNT(*) FROM permohonan WHERE nomor_id IS NULL AND status NOT IN "
        "(?, ?, ?, 'batal')",
        sebelum_ttd,
    ).fetchone()[0]
    assert tanpa == 0
    dengan = q(
        "SELECT COUNT(*) FROM permohonan WHERE nomor_id IS NOT NULL AND status IN (?, ?, ?)",
        sebelum_ttd,
    ).fetchone()[0]
    assert dengan == 0
    batal = q("SELECT COUNT(*), COUNT(alasan_batal) FROM permohonan WHERE status = 'batal'")
    n, beralasan = batal.fetchone()
    assert n == beralasan


def test_demo_surat_selesai_dapat_dicetak(demo, tmp_path):
    """Every signed application of the demo prints its letter and its code verifies."""
    from bawang_desk.documents.cetak_layanan import cetak_surat

    demo.masuk("operator", SANDI_DEMO)
    for layanan in LAYANAN:
        pid, kode = demo.conn.execute(
            "SELECT id, kode_verifikasi FROM permohonan WHERE layanan = ? AND status = 'selesai' "
            "ORDER BY id DESC LIMIT 1",
            (layanan,),
        ).fetchone()
        assert cetak_surat(demo, pid, tmp_path / f"{layanan}.pdf").stat().st_size > 0
        assert demo.layanan.verifikasi(kode).id == pid


def test_demo_loket_pagi_ini_lewat_sop(demo):
    """The demo's own day at the counter walked the real flows: every state the operator meets
    in the morning is there, each with its SOP steps, numbers only where a letter was signed."""
    q = demo.conn.execute
    rows = q(
        "SELECT id, layanan, status, siak, nomor_id FROM permohonan WHERE tanggal_masuk = ? "
        "ORDER BY id",
        (HARI_INI.isoformat(),),
    ).fetchall()
    assert {r[2] for r in rows} == {
        "antrian",
        "diperiksa",
        "menunggu_ttd",
        "siap_diserahkan",
        "siap_dikirim",
        "selesai",
    }
    assert [r[3] for r in rows if r[1] == "kk"] == ["menunggu", "selesai"]  # SIAK was down once
    for pid, _layanan, status, _siak, nomor_id in rows:
        assert (nomor_id is not None) == (status in ("siap_diserahkan", "siap_dikirim", "selesai"))
        assert (
            q("SELECT COUNT(*) FROM permohonan_langkah WHERE permohonan_id = ?", (pid,)).fetchone()[
                0
            ]
            >= 1
        )


def test_demo_pejabat_berbeda_nama_dan_bkd(demo):
    """Every official of the demo has his own name (titles aside), and the KP/KGB letters go
    to Banjarnegara's BKD, not a BKPSDM it does not have."""
    inti = [p.nama.split(",")[0] for p in demo.pengaturan.semua_pejabat().values() if p.nama]
    assert len(inti) == len(set(inti)), inti
    tujuan = [r[0] for r in demo.conn.execute("SELECT tujuan FROM surat_keluar")]
    assert not any("BKPSDM" in t for t in tujuan)
    assert any("Badan Kepegawaian Daerah Kabupaten Banjarnegara" in t for t in tujuan)


def test_demo_kode_klasifikasi_permendagri_83_2022(demo):
    """Issue 16: the demo's urgent BPBD letter carried 78/2012's "360" and village letters
    were numbered under 100.3 (HUKUM). Letters since 2023 carry 83/2022 codes."""
    from bawang_desk.core.klasifikasi import dalam_skema

    rows = demo.conn.execute(
        "SELECT pengirim, nomor_surat, kode_klasifikasi, tanggal_surat FROM surat_masuk"
    ).fetchall()
    baru = [r for r in rows if r[3] >= "2023-01-01"]
    assert baru
    for pengirim, nomor, kode, _ in baru:
        assert not kode or dalam_skema(kode), (pengirim, kode)
        awal = nomor.split("/")[0]
        if awal[:1].isdigit():
            assert dalam_skema(awal), (pengirim, nomor)
        assert not nomor.startswith("100.3/"), (pengirim, nomor)
    bpbd = [r for r in rows if r[0].startswith("BPBD")]
    assert [r[2] for r in bpbd] == ["300.2.3"] and bpbd[0][1].startswith("300.2.3/")
    kode_keluar = {r[0] for r in demo.conn.execute("SELECT kode_klasifikasi FROM surat_keluar")}
    assert kode_keluar and all(dalam_skema(k) for k in kode_keluar)
