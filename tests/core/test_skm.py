"""Survei Kepuasan Masyarakat in the core: the index against published worked examples and the
regulation's interval edges, the Krejcie-Morgan table, the counter and paper flows, and the
anonymity of what is stored."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.kinerja import Periode
from bawang_desk.core.pengaturan import PengaturanSKM
from bawang_desk.core.skm import (
    MUTU,
    Jawaban,
    bulat2,
    hitung_indeks,
    muat_kuesioner,
    mutu_dari,
    periode_semester,
    sampel_minimum,
    sebaran_dari_nilai,
)
from tests.core.test_layanan import NIK, siap_ttd
from tests.helpers import SANDI

PROFIL = {
    "jenis_kelamin": "Perempuan",
    "usia": "30-39 tahun",
    "pendidikan": "SMA/SMK",
    "pekerjaan": "Wirausaha",
}


# --------------------------------------------------------------------------- worked examples


def test_contoh_tulang_bawang_barat_2023_semester_1():
    """Published: "Laporan Survey Kepuasan Masyarakat (SKM) (Online)", Dinas Kependudukan dan
    Pencatatan Sipil Kabupaten Tulang Bawang Barat, Tahun 2023 Semester 1
    (e-smile.tubaba.go.id/main/skm/laporan/online): one respondent, 4 on every unsur;
    Σ nilai/unsur 4, NRR/unsur 4, NRR tertimbang/unsur 0,44, IKM unit pelayanan 100
    (Sangat Baik).

    The page names its weight "NRR per unsur x 0,111", yet 9 × 4 × 0,111 × 25 = 99,90: the 100
    it prints is the exact 1/9 of the regulation, which is what the core computes.
    """
    sebaran = sebaran_dari_nilai([[4] * 9], 9)
    i = hitung_indeks(sebaran, 1)
    assert [u.jumlah_nilai for u in i.unsur] == [4] * 9
    assert [u.nrr for u in i.unsur] == [4] * 9
    assert {f"{float(u.tertimbang):.2f}" for u in i.unsur} == {"0.44"}
    assert i.penimbang == Fraction(1, 9)
    assert i.nilai == 4 and i.konversi == Decimal("100.00")
    assert i.mutu.huruf == "A" and i.mutu.kinerja == "Sangat Baik"
    # the rounded weight the page names would not have printed 100
    assert hitung_indeks(sebaran, 1, penimbang=Fraction(111, 1000)).konversi == Decimal("99.90")


# One published IKM worksheet with its per-respondent rows (scribd document 429061031, "Lab"):
# 20 respondents per dimension, NRR = Σ / 20, NRR tertimbang = NRR × penimbang, IKM × 25.
RESPONSIVENESS = [  # U1, U2 of "KESIGAPAN PELAYANAN / RESPONSIVNESS"
    (4, 4), (4, 3), (4, 3), (3, 4), (4, 4), (4, 3), (4, 4), (4, 4), (4, 4), (3, 4),
    (3, 4), (3, 3), (3, 3), (3, 3), (4, 4), (4, 4), (4, 3), (4, 3), (4, 4), (4, 4),
]  # fmt: skip
ASSURANCE = [  # U1, U2 of "JAMINAN PELAYANAN / ASSURANCE"
    (4, 4), (3, 4), (4, 4), (4, 4), (3, 4), (3, 2), (3, 4), (3, 4), (3, 4), (3, 3),
    (3, 4), (3, 4), (3, 3), (3, 3), (4, 4), (4, 4), (2, 2), (2, 2), (4, 4), (4, 4),
]  # fmt: skip


@pytest.mark.parametrize(
    ("baris", "jumlah", "nrr", "nilai", "ikm", "huruf"),
    [
        # published: Σ 74 72, NRR 3.70 3.60, tertimbang 1.85 1.80 = 3.65, IKM 91.25 SANGAT BAIK
        (RESPONSIVENESS, [74, 72], ["3.70", "3.60"], Fraction(365, 100), "91.25", "A"),
        # published: Σ 65 71, NRR 3.25 3.55, tertimbang 1.63 1.78 = 3.40, IKM 85.00 BAIK
        (ASSURANCE, [65, 71], ["3.25", "3.55"], Fraction(340, 100), "85.00", "B"),
    ],
)
def test_contoh_lembar_kerja_ikm(baris, jumlah, nrr, nilai, ikm, huruf):
    """The worksheet weighs two unsur by 0,50 each (1/2, exact) and prints the 2017 mutu.

    Its third table (Reliability) is left out: respondent 17 gave a 5 on a 1-4 scale, which
    the core refuses (see test_nilai_di_luar_skala_ditolak), so its 86,63 cannot be rebuilt.
    """
    i = hitung_indeks(sebaran_dari_nilai(baris, 2), len(baris), penimbang=Fraction(1, 2))
    assert [u.jumlah_nilai for u in i.unsur] == jumlah
    assert [f"{float(u.nrr):.2f}" for u in i.unsur] == nrr
    assert i.nilai == nilai
    assert i.konversi == Decimal(ikm) and i.mutu.huruf == huruf
    # two unsur answered: the default penimbang is 1/2 too
    assert hitung_indeks(sebaran_dari_nilai(baris, 2), len(baris)).konversi == Decimal(ikm)


def test_nilai_di_luar_skala_ditolak():
    with pytest.raises(ValueError, match="di luar 1-4"):
        sebaran_dari_nilai([(3, 5, 3)], 3)


# --------------------------------------------------------------------------- the intervals


@pytest.mark.parametrize(
    ("konversi", "huruf", "kinerja"),
    [
        ("25.00", "D", "Tidak Baik"),
        ("64.99", "D", "Tidak Baik"),
        ("65.00", "C", "Kurang Baik"),
        ("76.60", "C", "Kurang Baik"),
        ("76.61", "B", "Baik"),
        ("88.30", "B", "Baik"),
        ("88.31", "A", "Sangat Baik"),
        ("100.00", "A", "Sangat Baik"),
    ],
)
def test_batas_interval_mutu(konversi, huruf, kinerja):
    m = mutu_dari(Decimal(konversi))
    assert (m.huruf, m.kinerja) == (huruf, kinerja)


def test_batas_interval_dari_jawaban_nyata():
    """Each edge reached by real answers, rounded half up as printed: 100 respondents give
    NRR in hundredths, so IKM = Σ/100 × 1/9 × 25; the sums are chosen at the edges."""

    def ikm_dengan_total(total: int) -> Decimal:
        # nine unsur, 100 answers each, the total of all 900 answers is `total`
        per = [total // 9 + (1 if i < total % 9 else 0) for i in range(9)]
        sebaran = []
        for s in per:  # s = 100 answers: a of value 3 and b of value 2 (or 4)
            if s >= 300:
                sebaran.append([0, 0, 400 - s, s - 300])
            else:
                sebaran.append([0, 300 - s, s - 200, 0])
        i = hitung_indeks(sebaran, 100)
        assert i.nilai == Fraction(total, 900)
        return i.konversi

    # IKM = total / 900 * 25 = total / 36
    assert ikm_dengan_total(2339) == Decimal("64.97")  # 64.972 -> D
    assert mutu_dari(ikm_dengan_total(2339)).huruf == "D"
    assert ikm_dengan_total(2340) == Decimal("65.00")  # exactly 65 -> C
    assert mutu_dari(ikm_dengan_total(2340)).huruf == "C"
    assert ikm_dengan_total(2757) == Decimal("76.58")  # C
    assert ikm_dengan_total(2758) == Decimal("76.61")  # 76.611 -> B
    assert mutu_dari(ikm_dengan_total(2758)).huruf == "B"
    assert ikm_dengan_total(3178) == Decimal("88.28")  # B
    assert mutu_dari(ikm_dengan_total(3178)).huruf == "B"
    assert ikm_dengan_total(3179) == Decimal("88.31")  # 88.305... rounds half up -> A
    assert mutu_dari(ikm_dengan_total(3179)).huruf == "A"


def test_pembulatan_setengah_ke_atas_tanpa_float():
    assert bulat2(Fraction(76605, 1000)) == Decimal("76.61")
    assert bulat2(Fraction(76604999, 1000000)) == Decimal("76.60")
    assert bulat2(Fraction(88305, 1000)) == Decimal("88.31")
    assert bulat2(Fraction(6499, 100)) == Decimal("64.99")


def test_tabel_mutu_menurut_peraturan():
    assert [(m.huruf, m.interval_konversi, m.interval_nilai) for m in MUTU] == [
        ("A", "88,31 - 100,00", "3,5324 - 4,00"),
        ("B", "76,61 - 88,30", "3,0644 - 3,532"),
        ("C", "65,00 - 76,60", "2,60 - 3,064"),
        ("D", "25,00 - 64,99", "1,00 - 2,5996"),
    ]
    # the regulation's nilai interval x 25 is its interval konversi
    for m in MUTU:
        bawah, _atas = (Decimal(x.replace(",", ".")) for x in m.interval_nilai.split(" - "))
        assert f"{bawah * 25:.2f}".replace(".", ",") == m.interval_konversi.split(" - ")[0]


def test_unsur_terendah_dan_unsur_kosong():
    sebaran = [[0, 0, 10, 0]] * 9
    sebaran = [list(s) for s in sebaran]
    sebaran[2] = [0, 5, 5, 0]  # U3 2.5
    sebaran[6] = [0, 5, 5, 0]  # U7 2.5 as well
    sebaran[3] = [0, 0, 0, 0]  # U4 unanswered on every paper form
    i = hitung_indeks(sebaran, 10)
    assert [u.unsur.kode for u in i.terendah] == ["U3", "U7"]
    assert i.penimbang == Fraction(1, 8) and i.unsur[3].nrr is None
    assert i.nilai == Fraction(3 * 6 + 2 * Fraction(5, 2), 8)


# --------------------------------------------------------------------------- sample size

# Krejcie, R. V. & Morgan, D. W. (1970), "Determining Sample Size for Research Activities",
# Educational and Psychological Measurement 30: 607-610, Table 1, as printed in the Lampiran
# of PermenPANRB 14/2017.
KREJCIE_MORGAN = [
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44),
    (55, 48), (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76),
    (100, 80), (110, 86), (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118),
    (180, 123), (190, 127), (200, 132), (210, 136), (220, 140), (230, 144), (240, 148),
    (250, 152), (260, 155), (270, 159), (280, 162), (290, 165), (300, 169), (320, 175),
    (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
    (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254),
    (800, 260), (850, 265), (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291),
    (1300, 297), (1400, 302), (1500, 306), (1600, 310), (1700, 313), (1800, 317), (1900, 320),
    (2000, 322), (2200, 327), (2400, 331), (2600, 335), (2800, 338), (3000, 341), (3500, 346),
    (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364), (8000, 367), (9000, 368),
    (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380), (50000, 381),
    (75000, 382), (1000000, 384),
]  # fmt: skip


@pytest.mark.parametrize(("populasi", "sampel"), KREJCIE_MORGAN)
def test_tabel_krejcie_morgan(populasi, sampel):
    assert sampel_minimum(populasi) == sampel


def test_sampel_tidak_melebihi_populasi_dan_naik():
    assert sampel_minimum(0) == 0 and sampel_minimum(1) == 1 and sampel_minimum(12) == 12
    nilai = [sampel_minimum(n) for n in range(0, 3000)]
    assert nilai == sorted(nilai)
    assert all(s <= n for n, s in enumerate(nilai))


# --------------------------------------------------------------------------- the catalog


def test_kuesioner_sembilan_unsur_skala_empat():
    k = muat_kuesioner()
    assert [u.kode for u in k.unsur] == [f"U{i}" for i in range(1, 10)]
    assert k.unsur[0].pilihan == ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")
    assert k.unsur[3].pilihan[-1] == "Gratis"
    assert k.unsur[8].nama.startswith("Penanganan pengaduan")
    assert [a.atribut for a in k.profil] == ["jenis_kelamin", "usia", "pendidikan", "pekerjaan"]
    assert "14 Tahun 2017" in k.dasar_hukum


def test_katalog_rusak_ditolak_dengan_nama_berkas(tmp_path):
    from bawang_desk.core.catalog import CatalogError

    p = tmp_path / "kuesioner.toml"
    teks = (muat_kuesioner.__globals__["resource_path"]("skm", "kuesioner.toml")).read_text()
    p.write_text(teks.replace('kode = "U3"', 'kode = "U8"', 1), encoding="utf-8")
    with pytest.raises(CatalogError, match=r"kuesioner\.toml: unsur\[3\]: kode harus U3"):
        muat_kuesioner(p)


# --------------------------------------------------------------------------- the counter


def diserahkan(desk):
    """An SKCK from intake to hand-over; returns its id."""
    a = siap_ttd(desk)
    desk.masuk("sekcam", SANDI)
    desk.layanan.tandatangani(a.id, mode="an")
    desk.masuk("operator", SANDI)
    return desk.layanan.serahkan(a.id).id


def semua_teks(conn: sqlite3.Connection) -> list[tuple[str, list]]:
    """Every table's rows, for looking for what must not be there."""
    hasil = []
    for (t,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        hasil.append((t, conn.execute(f'SELECT * FROM "{t}"').fetchall()))
    return hasil


def test_survei_loket_anonim(desk, jam):
    pid = diserahkan(desk)
    conn = desk.conn
    sebelum_audit = conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    sebelum_permohonan = conn.execute("SELECT * FROM permohonan WHERE id = ?", (pid,)).fetchone()
    tiket = desk.skm.buka_survei(pid)
    assert tiket.layanan == "skck" and tiket.bulan == "2026-11"
    # the ticket carries nothing of the application: its token is random, not derived from the id
    # (a random 16-byte token; a digit of the id may occur in it by chance, so test the fields)
    assert [f.name for f in dataclasses.fields(tiket)] == [
        "token",
        "layanan",
        "nama_layanan",
        "bulan",
    ]
    assert len(tiket.token) >= 22
    jam.maju(minutes=1)
    desk.skm.simpan_loket(
        tiket, Jawaban((4, 3, 4, 4, 3, 4, 4, 3, 2), PROFIL, "Ruang tunggu panas, mohon kipas.")
    )
    # nothing audited, nothing on the application changed
    assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == sebelum_audit
    assert conn.execute("SELECT * FROM permohonan WHERE id = ?", (pid,)).fetchone() == (
        sebelum_permohonan
    )
    # the counters hold the month and service, never the application, the NIK, a day or time
    jawab = conn.execute("SELECT * FROM skm_jawaban ORDER BY unsur").fetchall()
    assert jawab[0] == ("2026-11", "skck", "loket", 1, 4, 1)
    assert len(jawab) == 9
    kolom = {
        t: [c[1] for c in conn.execute(f"PRAGMA table_info({t})")]
        for t in ("skm_jawaban", "skm_responden", "skm_profil", "skm_saran")
    }
    assert kolom == {
        "skm_jawaban": ["bulan", "layanan", "sumber", "unsur", "nilai", "jumlah"],
        "skm_responden": ["bulan", "layanan", "sumber", "jumlah"],
        "skm_profil": ["bulan", "layanan", "atribut", "nilai", "jumlah"],
        "skm_saran": ["id", "bulan", "layanan", "teks"],
    }
    for t, rows in semua_teks(conn):
        if not t.startswith("skm_"):
            continue
        for r in rows:
            for v in r:
                assert NIK not in str(v) and "Slamet" not in str(v)
                assert "2026-11-24" not in str(v) and "T08:" not in str(v)
    # no rowid order: the counters are WITHOUT ROWID and the saran id is random
    for t in ("skm_jawaban", "skm_responden", "skm_profil"):
        with pytest.raises(sqlite3.OperationalError):
            conn.execute(f"SELECT rowid FROM {t}")
    (sid,) = conn.execute("SELECT id FROM skm_saran").fetchone()
    assert sid.bit_length() > 20  # random in 1..2**62, not a sequence
    # the profile is counted apart from the answers: no row holds both
    assert conn.execute("SELECT atribut, nilai, jumlah FROM skm_profil ORDER BY 1").fetchall() == [
        ("jenis_kelamin", "Perempuan", 1),
        ("pekerjaan", "Wirausaha", 1),
        ("pendidikan", "SMA/SMK", 1),
        ("usia", "30-39 tahun", 1),
    ]
    # the month's IKM includes the answer
    desk.masuk("sekcam", SANDI)
    i = desk.skm.indeks_periode(Periode.bulan(2026, 11))
    assert i.responden == 1 and i.nilai == Fraction(31, 9)
    assert i.konversi == Decimal("86.11") and i.mutu.huruf == "B"
    assert [u.unsur.kode for u in i.terendah] == ["U9"]


def test_tiket_sekali_pakai_dan_syaratnya(desk):
    pid = diserahkan(desk)
    t = desk.skm.buka_survei(pid)
    with pytest.raises(ValidationError, match="sudah dibuka"):
        desk.skm.buka_survei(pid)
    with pytest.raises(ValidationError, match="U9 belum dijawab"):
        desk.skm.simpan_loket(t, Jawaban((4,) * 8 + (None,), PROFIL))
    desk.skm.simpan_loket(t, Jawaban((4,) * 9, PROFIL))
    with pytest.raises(ValidationError, match="Tiket survei tidak berlaku"):
        desk.skm.simpan_loket(t, Jawaban((4,) * 9, PROFIL))
    # not before the hand-over
    a = siap_ttd(desk)
    with pytest.raises(ValidationError, match="setelah berkas diserahkan"):
        desk.skm.buka_survei(a.id)
    # the Camat does not hand over, so does not open the survey
    desk.masuk("camat", SANDI)
    with pytest.raises(AksesDitolak):
        desk.skm.buka_survei(pid)


def test_survei_tidak_ditawarkan_menurut_pengaturan(desk):
    pid = diserahkan(desk)
    desk.masuk("sekcam", SANDI)
    desk.pengaturan.simpan_skm(PengaturanSKM(True, ("kk", "ktp-el")))
    desk.masuk("operator", SANDI)
    assert not desk.skm.ditawarkan("skck")
    with pytest.raises(ValidationError, match="tidak ditawarkan untuk Rekomendasi SKCK"):
        desk.skm.buka_survei(pid)


def test_jawaban_salah_tidak_menyimpan_apa_pun(desk):
    pid = diserahkan(desk)
    t = desk.skm.buka_survei(pid)
    for salah, pesan in [
        (Jawaban((4, 3, 5, 4, 3, 4, 4, 3, 2), PROFIL), "U3 harus 1, 2, 3 atau 4"),
        (Jawaban((4,) * 8, PROFIL), "9 unsur"),
        (Jawaban((4,) * 9, {**PROFIL, "usia": "33"}), "Usia harus salah satu"),
        (Jawaban((4,) * 9, PROFIL, "x" * 1001), "paling banyak 1000"),
    ]:
        with pytest.raises(ValidationError, match=pesan):
            desk.skm.simpan_loket(t, salah)
    assert desk.conn.execute("SELECT COUNT(*) FROM skm_responden").fetchone()[0] == 0
    desk.skm.simpan_loket(t, Jawaban((4,) * 9, PROFIL))


# --------------------------------------------------------------------------- paper forms


def test_kertas_kosong_boleh_dan_dapat_dibatalkan(desk):
    desk.masuk("pengadministrasi", SANDI)
    e1 = desk.skm.simpan_kertas(
        "kk", date(2026, 10, 3), Jawaban((3, 3, None, 4, 3, 3, 3, 2, 2), {"usia": "20-29 tahun"})
    )
    desk.skm.simpan_kertas("kk", date(2026, 10, 20), Jawaban((4,) * 9, PROFIL, "Bagus"))
    e3 = desk.skm.simpan_kertas("legalisasi", date(2026, 10, 5), Jawaban((1,) * 9, {}, "Lama"))
    desk.skm.batalkan_kertas(e3)
    with pytest.raises(ValidationError, match="sesi ini"):
        desk.skm.batalkan_kertas(e3)
    with pytest.raises(ValidationError, match="setelah bulan ini"):
        desk.skm.simpan_kertas("kk", date(2026, 12, 1), Jawaban((4,) * 9))
    with pytest.raises(ValidationError, match="Tidak ada unsur"):
        desk.skm.simpan_kertas("kk", date(2026, 10, 1), Jawaban((None,) * 9))
    desk.masuk("sekcam", SANDI)
    h = desk.skm.rekap(Periode.bulan(2026, 10))
    assert h.responden_kertas == 2 and h.responden_loket == 0
    u3 = h.indeks.unsur[2]
    assert u3.terisi == 1 and u3.nrr == 4  # the blank does not count as an answer
    assert h.saran == (("Kartu Keluarga", "Bagus"),)
    usia = dict(dict((a.atribut, b) for a, b in h.profil)["usia"])
    assert usia["20-29 tahun"] == 1 and usia["30-39 tahun"] == 1
    jk = dict(dict((a.atribut, b) for a, b in h.profil)["jenis_kelamin"])
    assert jk == {"Laki-laki": 0, "Perempuan": 1, "Tidak diisi": 1}
    assert [r.kode for r in h.per_layanan] == ["kk"]
    assert e1.bulan == "2026-10"


def test_rekap_per_layanan_populasi_dan_sampel(desk):
    pid = diserahkan(desk)
    desk.skm.simpan_loket(desk.skm.buka_survei(pid), Jawaban((4,) * 9, PROFIL))
    desk.masuk("pengadministrasi", SANDI)
    desk.skm.simpan_kertas("kk", date(2026, 11, 2), Jawaban((2,) * 9, PROFIL))
    desk.masuk("sekcam", SANDI)
    p = periode_semester(2026, 2)
    assert p.label == "Semester II 2026" and p.awal == date(2026, 7, 1)
    h = desk.skm.rekap(p)
    assert h.responden == 2 and h.populasi == 1 and h.sampel_minimum == 1
    assert h.memenuhi_sampel
    assert [(r.kode, r.responden, r.populasi) for r in h.per_layanan] == [
        ("skck", 1, 1),
        ("kk", 1, 0),
    ]
    assert h.indeks.nilai == 3 and h.indeks.konversi == Decimal("75.00")
    assert h.indeks.mutu.huruf == "C"
    skck = desk.skm.rekap(p, "skck")
    assert skck.indeks.konversi == Decimal("100.00") and skck.per_layanan == ()
    # the other semester has nothing
    kosong = desk.skm.rekap(periode_semester(2026, 1))
    assert kosong.indeks.konversi is None and kosong.indeks.mutu is None
    # only the Tim Penyusun reads it
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.skm.rekap(p)


# --------------------------------------------------------------------------- settings


def test_pengaturan_kalimat_dan_layanan(desk):
    desk.masuk("sekcam", SANDI)
    assert desk.pengaturan.skm() == PengaturanSKM()
    v = desk.pengaturan.simpan_skm(
        PengaturanSKM(
            True,
            ("skck", "kk", "skck"),
            {
                "U3": {
                    "pertanyaan": "Bagaimana  kecepatan petugas  melayani Bapak/Ibu?",
                    "pilihan": ["Lambat", "Kurang cepat", "Cepat", "Sangat cepat"],
                },
                "U1": {  # the catalog's own wording is not stored twice
                    "pertanyaan": muat_kuesioner().unsur[0].pertanyaan,
                    "pilihan": list(muat_kuesioner().unsur[0].pilihan),
                },
            },
        )
    )
    assert v.layanan == ("skck", "kk") and set(v.kalimat) == {"U3"}
    k = desk.skm.kuesioner()
    assert k.unsur[2].pertanyaan == "Bagaimana kecepatan petugas melayani Bapak/Ibu?"
    assert k.unsur[2].pilihan[0] == "Lambat" and k.unsur[2].nama == "Waktu penyelesaian"
    for salah, pesan in [
        (PengaturanSKM(True, ("surat-masuk",)), "Layanan tidak dikenal"),
        (PengaturanSKM(True, (), {"U10": {}}), "U10 tidak ada"),
        (PengaturanSKM(True, (), {"U2": {"pertanyaan": "Pendek?", "pilihan": []}}), "10 sampai"),
        (
            PengaturanSKM(True, (), {"U2": {"pertanyaan": "Bagaimana prosedurnya?",
                                            "pilihan": ["a", "b", "c"]}}),
            "harus empat",
        ),
        (
            PengaturanSKM(True, (), {"U2": {"pertanyaan": "Bagaimana prosedurnya?",
                                            "pilihan": ["a", "b", "c", "A"]}}),
            "harus berbeda",
        ),
    ]:  # fmt: skip
        with pytest.raises(ValidationError, match=pesan):
            desk.pengaturan.simpan_skm(salah)
    audit = desk.conn.execute(
        "SELECT COUNT(*) FROM audit WHERE aksi = 'pengaturan.skm'"
    ).fetchone()[0]
    assert audit == 1
    desk.masuk("operator", SANDI)
    with pytest.raises(AksesDitolak):
        desk.pengaturan.simpan_skm(PengaturanSKM())


# --------------------------------------------------------------------------- follow-up, seals


def test_rencana_tindak_lanjut_dan_segel(desk, jam):
    desk.masuk("pengadministrasi", SANDI)
    desk.skm.simpan_kertas("kk", date(2026, 10, 3), Jawaban((3,) * 9, PROFIL))
    desk.masuk("sekcam", SANDI)
    p = Periode.bulan(2026, 10)
    desk.skm.simpan_rencana(p, "  Menambah kursi  ruang tunggu.\nMemasang papan alur. ")
    assert desk.skm.rencana_tindak_lanjut(p) == "Menambah kursi ruang tunggu.\nMemasang papan alur."
    h = desk.skm.rekap(p)
    assert h.rencana_tindak_lanjut.startswith("Menambah kursi")
    desk.skm.catat_cetak(h, "laporan")
    assert desk.skm.periksa_segel() == []
    assert desk.periksa_integritas() == []
    # someone raises October's counters by hand after the report was printed
    desk.conn.execute("UPDATE skm_jawaban SET jumlah = jumlah + 5 WHERE nilai = 3")
    desk.conn.commit()
    assert desk.skm.periksa_segel() == [
        "Data survei kepuasan Oktober 2026 berubah setelah laporannya dicetak pada 2026-11-24."
    ]
    assert any("Oktober 2026 berubah" in m for m in desk.periksa_integritas())
    desk.masuk("camat", SANDI)
    with pytest.raises(AksesDitolak):
        desk.skm.simpan_rencana(p, "x")
