"""A generated kecamatan staff (any size, 200 by default) whose careers follow the KP/KGB rules.

For the tests of the buku penjagaan and for the demo. Each person's career is walked from the
TMT CPNS to today with the rules of :mod:`bawang_desk.core.kepegawaian` (KP reguler at the
first period after four years, sometimes a period or two late; capped by the education ceiling
and the superior's golongan; KGB at each step of the salary table), so the records are the kind
a real office has: most up to date, a few with a KGB left unrecorded, some stuck at their
ceiling, PPPK without KP, new CPNS. The same seed gives the same office. Nobody here is real.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.pegawai import HasilImpor, PegawaiBaru

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = ["buat_pegawai_contoh", "isi_pegawai_contoh"]

_DEPAN_L = (
    "Agus", "Ahmad", "Arif", "Bambang", "Budi", "Eko", "Fajar", "Hadi", "Heri", "Imam", "Joko",
    "Ma'ruf", "Muhammad", "Slamet", "Sugeng", "Teguh", "Wahyu", "Yusuf", "Taufik", "Dimas",
    "Gunawan", "Suparno", "Darsono", "Purnomo", "Hendra", "Rudi", "Sigit", "Ridwan", "Lukman",
)  # fmt: skip
_DEPAN_P = (
    "Siti", "Sri", "Nur'aini", "Dewi", "Endang", "Yuni", "Lestari", "Ani", "Fitri", "Umi",
    "Rina", "Ratna", "Wulan", "Indah", "Puji", "Dian", "Novi", "Nurul", "Laila", "Sa'adah",
    "Retno", "Wiwik", "Tutik", "Heni", "Erna", "Asih", "Mega",
)  # fmt: skip
_BELAKANG_L = (
    "Santoso", "Prasetyo", "Wibowo", "Susilo", "Nugroho", "Setiawan", "Hidayat", "Saputra",
    "Kurniawan", "Wahyudi", "Hartono", "Riyanto", "Pamungkas", "Syafi'i", "Mas'ud", "Utomo",
)  # fmt: skip
_BELAKANG_P = (
    "Rahayu", "Lestari", "Wulandari", "Susanti", "Handayani", "Purwaningsih", "Kusumawati",
    "Rahmawati", "Fitriani", "Nurhayati", "Khasanah", "Istiqomah", "Anggraeni", "Utami",
)  # fmt: skip
_GELAR = {
    "D-III": (", A.Md.", ", A.Md.Kom.", ", A.Md.Ak."),
    "D-IV": (", S.Tr.IP.",),
    "S1": (", S.Sos.", ", S.IP.", ", S.E.", ", S.Kom.", ", S.H.", ", S.STP.", ", S.AP."),
    "S2": (", S.IP., M.Si.", ", S.STP., M.Si.", ", S.H., M.H.", ", S.E., M.M."),
}
# kunci, jabatan, education choices, years since TMT CPNS (range), superior kunci
_STRUKTURAL = (
    ("camat", "Camat", ("S2",), (22, 30), None),
    ("sekcam", "Sekretaris Kecamatan", ("S2", "S1"), (18, 26), "camat"),
    ("kasi_tapem", "Kepala Seksi Tata Pemerintahan", ("S1",), (14, 22), "camat"),
    ("kasi_trantibum", "Kepala Seksi Ketenteraman dan Ketertiban Umum", ("S1",), (14, 22), "camat"),
    ("kasi_pmd", "Kepala Seksi Pemberdayaan Masyarakat dan Desa", ("S1",), (12, 20), "camat"),
    ("kasi_kesos", "Kepala Seksi Kesejahteraan Sosial", ("S1",), (12, 20), "camat"),
    ("kasubbag_umum", "Kepala Subbagian Umum dan Kepegawaian", ("S1",), (12, 20), "sekcam"),
    ("kasubbag_kinerja", "Kepala Subbagian Kinerja dan Reformasi Birokrasi", ("S1",), (10, 18),
     "sekcam"),
)  # fmt: skip
_PELAKSANA = (  # jabatan, jenis, education choices
    ("Pengadministrasi Umum", "pelaksana", ("SLTA", "SLTA", "SLTA", "D-III", "S1")),
    ("Pengadministrasi Perkantoran", "pelaksana", ("SLTA", "SLTA", "D-III")),
    ("Operator Layanan Operasional", "pelaksana", ("SLTA", "D-III", "S1")),
    ("Penata Layanan Operasional", "pelaksana", ("S1", "D-IV")),
    ("Pengolah Data", "pelaksana", ("SLTA", "D-III", "S1")),
    ("Pengelola Keuangan", "pelaksana", ("D-III", "S1")),
    ("Bendahara", "pelaksana", ("SLTA", "D-III", "S1")),
    ("Pengemudi", "pelaksana", ("SLTP", "SLTA")),
    ("Pramu Bakti", "pelaksana", ("SD", "SLTP")),
    ("Arsiparis Terampil", "fungsional", ("D-III",)),
    ("Pranata Komputer Ahli Pertama", "fungsional", ("S1",)),
    ("Analis Kebijakan Ahli Pertama", "fungsional", ("S1", "S2")),
)
_GOLONGAN_PPPK = {"SD": "I", "SLTP": "IV", "SLTA": "V", "D-III": "VII", "D-IV": "IX", "S1": "IX",
                  "S2": "X"}  # fmt: skip
_USIA_PENSIUN = 58


@dataclass
class _Karier:
    golongan: str
    tmt_pangkat: date
    mkg: tuple[int, int]
    tmt_kgb: date | None = None
    mkg_kgb: tuple[int, int] | None = None


def _jalani(
    rng: random.Random,
    awal: str,
    tmt_cpns: date,
    batas: str,
    hari_ini: date,
    *,
    pppk: bool,
    kgb_terlewat: bool,
) -> _Karier:
    """Walk one career to ``hari_ini``: KP reguler (sometimes late) up to ``batas``, KGB at each
    salary step; with ``kgb_terlewat`` the last KGB due is left unrecorded."""
    k = _Karier(awal, tmt_cpns, (0, 0))
    telat_kp = 0
    while True:
        dasar, th, bl = (
            (k.tmt_kgb, *k.mkg_kgb)
            if k.tmt_kgb and k.mkg_kgb and k.tmt_kgb >= k.tmt_pangkat
            else (k.tmt_pangkat, *k.mkg)
        )
        kgb = kp.kgb_berikutnya(k.golongan, th, dasar, bl, pppk=pppk)
        naik = None
        if not pppk and kp.GOLONGAN.index(k.golongan) < kp.GOLONGAN.index(batas):
            naik = kp.kp_reguler_berikutnya(k.tmt_pangkat)
            for _ in range(telat_kp):
                naik = kp.periode_kp_berikutnya(kp.tambah_bulan(naik, 1))
        if naik is not None and naik <= hari_ini and (kgb is None or naik <= kgb):
            ke = kp.golongan_berikutnya(k.golongan)
            assert ke is not None
            mkg = kp.mkg_setelah_kp(k.golongan, ke, *kp.mkg_pada(dasar, th, bl, naik))
            k = _Karier(ke, naik, mkg, k.tmt_kgb, k.mkg_kgb)
            x = rng.random()
            telat_kp = 0 if x < 0.8 else (1 if x < 0.95 else 2)
            continue
        if kgb is not None and kgb <= hari_ini:
            th2, bl2 = kp.mkg_pada(dasar, th, bl, kgb)
            berikut = kp.kgb_berikutnya(k.golongan, th2, kgb, bl2, pppk=pppk)
            if kgb_terlewat and (berikut is None or berikut > hari_ini):
                return k  # the last KGB due was never recorded
            k.tmt_kgb, k.mkg_kgb = kgb, kp.mkg_pada(dasar, th, bl, kgb)
            continue
        return k


def _nama(rng: random.Random, perempuan: bool, pend: str) -> str:
    if perempuan:
        nama = f"{rng.choice(_DEPAN_P)} {rng.choice(_BELAKANG_P)}"
    else:
        nama = f"{rng.choice(_DEPAN_L)} {rng.choice(_BELAKANG_L)}"
    return nama + (rng.choice(_GELAR[pend]) if pend in _GELAR else "")


def buat_pegawai_contoh(
    n: int = 200, *, seed: int = 2026, hari_ini: date | None = None
) -> list[PegawaiBaru]:
    """``n`` employees (at least the 8 structural posts), superiors before their staff.

    About 12% of the pelaksana/fungsional are PPPK, a few are CPNS of the last twelve months,
    one in twenty has a KGB left unrecorded, and SKP of the last two years is mostly "Baik".
    """
    hari_ini = hari_ini or date.today()
    rng = random.Random(seed)
    nips: set[str] = set()
    hasil: list[PegawaiBaru] = []
    gol_kunci: dict[str, tuple[str, str]] = {}  # kunci -> (nip, golongan)
    # two staff with the same name (titles aside) confuse every signature block: the Camat
    # and a Kasi must not both be "Ridwan Syafi'i"
    nama_dipakai: set[str] = set()

    def nama_baru(perempuan: bool, pend: str) -> str:
        for _ in range(50):
            nama = _nama(rng, perempuan, pend)
            inti = nama.split(",")[0].strip()
            if inti not in nama_dipakai:
                break
        nama_dipakai.add(inti)
        return nama

    def orang(
        jabatan: str,
        jenis: str,
        pend: str,
        tahun_kerja: int,
        atasan: tuple[str, str] | None,
        pppk: bool,
    ) -> PegawaiBaru:
        perempuan = rng.random() < 0.45
        bulan_kerja = tahun_kerja * 12 + rng.randint(0, 11)
        tmt_cpns = kp.tambah_bulan(hari_ini.replace(day=1), -bulan_kerja)
        usia = rng.randint(20, 30) if not pppk else rng.randint(25, 40)
        lahir_th = max(tmt_cpns.year - usia, hari_ini.year - _USIA_PENSIUN + 1)
        lahir = date(min(lahir_th, tmt_cpns.year - 19), rng.randint(1, 12), rng.randint(1, 28))
        while True:
            serial = rng.randint(1, 999)
            jk = 2 if perempuan else 1
            if pppk:
                nip = f"{lahir:%Y%m%d}{tmt_cpns.year}21{jk}{serial:03d}"
            else:
                nip = f"{lahir:%Y%m%d}{tmt_cpns:%Y%m}{jk}{serial:03d}"
            if nip not in nips:
                nips.add(nip)
                break
        batas = kp.batas_kp_reguler(pend)
        if atasan and kp.GOLONGAN.index(atasan[1]) < kp.GOLONGAN.index(batas):
            batas = atasan[1]
        awal = _GOLONGAN_PPPK[pend] if pppk else kp.golongan_awal(pend)
        if not pppk and kp.GOLONGAN.index(awal) > kp.GOLONGAN.index(batas):
            batas = awal
        k = _jalani(
            rng,
            awal,
            tmt_cpns,
            batas,
            hari_ini,
            pppk=pppk,
            kgb_terlewat=rng.random() < 0.05,
        )
        skp = {}
        for th in (hari_ini.year - 1, hari_ini.year - 2):
            if date(th, 12, 31) < tmt_cpns:
                continue
            x = rng.random()
            if x < 0.02:
                continue
            skp[th] = "Sangat Baik" if x < 0.1 else "Baik" if x < 0.95 else "Butuh Perbaikan"
        status = "PPPK" if pppk else ("CPNS" if kp.bulan_antara(tmt_cpns, hari_ini) < 12 else "PNS")
        return PegawaiBaru(
            nip=nip,
            nama=nama_baru(perempuan, pend),
            golongan=k.golongan,
            tmt_pangkat=k.tmt_pangkat,
            mkg_tahun=k.mkg[0],
            mkg_bulan=k.mkg[1],
            tmt_kgb=k.tmt_kgb,
            mkg_kgb_tahun=k.mkg_kgb[0] if k.mkg_kgb else None,
            mkg_kgb_bulan=k.mkg_kgb[1] if k.mkg_kgb else None,
            jabatan=jabatan,
            jenis_jabatan=jenis,
            pendidikan=pend,
            atasan_nip=atasan[0] if atasan else None,
            status=status,
            skp=skp,
            tmt_cpns=None if pppk else tmt_cpns,
        )

    for kunci, jabatan, pend, (lo, hi), atasan in _STRUKTURAL:
        p = orang(
            jabatan,
            "struktural",
            rng.choice(pend),
            rng.randint(lo, hi),
            gol_kunci.get(atasan) if atasan else None,
            False,
        )
        gol_kunci[kunci] = (p.nip, p.golongan)
        hasil.append(p)
    atasan_staf = [v for k, v in gol_kunci.items() if k.startswith(("kasi", "kasubbag"))]
    i = 0
    while len(hasil) < n:
        jabatan, jenis, pend = _PELAKSANA[i % len(_PELAKSANA)]
        i += 1
        pend = rng.choice(pend)
        pppk = rng.random() < 0.12
        x = rng.random()
        if pppk:  # PPPK exist since 2019
            tahun = rng.randint(0, max(0, min(6, hari_ini.year - 2020)))
        else:
            tahun = 0 if x < 0.04 else rng.randint(1, 33)
        hasil.append(orang(jabatan, jenis, pend, tahun, rng.choice(atasan_staf), pppk))
    return hasil[:n]


def isi_pegawai_contoh(
    desk: Desk,
    n: int = 200,
    *,
    seed: int = 2026,
) -> HasilImpor:
    """Write a generated office into ``desk`` (the user must hold ``pegawai.ubah``)."""
    return desk.pegawai.tambah_banyak(
        buat_pegawai_contoh(n, seed=seed, hari_ini=desk.sekarang().date())
    )
