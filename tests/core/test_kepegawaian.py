"""The KP/KGB rules as pure functions: periods (and the 2024 change), KP reguler, ceilings, the
salary step table, warnings, the buku penjagaan, and a generated 200-person office agreeing."""

from __future__ import annotations

from datetime import date

import pytest

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core import referensi
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.kepegawaian import (
    PANGKAT,
    Pegawai,
    batas_kp_reguler,
    kgb_berikutnya,
    kp_reguler_berikutnya,
    periode_kp_berikutnya,
)
from bawang_desk.core.pegawai_contoh import buat_pegawai_contoh, isi_pegawai_contoh
from tests.helpers import SANDI

# --------------------------------------------------------------------------- PANGKAT


def test_pangkat_tujuh_belas_golongan():
    assert len(PANGKAT) == 17
    assert PANGKAT is referensi.PANGKAT  # one source: resources/referensi/pangkat.toml
    assert next(iter(PANGKAT)) == "I/a" and list(PANGKAT)[-1] == "IV/e"
    assert PANGKAT["I/a"] == "Juru Muda"
    assert PANGKAT["II/d"] == "Pengatur Tk I"
    assert PANGKAT["III/a"] == "Penata Muda"
    assert PANGKAT["III/b"] == "Penata Muda Tk I"
    assert PANGKAT["IV/c"] == "Pembina Utama Muda"
    assert PANGKAT["IV/e"] == "Pembina Utama"


# --------------------------------------------------------------------------- periods


@pytest.mark.parametrize(
    ("tanggal", "periode"),
    [
        # before 2024: only 1 April and 1 October
        (date(2022, 1, 15), date(2022, 4, 1)),
        (date(2022, 4, 1), date(2022, 4, 1)),
        (date(2022, 4, 2), date(2022, 10, 1)),
        (date(2022, 10, 1), date(2022, 10, 1)),
        (date(2022, 11, 30), date(2023, 4, 1)),
        (date(2023, 2, 1), date(2023, 4, 1)),  # February was no period yet
        (date(2023, 6, 1), date(2023, 10, 1)),
        # the change: after 1 October 2023 the next period is the new rule's 1 February 2024
        (date(2023, 10, 2), date(2024, 2, 1)),
        (date(2023, 12, 31), date(2024, 2, 1)),
        (date(2024, 1, 1), date(2024, 2, 1)),
        # from 2024: Feb, Apr, Jun, Aug, Oct, Dec
        (date(2024, 2, 1), date(2024, 2, 1)),
        (date(2024, 2, 2), date(2024, 4, 1)),
        (date(2024, 2, 29), date(2024, 4, 1)),  # leap day
        (date(2024, 3, 31), date(2024, 4, 1)),
        (date(2025, 5, 31), date(2025, 6, 1)),
        (date(2025, 6, 30), date(2025, 8, 1)),
        # the second change: from 1 October 2025 (Peraturan BKN 4/2025) every 1st is a period
        (date(2025, 8, 2), date(2025, 10, 1)),  # 1 September 2025 was still no period
        (date(2025, 9, 1), date(2025, 10, 1)),
        (date(2025, 9, 30), date(2025, 10, 1)),
        (date(2025, 10, 1), date(2025, 10, 1)),
        (date(2025, 10, 2), date(2025, 11, 1)),
        (date(2026, 2, 2), date(2026, 3, 1)),
        (date(2026, 11, 24), date(2026, 12, 1)),
        (date(2026, 12, 2), date(2027, 1, 1)),  # issue 16: not 1 February 2027
        (date(2026, 12, 31), date(2027, 1, 1)),
    ],
)
def test_periode_kp_berikutnya(tanggal, periode):
    assert periode_kp_berikutnya(tanggal) == periode
    assert kp.adalah_periode_kp(periode)


def test_bukan_periode():
    assert not kp.adalah_periode_kp(date(2023, 2, 1))  # old rule: February was not a period
    assert kp.adalah_periode_kp(date(2023, 10, 1))
    assert not kp.adalah_periode_kp(date(2023, 12, 1))  # 31 Dec 2023 / 1 Jan 2024
    assert not kp.adalah_periode_kp(date(2024, 1, 1))
    assert kp.adalah_periode_kp(date(2024, 2, 1))
    assert not kp.adalah_periode_kp(date(2024, 3, 1))
    assert not kp.adalah_periode_kp(date(2024, 4, 2))
    assert not kp.adalah_periode_kp(date(2025, 9, 1))  # 30 Sep 2025 / 1 Oct 2025
    assert kp.adalah_periode_kp(date(2025, 10, 1))
    assert kp.adalah_periode_kp(date(2025, 11, 1))
    assert kp.adalah_periode_kp(date(2027, 1, 1))
    assert not kp.adalah_periode_kp(date(2027, 1, 2))


def test_periode_kp_dari_aturan_bertanggal():
    """The three versions of the rule carry their basis and the date each took effect."""
    from bawang_desk.core.aturan import aturan

    rule = aturan("periode-kp")
    assert rule.perubahan() == (date(2024, 1, 1), date(2025, 10, 1))
    assert rule.pada(date(2023, 12, 31)).isi["bulan"] == [4, 10]
    assert rule.pada(date(2024, 1, 1)).dasar.startswith("Peraturan BKN Nomor 4 Tahun 2023")
    assert rule.pada(date(2025, 9, 30)).isi["bulan"] == [2, 4, 6, 8, 10, 12]
    assert "Nomor 4 Tahun 2025" in rule.pada(date(2025, 10, 1)).dasar
    assert len(rule.pada(date(2025, 10, 1)).isi["bulan"]) == 12


@pytest.mark.parametrize(
    ("tmt", "berikut"),
    [
        (date(2020, 4, 1), date(2024, 4, 1)),  # 4 years exactly on a period
        (date(2019, 10, 1), date(2023, 10, 1)),
        (date(2019, 4, 1), date(2023, 4, 1)),
        (date(2019, 11, 1), date(2024, 2, 1)),  # 4 years on 1 Nov 2023: the new rule's first
        (date(2020, 1, 31), date(2024, 2, 1)),  # month end
        (date(2020, 2, 29), date(2024, 4, 1)),  # leap day to leap day
        (date(2021, 8, 1), date(2025, 8, 1)),
        (date(2021, 8, 2), date(2025, 10, 1)),
        (date(2022, 12, 1), date(2026, 12, 1)),
        (date(2018, 6, 1), date(2022, 10, 1)),  # old rule: June is no period
        (date(2022, 3, 1), date(2026, 3, 1)),  # issue 16: not 1 April 2026
        (date(2021, 9, 2), date(2025, 10, 1)),  # 4 years on 2 Sep 2025: six-period rule
        (date(2021, 10, 2), date(2025, 11, 1)),  # monthly rule
        (date(2019, 12, 31), date(2024, 2, 1)),  # 31 Dec 2023: the 2024 rule's first period
        (date(2020, 1, 1), date(2024, 2, 1)),
    ],
)
def test_kp_reguler_berikutnya(tmt, berikut):
    assert kp_reguler_berikutnya(tmt) == berikut


def test_jendela_kp_dua_periode():
    assert kp.jendela_kp(date(2026, 11, 24)) == (date(2026, 11, 24), date(2027, 1, 1))
    assert kp.jendela_kp(date(2026, 12, 1)) == (date(2026, 12, 1), date(2027, 1, 1))
    assert kp.jendela_kp(date(2026, 12, 2)) == (date(2026, 12, 2), date(2027, 2, 1))
    assert kp.jendela_kp(date(2025, 8, 2)) == (date(2025, 8, 2), date(2025, 11, 1))
    assert kp.jendela_kp(date(2023, 5, 1)) == (date(2023, 5, 1), date(2024, 2, 1))
    assert kp.jendela_kgb(date(2026, 11, 30)) == (date(2026, 11, 30), date(2027, 2, 28))


def test_tambah_bulan_ujung_bulan_dan_kabisat():
    assert kp.tambah_bulan(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert kp.tambah_bulan(date(2023, 1, 31), 1) == date(2023, 2, 28)
    assert kp.tambah_bulan(date(2024, 3, 31), -1) == date(2024, 2, 29)
    assert kp.tambah_bulan(date(2024, 12, 15), 1) == date(2025, 1, 15)
    assert kp.tambah_tahun(date(2024, 2, 29), 1) == date(2025, 2, 28)
    assert kp.tambah_tahun(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert kp.bulan_antara(date(2020, 1, 31), date(2020, 2, 29)) == 0
    assert kp.bulan_antara(date(2020, 1, 1), date(2024, 4, 1)) == 51
    assert kp.bulan_antara(date(2024, 4, 1), date(2020, 1, 1)) == -51


# --------------------------------------------------------------------------- ceilings


@pytest.mark.parametrize(
    ("pendidikan", "batas"),
    [
        ("SD", "II/a"),
        ("SLTP", "II/c"),
        ("SLTA", "III/b"),
        ("D-I", "III/b"),
        ("D-II", "III/b"),
        ("D-III", "III/c"),
        ("D-IV", "III/d"),
        ("S1", "III/d"),
        ("S2", "IV/a"),
        ("S3", "IV/b"),
        # as exports write them
        ("smk", "III/b"),
        ("SMA", "III/b"),
        ("D3", "III/c"),
        ("D III", "III/c"),
        ("Diploma III", "III/c"),
        ("S-1", "III/d"),
        ("s 2", "IV/a"),
        ("SMP", "II/c"),
    ],
)
def test_batas_kp_reguler(pendidikan, batas):
    assert batas_kp_reguler(pendidikan) == batas


def test_pendidikan_tidak_dikenal():
    with pytest.raises(ValidationError, match="tidak dikenal") as e:
        batas_kp_reguler("Pesantren kilat")
    assert e.value.field == "pendidikan"
    with pytest.raises(ValidationError, match="belum diisi"):
        batas_kp_reguler("  ")


def test_golongan_awal_dan_berikutnya():
    assert kp.golongan_awal("SLTA") == "II/a"
    assert kp.golongan_awal("S1") == "III/a"
    assert kp.golongan_berikutnya("II/d") == "III/a"
    assert kp.golongan_berikutnya("iii/d") == "IV/a"
    assert kp.golongan_berikutnya("IV/e") is None
    with pytest.raises(ValidationError, match="tidak ada"):
        kp.golongan_berikutnya("III/f")
    assert kp.validasi_golongan_pegawai("ix", "PPPK") == "IX"
    assert kp.validasi_golongan_pegawai("9", "PPPK") == "IX"
    with pytest.raises(ValidationError, match="PPPK"):
        kp.validasi_golongan_pegawai("III/a", "PPPK")
    with pytest.raises(ValidationError, match="I/a sampai IV/e"):
        kp.validasi_golongan_pegawai("V", "PNS")


# --------------------------------------------------------------------------- KGB


def test_tabel_langkah_gaji_dari_data():
    assert kp.langkah_gaji("II/a")[:4] == (0, 1, 3, 5)
    assert kp.langkah_gaji("I/a")[:3] == (0, 2, 4)
    assert kp.langkah_gaji("I/c")[:3] == (3, 5, 7)
    assert kp.langkah_gaji("II/d")[:3] == (3, 5, 7)
    assert kp.langkah_gaji("III/a")[:3] == (0, 2, 4)
    assert kp.langkah_gaji("IV/e")[-1] == 32


@pytest.mark.parametrize(
    ("golongan", "mkg", "tmt", "berikut"),
    [
        ("II/a", 0, date(2020, 3, 1), date(2021, 3, 1)),  # the first step after one year
        ("II/a", 1, date(2021, 3, 1), date(2023, 3, 1)),  # then 1 -> 3
        ("II/a", 3, date(2023, 3, 1), date(2025, 3, 1)),
        ("III/a", 0, date(2020, 3, 1), date(2022, 3, 1)),
        ("I/a", 0, date(2020, 3, 1), date(2022, 3, 1)),
        ("I/b", 0, date(2020, 3, 1), date(2023, 3, 1)),  # I/b starts at 3
        ("II/b", 3, date(2020, 3, 1), date(2022, 3, 1)),
        ("III/b", 5, date(2024, 4, 1), date(2025, 4, 1)),  # odd MKG after a KP: 5 -> 6
        ("II/c", 4, date(2024, 4, 1), date(2025, 4, 1)),  # even MKG in an odd table: 4 -> 5
        ("IV/e", 30, date(2024, 1, 1), date(2026, 1, 1)),
        ("III/d", 32, date(2024, 1, 1), None),  # top of the table
        ("III/c", 2, date(2024, 2, 29), date(2026, 3, 1)),  # not the 1st: the next 1st
    ],
)
def test_kgb_berikutnya(golongan, mkg, tmt, berikut):
    assert kgb_berikutnya(golongan, mkg, tmt) == berikut


def test_kgb_berikutnya_dengan_bulan():
    # MKG 3 years 6 months after a KP: the step of 4 years is six months away
    assert kgb_berikutnya("III/a", 3, date(2025, 4, 1), 6) == date(2025, 10, 1)
    # 1 year 11 months in II/a: step 3 in 13 months
    assert kgb_berikutnya("II/a", 1, date(2025, 1, 1), 11) == date(2026, 2, 1)


def test_kgb_masukan_salah():
    with pytest.raises(ValidationError, match="tidak ada"):
        kgb_berikutnya("III/e", 0, date(2020, 1, 1))
    with pytest.raises(ValidationError, match="negatif"):
        kgb_berikutnya("III/a", -1, date(2020, 1, 1))
    with pytest.raises(ValidationError):
        kgb_berikutnya("III/a", 2, date(2020, 1, 1), 12)


def test_tabel_gaji_dapat_dikoreksi_tanpa_kode(tmp_path, monkeypatch):
    """The step table is data: a corrected file changes the answer, no code involved."""
    from bawang_desk.core import aturan, sumber

    asli = sumber.resource_path("aturan", "gaji-berkala.toml").read_text(encoding="utf-8")
    (tmp_path / "aturan").mkdir()
    (tmp_path / "aturan" / "gaji-berkala.toml").write_text(
        asli.replace("III_IV = [0, 2, 4,", "III_IV = [0, 3, 4,"), encoding="utf-8"
    )
    monkeypatch.setattr(aturan, "resource_path", lambda *p: tmp_path.joinpath(*p))
    aturan.aturan.cache_clear()
    kp._langkah_gaji.cache_clear()
    try:
        assert kgb_berikutnya("III/a", 0, date(2020, 1, 1)) == date(2023, 1, 1)
    finally:
        monkeypatch.undo()
        aturan.aturan.cache_clear()
        kp._langkah_gaji.cache_clear()
    assert kgb_berikutnya("III/a", 0, date(2020, 1, 1)) == date(2022, 1, 1)


def test_tabel_gaji_baru_berlaku_dari_tanggalnya(tmp_path, monkeypatch):
    """A future table is a data edit: a new [[versi]] applies to KGBs from its date only."""
    from bawang_desk.core import aturan, sumber

    asli = sumber.resource_path("aturan", "gaji-berkala.toml").read_text(encoding="utf-8")
    versi = asli[asli.index("\n[[versi]]\n") :]
    baru = versi.replace("[[versi]]\n", "[[versi]]\nberlaku = 2027-01-01\n", 1).replace(
        "III_IV = [0, 2, 4,", "III_IV = [0, 3, 4,"
    )
    (tmp_path / "aturan").mkdir()
    (tmp_path / "aturan" / "gaji-berkala.toml").write_text(asli + "\n" + baru, encoding="utf-8")
    monkeypatch.setattr(aturan, "resource_path", lambda *p: tmp_path.joinpath(*p))
    aturan.aturan.cache_clear()
    kp._langkah_gaji.cache_clear()
    try:
        assert kgb_berikutnya("III/a", 0, date(2020, 1, 1)) == date(2022, 1, 1)  # old table
        assert kgb_berikutnya("III/a", 2, date(2026, 6, 1)) == date(2027, 6, 1)  # new: 3
    finally:
        monkeypatch.undo()
        aturan.aturan.cache_clear()
        kp._langkah_gaji.cache_clear()
    assert kgb_berikutnya("III/a", 2, date(2026, 6, 1)) == date(2028, 6, 1)


def test_mkg_setelah_kp():
    assert kp.mkg_setelah_kp("II/d", "III/a", 12, 3) == (7, 3)  # II -> III: less 5 years
    assert kp.mkg_setelah_kp("I/d", "II/a", 10, 0) == (4, 0)  # I -> II: less 6 years
    assert kp.mkg_setelah_kp("III/a", "III/b", 4, 0) == (4, 0)
    assert kp.mkg_setelah_kp("II/d", "III/a", 3, 0) == (0, 0)  # never negative
    assert kp.mkg_pada(date(2020, 4, 1), 4, 0, date(2024, 4, 1)) == (8, 0)


# --------------------------------------------------------------------------- warnings


def _p(pid=1, **kw) -> Pegawai:
    d = dict(
        id=pid,
        nip=f"19850101201001100{pid % 10}",
        nama=f"Pegawai {pid}",
        golongan="III/a",
        tmt_pangkat=date(2022, 4, 1),
        pendidikan="S1",
        skp=((2025, "Baik"), (2024, "Baik"), (2026, "Baik")),
    )
    d.update(kw)
    return Pegawai(**d)


def test_peringatan_kp_tidak_ada_bila_semua_terpenuhi():
    atasan = _p(9, golongan="III/d")
    assert kp.peringatan_kp(_p(), "III/b", date(2026, 4, 1), atasan) == ()


def test_peringatan_kp_dihitung():
    atasan = _p(9, nama="Budi Atasan", golongan="III/a")
    p = _p(
        golongan="III/b",
        pendidikan="SLTA",
        tmt_pangkat=date(2023, 4, 1),
        skp=((2025, "Butuh Perbaikan"),),
    )
    w = kp.peringatan_kp(p, "III/c", date(2026, 4, 1), atasan)
    teks = "\n".join(w)
    assert "Baru 3 tahun dalam pangkat" in teks and "sekurang-kurangnya 4 tahun" in teks
    assert "melampaui pangkat atasan langsung (Budi Atasan, III/a)" in teks
    assert "sudah batas KP reguler untuk pendidikan SLTA (III/b)" in teks
    assert "SKP tahun 2025 berpredikat Butuh Perbaikan" in teks
    assert "SKP tahun 2024 belum dicatat" in teks
    # KP penyesuaian ijazah needs one year, and the education ceiling does not apply to it
    w = kp.peringatan_kp(p, "III/c", date(2026, 4, 1), None, "kp-ijazah")
    assert not any("tahun dalam pangkat" in x or "batas" in x for x in w)


def test_atasan_langsung_peringatan_lalu_informasi():
    """Peraturan BKN 2/2025 (20 May 2025): above the superior is information, not a warning."""
    atasan = _p(9, nama="Budi Atasan", golongan="III/a")
    p = _p(golongan="III/a", tmt_pangkat=date(2021, 4, 1), skp=((2024, "Baik"), (2023, "Baik")))
    sebelum = kp.peringatan_kp(p, "III/b", date(2025, 5, 1), atasan)
    assert sebelum == ("KP ke III/b melampaui pangkat atasan langsung (Budi Atasan, III/a).",)
    sesudah = kp.peringatan_kp(p, "III/b", date(2025, 6, 1), atasan)
    assert len(sesudah) == 1 and sesudah[0].startswith("Informasi: KP ke III/b melampaui")
    assert "Peraturan BKN Nomor 2 Tahun 2025" in sesudah[0]
    assert kp.peringatan_kp(p, "III/b", date(2025, 5, 20), atasan)[0].startswith("Informasi")
    assert not kp.peringatan_kp(p, "III/b", date(2025, 5, 19), atasan)[0].startswith("Info")


def test_penjagaan_kp_pegawai_di_atas_atasan_tetap_tercatat():
    """Issue 16: an S2 staff member in III/c under a III/c superior, late for KP, was missing
    from the book. Nobody due may be missing; the SOP's limit is an information line."""
    atasan = _p(1, nama="Kasi", golongan="III/c", pendidikan="S1", tmt_pangkat=date(2024, 4, 1))
    s2 = _p(
        2,
        nama="Sari",
        golongan="III/c",
        pendidikan="S2",
        tmt_pangkat=date(2021, 4, 1),  # 4 years on 1 Apr 2025: late
        atasan_id=1,
        skp=((2026, "Baik"), (2025, "Baik")),
    )
    tepat = _p(3, nama="Tono", golongan="III/c", pendidikan="S2", tmt_pangkat=date(2023, 1, 1),
               atasan_id=1, skp=((2026, "Baik"), (2025, "Baik")))  # fmt: skip
    buku = kp.penjagaan_kp([atasan, s2, tepat], date(2026, 12, 2), date(2027, 2, 1))
    assert [(j.pegawai.nama, j.tmt, j.terlambat) for j in buku] == [
        ("Sari", date(2027, 1, 1), True),
        ("Tono", date(2027, 1, 1), False),  # the monthly rule: January is a period
    ]
    for j in buku:
        assert j.golongan_ke == "III/d"
        assert any(w.startswith("Informasi: KP ke III/d melampaui") for w in j.peringatan)


def test_peringatan_kgb():
    assert kp.peringatan_kgb(_p(), date(2026, 3, 1)) == ()
    assert "belum dicatat" in kp.peringatan_kgb(_p(skp=()), date(2026, 3, 1))[0]
    w = kp.peringatan_kgb(_p(skp=((2025, "Kurang"),)), date(2026, 3, 1))
    assert "Kurang" in w[0] and "ditunda" in w[0]


# --------------------------------------------------------------------------- penjagaan


def test_penjagaan_kp_urut_dan_aturan():
    dari, sampai = date(2026, 1, 1), date(2026, 6, 30)
    atasan = _p(1, nama="Kepala", golongan="IV/a", pendidikan="S2", tmt_pangkat=date(2025, 4, 1))
    semua = [
        atasan,
        _p(2, nama="Bayu", tmt_pangkat=date(2022, 4, 1), atasan_id=1),  # 1 Apr 2026
        _p(3, nama="Ani", tmt_pangkat=date(2022, 2, 1), atasan_id=1),  # 1 Feb 2026
        _p(4, nama="Citra", tmt_pangkat=date(2022, 6, 1), status="PPPK", golongan="IX"),
        _p(5, nama="Dodi", tmt_pangkat=date(2022, 8, 1)),  # 1 Aug 2026: outside
        _p(6, nama="Eka", tmt_pangkat=date(2020, 4, 1), golongan="III/d"),  # late, at ceiling
        _p(7, nama="Fajar", tmt_pangkat=date(2021, 4, 1)),  # late: 1 Apr 2025 was missed
        _p(8, nama="Gita", tmt_pangkat=date(2022, 2, 1), aktif=False, status="Mutasi"),
        _p(10, nama="Hadi", tmt_pangkat=date(2022, 4, 1), golongan="III/b", pendidikan="SLTA"),
    ]
    buku = kp.penjagaan_kp(semua, dari, sampai)
    assert [(j.pegawai.nama, j.tmt) for j in buku] == [
        ("Fajar", date(2026, 1, 1)),  # late: at the first period from 1 Jan (monthly rule)
        ("Ani", date(2026, 2, 1)),
        ("Hadi", date(2026, 4, 1)),  # higher golongan first on the same date
        ("Bayu", date(2026, 4, 1)),
    ]
    fajar = buku[0]
    assert fajar.terlambat and fajar.seharusnya == date(2025, 4, 1)
    assert fajar.peringatan[0].startswith("Terlambat")
    hadi = buku[2]
    assert any("batas KP reguler" in w for w in hadi.peringatan) and not hadi.terlambat
    assert buku[1].golongan_ke == "III/b" and buku[1].label == "III/a -> III/b"


def test_penjagaan_kgb():
    semua = [
        _p(1, nama="Ani", golongan="II/a", tmt_pangkat=date(2025, 3, 1), pendidikan="SLTA"),
        _p(2, nama="Budi", tmt_pangkat=date(2024, 4, 1), mkg_tahun=4),  # step 6: Apr 2026
        _p(3, nama="Cici", status="PPPK", golongan="IX", tmt_pangkat=date(2024, 2, 1)),
        _p(4, nama="Dedi", tmt_pangkat=date(2020, 1, 1), tmt_kgb=date(2022, 1, 1),
           mkg_kgb_tahun=2, mkg_kgb_bulan=0),  # step 4 on 1 Jan 2024: late, unrecorded
    ]  # fmt: skip
    buku = kp.penjagaan_kgb(semua, date(2026, 1, 1), date(2026, 4, 1))
    assert [(j.pegawai.nama, j.tmt, j.mkg_ke[0]) for j in buku] == [
        ("Dedi", date(2024, 1, 1), 4),
        ("Cici", date(2026, 2, 1), 2),  # PPPK get KGB
        ("Ani", date(2026, 3, 1), 1),  # II/a: one year
        ("Budi", date(2026, 4, 1), 6),
    ]
    assert buku[0].terlambat and buku[0].peringatan[0].startswith("Terlambat")


def test_cari_lingkaran():
    assert kp.cari_lingkaran({"a": "a"}, "a") == ["a"]
    assert kp.cari_lingkaran({"a": "b", "b": "c", "c": "a"}, "a") == ["a", "b", "c"]
    assert kp.cari_lingkaran({"x": "a", "a": "b", "b": "a"}, "x") == ["a", "b"]
    assert kp.cari_lingkaran({"a": "b", "b": None}, "a") == []
    assert kp.cari_lingkaran(lambda k: None, "a") == []


# --------------------------------------------------------------------------- a generated office


def test_kantor_contoh_deterministik():
    a = buat_pegawai_contoh(200, seed=5, hari_ini=date(2026, 11, 24))
    b = buat_pegawai_contoh(200, seed=5, hari_ini=date(2026, 11, 24))
    assert a == b and len(a) == 200
    assert len({p.nip for p in a}) == 200
    assert a != buat_pegawai_contoh(200, seed=6, hari_ini=date(2026, 11, 24))
    status = {p.status for p in a}
    assert {"PNS", "PPPK", "CPNS"} <= status
    assert sum(p.jenis_jabatan == "struktural" for p in a) == 8


def test_penjagaan_kantor_200_sesuai_aturan(desk, jam):
    """The books of a generated office agree with the rule functions computed per person."""
    desk.masuk("kasubbag", SANDI)
    assert isi_pegawai_contoh(desk, 200, seed=11).ditambah == 200
    hari_ini = jam.hari_ini()
    semua = desk.pegawai.daftar()
    assert len(semua) == 200
    by_id = {p.id: p for p in semua}

    dari, sampai = kp.jendela_kp(hari_ini)
    harap = {}
    for p in semua:
        if p.status == "PPPK":
            assert kp.kp_pegawai(p) is None
            continue
        tmt = kp_reguler_berikutnya(p.tmt_pangkat)
        ke = kp.golongan_berikutnya(p.golongan)
        if ke is None:
            continue
        if tmt < dari:
            # only the education ceiling stops a late KP reguler; a superior never does
            terhalang = kp.GOLONGAN.index(p.golongan) >= kp.GOLONGAN.index(
                batas_kp_reguler(p.pendidikan)
            )
            if terhalang:
                continue
            tmt = periode_kp_berikutnya(dari)
        if tmt <= sampai:
            harap[p.id] = tmt
    buku = desk.pegawai.penjagaan_kp()
    assert {j.pegawai.id: j.tmt for j in buku} == harap
    assert buku, "a 200-person office has somebody due in two periods"
    assert [j.tmt for j in buku] == sorted(j.tmt for j in buku)
    assert all(j.pegawai.status != "PPPK" for j in buku)
    for j in buku:
        assert kp.adalah_periode_kp(j.tmt)
        w = kp.peringatan_kp(j.pegawai, j.golongan_ke, j.tmt, by_id.get(j.pegawai.atasan_id))
        assert set(w) <= set(j.peringatan)

    dari, sampai = kp.jendela_kgb(hari_ini)
    harap = {}
    for p in semua:
        tmt0, th, bl = p.dasar_kgb
        tmt = kgb_berikutnya(p.golongan, th, tmt0, bl, pppk=p.status == "PPPK")
        if tmt is not None and tmt <= sampai:
            harap[p.id] = tmt
    buku = desk.pegawai.penjagaan_kgb()
    assert {j.pegawai.id: j.tmt for j in buku} == harap
    assert len(buku) >= 5
    assert [j.tmt for j in buku] == sorted(j.tmt for j in buku)
    # most of the office is up to date: late KGB are the few left unrecorded
    assert sum(j.terlambat for j in buku) < 20

    segera = desk.pegawai.segera()
    batas = kp.tambah_bulan(hari_ini, 2)
    assert all(j.tmt <= batas for j in segera)
