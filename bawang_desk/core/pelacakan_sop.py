"""Any catalog SOP followed as tracked work: a run with a start, deadlines per step, ticks, lateness.

The two kinerja SOPs ("Mekanisme Pengumpulan Data Kinerja", 11 steps in days and weeks, and
"Pengukuran Kinerja", 14 steps in minutes) have no screen of their own, nor do the SOPs the
office adds later; this module lets the office follow any of them. A run (``pelacakan_sop``)
copies the SOP's steps as they stand at the start, so a later edit of the catalog never moves a
deadline already given, and gives every step:

- a deadline: the start plus the standard times of this step and all before it (the plan is
  fixed at the start; a late step does not push the later deadlines, so the run's end date stays
  the one the Camat was told). A step without a standard time in the SOP (step 11 of the
  pengumpulan data) gets no deadline and is never late: the SOP gives none, we do not invent one.
- a responsible app role (:func:`peran_bawaan` maps the SOP's first pelaksana; the starter may
  override per step), whose Beranda lists the step when late (:meth:`PelacakanManager.terlambat`).

Units. "menit" and "jam" are added on the clock, "hari" and "minggu" as days. The seed's SOPs say
"hari", not "hari kerja", so calendar days are the default. A run started with
``hari_kerja=True`` counts working days instead: Monday to Friday (a week is five working days),
and minutes and hours only inside office hours (:data:`JAM_KERJA`, 07:30-16:00); public holidays
are not known to the app and are not skipped.

Steps are ticked in order, each with the date it was done and its output document (required
when the SOP names an output). Starting, ticking and cancelling are authorized and audited.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from bawang_desk.core import peran as peran_mod
from bawang_desk.core.catalog import SATUAN_WAKTU, SOP, load_catalog
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.penomoran import alasan_batal

if TYPE_CHECKING:
    from collections.abc import Mapping

    from bawang_desk.core.desk import Desk

__all__ = [
    "JAM_KERJA",
    "LABEL_STATUS",
    "LangkahPelacakan",
    "PelacakanManager",
    "PelacakanSOP",
    "hitung_batas",
    "peran_bawaan",
    "satuan_sop",
    "tambah_waktu",
]

JAM_KERJA: tuple[time, time] = (time(7, 30), time(16, 0))
"""Office hours used when a run counts working time (assumed; holidays are not known)."""

LABEL_STATUS = {"berjalan": "Berjalan", "selesai": "Selesai", "batal": "Batal"}

_PENGAWAS = frozenset({peran_mod.SEKCAM, peran_mod.CAMAT})
"""Roles that may tick any step of a run: they supervise the SOPs of the office."""


# --------------------------------------------------------------------------- roles


def peran_bawaan(pelaksana: tuple[str, ...] | list[str]) -> str:
    """The app role that answers for a step, from the SOP's first pelaksana.

    The SOPs name posts ("Camat", "Tim Penyusun", "Kasubbag Kinerja dan RB", the Bappeda
    template's "Kepala Bappeda dan Litbang"); the app has six roles. Heads go to the Camat,
    secretaries to the Sekcam, Kasi/Kasubbag/teams to the Kasubbag, clerks to the
    Pengadministrasi, operators to the Operator; anything else to the Sekcam, who supervises.
    """
    p = (pelaksana[0] if pelaksana else "").strip().lower()
    if p.startswith("camat") or p.startswith("kepala bappeda") or p.startswith("kepala badan"):
        return peran_mod.CAMAT
    if p.startswith("sekcam") or p in ("sekretaris", "sekretaris kecamatan"):
        return peran_mod.SEKCAM
    if p.startswith(("kasubbag", "kasi", "kepala bidang", "kasubbid", "tim", "sekretaris tim")):
        return peran_mod.KASUBBAG
    if p.startswith("anggota tim"):
        return peran_mod.KASUBBAG
    if p.startswith(("pengadministrasi", "staf", "petugas", "penerima")):
        return peran_mod.PENGADMINISTRASI
    if p.startswith("operator"):
        return peran_mod.OPERATOR
    return peran_mod.SEKCAM


# --------------------------------------------------------------------------- deadlines


def _ke_jam_kerja(t: datetime) -> datetime:
    """``t`` moved forward to the next moment inside office hours on a working day."""
    buka, tutup = JAM_KERJA
    while True:
        if t.weekday() >= 5:
            t = datetime.combine(t.date() + timedelta(days=7 - t.weekday()), buka)
            continue
        if t.time() < buka:
            return datetime.combine(t.date(), buka)
        if t.time() >= tutup:
            t = datetime.combine(t.date() + timedelta(days=1), buka)
            continue
        return t


def tambah_waktu(mulai: datetime, waktu: timedelta, *, hari_kerja: bool) -> datetime:
    """``mulai`` plus a standard time, on the calendar or in working time.

    Calendar: plain addition. Working time: whole days (the "hari"/"minggu" part, a week being
    seven days in the catalog and so five working days here) step over weekends keeping the time
    of day; the remaining minutes are spent inside office hours, carrying over to the next
    working day at 07:30.
    """
    if not hari_kerja:
        return mulai + waktu
    hari, sisa = divmod(waktu, timedelta(days=1))
    minggu, hari = divmod(hari, 7)
    hari_kerja_n = minggu * 5 + hari
    t = mulai
    if hari_kerja_n and t.weekday() >= 5:
        t = _ke_jam_kerja(t)
    while hari_kerja_n:
        t += timedelta(days=1)
        if t.weekday() < 5:
            hari_kerja_n -= 1
    if not sisa:
        return t
    t = _ke_jam_kerja(t)
    tutup = JAM_KERJA[1]
    while True:
        akhir_hari = datetime.combine(t.date(), tutup)
        if t + sisa <= akhir_hari:
            return t + sisa
        sisa -= akhir_hari - t
        t = _ke_jam_kerja(akhir_hari)


def hitung_batas(sop: SOP, mulai: datetime, *, hari_kerja: bool = False) -> list[datetime | None]:
    """Each step's deadline: the start plus the standard times of the steps up to it.

    A step without a standard time gets ``None`` and adds nothing to the later deadlines.
    """
    hasil: list[datetime | None] = []
    t = mulai
    for lk in sop.langkah:
        if lk.waktu is None:
            hasil.append(None)
            continue
        t = tambah_waktu(t, lk.waktu, hari_kerja=hari_kerja)
        hasil.append(t)
    return hasil


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class LangkahPelacakan:
    """One step of a run: the SOP's text, who answers for it, its deadline and its tick."""

    pelacakan_id: int
    langkah: int
    uraian: str
    pelaksana: str
    peran: str
    waktu_baku: str
    output_sop: str
    batas: datetime | None
    selesai_pada: datetime | None
    oleh: str | None
    dokumen: str
    catatan: str

    @property
    def selesai(self) -> bool:
        return self.selesai_pada is not None

    def terlambat(self, sekarang: datetime) -> bool:
        """Late: done after its deadline, or still open with the deadline passed."""
        if self.batas is None:
            return False
        return (self.selesai_pada or sekarang) > self.batas

    @property
    def label_peran(self) -> str:
        return peran_mod.label(self.peran)


@dataclass(frozen=True)
class PelacakanSOP:
    """One run of an SOP followed as work."""

    id: int
    sop: str
    nama_sop: str
    judul: str
    mulai: datetime
    hari_kerja: bool
    status: str
    alasan_batal: str | None
    dibuat_oleh: str | None
    langkah: tuple[LangkahPelacakan, ...] = ()

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)

    @property
    def langkah_berikut(self) -> LangkahPelacakan | None:
        """The first step not yet ticked (ticks go in order), or ``None`` when all are done."""
        return next((lk for lk in self.langkah if not lk.selesai), None)

    @property
    def batas_akhir(self) -> datetime | None:
        return max((lk.batas for lk in self.langkah if lk.batas), default=None)


def _dt(teks: str | None) -> datetime | None:
    return datetime.fromisoformat(teks) if teks else None


def _iso(t: datetime) -> str:
    return t.isoformat(timespec="seconds")


_KOLOM_LANGKAH = (
    "pelacakan_id, langkah, uraian, pelaksana, peran, waktu_baku, output_sop, batas, "
    "selesai_pada, oleh, dokumen, catatan"
)


def _langkah_dari(r: tuple) -> LangkahPelacakan:
    return LangkahPelacakan(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], _dt(r[7]), _dt(r[8]), r[9], r[10], r[11]
    )


# --------------------------------------------------------------------------- manager


class PelacakanManager:
    """``desk.pelacakan``: start, read, tick and cancel runs of catalog SOPs; late steps by role."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    def mulai(
        self,
        sop_kode: str,
        mulai: datetime | date,
        *,
        judul: str = "",
        hari_kerja: bool = False,
        peran: Mapping[int, str] | None = None,
    ) -> PelacakanSOP:
        """Start a run of the SOP ``sop_kode`` at ``mulai`` (a date means 07:30 that day).

        ``peran`` overrides the responsible role of some steps (by step number). ``judul`` names
        the run ("Laporan Kinerja 2026"); by default the SOP's name and the start year.
        """
        desk = self._desk
        desk.otorisasi("pelacakan.mulai")
        katalog = load_catalog()
        if sop_kode not in katalog:
            raise ValidationError(f"SOP berkode '{sop_kode}' tidak ada di katalog.", "sop")
        sop = katalog[sop_kode]
        if not sop.langkah:
            raise ValidationError(
                f"SOP {sop.nama} tidak memiliki langkah (bagan alirnya hilang di dokumen SOP), "
                "jadi tidak dapat dilacak.",
                "sop",
            )
        if not isinstance(mulai, datetime):
            mulai = datetime.combine(mulai, JAM_KERJA[0])
        sekarang = desk.sekarang()
        if mulai.year < 2000 or mulai > sekarang + timedelta(days=366):
            raise ValidationError(
                "Tanggal mulai tidak wajar (paling jauh satu tahun ke depan).", "mulai"
            )
        judul = " ".join(judul.split()) or f"{sop.nama} {mulai.year}"
        if len(judul) > 200:
            raise ValidationError("Judul terlalu panjang (paling banyak 200 huruf).", "judul")
        ganti = dict(peran or {})
        for nomor, p in ganti.items():
            if nomor not in {lk.nomor for lk in sop.langkah}:
                raise ValidationError(f"Langkah {nomor} tidak ada di SOP {sop.nama}.", "peran")
            if p not in peran_mod.PERAN:
                raise ValidationError(f"Peran '{p}' tidak dikenal.", "peran")
        batas = hitung_batas(sop, mulai, hari_kerja=hari_kerja)
        with desk.tulis() as conn:
            cur = conn.execute(
                "INSERT INTO pelacakan_sop (sop, nama_sop, judul, mulai, hari_kerja, status, "
                "dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, 'berjalan', ?, ?)",
                (
                    sop.kode,
                    sop.nama,
                    judul,
                    _iso(mulai),
                    int(hari_kerja),
                    desk.username,
                    desk.sekarang_iso(),
                ),
            )
            pid = cur.lastrowid
            conn.executemany(
                "INSERT INTO pelacakan_langkah (pelacakan_id, langkah, uraian, pelaksana, peran, "
                "waktu_baku, output_sop, batas) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        pid,
                        lk.nomor,
                        lk.uraian,
                        ", ".join(lk.pelaksana),
                        ganti.get(lk.nomor) or peran_bawaan(lk.pelaksana),
                        lk.waktu_teks,
                        lk.output,
                        _iso(b) if b else None,
                    )
                    for lk, b in zip(sop.langkah, batas, strict=True)
                ],
            )
            desk.catat_audit(
                "pelacakan.mulai",
                f"pelacakan:{pid}",
                {"sop": sop.kode, "mulai": _iso(mulai), "hari_kerja": hari_kerja, "judul": judul},
            )
        return self.get(pid)

    def get(self, pid: int) -> PelacakanSOP:
        """One run with its steps in order."""
        self._desk.otorisasi("pelacakan.lihat")
        conn = self._desk.conn
        r = conn.execute(
            "SELECT id, sop, nama_sop, judul, mulai, hari_kerja, status, alasan_batal, "
            "dibuat_oleh FROM pelacakan_sop WHERE id = ?",
            (pid,),
        ).fetchone()
        if r is None:
            raise ValidationError("Pelacakan SOP tidak ditemukan.", "pelacakan")
        langkah = tuple(
            _langkah_dari(x)
            for x in conn.execute(
                f"SELECT {_KOLOM_LANGKAH} FROM pelacakan_langkah WHERE pelacakan_id = ? "
                "ORDER BY langkah",
                (pid,),
            )
        )
        return PelacakanSOP(
            r[0], r[1], r[2], r[3], _dt(r[4]), bool(r[5]), r[6], r[7], r[8], langkah
        )

    def daftar(self, *, termasuk_selesai: bool = True) -> list[PelacakanSOP]:
        """The runs, newest first: all of them, or only the running ones (``termasuk_selesai=False``)."""
        self._desk.otorisasi("pelacakan.lihat")
        where = "" if termasuk_selesai else "WHERE status = 'berjalan'"
        ids = [
            r[0]
            for r in self._desk.conn.execute(
                f"SELECT id FROM pelacakan_sop {where} ORDER BY mulai DESC, id DESC"
            )
        ]
        return [self.get(i) for i in ids]

    def centang(
        self,
        pid: int,
        langkah: int,
        *,
        tanggal: datetime | date,
        dokumen: str,
        catatan: str = "",
    ) -> PelacakanSOP:
        """Tick a step as done on ``tanggal`` with its output document.

        Steps go in order; the date may not be in the future, before the run's start or before
        the previous step. The step's role may tick it, and the Sekcam and the Camat any step.
        The run is "selesai" once its last step is ticked.
        """
        desk = self._desk
        user = desk.otorisasi("pelacakan.centang")
        sekarang = desk.sekarang()
        if not isinstance(tanggal, datetime):
            tanggal = (
                sekarang if tanggal == sekarang.date() else datetime.combine(tanggal, JAM_KERJA[1])
            )
        dokumen = " ".join(dokumen.split())
        catatan = " ".join(catatan.split())
        with desk.tulis() as conn:
            run = self._run_terbuka(conn, pid)
            r = conn.execute(
                f"SELECT {_KOLOM_LANGKAH} FROM pelacakan_langkah WHERE pelacakan_id = ? "
                "AND langkah = ?",
                (pid, langkah),
            ).fetchone()
            if r is None:
                raise ValidationError(f"Langkah {langkah} tidak ada.", "langkah")
            lk = _langkah_dari(r)
            if lk.selesai:
                raise ValidationError(f"Langkah {langkah} sudah dicentang.", "langkah")
            if user.peran != lk.peran and user.peran not in _PENGAWAS:
                raise AksesDitolak(
                    f"Langkah {langkah} menjadi tanggung jawab {lk.label_peran}; hanya peran "
                    "itu, Sekcam, atau Camat yang dapat mencentangnya."
                )
            sebelum = conn.execute(
                "SELECT langkah, selesai_pada FROM pelacakan_langkah WHERE pelacakan_id = ? "
                "AND langkah < ? ORDER BY langkah DESC LIMIT 1",
                (pid, langkah),
            ).fetchone()
            if sebelum is not None and sebelum[1] is None:
                raise ValidationError(
                    f"Langkah {sebelum[0]} belum dicentang; langkah SOP diselesaikan berurutan.",
                    "langkah",
                )
            if tanggal > sekarang:
                raise ValidationError("Tanggal selesai tidak boleh di masa depan.", "tanggal")
            if tanggal.date() < run[0].date():
                raise ValidationError(
                    "Tanggal selesai tidak boleh sebelum tanggal mulai pelacakan.", "tanggal"
                )
            if sebelum is not None and tanggal.date() < _dt(sebelum[1]).date():
                raise ValidationError(
                    f"Tanggal selesai tidak boleh sebelum langkah {sebelum[0]} selesai.",
                    "tanggal",
                )
            if lk.output_sop and not dokumen:
                raise ValidationError(
                    f"Tuliskan dokumen keluaran langkah ini (menurut SOP: {lk.output_sop}).",
                    "dokumen",
                )
            if len(dokumen) > 300 or len(catatan) > 1000:
                raise ValidationError("Dokumen atau catatan terlalu panjang.", "dokumen")
            conn.execute(
                "UPDATE pelacakan_langkah SET selesai_pada = ?, oleh = ?, dokumen = ?, "
                "catatan = ? WHERE pelacakan_id = ? AND langkah = ?",
                (_iso(tanggal), desk.username, dokumen, catatan, pid, langkah),
            )
            sisa = conn.execute(
                "SELECT COUNT(*) FROM pelacakan_langkah WHERE pelacakan_id = ? "
                "AND selesai_pada IS NULL",
                (pid,),
            ).fetchone()[0]
            conn.execute(
                "UPDATE pelacakan_sop SET status = ?, diubah_pada = ? WHERE id = ?",
                ("berjalan" if sisa else "selesai", desk.sekarang_iso(), pid),
            )
            desk.catat_audit(
                "pelacakan.centang",
                f"pelacakan:{pid}",
                {
                    "langkah": langkah,
                    "tanggal": _iso(tanggal),
                    "dokumen": dokumen,
                    "terlambat": lk.batas is not None and tanggal > lk.batas,
                },
            )
        return self.get(pid)

    def batalkan(self, pid: int, alasan: str) -> PelacakanSOP:
        """Stop a run that will not be finished; it stays on record with the reason."""
        desk = self._desk
        desk.otorisasi("pelacakan.batal")
        alasan = alasan_batal(alasan)
        with desk.tulis() as conn:
            self._run_terbuka(conn, pid)
            conn.execute(
                "UPDATE pelacakan_sop SET status = 'batal', alasan_batal = ?, diubah_pada = ? "
                "WHERE id = ?",
                (alasan, desk.sekarang_iso(), pid),
            )
            desk.catat_audit("pelacakan.batal", f"pelacakan:{pid}", {"alasan": alasan})
        return self.get(pid)

    def terlambat(
        self, peran: str, hari_ini: date | datetime | None = None
    ) -> list[LangkahPelacakan]:
        """Open steps of running SOPs that answer to ``peran`` and are past their deadline.

        For the Beranda of that role. ``hari_ini`` as a datetime compares to the minute; as a
        date it lists steps whose deadline fell on an earlier day (a step due at 10:00 today is
        not yet "late" by date); ``None`` uses the desk's clock to the minute. Oldest deadline
        first. Reading is allowed to every office role (``pelacakan.lihat``).
        """
        self._desk.otorisasi("pelacakan.lihat")
        if peran not in peran_mod.PERAN:
            raise ValidationError(f"Peran '{peran}' tidak dikenal.", "peran")
        if hari_ini is None:
            hari_ini = self._desk.sekarang()
        batas = (
            _iso(hari_ini)
            if isinstance(hari_ini, datetime)
            else datetime.combine(hari_ini, time()).isoformat(timespec="seconds")
        )
        rows = self._desk.conn.execute(
            f"SELECT {', '.join('l.' + k.strip() for k in _KOLOM_LANGKAH.split(','))} "
            "FROM pelacakan_langkah l JOIN pelacakan_sop p ON p.id = l.pelacakan_id "
            "WHERE l.peran = ? AND l.selesai_pada IS NULL AND l.batas < ? "
            "AND p.status = 'berjalan' ORDER BY l.batas, l.pelacakan_id, l.langkah",
            (peran, batas),
        ).fetchall()
        return [_langkah_dari(r) for r in rows]

    def _run_terbuka(self, conn: sqlite3.Connection, pid: int) -> tuple[datetime, str]:
        r = conn.execute("SELECT mulai, status FROM pelacakan_sop WHERE id = ?", (pid,)).fetchone()
        if r is None:
            raise ValidationError("Pelacakan SOP tidak ditemukan.", "pelacakan")
        if r[1] != "berjalan":
            raise ValidationError(
                f"Pelacakan ini berstatus {LABEL_STATUS.get(r[1], r[1])} dan tidak dapat diubah.",
                "status",
            )
        return datetime.fromisoformat(r[0]), r[1]


def satuan_sop(sop: SOP) -> str:
    """The units an SOP's standard times use ("hari, minggu"), for the start form's hint."""
    teks = " ".join(lk.waktu_teks.lower() for lk in sop.langkah)
    return ", ".join(nama for nama in SATUAN_WAKTU if nama in teks) or "tanpa waktu baku"
