"""The rules of kenaikan pangkat (KP) and kenaikan gaji berkala (KGB) as pure functions.

Nothing here touches the database: each function takes dates, golongan and employee values
and answers with dates, golongan and warnings (DOMAIN.md section 6, SOP 068/003). The buku
penjagaan is the same rules applied to a list of employees, so the screen, the printed book and
the tests can never disagree about who is due. The rules that changed over time (KP periods,
the KP reguler conditions, the salary step table) are dated data in ``resources/aturan/`` read
through :mod:`bawang_desk.core.aturan`: every function picks the version in force on the date it
computes (a TMT in 2023 falls on 1 April or 1 October, one in 2026 on any 1st). The education
ceilings are data in ``resources/referensi/kepegawaian.toml``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, TypeVar

from bawang_desk.core.aturan import aturan
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.referensi import GOLONGAN, PANGKAT, validasi_golongan
from bawang_desk.core.sumber import resource_path
from bawang_desk.core.teks import tanggal_panjang

__all__ = [
    "GOLONGAN",
    "GOLONGAN_PPPK",
    "JENIS_JABATAN",
    "JENIS_USULAN",
    "PANGKAT",
    "PERIODE_ENAM_KALI",
    "PERIODE_TIAP_BULAN",
    "PREDIKAT_SKP",
    "STATUS_AKTIF",
    "STATUS_NONAKTIF",
    "JatuhTempo",
    "Pegawai",
    "adalah_periode_kp",
    "batas_kp_reguler",
    "bulan_antara",
    "cari_lingkaran",
    "golongan_awal",
    "golongan_berikutnya",
    "jendela_kgb",
    "jendela_kp",
    "kgb_berikutnya",
    "kgb_pegawai",
    "kp_pegawai",
    "kp_reguler_berikutnya",
    "langkah_gaji",
    "mkg_pada",
    "mkg_setelah_kp",
    "normalisasi_pendidikan",
    "normalisasi_skp",
    "penjagaan_kgb",
    "penjagaan_kp",
    "peringatan_kgb",
    "peringatan_kp",
    "periode_kp_berikutnya",
    "skp_baik",
    "tambah_bulan",
    "tambah_tahun",
    "validasi_golongan_pegawai",
]

#: From this date (Peraturan BKN 4/2023) KP had six periods a year instead of two; kept for
#: readers of old code, the rule itself is ``resources/aturan/periode-kp.toml``.
PERIODE_ENAM_KALI = date(2024, 1, 1)
#: From this date (Peraturan BKN 4/2025) the 1st of every month is a KP period.
PERIODE_TIAP_BULAN = date(2025, 10, 1)

STATUS_AKTIF: tuple[str, ...] = ("PNS", "CPNS", "PPPK")
"""Employees the books track; PPPK get KGB but never KP."""
STATUS_NONAKTIF: tuple[str, ...] = ("Pensiun", "Mutasi", "Berhenti", "Meninggal")
JENIS_JABATAN: tuple[str, ...] = ("struktural", "pelaksana", "fungsional")

#: SKP predicates (PermenPANRB 6/2022), best first; "Cukup" is the old scale's middle mark.
PREDIKAT_SKP: tuple[str, ...] = (
    "Sangat Baik",
    "Baik",
    "Butuh Perbaikan",
    "Cukup",
    "Kurang",
    "Sangat Kurang",
)

#: The kinds of usulan; the keys are the variant codes of SOP 003 in the catalog.
JENIS_USULAN: dict[str, str] = {
    "kp-reguler": "KP Reguler",
    "kp-pilihan": "KP Pilihan (Struktural)",
    "kp-ijazah": "KP Penyesuaian Ijazah",
    "kgb": "Kenaikan Gaji Berkala",
}

_ROMAWI = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")
GOLONGAN_PPPK: tuple[str, ...] = (*_ROMAWI, "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII")
"""PPPK golongan I to XVII (Perpres 11/2024); they carry no pangkat name."""


# --------------------------------------------------------------------------- data


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    with resource_path("referensi", "kepegawaian.toml").open("rb") as f:
        return tomllib.load(f)


def langkah_gaji(golongan: str, pppk: bool = False, pada: date | None = None) -> tuple[int, ...]:
    """The MKG years of the salary table's steps for a golongan, e.g. II/a: (0, 1, 3, 5, ...),
    from the table in force on ``pada`` (default: the newest table)."""
    rule = aturan("gaji-berkala")
    versi = rule.pada(pada) if pada is not None else rule.versi[-1]
    return _langkah_gaji(golongan, pppk, rule.versi.index(versi))


@lru_cache(maxsize=256)
def _langkah_gaji(golongan: str, pppk: bool, i_versi: int) -> tuple[int, ...]:
    d = aturan("gaji-berkala").versi[i_versi].isi
    tabel = d["langkah_gaji_pppk" if pppk else "langkah_gaji"]
    gol = validasi_golongan_pegawai(golongan, "PPPK" if pppk else "PNS")
    try:
        langkah = tuple(int(x) for x in d["pola"][tabel[gol]])
    except KeyError:
        raise ValidationError(
            f"Tabel gaji untuk golongan {gol} tidak ada di aturan/gaji-berkala.toml.", "golongan"
        ) from None
    if list(langkah) != sorted(set(langkah)):
        raise ValidationError(
            f"Tabel gaji golongan {gol} di aturan/gaji-berkala.toml harus urut naik tanpa ganda.",
            "golongan",
        )
    return langkah


def _syarat_kp(tmt: date) -> Mapping[str, Any]:
    """The KP reguler conditions in force on ``tmt`` (``resources/aturan/kp-reguler.toml``)."""
    return aturan("kp-reguler").pada(tmt).isi


# --------------------------------------------------------------------------- calendar


def tambah_bulan(d: date, bulan: int) -> date:
    """``d`` plus whole months; the 31st becomes the month's last day (31 Jan + 1 = 28/29 Feb)."""
    y, m = divmod(d.year * 12 + d.month - 1 + bulan, 12)
    m += 1
    hari = d.day
    while True:
        try:
            return date(y, m, hari)
        except ValueError:
            hari -= 1


def tambah_tahun(d: date, tahun: int) -> date:
    """``d`` plus whole years; 29 February becomes 28 February in a common year."""
    return tambah_bulan(d, 12 * tahun)


def bulan_antara(a: date, b: date) -> int:
    """Whole months from ``a`` to ``b`` (negative when ``b`` is earlier)."""
    if b < a:
        return -bulan_antara(b, a)
    return (b.year - a.year) * 12 + b.month - a.month - (b.day < a.day)


def _awal_bulan(d: date) -> date:
    """The first of a month on or after ``d``: a TMT is always the first of a month."""
    return d if d.day == 1 else tambah_bulan(d.replace(day=1), 1)


# --------------------------------------------------------------------------- KP periods


def adalah_periode_kp(tanggal: date) -> bool:
    """Whether ``tanggal`` is itself a KP period (a TMT a KP SK can carry), by the rule in force
    on that date (``resources/aturan/periode-kp.toml``)."""
    return tanggal.day == 1 and tanggal.month in aturan("periode-kp").pada(tanggal).isi["bulan"]


def periode_kp_berikutnya(tanggal: date) -> date:
    """The first KP period on or after ``tanggal``, each candidate 1st judged by the rule in
    force on it.

    Before 2024: 1 April and 1 October; from 1 January 2024 (Peraturan BKN 4/2023) the 1st of
    February, April, June, August, October and December; from 1 October 2025 (Peraturan BKN
    4/2025) the 1st of every month. So 2 October 2023 lands on 1 February 2024 and
    2 December 2026 on 1 January 2027.
    """
    p = _awal_bulan(tanggal)
    for _ in range(25):
        if adalah_periode_kp(p):
            return p
        p = tambah_bulan(p, 1)
    raise ValidationError(
        "Aturan periode KP (aturan/periode-kp.toml) tidak memuat satu bulan pun.", "periode"
    )


def kp_reguler_berikutnya(tmt_pangkat: date) -> date:
    """TMT of the next KP reguler: the first period on or after 4 full years in the pangkat
    (the years as the KP reguler rule in force then says)."""
    genap = tambah_tahun(tmt_pangkat, int(_syarat_kp(tmt_pangkat)["masa_pangkat_tahun"]))
    tahun = int(_syarat_kp(genap)["masa_pangkat_tahun"])
    return periode_kp_berikutnya(tambah_tahun(tmt_pangkat, tahun))


def jendela_kp(hari_ini: date) -> tuple[date, date]:
    """The KP book's default window: from today through the next two KP periods."""
    pertama = periode_kp_berikutnya(hari_ini)
    kedua = periode_kp_berikutnya(pertama + timedelta(days=1))
    return hari_ini, kedua


def jendela_kgb(hari_ini: date) -> tuple[date, date]:
    """The KGB book's default window: the next three months."""
    return hari_ini, tambah_bulan(hari_ini, 3)


# --------------------------------------------------------------------------- golongan, education


def validasi_golongan_pegawai(teks: str, status: str = "PNS") -> str:
    """Canonical golongan for an employee: I/a..IV/e, or I..XVII for a PPPK."""
    if status == "PPPK":
        g = " ".join(str(teks).split()).upper().removeprefix("GOLONGAN ").strip()
        if g.isdigit() and 1 <= int(g) <= len(GOLONGAN_PPPK):
            return GOLONGAN_PPPK[int(g) - 1]
        if g in GOLONGAN_PPPK:
            return g
        raise ValidationError(
            f"Golongan PPPK '{' '.join(str(teks).split())}' tidak ada. Golongan PPPK yang sah: "
            "I sampai XVII.",
            "golongan",
        )
    return validasi_golongan(teks)


def golongan_berikutnya(golongan: str) -> str | None:
    """The next golongan/ruang (III/d -> IV/a); ``None`` at IV/e."""
    i = GOLONGAN.index(validasi_golongan(golongan))
    return GOLONGAN[i + 1] if i + 1 < len(GOLONGAN) else None


def normalisasi_pendidikan(teks: str) -> str:
    """The education level as the rules name it (SD ... S3) from how exports write it."""
    asli = " ".join(str(teks or "").split())
    kunci = re.sub(r"[.\s]+", " ", asli.upper()).strip()
    tingkat = _data()["pendidikan"]
    for t in tingkat:
        if kunci == t.upper() or kunci.replace(" ", "") == t.upper().replace("-", ""):
            return t
    sebutan = _data()["sebutan_pendidikan"]
    if kunci in sebutan:
        return sebutan[kunci]
    if kunci.replace(" ", "") in sebutan:
        return sebutan[kunci.replace(" ", "")]
    if not asli:
        raise ValidationError("Pendidikan terakhir belum diisi.", "pendidikan")
    raise ValidationError(
        f"Pendidikan '{asli}' tidak dikenal. Tulis salah satu: {', '.join(tingkat)}.",
        "pendidikan",
    )


def batas_kp_reguler(pendidikan: str) -> str:
    """The highest golongan KP reguler reaches with this education (SLTA: III/b, S1: III/d)."""
    return _data()["pendidikan"][normalisasi_pendidikan(pendidikan)]["batas_kp_reguler"]


def golongan_awal(pendidikan: str) -> str:
    """The golongan a new appointment with this education starts in (and KP penyesuaian
    ijazah reaches): SLTA II/a, D-III II/c, S1 III/a."""
    return _data()["pendidikan"][normalisasi_pendidikan(pendidikan)]["awal"]


def normalisasi_skp(teks: str) -> str:
    """An SKP predicate as written in :data:`PREDIKAT_SKP`, whatever its case and spacing."""
    kunci = " ".join(str(teks or "").split()).casefold()
    for p in PREDIKAT_SKP:
        if p.casefold() == kunci:
            return p
    raise ValidationError(
        f"Predikat SKP '{' '.join(str(teks or '').split())}' tidak dikenal. Tulis salah satu: "
        f"{', '.join(PREDIKAT_SKP)}.",
        "skp",
    )


def skp_baik(predikat: str | None) -> bool:
    """Whether a predicate meets the "at least Baik" requirement of KP and KGB."""
    return predikat in ("Sangat Baik", "Baik")


# --------------------------------------------------------------------------- masa kerja, KGB


def mkg_pada(dasar: date, mkg_tahun: int, mkg_bulan: int, tanggal: date) -> tuple[int, int]:
    """The masa kerja golongan on ``tanggal`` from the MKG known at ``dasar``."""
    total = max(0, mkg_tahun * 12 + mkg_bulan + bulan_antara(dasar, tanggal))
    return divmod(total, 12)


def mkg_setelah_kp(gol_lama: str, gol_baru: str, mkg_tahun: int, mkg_bulan: int) -> tuple[int, int]:
    """MKG in the new golongan: moving up from golongan I to II loses 6 years, from II to III 5.

    Used when a KP result is recorded, so the next KGB is counted in the new salary table.
    """
    ruang = {"I": 1, "II": 2, "III": 3, "IV": 4}
    a = ruang[validasi_golongan(gol_lama).split("/")[0]]
    b = ruang[validasi_golongan(gol_baru).split("/")[0]]
    total = mkg_tahun * 12 + mkg_bulan
    if a <= 1 < b:
        total -= 6 * 12
    if a <= 2 < b:
        total -= 5 * 12
    return divmod(max(0, total), 12)


def kgb_berikutnya(
    golongan: str,
    mkg_tahun: int,
    tmt_kgb_terakhir: date,
    mkg_bulan: int = 0,
    *,
    pppk: bool = False,
) -> date | None:
    """TMT of the next KGB: when the MKG reaches the next step of the golongan's salary table.

    ``mkg_tahun``/``mkg_bulan`` is the MKG at ``tmt_kgb_terakhir`` (the last KGB, or the TMT
    pangkat when that is later). The next step is looked up in the table, not assumed two years
    on: II/a goes 0 -> 1 -> 3, I/b starts at 3. ``None`` when the MKG is at the top step.
    """
    if mkg_tahun < 0 or not 0 <= mkg_bulan < 12:
        raise ValidationError(
            "Masa kerja golongan tidak sah (tahun tidak boleh negatif, bulan 0 sampai 11).",
            "mkg_tahun",
        )
    sekarang = mkg_tahun * 12 + mkg_bulan

    def dari_tabel(pada: date) -> date | None:
        for langkah in langkah_gaji(golongan, pppk, pada):
            if langkah * 12 > sekarang:
                return _awal_bulan(tambah_bulan(tmt_kgb_terakhir, langkah * 12 - sekarang))
        return None

    # the table in force on the KGB's own date decides; a new table in between moves it
    tmt = dari_tabel(tmt_kgb_terakhir)
    rule = aturan("gaji-berkala")
    if tmt is not None and rule.pada(tmt) is not rule.pada(tmt_kgb_terakhir):
        tmt = dari_tabel(tmt)
    return tmt


# --------------------------------------------------------------------------- employees


@dataclass(frozen=True)
class Pegawai:
    """One employee as the rules see it (and as ``desk.pegawai`` returns it).

    ``mkg_tahun``/``mkg_bulan`` is the MKG at ``tmt_pangkat``; ``mkg_kgb_*`` the MKG at the
    last KGB (``tmt_kgb``). ``skp`` holds (year, predicate) pairs, newest first.
    """

    id: int | None
    nip: str
    nama: str
    golongan: str
    tmt_pangkat: date
    mkg_tahun: int = 0
    mkg_bulan: int = 0
    tmt_kgb: date | None = None
    mkg_kgb_tahun: int | None = None
    mkg_kgb_bulan: int | None = None
    jabatan: str = ""
    jenis_jabatan: str = "pelaksana"
    pendidikan: str = ""
    atasan_id: int | None = None
    status: str = "PNS"
    aktif: bool = True
    tmt_cpns: date | None = None
    skp: tuple[tuple[int, str], ...] = ()

    @property
    def pppk(self) -> bool:
        return self.status == "PPPK"

    @property
    def pangkat(self) -> str:
        """Pangkat name ("Penata Muda"); PPPK have none."""
        return "" if self.pppk else PANGKAT.get(self.golongan, "")

    @property
    def pangkat_golongan(self) -> str:
        return f"{self.pangkat} ({self.golongan})" if self.pangkat else f"Golongan {self.golongan}"

    def predikat_skp(self, tahun: int) -> str | None:
        return dict(self.skp).get(tahun)

    @property
    def dasar_kgb(self) -> tuple[date, int, int]:
        """Where the salary clock last stood: the later of the last KGB and the TMT pangkat."""
        dasar = (self.tmt_pangkat, self.mkg_tahun, self.mkg_bulan)
        if self.tmt_kgb is not None and self.mkg_kgb_tahun is not None:
            kgb = (self.tmt_kgb, self.mkg_kgb_tahun, self.mkg_kgb_bulan or 0)
            if kgb[0] >= dasar[0]:
                return kgb
        return dasar


def kgb_pegawai(p: Pegawai) -> date | None:
    """The employee's next KGB TMT, or ``None`` (inactive, or at the top of the table)."""
    if not p.aktif or p.status not in STATUS_AKTIF:
        return None
    tmt, th, bl = p.dasar_kgb
    return kgb_berikutnya(p.golongan, th, tmt, bl, pppk=p.pppk)


def kp_pegawai(p: Pegawai) -> date | None:
    """The employee's KP reguler TMT by the 4-year rule; ``None`` for PPPK, inactive or IV/e."""
    if not p.aktif or p.status not in ("PNS", "CPNS") or golongan_berikutnya(p.golongan) is None:
        return None
    return kp_reguler_berikutnya(p.tmt_pangkat)


def _teks_masa(bulan: int) -> str:
    th, bl = divmod(max(0, bulan), 12)
    return f"{th} tahun {bl} bulan" if bl else f"{th} tahun"


def peringatan_kp(
    p: Pegawai,
    golongan_ke: str,
    tmt: date,
    atasan: Pegawai | None = None,
    jenis: str = "kp-reguler",
) -> tuple[str, ...]:
    """The warnings of SOP 003 for a KP of ``p`` to ``golongan_ke`` at ``tmt``, computed by the
    KP reguler rule in force on ``tmt``.

    Fewer than 4 years in the pangkat (KP reguler and pilihan; 1 year for penyesuaian ijazah),
    above the direct superior's golongan, beyond the education ceiling, and SKP below "Baik"
    in either of the two years before. Warnings inform; the Kasubbag decides. From 20 May 2025
    (Peraturan BKN 2/2025) being above the superior is no longer a condition: the line says
    "Informasi:" and names the rule.
    """
    syarat = _syarat_kp(tmt)
    hasil: list[str] = []
    bulan = bulan_antara(p.tmt_pangkat, tmt)
    minimal = int(
        syarat["masa_pangkat_ijazah_tahun" if jenis == "kp-ijazah" else "masa_pangkat_tahun"]
    )
    if bulan < 12 * minimal:
        hasil.append(
            f"Baru {_teks_masa(bulan)} dalam pangkat terakhir pada TMT {tanggal_panjang(tmt)}; "
            f"{JENIS_USULAN.get(jenis, 'KP')} sekurang-kurangnya {minimal} tahun."
        )
    if p.status == "CPNS":
        hasil.append("Masih CPNS: KP hanya untuk PNS.")
    if atasan is not None and _di_atas(golongan_ke, atasan):
        teks = (
            f"KP ke {golongan_ke} melampaui pangkat atasan langsung "
            f"({atasan.nama}, {atasan.golongan})"
        )
        if syarat["atasan_langsung"] == "informasi":
            dasar = aturan("kp-reguler").pada(tmt).dasar
            teks = (
                f"Informasi: {teks}; menurut {dasar} KP reguler boleh melampaui atasan "
                "langsung sampai batas pendidikan (peringatan SOP 003 tidak berlaku lagi)"
            )
        hasil.append(f"{teks}.")
    if jenis == "kp-reguler":
        try:
            batas = batas_kp_reguler(p.pendidikan)
        except ValidationError:
            hasil.append(
                "Pendidikan terakhir belum dicatat: batas KP reguler tidak dapat diperiksa."
            )
        else:
            if GOLONGAN.index(p.golongan) >= GOLONGAN.index(batas):
                hasil.append(
                    f"Golongan {p.golongan} sudah batas KP reguler untuk pendidikan "
                    f"{normalisasi_pendidikan(p.pendidikan)} ({batas})."
                )
    n_skp = int(syarat["skp_baik_tahun"])
    for tahun in range(tmt.year - 1, tmt.year - 1 - n_skp, -1):
        pred = p.predikat_skp(tahun)
        if pred is None:
            hasil.append(f"SKP tahun {tahun} belum dicatat (KP memerlukan SKP Baik {n_skp} tahun).")
        elif not skp_baik(pred):
            hasil.append(f"SKP tahun {tahun} berpredikat {pred}, bukan Baik.")
    return tuple(hasil)


def peringatan_kgb(p: Pegawai, tmt: date) -> tuple[str, ...]:
    """Warnings for a KGB at ``tmt``: last year's SKP missing or below "Baik"."""
    tahun = tmt.year - 1
    pred = p.predikat_skp(tahun)
    if pred is None:
        return (f"SKP tahun {tahun} belum dicatat.",)
    if not skp_baik(pred):
        return (f"SKP tahun {tahun} berpredikat {pred}, bukan Baik: KGB dapat ditunda.",)
    return ()


@dataclass(frozen=True)
class JatuhTempo:
    """One line of the buku penjagaan: who, what, from and to, when, and the warnings."""

    pegawai: Pegawai
    jenis: str  # "kp" or "kgb"
    tmt: date
    golongan_dari: str
    golongan_ke: str
    mkg_dari: tuple[int, int]
    mkg_ke: tuple[int, int]
    peringatan: tuple[str, ...] = ()
    terlambat: bool = False
    seharusnya: date | None = None

    @property
    def label(self) -> str:
        if self.jenis == "kgb":
            return f"MKG {self.mkg_dari[0]} -> {self.mkg_ke[0]} tahun ({self.golongan_dari})"
        return f"{self.golongan_dari} -> {self.golongan_ke}"


def penjagaan_kp(pegawai: Iterable[Pegawai], dari: date, sampai: date) -> list[JatuhTempo]:
    """The KP book: who reaches a KP reguler period between ``dari`` and ``sampai``.

    The date is :func:`kp_pegawai`. Someone whose 4 years were complete before ``dari`` and who
    is still in the same pangkat was missed: they are listed at the first period from ``dari``,
    marked late, unless their golongan is at the education ceiling (KP reguler cannot take them
    further: they appear once, at their own date, with the warning). Being above the direct
    superior never leaves anyone out: the SOP's limit is a line of the warnings (information
    from Peraturan BKN 2/2025), and the Kasubbag decides. PPPK never appear.
    Sorted by date, then golongan (highest first), then name.
    """
    semua = list(pegawai)
    by_id = {p.id: p for p in semua if p.id is not None}
    hasil = []
    awal = periode_kp_berikutnya(dari)
    for p in semua:
        tmt = kp_pegawai(p)
        if tmt is None:
            continue
        ke = golongan_berikutnya(p.golongan)
        assert ke is not None
        terlambat = tmt < dari
        seharusnya = tmt
        atasan = by_id.get(p.atasan_id)
        if terlambat:
            if _di_batas(p):
                continue
            tmt = awal
        if tmt > sampai:
            continue
        peringatan = peringatan_kp(p, ke, tmt, atasan)
        if terlambat:
            peringatan = (
                f"Terlambat: 4 tahun dalam pangkat sudah genap untuk periode "
                f"{tanggal_panjang(seharusnya)}.",
                *peringatan,
            )
        hasil.append(
            JatuhTempo(
                p,
                "kp",
                tmt,
                p.golongan,
                ke,
                mkg_pada(p.tmt_pangkat, p.mkg_tahun, p.mkg_bulan, tmt),
                mkg_setelah_kp(
                    p.golongan, ke, *mkg_pada(p.tmt_pangkat, p.mkg_tahun, p.mkg_bulan, tmt)
                ),
                peringatan,
                terlambat,
                seharusnya if terlambat else None,
            )
        )
    hasil.sort(key=lambda j: (j.tmt, -GOLONGAN.index(j.golongan_dari), j.pegawai.nama))
    return hasil


def _di_atas(golongan_ke: str, atasan: Pegawai | None) -> bool:
    return (
        atasan is not None
        and atasan.golongan in GOLONGAN
        and GOLONGAN.index(golongan_ke) > GOLONGAN.index(atasan.golongan)
    )


def _di_batas(p: Pegawai) -> bool:
    try:
        batas = batas_kp_reguler(p.pendidikan)
    except ValidationError:
        return False
    return GOLONGAN.index(p.golongan) >= GOLONGAN.index(batas)


def penjagaan_kgb(pegawai: Iterable[Pegawai], dari: date, sampai: date) -> list[JatuhTempo]:
    """The KGB book: whose next salary step (:func:`kgb_pegawai`) falls in the window.

    A KGB already due before ``dari`` and not yet recorded is listed too, marked late: the
    employee is losing pay every month it stays unrecorded. Sorted by date, then name.
    """
    hasil = []
    for p in pegawai:
        tmt = kgb_pegawai(p)
        if tmt is None or tmt > sampai:
            continue
        dasar, th, bl = p.dasar_kgb
        terlambat = tmt < dari
        peringatan = peringatan_kgb(p, tmt)
        if terlambat:
            peringatan = (f"Terlambat: KGB seharusnya TMT {tanggal_panjang(tmt)}.", *peringatan)
        hasil.append(
            JatuhTempo(
                p,
                "kgb",
                tmt,
                p.golongan,
                p.golongan,
                (th, bl),
                mkg_pada(dasar, th, bl, tmt),
                peringatan,
                terlambat,
                tmt if terlambat else None,
            )
        )
    hasil.sort(key=lambda j: (j.tmt, j.pegawai.nama))
    return hasil


# --------------------------------------------------------------------------- superiors

K = TypeVar("K", bound=Hashable)


def cari_lingkaran(atasan: Mapping[K, K | None] | Callable[[K], K | None], mulai: K) -> list[K]:
    """The loop of superiors that ``mulai`` is part of or leads into, or ``[]`` if none.

    ``atasan`` maps an employee to their direct superior (a mapping or a look-up function).
    An employee who is their own superior is a loop of one.
    """
    cari = atasan.get if isinstance(atasan, Mapping) else atasan
    jalan: list[K] = []
    dilihat: dict[K, int] = {}
    k: K | None = mulai
    while k is not None:
        if k in dilihat:
            return jalan[dilihat[k] :]
        dilihat[k] = len(jalan)
        jalan.append(k)
        k = cari(k)
    return []
