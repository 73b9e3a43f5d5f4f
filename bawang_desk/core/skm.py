"""Survei Kepuasan Masyarakat (PermenPANRB 14/2017): anonymous answers, the IKM and its mutu.

The citizen rates the service at the counter right after the hand-over (or on a paper form
typed in later); this module keeps the answers so that **nothing in the database links an answer
to the applicant**, and computes the index the regulation defines.

Anonymity, thought through past the obvious columns (no application id, NIK or name):

- **No row per respondent.** Answers are added to counters keyed by (month, service, source,
  unsur, value); the profile (jenis kelamin, usia, pendidikan, pekerjaan) to separate counters
  keyed by (month, service, attribute, value). A respondent's nine answers and profile are
  never stored together, so the profile cannot be matched with the register (the NIK carries
  the birth date and sex) to find whose answers they are, and there is no row order at all:
  the counters are ``WITHOUT ROWID`` tables ordered by their key.
- **The month, never the day or the time.** Every report period (month, semester, year) is a
  union of months; a day would single out the only "kredit bank" of that day.
- **Age as a band** (``20-29 tahun``), not years: with sex and service, an age in years often
  points at one applicant of the month.
- **No audit row per answer**, from the counter or from paper: the audit chain records every
  change with its time and can never be purged, so a "survey answered 10:31:05" row next to
  "permohonan 123 diserahkan 10:30:50" would name the respondent. Nothing on the application
  changes either (no "surveyed" flag, no ``diubah_pada``). Tamper evidence instead comes when a
  report is printed: :meth:`SKMManager.catat_cetak` audits the period's totals and a SHA-256 of
  its counters, and :meth:`SKMManager.periksa_segel` re-checks them.
- **Saran rows** (free text) carry the month and service only, under a random 62-bit id, and
  are listed sorted by service and text, so neither the id nor the order follows arrival.
- The counter survey is opened with an in-memory ticket (:meth:`SKMManager.buka_survei`): it
  proves that a real hand-over of that service happened and allows one survey per application
  per session, without writing anything that names the application.

What remains, said plainly in the report: when a service was handed over once in a month and
answered once, its counters are that citizen's answers (any survey per service has this), and
a backup taken between two answers shows which counters grew in that window (backups follow
audited changes, at most every 30 minutes, so a window spans other people's services too).

The index, exactly as the regulation's Lampiran computes it, in exact fractions:

- NRR per unsur = Σ values / number of answers to that unsur;
- NRR tertimbang = NRR × penimbang, the penimbang being 1 / number of unsur answered (1/9);
- IKM = Σ NRR tertimbang (1..4) and IKM unit = IKM × 25 (25..100), printed with two decimals
  (half up); the mutu is read from that printed value: 25,00-64,99 D (Tidak Baik),
  65,00-76,60 C (Kurang Baik), 76,61-88,30 B (Baik), 88,31-100,00 A (Sangat Baik).
  Reading the rounded value closes the gaps between the regulation's intervals (64,99|65,00).
- The minimum sample for the period's number of services is Krejcie and Morgan's, whose table
  the regulation prints: S = X²·N·P(1-P) / (d²(N-1) + X²·P(1-P)), X² = 3,841, P = 0,5,
  d = 0,05, rounded half up (this reproduces every row of their table).
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import secrets
import sqlite3
import tomllib
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bawang_desk.core.catalog import CatalogError
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.kinerja import Periode
from bawang_desk.core.sumber import resource_path
from bawang_desk.core.teks import romawi

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk
    from bawang_desk.core.pengaturan import PengaturanSKM

__all__ = [
    "ATRIBUT_PROFIL",
    "JUMLAH_UNSUR",
    "MUTU",
    "SUMBER",
    "AtributProfil",
    "EntriKertas",
    "HasilSKM",
    "Indeks",
    "Jawaban",
    "Kuesioner",
    "Mutu",
    "NilaiUnsur",
    "RingkasLayanan",
    "SKMManager",
    "TiketSurvei",
    "Unsur",
    "bulat2",
    "format_angka",
    "hitung_indeks",
    "muat_kuesioner",
    "mutu_dari",
    "periode_semester",
    "sampel_minimum",
]

JUMLAH_UNSUR = 9
SKALA = (1, 2, 3, 4)
SUMBER = ("loket", "kertas")
ATRIBUT_PROFIL = ("jenis_kelamin", "usia", "pendidikan", "pekerjaan")
TIDAK_DIISI = "Tidak diisi"
SARAN_MAKS = 1000
"""Characters of one saran; longer text is refused with a message, never cut silently."""


# --------------------------------------------------------------------------- mutu


@dataclass(frozen=True)
class Mutu:
    """One row of the regulation's table: mutu letter, kinerja unit, and its intervals."""

    huruf: str
    kinerja: str
    batas_bawah: Decimal  # lowest IKM unit (×25, two decimals) with this mutu
    interval_konversi: str
    interval_nilai: str

    @property
    def label(self) -> str:
        return f"{self.huruf} ({self.kinerja})"


MUTU: tuple[Mutu, ...] = (
    Mutu("A", "Sangat Baik", Decimal("88.31"), "88,31 - 100,00", "3,5324 - 4,00"),
    Mutu("B", "Baik", Decimal("76.61"), "76,61 - 88,30", "3,0644 - 3,532"),
    Mutu("C", "Kurang Baik", Decimal("65.00"), "65,00 - 76,60", "2,60 - 3,064"),
    Mutu("D", "Tidak Baik", Decimal("25.00"), "25,00 - 64,99", "1,00 - 2,5996"),
)
"""PermenPANRB 14/2017, Lampiran: nilai persepsi 4..1, nilai interval, interval konversi."""


def bulat2(x: Fraction) -> Decimal:
    """``x`` rounded half up to two decimals, as the reports print it (never binary floats)."""
    if x < 0:
        raise ValueError("nilai SKM tidak pernah negatif")
    seratus = x * 100
    n = (seratus.numerator * 2 + seratus.denominator) // (2 * seratus.denominator)
    return Decimal(n).scaleb(-2)


def mutu_dari(konversi: Decimal) -> Mutu:
    """The mutu of an IKM unit value already rounded to two decimals (25,00..100,00)."""
    if not Decimal("25") <= konversi <= Decimal("100"):
        raise ValueError(f"IKM di luar 25-100: {konversi}")
    for m in MUTU:
        if konversi >= m.batas_bawah:
            return m
    raise AssertionError("unreachable")  # pragma: no cover


def format_angka(x: Fraction | Decimal | None, desimal: int = 2) -> str:
    """``3,457`` / ``85,43`` with a decimal comma; ``-`` when there is no value."""
    if x is None:
        return "-"
    if isinstance(x, Fraction):
        q = Fraction(10**desimal)
        n = (x * q * 2 + 1) // 2  # half up, x >= 0
        x = Decimal(int(n)).scaleb(-desimal)
    return f"{x:.{desimal}f}".replace(".", ",")


# --------------------------------------------------------------------------- sample size

_X2 = Fraction(3841, 1000)
_PQ = Fraction(1, 4)
_D2 = Fraction(1, 400)


def sampel_minimum(populasi: int) -> int:
    """Krejcie and Morgan's minimum sample for ``populasi`` services (their formula, exactly).

    Their table (N=10 → 10, 100 → 80, 1000 → 278, 1.000.000 → 384) is this formula rounded
    half up; the test checks every row. Never more than the population.
    """
    if populasi < 0:
        raise ValueError("populasi negatif")
    if populasi == 0:
        return 0
    s = _X2 * populasi * _PQ / (_D2 * (populasi - 1) + _X2 * _PQ)
    n = (s.numerator * 2 + s.denominator) // (2 * s.denominator)
    return min(int(n), populasi)


# --------------------------------------------------------------------------- the questionnaire


@dataclass(frozen=True)
class Unsur:
    """One of the nine unsur: its code (U1..U9), name, question and the four answers (1..4)."""

    nomor: int
    kode: str
    nama: str
    pertanyaan: str
    pilihan: tuple[str, str, str, str]


@dataclass(frozen=True)
class AtributProfil:
    atribut: str
    label: str
    pilihan: tuple[str, ...]


@dataclass(frozen=True)
class Kuesioner:
    dasar_hukum: str
    unsur: tuple[Unsur, ...]
    profil: tuple[AtributProfil, ...]

    def atribut(self, nama: str) -> AtributProfil:
        return next(a for a in self.profil if a.atribut == nama)

    def dengan_kalimat(self, kalimat: Mapping[str, Mapping[str, Any]]) -> Kuesioner:
        """The office's wording (Pengaturan) over the catalog's; unknown codes are ignored."""
        unsur = []
        for u in self.unsur:
            k = kalimat.get(u.kode) or {}
            unsur.append(
                Unsur(
                    u.nomor,
                    u.kode,
                    u.nama,
                    k.get("pertanyaan") or u.pertanyaan,
                    tuple(k.get("pilihan") or u.pilihan),  # type: ignore[arg-type]
                )
            )
        return Kuesioner(self.dasar_hukum, tuple(unsur), self.profil)


def _teks(nilai: object, berkas: str, bidang: str, maks: int = 300) -> str:
    if not isinstance(nilai, str) or not nilai.strip():
        raise CatalogError("harus berupa teks yang tidak kosong", berkas, bidang)
    t = " ".join(nilai.split())
    if len(t) > maks:
        raise CatalogError(f"paling banyak {maks} huruf", berkas, bidang)
    return t


def muat_kuesioner(path: Path | None = None) -> Kuesioner:
    """Read and check the questionnaire catalog (``resources/skm/kuesioner.toml``)."""
    if path is None:
        return _kuesioner_bawaan()
    return _baca_kuesioner(path)


@functools.lru_cache(maxsize=1)
def _kuesioner_bawaan() -> Kuesioner:
    return _baca_kuesioner(resource_path("skm", "kuesioner.toml"))


def _baca_kuesioner(path: Path) -> Kuesioner:
    berkas = path.name
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise CatalogError(f"tidak dapat dibaca ({e})", berkas) from e
    dasar = _teks(data.get("dasar_hukum"), berkas, "dasar_hukum", 400)
    mentah = data.get("unsur")
    if not isinstance(mentah, list) or len(mentah) != JUMLAH_UNSUR:
        raise CatalogError(f"harus memuat tepat {JUMLAH_UNSUR} unsur", berkas, "unsur")
    unsur = []
    for i, u in enumerate(mentah, 1):
        b = f"unsur[{i}]"
        if not isinstance(u, dict):
            raise CatalogError("harus berupa tabel", berkas, b)
        if u.get("kode") != f"U{i}":
            raise CatalogError(f"kode harus U{i} (urutan kuesioner peraturan)", berkas, b)
        pilihan = u.get("pilihan")
        if not isinstance(pilihan, list) or len(pilihan) != len(SKALA):
            raise CatalogError("pilihan harus empat jawaban (nilai 1 sampai 4)", berkas, b)
        unsur.append(
            Unsur(
                i,
                f"U{i}",
                _teks(u.get("nama"), berkas, f"{b}.nama", 80),
                _teks(u.get("pertanyaan"), berkas, f"{b}.pertanyaan"),
                tuple(_teks(p, berkas, f"{b}.pilihan", 40) for p in pilihan),  # type: ignore[arg-type]
            )
        )
    profil = []
    mentah_p = data.get("profil")
    if not isinstance(mentah_p, list):
        raise CatalogError("profil responden tidak ada", berkas, "profil")
    for i, p in enumerate(mentah_p, 1):
        b = f"profil[{i}]"
        if not isinstance(p, dict) or p.get("atribut") not in ATRIBUT_PROFIL:
            raise CatalogError(f"atribut harus salah satu dari {ATRIBUT_PROFIL}", berkas, b)
        pilihan = p.get("pilihan")
        if not isinstance(pilihan, list) or not 2 <= len(pilihan) <= 9:
            raise CatalogError("pilihan 2 sampai 9 (tombol 1-9)", berkas, b)
        profil.append(
            AtributProfil(
                p["atribut"],
                _teks(p.get("label"), berkas, f"{b}.label", 40),
                tuple(_teks(x, berkas, f"{b}.pilihan", 40) for x in pilihan),
            )
        )
    if tuple(a.atribut for a in profil) != ATRIBUT_PROFIL:
        raise CatalogError(f"profil harus {', '.join(ATRIBUT_PROFIL)} berurutan", berkas, "profil")
    return Kuesioner(dasar, tuple(unsur), tuple(profil))


# --------------------------------------------------------------------------- the index


@dataclass(frozen=True)
class NilaiUnsur:
    """One unsur's figures: the spread of answers 1..4, Σ, NRR, NRR tertimbang, its mutu."""

    unsur: Unsur
    sebaran: tuple[int, int, int, int]
    penimbang: Fraction

    @property
    def terisi(self) -> int:
        return sum(self.sebaran)

    @property
    def jumlah_nilai(self) -> int:
        return sum(n * v for n, v in zip(self.sebaran, SKALA, strict=True))

    @property
    def nrr(self) -> Fraction | None:
        return Fraction(self.jumlah_nilai, self.terisi) if self.terisi else None

    @property
    def tertimbang(self) -> Fraction | None:
        return None if self.nrr is None else self.nrr * self.penimbang

    @property
    def konversi(self) -> Decimal | None:
        """The unsur's NRR × 25, two decimals: its own mutu on the same intervals."""
        return None if self.nrr is None else bulat2(self.nrr * 25)

    @property
    def mutu(self) -> Mutu | None:
        k = self.konversi
        return None if k is None else mutu_dari(k)


@dataclass(frozen=True)
class Indeks:
    """The IKM of a set of answers: per unsur, the sum of NRR tertimbang, ×25 and the mutu."""

    unsur: tuple[NilaiUnsur, ...]
    responden: int
    penimbang: Fraction

    @property
    def nilai(self) -> Fraction | None:
        """Σ NRR tertimbang (1..4), or ``None`` with no answer at all."""
        ada = [u.tertimbang for u in self.unsur if u.tertimbang is not None]
        return sum(ada, Fraction(0)) if ada else None

    @property
    def konversi(self) -> Decimal | None:
        """The IKM unit: Σ NRR tertimbang × 25, rounded half up to two decimals."""
        return None if self.nilai is None else bulat2(self.nilai * 25)

    @property
    def mutu(self) -> Mutu | None:
        k = self.konversi
        return None if k is None else mutu_dari(k)

    @property
    def terendah(self) -> tuple[NilaiUnsur, ...]:
        """The unsur with the lowest NRR (all of them on a tie): the first to act on."""
        ada = [u for u in self.unsur if u.nrr is not None]
        if not ada:
            return ()
        rendah = min(u.nrr for u in ada)  # type: ignore[type-var]
        return tuple(u for u in ada if u.nrr == rendah)


def hitung_indeks(
    sebaran: Sequence[Sequence[int]],
    responden: int,
    unsur: Sequence[Unsur] | None = None,
    *,
    penimbang: Fraction | None = None,
) -> Indeks:
    """The regulation's computation over the count of each answer (1..4) of each unsur.

    ``penimbang`` defaults to 1 / (number of unsur that have answers): 1/9 for a full
    questionnaire, the "total unsur yang terisi" of the Lampiran. A report that printed its
    weight rounded (0,111 or 0,33) is reproduced by passing that weight.
    """
    if unsur is None:
        unsur = _kuesioner_bawaan().unsur[: len(sebaran)]
        if len(unsur) < len(sebaran):
            unsur = [
                Unsur(i, f"U{i}", f"Unsur {i}", "", ("1", "2", "3", "4"))
                for i in range(1, len(sebaran) + 1)
            ]
    if len(unsur) != len(sebaran):
        raise ValueError("jumlah unsur dan sebaran berbeda")
    rapi = []
    for s in sebaran:
        if len(s) != len(SKALA) or any(n < 0 for n in s):
            raise ValueError("sebaran harus empat bilangan cacah (jawaban 1, 2, 3, 4)")
        rapi.append(tuple(int(n) for n in s))
    terisi = sum(1 for s in rapi if sum(s))
    w = penimbang if penimbang is not None else (Fraction(1, terisi) if terisi else Fraction(0))
    return Indeks(
        tuple(NilaiUnsur(u, s, w) for u, s in zip(unsur, rapi, strict=True)),  # type: ignore[arg-type]
        responden,
        w,
    )


def sebaran_dari_nilai(baris: Sequence[Sequence[int | None]], jumlah_unsur: int) -> list[list[int]]:
    """Counts of 1..4 per unsur from per-respondent rows (a published table, a paper batch)."""
    hasil = [[0, 0, 0, 0] for _ in range(jumlah_unsur)]
    for r in baris:
        if len(r) != jumlah_unsur:
            raise ValueError(f"baris harus {jumlah_unsur} nilai")
        for i, v in enumerate(r):
            if v is not None:
                if v not in SKALA:
                    raise ValueError(f"nilai {v} di luar 1-4")
                hasil[i][v - 1] += 1
    return hasil


# --------------------------------------------------------------------------- periods


def periode_semester(tahun: int, semester: int) -> Periode:
    """Semester I (Januari-Juni) or II (Juli-Desember) of ``tahun``."""
    if semester not in (1, 2):
        raise ValidationError("Semester harus I atau II.", "semester")
    Periode.tahun(tahun)  # checks the year
    awal = date(tahun, 1 if semester == 1 else 7, 1)
    akhir = date(tahun, 7, 1) if semester == 1 else date(tahun + 1, 1, 1)
    return Periode(awal, akhir, f"Semester {romawi(semester)} {tahun}")


def _bulan(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _kunci_periode(p: Periode) -> str:
    return f"{p.awal.isoformat()}/{p.akhir.isoformat()}"


# --------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class Jawaban:
    """One questionnaire: nine values 1..4 (``None`` = left blank on paper), the profile by
    attribute (the chosen label, or ``None``) and an optional saran."""

    nilai: tuple[int | None, ...]
    profil: Mapping[str, str | None] = field(default_factory=dict)
    saran: str = ""


@dataclass(frozen=True)
class TiketSurvei:
    """Permission, held in memory only, for one citizen's survey after one hand-over."""

    token: str
    layanan: str
    nama_layanan: str
    bulan: str


@dataclass(frozen=True)
class EntriKertas:
    """A paper form just typed in, so the clerk can undo it (in this session only)."""

    token: str
    layanan: str
    bulan: str
    jawaban: Jawaban
    saran_id: int | None


_KENDALI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _rapikan_saran(teks: str) -> str:
    t = unicodedata.normalize("NFC", teks or "")
    t = _KENDALI.sub(" ", t)
    t = "\n".join(" ".join(b.split()) for b in t.splitlines()).strip()
    t = re.sub(r"\n{3,}", "\n\n", t)
    if len(t) > SARAN_MAKS:
        raise ValidationError(
            f"Saran paling banyak {SARAN_MAKS} huruf (sekarang {len(t)}). Persingkat sarannya.",
            "saran",
        )
    return t


def _tambah_hitungan(conn: sqlite3.Connection, tabel: str, kunci: Mapping[str, Any]) -> None:
    kolom = ", ".join(kunci)
    conn.execute(
        f"INSERT INTO {tabel} ({kolom}, jumlah) VALUES ({', '.join('?' * len(kunci))}, 1) "
        "ON CONFLICT DO UPDATE SET jumlah = jumlah + 1",
        tuple(kunci.values()),
    )


def _kurangi_hitungan(conn: sqlite3.Connection, tabel: str, kunci: Mapping[str, Any]) -> None:
    syarat = " AND ".join(f"{k} = ?" for k in kunci)
    c = conn.execute(
        f"UPDATE {tabel} SET jumlah = jumlah - 1 WHERE {syarat} AND jumlah > 0",
        tuple(kunci.values()),
    )
    if c.rowcount != 1:
        raise ValidationError("Lembar ini sudah tidak ada dalam hitungan.", "entri")


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class RingkasLayanan:
    """One service's line in the report: respondents, services handed over, sample, IKM."""

    kode: str
    nama: str
    responden: int
    populasi: int
    indeks: Indeks

    @property
    def sampel_minimum(self) -> int:
        return sampel_minimum(self.populasi)

    @property
    def memenuhi_sampel(self) -> bool:
        return self.populasi > 0 and self.responden >= self.sampel_minimum


@dataclass(frozen=True)
class HasilSKM:
    """Everything the Laporan SKM and the poster print for one period (and service, or all)."""

    periode: Periode
    layanan: str | None
    nama_layanan: str
    kuesioner: Kuesioner
    indeks: Indeks
    responden_loket: int
    responden_kertas: int
    profil: tuple[tuple[AtributProfil, tuple[tuple[str, int], ...]], ...]
    saran: tuple[tuple[str, str], ...]
    populasi: int
    per_layanan: tuple[RingkasLayanan, ...]
    rencana_tindak_lanjut: str
    dibuat_pada: datetime

    @property
    def responden(self) -> int:
        return self.responden_loket + self.responden_kertas

    @property
    def sampel_minimum(self) -> int:
        return sampel_minimum(self.populasi)

    @property
    def memenuhi_sampel(self) -> bool:
        return self.populasi > 0 and self.responden >= self.sampel_minimum


# --------------------------------------------------------------------------- the manager


class SKMManager:
    """``desk.skm``: the counter survey, paper forms, the IKM of a period and its follow-up."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk
        self._tiket: dict[str, TiketSurvei] = {}
        self._sudah: set[int] = set()
        self._kertas: dict[str, EntriKertas] = {}

    # settings and wording

    def pengaturan(self) -> PengaturanSKM:
        return self._desk.pengaturan.skm()

    def kuesioner(self) -> Kuesioner:
        """The catalog's questionnaire with the office's own wording from the settings."""
        return _kuesioner_bawaan().dengan_kalimat(self.pengaturan().kalimat)

    def ditawarkan(self, layanan: str) -> bool:
        """Whether the survey is offered after a hand-over of ``layanan`` (the settings)."""
        s = self.pengaturan()
        return s.ditawarkan and layanan in s.layanan

    # the counter

    def buka_survei(self, pid: int) -> TiketSurvei:
        """Open the citizen's survey for an application just handed over.

        Checked: the role may hand over, the application is "selesai", the survey is offered
        for its service, and no survey was opened for it in this session. The ticket names
        the service and the month; the application's id stays in memory only.
        """
        from bawang_desk.core.layanan import info

        desk = self._desk
        desk.otorisasi("skm.isi")
        r = desk.conn.execute(
            "SELECT layanan, status FROM permohonan WHERE id = ?", (pid,)
        ).fetchone()
        if r is None:
            raise ValidationError("Permohonan tidak ditemukan.", "permohonan")
        layanan, status = r
        if status != "selesai":
            raise ValidationError(
                "Survei kepuasan dibuka setelah berkas diserahkan kepada pemohon.", "status"
            )
        if not self.ditawarkan(layanan):
            raise ValidationError(
                f"Survei kepuasan tidak ditawarkan untuk {info(layanan).nama} "
                "(Pengaturan > Survei Kepuasan).",
                "layanan",
            )
        if pid in self._sudah:
            raise ValidationError("Survei untuk permohonan ini sudah dibuka.", "permohonan")
        self._sudah.add(pid)
        t = TiketSurvei(
            secrets.token_urlsafe(16), layanan, info(layanan).nama, _bulan(desk.sekarang())
        )
        self._tiket[t.token] = t
        return t

    def batalkan_tiket(self, tiket: TiketSurvei) -> None:
        """The citizen left without answering: the ticket lapses, nothing is written."""
        self._tiket.pop(tiket.token, None)

    def simpan_loket(self, tiket: TiketSurvei, jawaban: Jawaban) -> None:
        """Add one counter questionnaire (all nine unsur answered) to the month's counters.

        The ticket is the authority (issued to a user who may hand over); the citizen types
        the answers, so no login is checked here and nothing is audited (see the module doc).
        """
        if self._tiket.get(tiket.token) != tiket:
            raise ValidationError("Tiket survei tidak berlaku atau sudah dipakai.", "tiket")
        j = self._validasi(jawaban, lengkap=True)
        with self._desk.tulis() as conn:
            self._tambah(conn, tiket.bulan, tiket.layanan, "loket", j, +1)
            self._saran(conn, tiket.bulan, tiket.layanan, j.saran)
        del self._tiket[tiket.token]

    # paper forms

    def simpan_kertas(self, layanan: str, bulan: date, jawaban: Jawaban) -> EntriKertas:
        """Add one paper questionnaire of ``layanan`` filled in ``bulan`` (any day of it)."""
        from bawang_desk.core.layanan import info

        desk = self._desk
        desk.otorisasi("skm.kertas")
        info(layanan)
        hari_ini = desk.sekarang().date()
        if (bulan.year, bulan.month) > (hari_ini.year, hari_ini.month):
            raise ValidationError("Bulan survei tidak boleh setelah bulan ini.", "bulan")
        Periode.tahun(bulan.year)
        j = self._validasi(jawaban, lengkap=False)
        kunci = _bulan(bulan)
        with desk.tulis() as conn:
            self._tambah(conn, kunci, layanan, "kertas", j, +1)
            sid = self._saran(conn, kunci, layanan, j.saran)
        e = EntriKertas(secrets.token_urlsafe(16), layanan, kunci, j, sid)
        self._kertas[e.token] = e
        return e

    def batalkan_kertas(self, entri: EntriKertas) -> None:
        """Undo a paper form typed in this session (a typing mistake), counter by counter."""
        desk = self._desk
        desk.otorisasi("skm.kertas")
        if self._kertas.get(entri.token) != entri:
            raise ValidationError(
                "Hanya lembar yang diketik pada sesi ini yang dapat dibatalkan.", "entri"
            )
        with desk.tulis() as conn:
            self._tambah(conn, entri.bulan, entri.layanan, "kertas", entri.jawaban, -1)
            if entri.saran_id is not None:
                conn.execute("DELETE FROM skm_saran WHERE id = ?", (entri.saran_id,))
        del self._kertas[entri.token]

    # writing

    def _validasi(self, j: Jawaban, *, lengkap: bool) -> Jawaban:
        if len(j.nilai) != JUMLAH_UNSUR:
            raise ValidationError(f"Kuesioner harus memuat {JUMLAH_UNSUR} unsur.", "nilai")
        for i, v in enumerate(j.nilai, 1):
            if v is None:
                if lengkap:
                    raise ValidationError(f"Unsur U{i} belum dijawab.", f"U{i}")
                continue
            if isinstance(v, bool) or v not in SKALA:
                raise ValidationError(f"Jawaban unsur U{i} harus 1, 2, 3 atau 4.", f"U{i}")
        if all(v is None for v in j.nilai):
            raise ValidationError("Tidak ada unsur yang dijawab pada lembar ini.", "nilai")
        k = _kuesioner_bawaan()
        profil: dict[str, str | None] = {}
        for a in k.profil:
            v = (j.profil or {}).get(a.atribut)
            if v is not None and v not in a.pilihan:
                raise ValidationError(
                    f"{a.label} harus salah satu dari: {', '.join(a.pilihan)}.", a.atribut
                )
            profil[a.atribut] = v
        lain = set(j.profil or {}) - set(ATRIBUT_PROFIL)
        if lain:
            raise ValidationError(f"Profil tidak dikenal: {', '.join(sorted(lain))}.", "profil")
        return Jawaban(tuple(j.nilai), profil, _rapikan_saran(j.saran))

    def _tambah(
        self, conn: sqlite3.Connection, bulan: str, layanan: str, sumber: str, j: Jawaban, d: int
    ) -> None:
        """Add ``d`` (+1, or -1 to undo) to every counter one questionnaire touches."""
        if d < 0:
            self._cukup(conn, bulan, layanan, sumber, j)
        tambah = _tambah_hitungan if d > 0 else _kurangi_hitungan
        tambah(conn, "skm_responden", {"bulan": bulan, "layanan": layanan, "sumber": sumber})
        for i, v in enumerate(j.nilai, 1):
            if v is not None:
                tambah(
                    conn,
                    "skm_jawaban",
                    {"bulan": bulan, "layanan": layanan, "sumber": sumber, "unsur": i, "nilai": v},
                )
        for a in ATRIBUT_PROFIL:
            tambah(
                conn,
                "skm_profil",
                {"bulan": bulan, "layanan": layanan, "atribut": a, "nilai": j.profil.get(a) or ""},
            )

    @staticmethod
    def _cukup(conn: sqlite3.Connection, bulan: str, layanan: str, sumber: str, j: Jawaban) -> None:
        """Refuse an undo that would take a counter below zero (it was already undone)."""
        (n,) = conn.execute(
            "SELECT COALESCE(MAX(jumlah), 0) FROM skm_responden "
            "WHERE bulan = ? AND layanan = ? AND sumber = ?",
            (bulan, layanan, sumber),
        ).fetchone()
        if n < 1:
            raise ValidationError("Lembar ini sudah tidak ada dalam hitungan.", "entri")

    @staticmethod
    def _saran(conn: sqlite3.Connection, bulan: str, layanan: str, teks: str) -> int | None:
        if not teks:
            return None
        for _ in range(5):  # a collision of 62 random bits is not expected even once
            sid = secrets.randbits(62) + 1
            try:
                conn.execute(
                    "INSERT INTO skm_saran (id, bulan, layanan, teks) VALUES (?, ?, ?, ?)",
                    (sid, bulan, layanan, teks),
                )
            except sqlite3.IntegrityError:
                continue
            return sid
        raise RuntimeError("tidak dapat membuat nomor acak untuk saran")  # pragma: no cover

    # reading

    def _sebaran(
        self, p: Periode, layanan: str | None
    ) -> tuple[list[list[int]], dict[str, int], dict[str, list[list[int]]], dict[str, dict]]:
        """Counts per unsur and value, respondents per source, and the same per service."""
        conn = self._desk.conn
        awal, akhir = _bulan(p.awal), _bulan(p.akhir)
        saring, args = "bulan >= ? AND bulan < ?", [awal, akhir]
        if layanan is not None:
            saring += " AND layanan = ?"
            args.append(layanan)
        semua = [[0, 0, 0, 0] for _ in range(JUMLAH_UNSUR)]
        per: dict[str, list[list[int]]] = {}
        for lay, unsur, nilai, n in conn.execute(
            f"SELECT layanan, unsur, nilai, SUM(jumlah) FROM skm_jawaban WHERE {saring} "
            "GROUP BY layanan, unsur, nilai",
            args,
        ):
            semua[unsur - 1][nilai - 1] += n
            per.setdefault(lay, [[0, 0, 0, 0] for _ in range(JUMLAH_UNSUR)])[unsur - 1][
                nilai - 1
            ] += n
        sumber = dict.fromkeys(SUMBER, 0)
        resp: dict[str, dict] = {}
        for lay, sb, n in conn.execute(
            f"SELECT layanan, sumber, SUM(jumlah) FROM skm_responden WHERE {saring} "
            "GROUP BY layanan, sumber",
            args,
        ):
            sumber[sb] += n
            resp.setdefault(lay, dict.fromkeys(SUMBER, 0))[sb] += n
        return semua, sumber, per, resp

    def indeks_periode(self, p: Periode, layanan: str | None = None) -> Indeks:
        """The IKM of a period from the counters only (cheap: the Beranda reads this)."""
        self._desk.otorisasi("skm.lihat")
        semua, sumber, _, _ = self._sebaran(p, layanan)
        return hitung_indeks(semua, sum(sumber.values()), self.kuesioner().unsur)

    def populasi(self, p: Periode) -> dict[str, int]:
        """Services handed over in the period, by service: the population of the sample.

        Counted at the SOP step that hands the result to the applicant (the same step the
        Kinerja report measures), for applications still "selesai".
        """
        from bawang_desk.core.layanan import LAYANAN

        self._desk.otorisasi("skm.lihat")
        kasus = " ".join(f"WHEN '{k}' THEN {i.aksi['serahkan'][0]}" for k, i in LAYANAN.items())
        dari = date.fromordinal(p.awal.toordinal() - 366).isoformat()
        rows = self._desk.conn.execute(
            "SELECT p.layanan, COUNT(*) FROM permohonan p JOIN permohonan_langkah l "
            f"ON l.permohonan_id = p.id AND l.langkah = CASE p.layanan {kasus} END "
            "WHERE p.tanggal_masuk >= ? AND p.tanggal_masuk < ? AND p.status = 'selesai' "
            "AND l.selesai_pada >= ? AND l.selesai_pada < ? GROUP BY p.layanan",
            (dari, p.akhir.isoformat(), p.awal.isoformat(), p.akhir.isoformat()),
        ).fetchall()
        return {k: n for k, n in rows}

    def rekap(self, p: Periode, layanan: str | None = None) -> HasilSKM:
        """Everything the report needs for a period, for one service or all of them."""
        from bawang_desk.core.layanan import LAYANAN, info

        desk = self._desk
        desk.otorisasi("skm.lihat")
        if layanan is not None:
            info(layanan)
        k = self.kuesioner()
        semua, sumber, per, resp = self._sebaran(p, layanan)
        indeks = hitung_indeks(semua, sum(sumber.values()), k.unsur)
        pop = self.populasi(p)
        awal, akhir = _bulan(p.awal), _bulan(p.akhir)
        saring, args = "bulan >= ? AND bulan < ?", [awal, akhir]
        if layanan is not None:
            saring += " AND layanan = ?"
            args.append(layanan)
        hitungan: dict[str, dict[str, int]] = {}
        for atribut, nilai, n in desk.conn.execute(
            f"SELECT atribut, nilai, SUM(jumlah) FROM skm_profil WHERE {saring} "
            "GROUP BY atribut, nilai",
            args,
        ):
            if n:
                hitungan.setdefault(atribut, {})[nilai] = n
        profil = []
        for a in k.profil:
            h = hitungan.get(a.atribut, {})
            baris = [(x, h.pop(x, 0)) for x in a.pilihan]
            baris += sorted((x, n) for x, n in h.items() if x)  # labels the catalog dropped
            if h.get(""):
                baris.append((TIDAK_DIISI, h[""]))
            profil.append((a, tuple(baris)))
        saran = sorted(
            (
                (LAYANAN[lay].nama if lay in LAYANAN else lay, teks)
                for lay, teks in desk.conn.execute(
                    f"SELECT layanan, teks FROM skm_saran WHERE {saring}", args
                )
            ),
            key=lambda x: (x[0].casefold(), x[1].casefold()),
        )
        per_layanan = ()
        if layanan is None:
            per_layanan = tuple(
                RingkasLayanan(
                    kode,
                    i.nama,
                    sum(resp.get(kode, {}).values()),
                    pop.get(kode, 0),
                    hitung_indeks(
                        per.get(kode, [[0, 0, 0, 0] for _ in range(JUMLAH_UNSUR)]),
                        sum(resp.get(kode, {}).values()),
                        k.unsur,
                    ),
                )
                for kode, i in LAYANAN.items()
                if sum(resp.get(kode, {}).values()) or pop.get(kode)
            )
        return HasilSKM(
            periode=p,
            layanan=layanan,
            nama_layanan=info(layanan).nama if layanan else "Semua layanan",
            kuesioner=k,
            indeks=indeks,
            responden_loket=sumber["loket"],
            responden_kertas=sumber["kertas"],
            profil=tuple(profil),
            saran=tuple(saran),
            populasi=pop.get(layanan, 0) if layanan else sum(pop.values()),
            per_layanan=per_layanan,
            rencana_tindak_lanjut=self.rencana_tindak_lanjut(p),
            dibuat_pada=desk.sekarang(),
        )

    # follow-up and tamper evidence

    def rencana_tindak_lanjut(self, p: Periode) -> str:
        self._desk.otorisasi("skm.lihat", sentuh=False)
        r = self._desk.conn.execute(
            "SELECT teks FROM skm_tindak_lanjut WHERE periode = ?", (_kunci_periode(p),)
        ).fetchone()
        return r[0] if r else ""

    def simpan_rencana(self, p: Periode, teks: str) -> str:
        """The Sekcam's rencana tindak lanjut for the period, printed in the report."""
        desk = self._desk
        desk.otorisasi("skm.tindak_lanjut")
        t = "\n".join(" ".join(b.split()) for b in (teks or "").splitlines()).strip()
        if len(t) > 4000:
            raise ValidationError(
                f"Rencana tindak lanjut paling banyak 4000 huruf (sekarang {len(t)}).", "rencana"
            )
        kunci = _kunci_periode(p)
        with desk.tulis() as conn:
            if t:
                conn.execute(
                    "INSERT INTO skm_tindak_lanjut (periode, teks, oleh, diubah_pada) "
                    "VALUES (?, ?, ?, ?) ON CONFLICT (periode) DO UPDATE SET teks = excluded.teks, "
                    "oleh = excluded.oleh, diubah_pada = excluded.diubah_pada",
                    (kunci, t, desk.username, desk.sekarang_iso()),
                )
            else:
                conn.execute("DELETE FROM skm_tindak_lanjut WHERE periode = ?", (kunci,))
            desk.catat_audit("skm.tindak_lanjut", f"skm:{kunci}", {"periode": p.label, "teks": t})
        return t

    def _sidik(self, p: Periode) -> str:
        """SHA-256 of the period's counters and saran, in key order."""
        conn = self._desk.conn
        a, b = _bulan(p.awal), _bulan(p.akhir)
        h = hashlib.sha256()
        for tabel, kolom in (
            ("skm_jawaban", "bulan, layanan, sumber, unsur, nilai, jumlah"),
            ("skm_responden", "bulan, layanan, sumber, jumlah"),
            ("skm_profil", "bulan, layanan, atribut, nilai, jumlah"),
            ("skm_saran", "bulan, layanan, teks"),
        ):
            for r in conn.execute(
                f"SELECT {kolom} FROM {tabel} WHERE bulan >= ? AND bulan < ? ORDER BY {kolom}",
                (a, b),
            ):
                h.update(json.dumps([tabel, *r], ensure_ascii=False).encode())
        return h.hexdigest()

    def catat_cetak(self, hasil: HasilSKM, jenis: str) -> None:
        """Audit a printed report or poster with its figures and the counters' SHA-256.

        This is the only audit row the survey data get: its time is the printing's, which
        says nothing about when any citizen answered.
        """
        desk = self._desk
        desk.otorisasi("skm.lihat")
        with desk.tulis():
            desk.catat_audit(
                f"skm.cetak.{jenis}",
                f"skm:{_kunci_periode(hasil.periode)}",
                {
                    "periode": hasil.periode.label,
                    "layanan": hasil.layanan or "semua",
                    "responden": hasil.responden,
                    "ikm": str(hasil.indeks.konversi) if hasil.indeks.konversi else None,
                    "sha256": self._sidik(hasil.periode),
                },
            )

    def periksa_segel(self) -> list[str]:
        """Printed periods whose counters changed since the last print (empty: all unchanged).

        Months still running are expected to grow; only periods that had ended when they
        were printed are checked.
        """
        self._desk.otorisasi("skm.lihat")
        return self.segel_berubah()

    def segel_berubah(self) -> list[str]:
        """:meth:`periksa_segel` without a login, for the integrity check in the background."""
        terakhir: dict[str, tuple[str, str, str]] = {}
        for waktu, objek, rincian in self._desk.conn.execute(
            "SELECT waktu, objek, rincian FROM audit WHERE aksi LIKE 'skm.cetak.%' ORDER BY id"
        ):
            d = json.loads(rincian)
            terakhir[objek] = (waktu, d["sha256"], d["periode"])
        masalah = []
        for objek, (waktu, sidik, label) in terakhir.items():
            awal, akhir = objek.removeprefix("skm:").split("/")
            p = Periode(date.fromisoformat(awal), date.fromisoformat(akhir), label)
            if waktu[:10] < p.akhir.isoformat():
                continue
            if self._sidik(p) != sidik:
                masalah.append(
                    f"Data survei kepuasan {label} berubah setelah laporannya dicetak "
                    f"pada {waktu[:10]}."
                )
        return masalah
