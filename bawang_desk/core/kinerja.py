"""Kinerja from the registers: per SOP, how long each step and each whole service really took.

The office gathered "data kinerja" by hand once a year (SOP Mekanisme Pengumpulan Data Kinerja),
although every application and every incoming letter already carries the time each SOP step was
done and by whom. This module reads those step records for a month or a year and gives, per SOP:
the number of services, the median and the 90th percentile of the actual time of every step and
of the whole service against the SOP's standard time, the share done within standard, and the
same per pelaksana (the account that recorded the step).

What is measured (the same rules as :meth:`LayananManager.get` and :meth:`SuratMasukManager.get`,
so a figure in the report is the sum of what the counter screens show):

- The time of a step is its ``selesai_pada`` minus its ``mulai`` when one was recorded, otherwise
  minus the ``selesai_pada`` of the previous record of the same application in (langkah, id)
  order. A first step without a recorded start (the applicant's arrival was not noted) has no
  time and is left out of that step's figures; it still counts as work done by its pelaksana.
  Several steps recorded by one action (SOP 004 steps 5 and 6 at the signature) get 0 for all but
  the first: the work was done at once.
- The time of the whole service is measured only for finished services (the last step of the
  SOP is recorded): from the start of the first step (its ``mulai``, or when unknown its
  ``selesai_pada``) to the end of the last. It is compared with the SOP's total standard time
  (:attr:`SOP.total_waktu`).
- Which services belong to a period: applications by ``tanggal_masuk``, letters by
  ``tanggal_terima``, both in ``[awal, akhir)``. Cancelled applications count as "batal"; the
  steps they went through are still work done and are measured.
- "Within standard" means ``time <= standard``; steps without a standard time in the SOP have no
  share (``None``).

Percentiles, exactly (so a test recomputes them in Python over the same rows):

- Times are whole seconds (``round((julianday(b) - julianday(a)) * 86400)``).
- The median of ``n`` sorted values ``x[1..n]`` is the mean of ``x[(n+1)//2]`` and
  ``x[(n+2)//2]`` (the usual median: the middle value, or the mean of the two middle values);
  this equals :func:`statistics.median`.
- The 90th percentile is the nearest-rank percentile: ``x[ceil(0.9 * n)]``, computed in integers
  as ``x[(9 * n + 9) // 10]`` (1-based), so no float rounding decides the rank.
- Per pelaksana the values are ratios ``time * 100.0 / standard`` (percent of the standard), over
  the steps that have a standard and a time: a median across different steps in minutes would
  mix a 2-minute step with a 10-minute one, a ratio does not.

Speed: a year of the ten-year database is about 100,000 applications and 840,000 step records.
The work is done by SQLite: one windowed pass computes every step's time into a temporary table,
then partial indexes sort each grouping once, and every percentile is a single ``LIMIT 1 OFFSET
k`` probe into the sorted index (a few hundred probes in all). Temporary tables live in this
connection only and are dropped at the end; a worker thread uses its own connection
(:meth:`Desk.cabang`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from bawang_desk.core.catalog import SOP, load_catalog
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.teks import BULAN

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "SOP_DIUKUR",
    "KinerjaLangkah",
    "KinerjaManager",
    "KinerjaPelaksana",
    "KinerjaSOP",
    "LaporanKinerja",
    "Periode",
    "Sebaran",
    "format_durasi",
    "format_persen",
    "median_dari_terurut",
    "peringkat_p90",
]

Progress = Callable[[int, int, str], None]

SOP_DIUKUR: tuple[str, ...] = (
    "surat-masuk",
    "pindah",
    "legalisasi",
    "kredit-bank",
    "skck",
    "kk",
    "ktp-el",
)
"""The SOPs whose steps the registers record with times, in report order: SOP 001 (letters in)
and the six counter services. SOP 002 has no steps in the seed, SOP 003 runs over weeks in
another register, and the two kinerja SOPs are tracked work (:mod:`pelacakan_sop`)."""

_BATAL = ("batal", "ditolak")  # "ditolak": older generated data used this status


def peringkat_p90(n: int) -> int:
    """The 1-based rank of the nearest-rank 90th percentile among ``n`` sorted values."""
    return (9 * n + 9) // 10


def median_dari_terurut(nilai: Sequence[float]) -> float:
    """Median of an already sorted sequence: the middle value or the mean of the two middles."""
    n = len(nilai)
    if not n:
        raise ValueError("median dari deret kosong")
    return (nilai[(n + 1) // 2 - 1] + nilai[(n + 2) // 2 - 1]) / 2


# --------------------------------------------------------------------------- period


@dataclass(frozen=True)
class Periode:
    """A month or a calendar year: ``[awal, akhir)``, with the label the report prints."""

    awal: date
    akhir: date
    label: str

    @classmethod
    def bulan(cls, tahun: int, bulan: int) -> Periode:
        """One calendar month ("November 2026")."""
        if not 1 <= bulan <= 12:
            raise ValidationError("Bulan harus 1 sampai 12.", "bulan")
        cls._cek_tahun(tahun)
        awal = date(tahun, bulan, 1)
        akhir = date(tahun + (bulan == 12), bulan % 12 + 1, 1)
        return cls(awal, akhir, f"{BULAN[bulan - 1]} {tahun}")

    @classmethod
    def tahun(cls, tahun: int) -> Periode:
        """One calendar year ("Tahun 2026")."""
        cls._cek_tahun(tahun)
        return cls(date(tahun, 1, 1), date(tahun + 1, 1, 1), f"Tahun {tahun}")

    @staticmethod
    def _cek_tahun(tahun: int) -> None:
        if not 2000 <= tahun <= 2100:
            raise ValidationError("Tahun harus antara 2000 dan 2100.", "tahun")

    @property
    def sampai(self) -> date:
        """The last day inside the period (for printing "s.d.")."""
        return self.akhir - timedelta(days=1)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class Sebaran:
    """How a set of measured times is spread: count, median, 90th percentile, within standard.

    Times are in seconds (ratios in percent for :class:`KinerjaPelaksana`); ``median`` and ``p90``
    are ``None`` when nothing was measured, ``dalam_standar`` is ``None`` without a standard.
    """

    n: int = 0
    median: float | None = None
    p90: float | None = None
    dalam_standar: int | None = None

    @property
    def persen_dalam_standar(self) -> float | None:
        """Share within standard in percent, or ``None`` (no standard, or nothing measured)."""
        if self.dalam_standar is None or not self.n:
            return None
        return 100.0 * self.dalam_standar / self.n


@dataclass(frozen=True)
class KinerjaLangkah:
    """One SOP step's figures in the period, beside the step's standard time."""

    nomor: int
    uraian: str
    pelaksana: tuple[str, ...]
    baku: timedelta | None
    baku_teks: str
    waktu: Sebaran
    dikerjakan: int  # step records in the period, measured or not


@dataclass(frozen=True)
class KinerjaSOP:
    """One SOP's figures: services in, finished and cancelled, the whole service and each step."""

    kode: str
    nomor: str
    nama: str
    jumlah: int
    selesai: int
    batal: int
    baku_total: timedelta | None
    total: Sebaran
    langkah: tuple[KinerjaLangkah, ...]


@dataclass(frozen=True)
class KinerjaPelaksana:
    """What one account did for one SOP: steps recorded, and their time as % of the standard."""

    username: str
    nama: str
    sop: str
    nama_sop: str
    langkah: int  # step records made by this account
    rasio: Sebaran  # ratios time/standard in percent, over steps with a standard and a time


@dataclass(frozen=True)
class LaporanKinerja:
    """The figures of one period, as the tab, the PDF and the XLSX show them."""

    periode: Periode
    sop: tuple[KinerjaSOP, ...]
    pelaksana: tuple[KinerjaPelaksana, ...]
    dibuat_pada: datetime
    dibuat_oleh: str = ""
    catatan: tuple[str, ...] = field(default=())

    @property
    def jumlah_layanan(self) -> int:
        return sum(s.jumlah for s in self.sop)


# --------------------------------------------------------------------------- SQL

#: Applications (or letters) per read statement of the report (see ``hitung``).
ID_PER_IRISAN = 2000

_TEMP = ("kinerja_baku", "kinerja_l", "kinerja_t")

# Step times of the period: one row per step record. ``k`` = sop index * 100 + langkah, ``s`` =
# sop index, ``d`` the step's time in seconds, ``r`` that time in percent of the step's standard.
_KOLOM_L = "k, s, oleh, pid, d, r"
_LANGKAH = """
SELECT k, k / 100 AS s, oleh, pid, d, CASE WHEN detik > 0 THEN d * 100.0 / detik END AS r
FROM (
    SELECT x.k, COALESCE(x.oleh, '') AS oleh, x.pid, b.detik,
           CAST(round((julianday(x.selesai) - julianday(COALESCE(x.mulai,
                LAG(x.selesai) OVER w))) * 86400) AS INTEGER) AS d
    FROM ({sumber}) AS x
    LEFT JOIN kinerja_baku b ON b.k = x.k
    WINDOW w AS (PARTITION BY x.pid ORDER BY x.langkah, x.urut)
)
"""
# Whole services: finished when the highest step recorded is the SOP's last step; the time runs
# from the earliest moment recorded (a start, or an end) to the latest end. The source comes in
# ``pid`` order, so the grouping needs no sort either.
_KOLOM_T = "s, t"
_LAYANAN = """
SELECT b.k / 100 AS s,
       CAST(round((julianday(g.akhir) - julianday(g.awal)) * 86400) AS INTEGER) AS t
FROM (
    SELECT MAX(x.k) AS k, MIN(COALESCE(x.mulai, x.selesai)) AS awal, MAX(x.selesai) AS akhir
    FROM ({sumber}) AS x
    GROUP BY x.pid
) AS g
JOIN kinerja_baku b ON b.k = g.k AND b.akhir = 1
"""
# Applications: read through the covering index permohonan_langkah_urut (migration 0008) over
# the id range of the period's applications, so the window needs no sort; the date test keeps
# the result exact even when ids and dates do not follow each other.
_SUMBER_PERMOHONAN = """
SELECT s.i * 100 + l.langkah AS k, l.oleh, l.permohonan_id AS pid, l.langkah, l.id AS urut,
       l.mulai, l.selesai_pada AS selesai
FROM permohonan_langkah l INDEXED BY permohonan_langkah_urut
JOIN permohonan p ON p.id = l.permohonan_id
JOIN kinerja_sop s ON s.kode = p.layanan
WHERE l.permohonan_id BETWEEN :lo AND :hi
  AND p.tanggal_masuk >= :awal AND p.tanggal_masuk < :akhir
"""
# Letters in (SOP 001); ``pid`` is negative so it never meets an application's id.
_SUMBER_SURAT = """
SELECT s.i * 100 + l.langkah AS k, l.oleh, -l.surat_id AS pid, l.langkah, l.id AS urut,
       l.mulai, l.waktu AS selesai
FROM surat_masuk m
JOIN kinerja_sop s ON s.kode = 'surat-masuk'
JOIN surat_masuk_langkah l ON l.surat_id = m.id
WHERE m.id BETWEEN :lo AND :hi
  AND m.tanggal_terima >= :awal AND m.tanggal_terima < :akhir
"""


def _hapus_temp(conn: sqlite3.Connection) -> None:
    for t in (*_TEMP, "kinerja_sop"):
        conn.execute(f"DROP TABLE IF EXISTS temp.{t}")


def _nilai_ke(conn: sqlite3.Connection, sql: str, args: Sequence[object], rank: int) -> float:
    """The value at 1-based ``rank`` of an index-ordered query (``LIMIT 1 OFFSET rank-1``)."""
    return conn.execute(f"{sql} LIMIT 1 OFFSET ?", (*args, rank - 1)).fetchone()[0]


def _sebaran(
    conn: sqlite3.Connection, sql: str, args: Sequence[object], n: int, dalam: int | None
) -> Sebaran:
    """Median and p90 of the ``n`` values an ordered ``sql`` yields, by index probes."""
    if not n:
        return Sebaran(0, None, None, dalam)
    a, b = (n + 1) // 2, (n + 2) // 2
    va = _nilai_ke(conn, sql, args, a)
    vb = va if b == a else _nilai_ke(conn, sql, args, b)
    return Sebaran(n, (va + vb) / 2, _nilai_ke(conn, sql, args, peringkat_p90(n)), dalam)


def _detik(w: timedelta | None) -> int | None:
    return None if w is None else int(w.total_seconds())


class KinerjaManager:
    """``desk.kinerja``: the Laporan Kinerja figures of a month or a year, from the registers."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def sop_diukur(self) -> list[SOP]:
        """The catalog SOPs measured here, in report order (missing ones are skipped)."""
        katalog = load_catalog()
        return [katalog[k] for k in SOP_DIUKUR if k in katalog]

    def hitung(self, periode: Periode, progress: Progress | None = None) -> LaporanKinerja:
        """Compute every figure of ``periode``; ``progress(done, total, message)`` as it goes.

        Authorized for those who compile the Laporan Kinerja (``kinerja.lihat``). Read-only: it
        writes only TEMP tables of this connection, never the database file.
        """
        user = self._desk.otorisasi("kinerja.lihat")
        lapor = progress or (lambda _d, _t, _m: None)
        sops = self.sop_diukur()
        conn = self._desk.conn
        langkah_total = 6
        lapor(0, langkah_total, "Menyiapkan perhitungan")
        _hapus_temp(conn)
        try:
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA threads = 2")
            conn.execute("CREATE TEMP TABLE kinerja_sop (i INTEGER PRIMARY KEY, kode TEXT UNIQUE)")
            conn.executemany(
                "INSERT INTO kinerja_sop VALUES (?, ?)",
                [(i, s.kode) for i, s in enumerate(sops, start=1)],
            )
            conn.execute(
                "CREATE TEMP TABLE kinerja_baku (k INTEGER PRIMARY KEY, detik INTEGER, "
                "akhir INTEGER NOT NULL)"
            )
            conn.executemany(
                "INSERT INTO kinerja_baku VALUES (?, ?, ?)",
                [
                    (i * 100 + lk.nomor, _detik(lk.waktu), int(lk.nomor == len(s.langkah)))
                    for i, s in enumerate(sops, start=1)
                    for lk in s.langkah
                ],
            )
            args: dict[str, object] = {
                "awal": periode.awal.isoformat(),
                "akhir": periode.akhir.isoformat(),
            }
            rentang = {
                sumber: conn.execute(
                    f"SELECT MIN(id), MAX(id) FROM {tabel} WHERE {kolom} >= :awal "
                    f"AND {kolom} < :akhir",
                    args,
                ).fetchone()
                for sumber, tabel, kolom in (
                    (_SUMBER_PERMOHONAN, "permohonan", "tanggal_masuk"),
                    (_SUMBER_SURAT, "surat_masuk", "tanggal_terima"),
                )
            }
            lo, hi = rentang[_SUMBER_PERMOHONAN]
            args.update(lo=lo or 0, hi=hi or -1)  # the applications' ids, for _per_sop
            lapor(1, langkah_total, "Menghitung waktu setiap langkah")
            for tabel, sql in (("kinerja_l", _LANGKAH), ("kinerja_t", _LAYANAN)):
                kosong = sql.format(sumber=_SUMBER_PERMOHONAN)
                conn.execute(f"CREATE TEMP TABLE {tabel} AS {kosong}", {**args, "lo": 0, "hi": -1})
            for sumber, (lo, hi) in rentang.items():
                # a slice of ids per statement: each reads a few milliseconds, so with the
                # rollback journal a save waits that long at most, not the whole year (1.6 s);
                # a slice holds whole applications, so the window functions see each one whole
                for a in range(lo or 0, (hi or -1) + 1, ID_PER_IRISAN):
                    iris = {**args, "lo": a, "hi": min(a + ID_PER_IRISAN - 1, hi)}
                    for tabel, kolom, sql in (
                        ("kinerja_l", _KOLOM_L, _LANGKAH),
                        ("kinerja_t", _KOLOM_T, _LAYANAN),
                    ):
                        conn.execute(
                            f"INSERT INTO {tabel} ({kolom}) {sql.format(sumber=sumber)}", iris
                        )
            lapor(2, langkah_total, "Mengurutkan waktu langkah")
            conn.execute("CREATE INDEX temp.kinerja_l_kd ON kinerja_l(k, d)")
            conn.execute("CREATE INDEX temp.kinerja_t_st ON kinerja_t(s, t)")
            lapor(3, langkah_total, "Menghitung median dan persentil per langkah")
            hasil_sop = self._per_sop(conn, sops, args)
            lapor(4, langkah_total, "Menghitung per pelaksana")
            pelaksana = self._per_pelaksana(conn, sops)
            lapor(5, langkah_total, "Menyusun laporan")
        finally:
            _hapus_temp(conn)
        lapor(langkah_total, langkah_total, "Selesai")
        return LaporanKinerja(
            periode=periode,
            sop=tuple(hasil_sop),
            pelaksana=tuple(pelaksana),
            dibuat_pada=self._desk.sekarang(),
            dibuat_oleh=user.nama,
            catatan=(
                "Waktu langkah = selesai langkah dikurangi mulai langkah (atau selesai langkah "
                "sebelumnya). Langkah pertama terukur hanya bila jam mulai dicatat.",
                "Waktu layanan utuh = dari mulai langkah pertama sampai selesai langkah terakhir, "
                "hanya untuk layanan yang selesai; dibandingkan dengan jumlah waktu baku SOP.",
                "Median = nilai tengah (rata-rata dua nilai tengah bila jumlahnya genap); "
                "P90 = persentil ke-90 peringkat terdekat: nilai ke-k dari data yang diurutkan, "
                "k = 0,9 \u00d7 n dibulatkan ke atas.",
            ),
        )

    # ------------------------------------------------------------------ parts

    def _per_sop(
        self, conn: sqlite3.Connection, sops: list[SOP], args: dict[str, Any]
    ) -> list[KinerjaSOP]:
        jumlah: dict[str, tuple[int, int]] = {}
        lo, hi = args["lo"], args["hi"]
        for a in range(lo, hi + 1, ID_PER_IRISAN):  # sliced, as in hitung: saves go between
            for kode, n, batal in conn.execute(
                "SELECT layanan, COUNT(*), SUM(status IN (?, ?)) FROM permohonan "
                "WHERE id BETWEEN ? AND ? AND tanggal_masuk >= ? AND tanggal_masuk < ? "
                "GROUP BY layanan",
                (*_BATAL, a, min(a + ID_PER_IRISAN - 1, hi), args["awal"], args["akhir"]),
            ):
                n0, b0 = jumlah.get(kode, (0, 0))
                jumlah[kode] = (n0 + n, b0 + (batal or 0))
        jumlah["surat-masuk"] = (
            conn.execute(
                "SELECT COUNT(*) FROM surat_masuk WHERE tanggal_terima >= ? AND tanggal_terima < ?",
                (args["awal"], args["akhir"]),
            ).fetchone()[0],
            0,
        )
        per_k: dict[int, tuple[int, int, int]] = {}
        for k, dikerjakan, n, dalam in conn.execute(
            "SELECT l.k, COUNT(*), COUNT(l.d), SUM(l.d <= b.detik) FROM kinerja_l l "
            "LEFT JOIN kinerja_baku b ON b.k = l.k GROUP BY l.k"
        ):
            per_k[k] = (dikerjakan, n, dalam or 0)
        total_n = dict(conn.execute("SELECT s, COUNT(*) FROM kinerja_t GROUP BY s").fetchall())
        sql_l = "SELECT d FROM kinerja_l WHERE k = ? AND d IS NOT NULL ORDER BY d"
        sql_t = "SELECT t FROM kinerja_t WHERE s = ? ORDER BY t"
        hasil = []
        for i, sop in enumerate(sops, start=1):
            langkah = []
            for lk in sop.langkah:
                k = i * 100 + lk.nomor
                dikerjakan, n, dalam = per_k.get(k, (0, 0, 0))
                langkah.append(
                    KinerjaLangkah(
                        nomor=lk.nomor,
                        uraian=lk.uraian,
                        pelaksana=lk.pelaksana,
                        baku=lk.waktu,
                        baku_teks=lk.waktu_teks,
                        waktu=_sebaran(
                            conn, sql_l, (k,), n, dalam if lk.waktu is not None else None
                        ),
                        dikerjakan=dikerjakan,
                    )
                )
            baku_total = sop.total_waktu if any(lk.waktu for lk in sop.langkah) else None
            n_total = total_n.get(i, 0)
            dalam_total = None
            if baku_total is not None:
                dalam_total = conn.execute(
                    "SELECT COUNT(*) FROM kinerja_t WHERE s = ? AND t <= ?",
                    (i, _detik(baku_total)),
                ).fetchone()[0]
            n_masuk, n_batal = jumlah.get(sop.kode, (0, 0))
            hasil.append(
                KinerjaSOP(
                    kode=sop.kode,
                    nomor=sop.nomor,
                    nama=sop.nama,
                    jumlah=n_masuk,
                    selesai=n_total,
                    batal=n_batal,
                    baku_total=baku_total,
                    total=_sebaran(conn, sql_t, (i,), n_total, dalam_total),
                    langkah=tuple(langkah),
                )
            )
        return hasil

    def _per_pelaksana(self, conn: sqlite3.Connection, sops: list[SOP]) -> list[KinerjaPelaksana]:
        conn.execute("CREATE INDEX temp.kinerja_l_osr ON kinerja_l(oleh, s, r)")
        nama = dict(conn.execute("SELECT username, nama FROM pengguna").fetchall())
        sql = "SELECT r FROM kinerja_l WHERE oleh = ? AND s = ? AND r IS NOT NULL ORDER BY r"
        hasil = []
        for oleh, s, n_langkah, n, dalam in conn.execute(
            # r <= 100 is exactly d <= standard: d and the standard are whole seconds
            "SELECT oleh, s, COUNT(*), COUNT(r), SUM(r <= 100) FROM kinerja_l GROUP BY oleh, s"
        ).fetchall():
            sop = sops[s - 1]
            hasil.append(
                KinerjaPelaksana(
                    username=oleh,
                    nama=nama.get(oleh, oleh or "(tidak tercatat)"),
                    sop=sop.kode,
                    nama_sop=sop.nama,
                    langkah=n_langkah,
                    rasio=_sebaran(conn, sql, (oleh, s), n, dalam or 0),
                )
            )
        urut = {kode: i for i, kode in enumerate(s.kode for s in sops)}
        hasil.sort(key=lambda p: (p.nama.lower(), urut[p.sop]))
        return hasil


def _desimal(nilai: float, digit: int = 1) -> str:
    """A number the Indonesian way: "." between thousands, "," before the decimals."""
    teks = f"{nilai:,.{digit}f}"
    return teks.replace(",", "_").replace(".", ",").replace("_", ".")


def format_durasi(detik: float | None) -> str:
    """A measured time, short enough for a table cell: "4,5 mnt", "1 jam 5 mnt", "14 hari 2 jam".

    Under an hour in minutes with one decimal (comparable at a glance with a standard of
    "5 menit"); "-" when nothing was measured.
    """
    if detik is None:
        return "-"
    tanda = "-" if detik < 0 else ""
    detik = abs(detik)
    if detik < 3600:
        return f"{tanda}{_desimal(detik / 60)} mnt"
    s = round(detik)
    hari, s = divmod(s, 86400)
    jam, s = divmod(s, 3600)
    menit = s // 60
    if hari:
        return f"{tanda}{hari} hari {jam} jam" if jam else f"{tanda}{hari} hari"
    return f"{tanda}{jam} jam {menit} mnt" if menit else f"{tanda}{jam} jam"


def format_persen(nilai: float | None) -> str:
    """Percent with one decimal the Indonesian way ("87,5%", "1.283,3%"); "-" for nothing."""
    return "-" if nilai is None else f"{_desimal(nilai)}%"
