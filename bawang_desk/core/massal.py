"""The core's own bulk paths: many records at once, numbered gaplessly, one audit row per batch.

Used by the demo and benchmark generators and by imports of old register books. Every batch is
one ``BEGIN IMMEDIATE`` transaction (``desk.tulis()``) in which the register numbers come from
the same ``nomor_counter`` and ``nomor`` tables as :class:`~bawang_desk.core.penomoran.Penomoran`:
the counter of each (register, year) is read once, numbers ``terakhir + 1 .. terakhir + k`` are
inserted and the counter is set to ``terakhir + k``, all before COMMIT. A failure anywhere in a
batch (a NOT NULL column left empty, an unknown register) rolls the whole batch back, numbers
included, so the books stay gapless; the batches before it stay committed.

The rows are trusted to be checked already (by the form that typed them, or by the generator);
only the database constraints and the registers are checked here. Rows are consumed lazily, so
an iterator of a million rows never sits in memory.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime
from itertools import islice
from typing import TYPE_CHECKING, Any

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.penomoran import Register, format_nomor

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "BATCH_BAKU",
    "STATUS_KELUAR_TANPA_NOMOR",
    "Progress",
    "register_layanan",
    "tambah_pegawai_massal",
    "tambah_permohonan_massal",
    "tambah_surat_keluar_massal",
    "tambah_surat_masuk_massal",
]

Progress = Callable[[int, int, str], None]
"""``progress(done, total, message)``; ``total`` is 0 when the number of rows is not known."""

BATCH_BAKU = 10_000

#: Outgoing-letter statuses before the number is taken (konsep -> perbaikan -> disetujui ->
#: ditandatangani -> bernomor -> dikirim -> diarsipkan, as in ``surat_keluar.STATUS``).
STATUS_KELUAR_TANPA_NOMOR = frozenset({"konsep", "perbaikan", "disetujui", "ditandatangani"})
IZIN = "nomor.ambil"


# --------------------------------------------------------------------------- small helpers


def _iso(v: Any) -> str | None:
    """``datetime`` to seconds, ``date`` to a day, strings as given, ``None`` stays ``None``."""
    if v is None or isinstance(v, str):
        return v
    if isinstance(v, datetime):
        return v.isoformat(timespec="seconds")
    return v.isoformat()


def _hari(v: Any) -> date:
    """A ``date`` from a date, a datetime (its day) or an ISO string."""
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    if isinstance(v, str):
        return date.fromisoformat(v[:10])
    raise ValidationError(f"Tanggal tidak sah: {v!r}.", "tanggal")


def _total(rows: Iterable[Any], total: int | None) -> int:
    if total is not None:
        return total
    try:
        return len(rows)  # type: ignore[arg-type]
    except TypeError:
        return 0


def _next_id(conn: sqlite3.Connection, tabel: str) -> int:
    # Inside BEGIN IMMEDIATE nobody else can insert, so MAX(id) + 1 .. are ours to use; SQLite
    # would pick the same ids itself (the tables have no AUTOINCREMENT).
    return conn.execute(f"SELECT COALESCE(MAX(id), 0) + 1 FROM {tabel}").fetchone()[0]


#: One encoder for every row: ``json.dumps`` with options builds a new encoder per call.
_json = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode

_SENTINEL = 918273645546372819


class _PenerbitMassal:
    """Issues many numbers inside one open transaction, the way ``Penomoran.terbitkan`` does."""

    def __init__(self, desk: Desk, conn: sqlite3.Connection) -> None:
        if not conn.in_transaction:
            raise RuntimeError("nomor hanya boleh diterbitkan di dalam transaksi tulis")
        self.desk = desk
        self.conn = conn
        self.oleh = desk.username
        self.sekarang = desk.sekarang_iso()
        self._register: dict[str, Register] = {}
        self._templat: dict[tuple[str, int, int], tuple[str, int, str] | None] = {}
        self.next_id = _next_id(conn, "nomor")
        self._awal: dict[tuple[str, int], int] = {}
        self._akhir: dict[tuple[str, int], int] = {}
        self.baris: list[tuple] = []

    def register(self, kode: str) -> Register:
        reg = self._register.get(kode)
        if reg is None:
            reg = self._register[kode] = self.desk.penomoran.register(kode)
        return reg

    def _teks(self, reg: Register, n: int, tanggal: date) -> str:
        """``format_nomor`` of the register, sped up by a template checked against it once."""
        kunci = (reg.kode, tanggal.year, tanggal.month)
        if kunci not in self._templat:
            contoh = format_nomor(
                reg.pola,
                nomor=_SENTINEL,
                tanggal=tanggal,
                kode=reg.kode_klasifikasi,
                unit=reg.unit,
            )
            m = re.search(r"\{nomor(?::0?(\d+))?\}", reg.pola)
            lebar = int(m.group(1)) if m and m.group(1) else 0
            tpl: tuple[str, int, str] | None = None
            if contoh.count(str(_SENTINEL)) == 1:
                kiri, kanan = contoh.split(str(_SENTINEL))
                tpl = (kiri, lebar, kanan)
                for uji in (1, 12345):  # the template must agree with format_nomor itself
                    asli = format_nomor(
                        reg.pola,
                        nomor=uji,
                        tanggal=tanggal,
                        kode=reg.kode_klasifikasi,
                        unit=reg.unit,
                    )
                    if asli != kiri + str(uji).zfill(lebar) + kanan:
                        tpl = None
                        break
            self._templat[kunci] = tpl
        tpl = self._templat[kunci]
        if tpl is None:
            return format_nomor(
                reg.pola, nomor=n, tanggal=tanggal, kode=reg.kode_klasifikasi, unit=reg.unit
            )
        return tpl[0] + str(n).zfill(tpl[1]) + tpl[2]

    def terbitkan(
        self, register: str, tanggal: date, perihal: str, sumber: str, dibuat_pada: str | None
    ) -> int:
        """Reserve the next number of ``register`` in ``tanggal.year``; returns the nomor id."""
        reg = self.register(register)
        kunci = (register, tanggal.year)
        n = self._akhir.get(kunci)
        if n is None:
            row = self.conn.execute(
                "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?", kunci
            ).fetchone()
            n = self._awal[kunci] = row[0] if row else 0
        n += 1
        self._akhir[kunci] = n
        self.nomor_terakhir = n
        nid = self.next_id
        self.next_id += 1
        self.teks_terakhir = self._teks(reg, n, tanggal)
        self.baris.append(
            (
                nid,
                register,
                tanggal.year,
                n,
                self.teks_terakhir,
                tanggal.isoformat(),
                perihal,
                sumber,
                self.oleh,
                dibuat_pada or self.sekarang,
            )
        )
        return nid

    def simpan(self) -> int:
        """Write the reserved numbers and move each counter once; returns how many were issued."""
        if self.baris:
            self.conn.executemany(
                "INSERT INTO nomor (id, register, tahun, nomor, nomor_lengkap, tanggal, perihal, "
                "sumber, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                self.baris,
            )
            from bawang_desk.core.jurnal_nomor import EntriNomor

            self.desk.nomor_tertunda.extend(
                (b[0], EntriNomor(b[1], b[2], b[3], b[4], b[5], b[9])) for b in self.baris
            )
        for (register, tahun), akhir in self._akhir.items():
            awal = self._awal[(register, tahun)]
            if awal == 0:
                self.conn.execute(
                    "INSERT INTO nomor_counter (register, tahun, terakhir) VALUES (?, ?, ?)",
                    (register, tahun, akhir),
                )
            else:
                cur = self.conn.execute(
                    "UPDATE nomor_counter SET terakhir = ? "
                    "WHERE register = ? AND tahun = ? AND terakhir = ?",
                    (akhir, register, tahun, awal),
                )
                if cur.rowcount != 1:  # pragma: no cover - only if someone bypassed the lock
                    raise RuntimeError(f"penghitung {register}/{tahun} berubah di tengah batch")
        n = len(self.baris)
        self.baris = []
        self._awal.clear()
        self._akhir.clear()
        return n


#: Page cache for a bulk run (KiB, as ``PRAGMA cache_size`` takes it when negative): the indexes
#: of a million-row table get random inserts, and SQLite's default 2 MB would re-read them.
CACHE_MASSAL_KIB = 128 * 1024


@contextlib.contextmanager
def _cache_besar(conn: sqlite3.Connection) -> Iterator[None]:
    (lama,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = -{CACHE_MASSAL_KIB}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(lama)}")


def _jalankan(
    desk: Desk,
    rows: Iterable[dict[str, Any]],
    *,
    jenis: str,
    label: str,
    progress: Progress | None,
    batch: int,
    total: int | None,
    tulis_batch: Callable[[sqlite3.Connection, list[dict[str, Any]]], tuple[int, int, int]],
) -> int:
    """Feed ``rows`` to ``tulis_batch`` in transactions of ``batch`` rows, one audit row each."""
    desk.otorisasi(IZIN)
    if batch < 1:
        raise ValueError("batch harus paling sedikit 1")
    semua = _total(rows, total)
    it: Iterator[dict[str, Any]] = iter(rows)
    selesai = 0
    if progress:
        progress(0, semua, f"Menyimpan {label}...")
    with _cache_besar(desk.conn):
        while True:
            potong = list(islice(it, batch))
            if not potong:
                break
            try:
                with desk.tulis() as conn:
                    dari, sampai, nomor = tulis_batch(conn, potong)
                    rincian = {"jumlah": len(potong), "dari": dari, "sampai": sampai}
                    if nomor:
                        rincian["nomor"] = nomor
                    desk.catat_audit(f"massal.{jenis}", jenis, rincian)
            except Exception as e:
                e.add_note(
                    f"Baris ke-{selesai + 1} sampai ke-{selesai + len(potong)} dibatalkan "
                    f"seluruhnya; {selesai} baris sebelumnya sudah tersimpan."
                )
                raise
            selesai += len(potong)
            if progress:
                progress(
                    selesai, max(semua, selesai), f"{label}: {selesai:,} baris".replace(",", ".")
                )
    return selesai


# --------------------------------------------------------------------------- full-text index

_ID = r'(?:"[^"]+"|\[[^\]]+\]|`[^`]+`|\w+)'
_TRIGGER_FTS = re.compile(
    rf"CREATE\s+TRIGGER\s+(?P<nama>{_ID})\s+AFTER\s+INSERT\s+ON\s+(?P<tabel>{_ID})\s+BEGIN\s+"
    rf"INSERT\s+INTO\s+(?P<fts>{_ID})\s*\(\s*rowid\s*,(?P<kolom>[^)]*)\)\s*"
    rf"VALUES\s*\(\s*new\.(?P<kunci>{_ID})\s*,(?P<nilai>[^)]*)\)\s*;\s*END",
    re.IGNORECASE | re.DOTALL,
)
_KEPALA_TRIGGER = re.compile(
    rf"\s*CREATE\s+(?:TEMP\w*\s+)?TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?{_ID}\s+"
    r"(?P<peristiwa>.*?)\s+ON\s",
    re.IGNORECASE | re.DOTALL,
)


def _polos(ident: str) -> str:
    """An SQL identifier without its quotes: ``"nama"``, ``[nama]`` and `` `nama` `` -> nama."""
    ident = ident.strip()
    if len(ident) >= 2 and ident[0] + ident[-1] in ('""', "[]", "``"):
        return ident[1:-1]
    return ident


def _alias_rowid(conn: sqlite3.Connection, tabel: str) -> str | None:
    """The INTEGER PRIMARY KEY column (the rowid alias) of ``tabel``, if it has one."""
    pk = [r for r in conn.execute(f'PRAGMA table_info("{tabel}")') if r[5]]
    if len(pk) == 1 and pk[0][2].upper() == "INTEGER":
        return pk[0][1]
    return None


#: INSERT triggers of the small side indexes (migrations 0024 and 0025: the Rahasia letters,
#: the urgent open letters). They take only the rows their WHEN names, so the bulk path leaves
#: them firing row by row instead of refilling them.
TRIGGER_SAMPING = frozenset({"surat_masuk_rahasia_ai", "surat_masuk_segera_ai"})


def _trigger_fts(conn: sqlite3.Connection, tabel: str) -> list[tuple[str, str, str, str]] | None:
    """The table's INSERT triggers if every one is a plain FTS-sync trigger, else None.

    A plain one holds only ``INSERT INTO <fts> (rowid, a, b) VALUES (new.rowid, new.a, new.b)``
    (``new.id`` for the INTEGER PRIMARY KEY is the same thing). Each is returned as (name, its
    SQL, the FTS table, the quoted column list), so the bulk path can fill the index with
    exactly what the trigger would have inserted.
    """
    hasil = []
    alias = _alias_rowid(conn, tabel)
    for nama, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?", (tabel,)
    ):
        if nama in TRIGGER_SAMPING:
            continue  # a small side index: it keeps firing, for the few rows it takes
        kepala = _KEPALA_TRIGGER.match(sql)
        if kepala is None:
            return None
        if "INSERT" not in kepala["peristiwa"].upper():
            continue  # UPDATE and DELETE triggers are not touched
        m = _TRIGGER_FTS.fullmatch(sql.strip())
        if m is None or _polos(m["tabel"]) != tabel or _polos(m["nama"]) != nama:
            return None
        if _polos(m["kunci"]).lower() not in {"rowid", (alias or "rowid").lower()}:
            return None
        kolom = [_polos(k) for k in m["kolom"].split(",")]
        nilai = [v.strip() for v in m["nilai"].split(",")]
        if not all(v.lower().startswith("new.") for v in nilai):
            return None
        if [_polos(v[4:]) for v in nilai] != kolom or not all(
            re.fullmatch(r"\w+", k) for k in kolom
        ):
            return None
        hasil.append((nama, sql, _polos(m["fts"]), ", ".join(f'"{k}"' for k in kolom)))
    return hasil


def _sisipkan_berindeks(
    conn: sqlite3.Connection, tabel: str, sql: str, baris: list[tuple], dari: int, sampai: int
) -> None:
    """``executemany(sql, baris)`` into ``tabel``, whose rows have ids ``dari..sampai``, filling
    its full-text index once for the batch instead of once per row.

    FTS5 flushes its pending terms at every statement savepoint, and a trigger makes every
    INSERT open one, so the row-by-row trigger costs about 20 microseconds a row. Here, inside
    the batch's transaction, the plain FTS insert triggers are dropped, the rows inserted, the
    index given the batch's rows in one ``INSERT ... SELECT`` of the same columns the trigger
    copies, and the triggers re-created from their stored SQL. It all commits or rolls back
    with the rows (DDL is transactional in SQLite). A table with any other INSERT trigger is
    left alone: its triggers just fire.
    """
    if not conn.in_transaction:
        raise RuntimeError("sisipan massal hanya di dalam transaksi tulis")
    trigger = _trigger_fts(conn, tabel) if baris else None
    for nama, *_ in trigger or ():
        conn.execute(f'DROP TRIGGER "{nama}"')
    conn.executemany(sql, baris)
    for _, sql_trigger, fts, kolom in trigger or ():
        conn.execute(
            f'INSERT INTO "{fts}" (rowid, {kolom}) SELECT rowid, {kolom} FROM "{tabel}" '
            "WHERE rowid BETWEEN ? AND ?",
            (dari, sampai),
        )
        conn.execute(sql_trigger)


# --------------------------------------------------------------------------- permohonan


def register_layanan(layanan: str) -> str:
    """The register a service writes, as the SOP catalog says (its own kode if not listed)."""
    try:
        from bawang_desk.core.catalog import load_catalog

        sop = load_catalog().get(layanan)
    except Exception:  # a broken catalog must not stop an import; fall back to the kode
        sop = None
    return sop.register if sop is not None and sop.register else layanan


def tambah_permohonan_massal(
    desk: Desk,
    rows: Iterable[dict[str, Any]],
    *,
    progress: Progress | None = None,
    batch: int = BATCH_BAKU,
    total: int | None = None,
) -> int:
    """Insert many citizen applications with their steps; returns how many were written.

    Each row: ``layanan``, ``varian``, ``tanggal_masuk`` (date), ``nik``, ``nama``, ``desa``,
    ``status``, ``petugas``, ``data`` (dict, stored as JSON), ``selesai`` (bool, default
    ``status == "selesai"``: a finished application gets the next number of its service's
    register, dated ``tanggal_masuk``), ``langkah`` (``(langkah, selesai_pada, oleh)`` or with a
    fourth ``catatan``), and optionally ``syarat`` (``(item, ada)`` in checklist order),
    ``dibuat_pada`` and ``diubah_pada`` (datetimes; default now), ``alasan_batal``, and ``ttd``
    (the signature mode of a numbered row, ``"camat"`` unless given): a numbered row gets the
    signer from Pengaturan > Pejabat and its verification code, so its letter prints and verifies
    like one signed at the desk.
    """
    from bawang_desk.core import verifikasi
    from bawang_desk.core.layanan import JABATAN_TTD, perihal_nomor

    register_cache: dict[str, str] = {}
    ttd_cache: dict[str, str] = {}

    def ttd(mode: str) -> str:
        teks = ttd_cache.get(mode)
        if teks is None:
            pj = desk.pengaturan.pejabat(JABATAN_TTD[mode])
            if pj is None or not pj.terisi:
                raise ValidationError(
                    f"Data pejabat {JABATAN_TTD[mode]} belum diisi di Pengaturan > Pejabat.", "ttd"
                )
            teks = ttd_cache[mode] = _json(
                {
                    "mode": mode,
                    "jabatan": pj.jabatan,
                    "nama": pj.nama,
                    "golongan": pj.golongan,
                    "nip": pj.nip,
                    "oleh": None,
                }
            )
        return teks

    def tulis(conn: sqlite3.Connection, potong: list[dict[str, Any]]) -> tuple[int, int, int]:
        penerbit = _PenerbitMassal(desk, conn)
        sekarang = penerbit.sekarang
        kunci = verifikasi.rahasia(conn)
        pid = awal = _next_id(conn, "permohonan")
        baris, langkah, syarat = [], [], []
        for r in potong:
            layanan = r["layanan"]
            tgl = _hari(r["tanggal_masuk"])
            dibuat = _iso(r.get("dibuat_pada")) or sekarang
            status = r.get("status") or "antrian"
            nomor_id, penanda, kode = None, "", ""
            if r.get("selesai", status == "selesai"):
                reg = register_cache.get(layanan)
                if reg is None:
                    reg = register_cache[layanan] = register_layanan(layanan)
                nomor_id = penerbit.terbitkan(
                    reg, tgl, perihal_nomor(layanan, pid), f"permohonan:{pid}", dibuat
                )
                penanda = ttd(r.get("ttd") or "camat")
                kode = verifikasi.buat_kode(
                    kunci, layanan, tgl.year, penerbit.nomor_terakhir, r["nik"]
                )
            data = r.get("data")
            baris.append(
                (
                    pid,
                    layanan,
                    r.get("varian") or "",
                    nomor_id,
                    tgl.isoformat(),
                    r["nik"],
                    r["nama"],
                    r.get("desa") or "",
                    status,
                    r.get("petugas"),
                    _json(data) if data else "{}",
                    dibuat,
                    _iso(r.get("diubah_pada")),
                    r.get("alasan_batal"),
                    penanda,
                    kode,
                )
            )
            for lk in r.get("langkah") or ():
                if len(lk) == 3:  # the usual (langkah, selesai_pada, oleh)
                    n_langkah, pada, oleh = lk
                    catatan = ""
                else:
                    n_langkah, pada = lk[0], lk[1]
                    oleh = lk[2] if len(lk) > 2 else None
                    catatan = lk[3] if len(lk) > 3 else ""
                if pada.__class__ is not str:
                    pada = _iso(pada)
                langkah.append((pid, n_langkah, pada, oleh, catatan))
            for i, (item, ada) in enumerate(r.get("syarat") or (), start=1):
                syarat.append((pid, i, item, int(bool(ada))))
            pid += 1
        n_nomor = penerbit.simpan()
        _sisipkan_berindeks(
            conn,
            "permohonan",
            "INSERT INTO permohonan (id, layanan, varian, nomor_id, tanggal_masuk, nik, nama, "
            "desa, status, petugas, data, dibuat_pada, diubah_pada, alasan_batal, penandatangan, "
            "kode_verifikasi) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            baris,
            awal,
            pid - 1,
        )
        if langkah:
            conn.executemany(
                "INSERT INTO permohonan_langkah (permohonan_id, langkah, selesai_pada, oleh, "
                "catatan) VALUES (?, ?, ?, ?, ?)",
                langkah,
            )
        if syarat:
            conn.executemany(
                "INSERT INTO permohonan_syarat (permohonan_id, urutan, item, ada) "
                "VALUES (?, ?, ?, ?)",
                syarat,
            )
        return awal, pid - 1, n_nomor

    return _jalankan(
        desk,
        rows,
        jenis="permohonan",
        label="Permohonan",
        progress=progress,
        batch=batch,
        total=total,
        tulis_batch=tulis,
    )


# --------------------------------------------------------------------------- surat


def tambah_surat_masuk_massal(
    desk: Desk,
    rows: Iterable[dict[str, Any]],
    *,
    progress: Progress | None = None,
    batch: int = BATCH_BAKU,
    total: int | None = None,
) -> int:
    """Insert many incoming letters, each with the next agenda number of ``surat-masuk``.

    Each row: ``tanggal_terima`` (date; the agenda number is dated and counted by it),
    ``pengirim``, ``nomor_surat``, ``tanggal_surat``, ``hal``, ``sifat``, ``kode_klasifikasi``,
    ``lampiran``, ``ringkasan``, ``status``, and optionally ``dicatat_oleh`` (default the user)
    and ``dicatat_pada`` (datetime; default now).
    """

    from bawang_desk.core.surat_masuk import hal_tercatat, pisah_sifat

    def tulis(conn: sqlite3.Connection, potong: list[dict[str, Any]]) -> tuple[int, int, int]:
        penerbit = _PenerbitMassal(desk, conn)
        sid = awal = _next_id(conn, "surat_masuk")
        baris = []
        for r in potong:
            tgl = _hari(r["tanggal_terima"])
            dicatat = _iso(r.get("dicatat_pada")) or penerbit.sekarang
            hal = r["hal"]
            sifat, rahasia = pisah_sifat(r.get("sifat") or "Biasa")
            rahasia = rahasia or bool(r.get("rahasia"))
            nomor_id = penerbit.terbitkan(
                "surat-masuk",
                tgl,
                hal_tercatat(hal or "", rahasia),
                f"surat_masuk:{sid}",
                dicatat,
            )
            baris.append(
                (
                    sid,
                    nomor_id,
                    tgl.isoformat(),
                    r["pengirim"],
                    r.get("nomor_surat") or "",
                    _iso(r.get("tanggal_surat")),
                    hal,
                    sifat,
                    r.get("kode_klasifikasi") or "",
                    r.get("lampiran") or "",
                    r.get("ringkasan") or "",
                    r.get("status") or "dicatat",
                    r.get("dicatat_oleh") or desk.username,
                    dicatat,
                    int(rahasia),
                )
            )
            sid += 1
        n_nomor = penerbit.simpan()
        _sisipkan_berindeks(
            conn,
            "surat_masuk",
            "INSERT INTO surat_masuk (id, nomor_id, tanggal_terima, pengirim, nomor_surat, "
            "tanggal_surat, hal, sifat, kode_klasifikasi, lampiran, ringkasan, status, "
            "dicatat_oleh, dicatat_pada, rahasia) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            baris,
            awal,
            sid - 1,
        )
        return awal, sid - 1, n_nomor

    return _jalankan(
        desk,
        rows,
        jenis="surat_masuk",
        label="Surat masuk",
        progress=progress,
        batch=batch,
        total=total,
        tulis_batch=tulis,
    )


def tambah_surat_keluar_massal(
    desk: Desk,
    rows: Iterable[dict[str, Any]],
    *,
    progress: Progress | None = None,
    batch: int = BATCH_BAKU,
    total: int | None = None,
) -> int:
    """Insert many outgoing letters, numbered in the book of their classification code.

    Each row: ``kode_klasifikasi`` (its book ``surat-keluar:<kode>`` is created on first use),
    ``tanggal_surat`` (date; the number is dated and counted by it), ``tujuan``, ``hal``,
    ``sifat``, ``lampiran``, ``status``, ``penandatangan``, and optionally ``balasan_untuk``
    (a surat_masuk id), ``dibuat_oleh``, ``dibuat_pada``. A letter still before its number in
    the flow of SOP 002 (:data:`STATUS_KELUAR_TANPA_NOMOR`), or with ``bernomor=False``, gets
    no number yet; ``bernomor=True`` forces one.
    """
    from bawang_desk.core.surat_masuk import hal_tercatat, pisah_sifat

    def tulis(conn: sqlite3.Connection, potong: list[dict[str, Any]]) -> tuple[int, int, int]:
        penerbit = _PenerbitMassal(desk, conn)
        # Per batch, because a rolled-back batch also rolls back a register it created.
        buku: dict[str, str] = {}
        sid = awal = _next_id(conn, "surat_keluar")
        baris = []
        for r in potong:
            kode = r["kode_klasifikasi"]
            status = r.get("status") or "konsep"
            sifat, rahasia = pisah_sifat(r.get("sifat") or "Biasa")
            rahasia = rahasia or bool(r.get("rahasia"))
            dibuat = _iso(r.get("dibuat_pada")) or penerbit.sekarang
            tgl_surat = r.get("tanggal_surat")
            nomor_id = None
            nomor_lengkap = ""
            if r.get("bernomor", status not in STATUS_KELUAR_TANPA_NOMOR):
                if tgl_surat is None:
                    raise ValidationError(
                        "Surat keluar bernomor harus punya tanggal surat.", "tanggal_surat"
                    )
                reg = buku.get(kode)
                if reg is None:
                    reg = buku[kode] = desk.penomoran.pastikan_register_surat_keluar(
                        conn, kode, lama_boleh=True
                    )
                nomor_id = penerbit.terbitkan(
                    reg,
                    _hari(tgl_surat),
                    hal_tercatat(r["hal"] or "", rahasia),
                    f"surat_keluar:{sid}",
                    dibuat,
                )
                nomor_lengkap = penerbit.teks_terakhir
            baris.append(
                (
                    sid,
                    nomor_id,
                    nomor_lengkap,
                    kode,
                    _iso(_hari(tgl_surat)) if tgl_surat is not None else None,
                    r["tujuan"],
                    r["hal"],
                    sifat,
                    r.get("lampiran") or "",
                    status,
                    r.get("penandatangan") or "",
                    r.get("balasan_untuk"),
                    r.get("dibuat_oleh") or desk.username,
                    dibuat,
                    int(rahasia),
                )
            )
            sid += 1
        n_nomor = penerbit.simpan()
        _sisipkan_berindeks(
            conn,
            "surat_keluar",
            "INSERT INTO surat_keluar (id, nomor_id, nomor_lengkap, kode_klasifikasi, "
            "tanggal_surat, tujuan, hal, sifat, lampiran, status, penandatangan, balasan_untuk, "
            "dibuat_oleh, dibuat_pada, rahasia) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            baris,
            awal,
            sid - 1,
        )
        return awal, sid - 1, n_nomor

    return _jalankan(
        desk,
        rows,
        jenis="surat_keluar",
        label="Surat keluar",
        progress=progress,
        batch=batch,
        total=total,
        tulis_batch=tulis,
    )


# --------------------------------------------------------------------------- pegawai


def tambah_pegawai_massal(
    desk: Desk,
    rows: Iterable[dict[str, Any]],
    *,
    progress: Progress | None = None,
    batch: int = BATCH_BAKU,
    total: int | None = None,
) -> int:
    """Insert many staff records (the roster); no numbers are issued.

    Each row: ``nip``, ``nama``, ``golongan``, ``tmt_pangkat`` (date), ``mkg_tahun``,
    ``mkg_bulan``, ``tmt_kgb`` (date or None), ``jabatan``, ``jenis_jabatan``, ``pendidikan``,
    ``status``, ``aktif``, and optionally ``atasan_nip`` (the direct superior, who may come
    earlier in the same batch or be on file already) or ``atasan_id``, and ``dibuat_pada``.
    """

    def tulis(conn: sqlite3.Connection, potong: list[dict[str, Any]]) -> tuple[int, int, int]:
        sekarang = desk.sekarang_iso()
        pid = awal = _next_id(conn, "pegawai")
        baris, atasan = [], []
        id_nip: dict[str, int] = {}
        for r in potong:
            nip = r["nip"]
            baris.append(
                (
                    pid,
                    nip,
                    r["nama"],
                    r["golongan"],
                    _iso(r["tmt_pangkat"]),
                    r.get("mkg_tahun") or 0,
                    r.get("mkg_bulan") or 0,
                    _iso(r.get("tmt_kgb")),
                    r.get("jabatan") or "",
                    r.get("jenis_jabatan") or "pelaksana",
                    r.get("pendidikan") or "",
                    r.get("atasan_id"),
                    r.get("status") or "PNS",
                    int(r.get("aktif", True)),
                    _iso(r.get("dibuat_pada")) or sekarang,
                )
            )
            id_nip[nip] = pid
            if r.get("atasan_nip"):
                atasan.append((pid, r["atasan_nip"]))
            pid += 1
        conn.executemany(
            "INSERT INTO pegawai (id, nip, nama, golongan, tmt_pangkat, mkg_tahun, mkg_bulan, "
            "tmt_kgb, jabatan, jenis_jabatan, pendidikan, atasan_id, status, aktif, dibuat_pada) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            baris,
        )
        ubah = []
        for pid_, nip_atasan in atasan:
            aid = id_nip.get(nip_atasan)
            if aid is None:
                row = conn.execute("SELECT id FROM pegawai WHERE nip = ?", (nip_atasan,)).fetchone()
                if row is None:
                    raise ValidationError(
                        f"Atasan dengan NIP {nip_atasan} tidak ada di daftar pegawai.", "atasan"
                    )
                aid = row[0]
            ubah.append((aid, pid_))
        if ubah:
            conn.executemany("UPDATE pegawai SET atasan_id = ? WHERE id = ?", ubah)
        return awal, pid - 1, 0

    return _jalankan(
        desk,
        rows,
        jenis="pegawai",
        label="Pegawai",
        progress=progress,
        batch=batch,
        total=total,
        tulis_batch=tulis,
    )
