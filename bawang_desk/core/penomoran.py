"""Gapless register numbers: one counter per register and year, never reused, BATAL kept.

A number is a legal fact once printed, so it is issued inside the same ``BEGIN IMMEDIATE``
transaction that records the document, and printing happens only after COMMIT. A crash before
COMMIT leaves the counter untouched; a cancelled document keeps its number with a reason.
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from bawang_desk.core import klasifikasi
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.jurnal_nomor import EntriNomor
from bawang_desk.core.skema import POLA_BAKU
from bawang_desk.core.teks import bulan_romawi

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

_TOKEN = re.compile(r"\{(\w+)(?::(0?\d+))?\}")
TOKENS = {
    "kode": "kode klasifikasi arsip",
    "nomor": "nomor urut (tulis {nomor:03} untuk 3 angka dengan nol di depan)",
    "unit": "kode unit pengolah",
    "bulan": "bulan dalam angka Romawi (XI)",
    "tahun": "tahun (2026)",
}


def validasi_pola(pola: str) -> None:
    """A pattern must contain ``{nomor}`` once and only known tokens, so every number is unique."""
    pola = pola.strip()
    if not pola:
        raise ValidationError("Pola nomor belum diisi.", "pola")
    names = [m.group(1) for m in _TOKEN.finditer(pola)]
    unknown = [n for n in names if n not in TOKENS]
    if unknown:
        raise ValidationError(
            f"Pola nomor memuat token yang tidak dikenal: {{{unknown[0]}}}. Token yang bisa "
            f"dipakai: {', '.join('{' + t + '}' for t in TOKENS)}.",
            "pola",
        )
    if names.count("nomor") != 1:
        raise ValidationError("Pola nomor harus memuat {nomor} tepat satu kali.", "pola")
    sisa = _TOKEN.sub("", pola)
    if "{" in sisa or "}" in sisa:
        raise ValidationError("Pola nomor memuat kurung kurawal yang tidak berpasangan.", "pola")


def format_nomor(pola: str, *, nomor: int, tanggal: date, kode: str = "", unit: str = "") -> str:
    """Render a register number, e.g. ``400.12.2.2/015/2026``.

    An empty token (no unit code configured) drops out together with its separator instead of
    leaving ``//`` in a letter.
    """

    def ganti(m: re.Match[str]) -> str:
        name, width = m.group(1), m.group(2)
        if name == "nomor":
            return str(nomor).zfill(int(width)) if width else str(nomor)
        return {
            "kode": kode,
            "unit": unit,
            "bulan": bulan_romawi(tanggal.month),
            "tahun": str(tanggal.year),
        }[name]

    teks = _TOKEN.sub(ganti, pola.strip())
    teks = re.sub(r"/{2,}", "/", teks).strip("/")
    return teks


@dataclass(frozen=True)
class Register:
    kode: str
    nama: str
    jenis: str
    kode_klasifikasi: str
    unit: str
    pola: str

    @property
    def nama_tampil(self) -> str:
        """The register's name with the title of its classification code, for pickers and
        lists: "Buku Surat Keluar 400.12.2.2 – Pindah Datang Penduduk Dalam Wilayah NKRI"."""
        judul = klasifikasi.judul(self.kode_klasifikasi) if self.kode_klasifikasi else ""
        if not judul:
            return self.nama
        if self.kode_klasifikasi in self.nama:
            return f"{self.nama} \u2013 {judul}"
        return f"{self.nama} ({klasifikasi.label(self.kode_klasifikasi)})"

    def contoh(self, tanggal: date | None = None, nomor: int = 15) -> str:
        return format_nomor(
            self.pola,
            nomor=nomor,
            tanggal=tanggal or date(2026, 11, 24),
            kode=self.kode_klasifikasi,
            unit=self.unit,
        )


@dataclass(frozen=True)
class NomorTerbit:
    id: int
    register: str
    tahun: int
    nomor: int
    nomor_lengkap: str
    tanggal: date
    status: str
    alasan_batal: str | None
    perihal: str
    sumber: str
    dibuat_oleh: str | None

    @property
    def batal(self) -> bool:
        return self.status == "BATAL"

    @property
    def hilang(self) -> bool:
        """Issued after the backup a restore went back to: its record is lost, the number is
        never issued again (kept as BATAL with the reason, marked by ``sumber``)."""
        return self.status == "BATAL" and self.sumber == SUMBER_HILANG

    @property
    def keterangan(self) -> str:
        """``Terbit``, ``BATAL: <alasan>`` or ``HILANG`` (its reason stands in for the hal), as
        the Buku Nomor shows it."""
        if self.hilang:
            return "HILANG"
        return f"BATAL: {self.alasan_batal}" if self.batal else "Terbit"

    @property
    def perihal_tampil(self) -> str:
        """The hal, or for a lost number (which has none) why it is lost."""
        if self.hilang and not self.perihal:
            return f"({(self.alasan_batal or '').removeprefix('hilang karena ')})"
        return self.perihal


@dataclass(frozen=True)
class RentangNomor:
    """A run of consecutive lost numbers of one book and year, with the reason they share."""

    register: str
    tahun: int
    dari: int
    sampai: int
    nomor_dari: str
    nomor_sampai: str
    alasan: str

    def teks(self) -> str:
        n = self.sampai - self.dari + 1
        rentang = self.nomor_dari if n == 1 else f"{self.nomor_dari} s.d. {self.nomor_sampai}"
        return f"{rentang} ({n} nomor): {self.alasan}"


#: ``nomor.sumber`` of the numbers a restore entered as lost
SUMBER_HILANG = "pemulihan"

_KOLOM = (
    "id, register, tahun, nomor, nomor_lengkap, tanggal, status, alasan_batal, perihal, sumber, "
    "dibuat_oleh"
)


def _baris_ke_nomor(r: tuple) -> NomorTerbit:
    return NomorTerbit(
        r[0], r[1], r[2], r[3], r[4], date.fromisoformat(r[5]), r[6], r[7], r[8], r[9], r[10]
    )


def kode_register_surat_keluar(kode_klasifikasi: str) -> str:
    return f"surat-keluar:{kode_klasifikasi}"


_KODE_KLASIFIKASI = re.compile(r"^\d{3}(\.\d{1,3}){0,5}$")


def validasi_kode_klasifikasi(kode: str, *, lama_boleh: bool = False) -> str:
    """A classification code for a new number: well formed and in the Permendagri 83/2022
    scheme (:mod:`bawang_desk.core.klasifikasi`). ``lama_boleh`` accepts any well-formed code:
    for letters numbered long ago under an older scheme (imports), never for a new number."""
    kode = kode.strip()
    if not _KODE_KLASIFIKASI.match(kode):
        raise ValidationError(
            f"Kode klasifikasi '{kode}' tidak sah. Tulis seperti pada Permendagri 83/2022, "
            "misalnya 400.12.2.2 atau 800.1.11.13.",
            "kode_klasifikasi",
        )
    if not lama_boleh:
        alasan = klasifikasi.alasan_ditolak(kode)
        if alasan:
            raise ValidationError(alasan, "kode_klasifikasi")
    return kode


def alasan_batal(teks: str) -> str:
    """The written reason every cancellation needs (kept beside the BATAL number or record):
    whitespace collapsed, at least five letters."""
    alasan = " ".join(teks.split())
    if len(alasan) < 5:
        raise ValidationError("Alasan pembatalan harus ditulis (paling sedikit 5 huruf).", "alasan")
    return alasan


def rentang_tanggal(hari_ini: date, *, mundur: bool = False) -> tuple[date, date]:
    """The dates a number may carry: this year's book up to today, and with ``mundur`` (a
    Sekcam's written reason) last year's book too. Date fields where a number is taken use it."""
    awal = date(hari_ini.year - 1 if mundur else hari_ini.year, 1, 1)
    return awal, hari_ini


def periksa_tanggal(
    tanggal: date,
    hari_ini: date,
    *,
    mundur: bool = False,
    kolom: str = "tanggal",
    agenda: bool = False,
) -> None:
    """A number is issued in the current year's book, dated no later than today; only a
    back-dated number (``mundur``) may fall in last year's book. Anything else is refused in
    Indonesian, before anything is written (a year like 0001, 1899 or 2099 would open a book
    for that year; three years back would number into a closed book)."""
    awal, akhir = rentang_tanggal(hari_ini, mundur=True)
    t = f"{tanggal.day:02d}-{tanggal.month:02d}-{tanggal.year:04d}"
    if tanggal > akhir:
        raise ValidationError(
            f"Tanggal {t} belum terjadi (hari ini {hari_ini:%d-%m-%Y}). Nomor hanya diberikan "
            "untuk tanggal hari ini atau sebelumnya.",
            kolom,
        )
    if tanggal < awal:
        raise ValidationError(
            f"Tanggal {t} terlalu jauh ke belakang: nomor hanya diterbitkan dari buku tahun "
            f"{hari_ini.year}. Periksa tanggalnya (ketik misalnya {hari_ini:%d-%m-%Y}).",
            kolom,
        )
    if tanggal.year < hari_ini.year and not mundur and agenda:
        raise ValidationError(
            f"Tanggal terima {t} jatuh di Buku Agenda tahun {tanggal.year}, padahal surat masuk "
            f"dicatat di Buku Agenda tahun {hari_ini.year}. Isi tanggal terima tahun ini (hari "
            "surat dicatat); tanggal surat boleh tahun lalu.",
            kolom,
        )
    if tanggal.year < hari_ini.year and not mundur:
        raise ValidationError(
            f"Tanggal {t} jatuh di buku tahun {tanggal.year}, padahal nomor diterbitkan dari "
            f"buku tahun {hari_ini.year}. Nomor mundur ke tahun {tanggal.year} hanya dapat "
            "diambil oleh Sekcam atau Camat di Buku Nomor, dengan alasan tertulis.",
            kolom,
        )


def alasan_nomor_mundur(teks: str) -> str:
    """The written reason a back-dated number needs: whitespace collapsed, at least ten letters."""
    alasan = " ".join(teks.split())
    if len(alasan) < 10:
        raise ValidationError(
            "Alasan nomor mundur harus ditulis (paling sedikit 10 huruf), misalnya surat "
            "ditandatangani 31 Desember tetapi baru dinomori hari ini.",
            "alasan_mundur",
        )
    return alasan


def tandai_batal(conn: sqlite3.Connection, nomor_id: int | None, alasan: str) -> bool:
    """Inside the caller's write transaction: an issued number becomes BATAL with its reason
    (it stays in the book and is never reused). False when there was none to cancel."""
    if nomor_id is None:
        return False
    cur = conn.execute(
        "UPDATE nomor SET status = 'BATAL', alasan_batal = ? WHERE id = ? AND status = 'TERBIT'",
        (alasan, nomor_id),
    )
    return cur.rowcount == 1


class Penomoran:
    """``desk.penomoran``: the number books of every register."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ---- registers

    def registers(self) -> list[Register]:
        rows = self._desk.conn.execute(
            "SELECT kode, nama, jenis, kode_klasifikasi, unit, pola FROM register ORDER BY "
            "CASE jenis WHEN 'surat_masuk' THEN 0 WHEN 'surat_keluar' THEN 1 ELSE 2 END, kode"
        ).fetchall()
        return [Register(*r) for r in rows]

    def register(self, kode: str) -> Register:
        r = self._desk.conn.execute(
            "SELECT kode, nama, jenis, kode_klasifikasi, unit, pola FROM register WHERE kode = ?",
            (kode,),
        ).fetchone()
        if r is None:
            raise ValidationError(f"Register '{kode}' tidak ada.", "register")
        return Register(*r)

    def ubah_register(
        self, kode: str, *, pola: str, kode_klasifikasi: str | None = None, unit: str | None = None
    ) -> Register:
        """Change a register's number pattern; numbers already issued keep their text."""
        desk = self._desk
        desk.otorisasi("pengaturan.ubah")
        validasi_pola(pola)
        lama = self.register(kode)
        klas = lama.kode_klasifikasi if kode_klasifikasi is None else kode_klasifikasi.strip()
        if "{kode}" in pola and not klas:
            raise ValidationError(
                "Pola memakai {kode} tetapi kode klasifikasi register ini kosong.",
                "kode_klasifikasi",
            )
        if klas:
            validasi_kode_klasifikasi(klas)
        unit_baru = lama.unit if unit is None else unit.strip()
        baru = Register(kode, lama.nama, lama.jenis, klas, unit_baru, pola.strip())
        for lain in self.registers():
            if lain.kode != kode and any(
                lain.contoh(date(2026, b, 24), n) == baru.contoh(date(2026, b, 24), n)
                for b in (1, 11)
                for n in (1, 15)
            ):
                raise ValidationError(
                    f"Nomor dengan pola ini akan sama dengan nomor {lain.nama} "
                    f"({lain.contoh()}). Bedakan dengan kode unit atau pola lain.",
                    "pola",
                )
        with desk.tulis() as conn:
            conn.execute(
                "UPDATE register SET pola = ?, kode_klasifikasi = ?, unit = ? WHERE kode = ?",
                (pola.strip(), klas, unit_baru, kode),
            )
            desk.catat_audit(
                "register.ubah",
                f"register:{kode}",
                {
                    "pola": [lama.pola, pola.strip()],
                    "kode_klasifikasi": [lama.kode_klasifikasi, klas],
                    "unit": [lama.unit, unit_baru],
                },
            )
        return self.register(kode)

    def pastikan_register_surat_keluar(
        self, conn: sqlite3.Connection, kode_klasifikasi: str, *, lama_boleh: bool = False
    ) -> str:
        """The outgoing-letter book of one classification code, created on first use.
        ``lama_boleh``: an old (78/2012) code, for importing letters numbered under it."""
        kode_klasifikasi = validasi_kode_klasifikasi(kode_klasifikasi, lama_boleh=lama_boleh)
        kode = kode_register_surat_keluar(kode_klasifikasi)
        conn.execute(
            "INSERT OR IGNORE INTO register (kode, nama, jenis, kode_klasifikasi, pola, dibuat_pada) "
            "VALUES (?, ?, 'surat_keluar', ?, ?, ?)",
            (
                kode,
                f"Buku Surat Keluar {kode_klasifikasi}",
                kode_klasifikasi,
                POLA_BAKU,
                self._desk.sekarang_iso(),
            ),
        )
        return kode

    # ---- issuing

    def terbitkan(
        self,
        conn: sqlite3.Connection,
        register: str,
        tanggal: date,
        *,
        perihal: str = "",
        sumber: str = "",
        alasan_mundur: str | None = None,
        kolom: str = "tanggal",
    ) -> NomorTerbit:
        """Issue the next number of ``register`` for ``tanggal.year`` inside an open transaction.

        Callers record their document in the same transaction; nothing is printed before COMMIT.
        Only the current year's book is used (:func:`periksa_tanggal`); a date in last year's
        book needs ``alasan_mundur`` and the ``nomor.mundur`` permission, and is audited.
        """
        if not conn.in_transaction:
            raise RuntimeError("nomor hanya boleh diterbitkan di dalam transaksi tulis")
        reg = self.register(register)
        hari_ini = self._desk.sekarang().date()
        mundur = tanggal.year < hari_ini.year and alasan_mundur is not None
        periksa_tanggal(
            tanggal, hari_ini, mundur=mundur, kolom=kolom, agenda=reg.jenis == "surat_masuk"
        )
        if mundur:
            self._desk.otorisasi("nomor.mundur")
            alasan_mundur = alasan_nomor_mundur(alasan_mundur or "")
        tahun = tanggal.year
        (n,) = conn.execute(
            "INSERT INTO nomor_counter (register, tahun, terakhir) VALUES (?, ?, 1) "
            "ON CONFLICT (register, tahun) DO UPDATE SET terakhir = terakhir + 1 "
            "RETURNING terakhir",
            (register, tahun),
        ).fetchone()
        teks = format_nomor(
            reg.pola, nomor=n, tanggal=tanggal, kode=reg.kode_klasifikasi, unit=reg.unit
        )
        oleh = self._desk.username
        cur = conn.execute(
            "INSERT INTO nomor (register, tahun, nomor, nomor_lengkap, tanggal, perihal, sumber, "
            "dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                register,
                tahun,
                n,
                teks,
                tanggal.isoformat(),
                perihal,
                sumber,
                oleh,
                self._desk.sekarang_iso(),
            ),
        )
        jejak = self._desk.catat_audit(
            "nomor.terbit",
            f"nomor:{cur.lastrowid}",
            {"register": register, "nomor": teks, "perihal": perihal},
        )
        (jejak_id,) = conn.execute("SELECT last_insert_rowid()").fetchone()
        if mundur:
            self._desk.catat_audit(
                "nomor.mundur",
                f"nomor:{cur.lastrowid}",
                {
                    "register": register,
                    "nomor": teks,
                    "tanggal": tanggal.isoformat(),
                    "alasan": alasan_mundur,
                },
            )
        self._desk.nomor_tertunda.append(
            (
                cur.lastrowid,
                EntriNomor(
                    register,
                    tahun,
                    n,
                    teks,
                    tanggal.isoformat(),
                    self._desk.sekarang_iso(),
                    jejak or "",
                    jejak_id,
                ),
            )
        )
        return NomorTerbit(
            cur.lastrowid, register, tahun, n, teks, tanggal, "TERBIT", None, perihal, sumber, oleh
        )

    def ambil(
        self, register: str, tanggal: date, perihal: str, *, alasan_mundur: str | None = None
    ) -> NomorTerbit:
        """Take a number for a document made outside the app (a letter typed in Word).

        ``alasan_mundur``: a Sekcam's written reason for a number dated in last year's book.
        """
        desk = self._desk
        desk.otorisasi("nomor.ambil")
        perihal = perihal.strip()
        if not perihal:
            raise ValidationError(
                "Hal/perihal belum diisi: tulis untuk apa nomor ini diambil.", "perihal"
            )
        self.register(register)
        hari_ini = desk.sekarang().date()
        mundur = alasan_mundur is not None and tanggal.year < hari_ini.year
        periksa_tanggal(tanggal, hari_ini, mundur=mundur)
        if mundur:
            desk.otorisasi("nomor.mundur")
            alasan_nomor_mundur(alasan_mundur or "")
        with desk.tulis() as conn:
            return self.terbitkan(
                conn,
                register,
                tanggal,
                perihal=perihal,
                sumber="luar",
                alasan_mundur=alasan_mundur if mundur else None,
            )

    def batalkan(self, nomor_id: int, alasan: str) -> NomorTerbit:
        """Mark a number BATAL; it stays in the book with its reason and is never reused."""
        desk = self._desk
        desk.otorisasi("nomor.batal")
        alasan = alasan_batal(alasan)
        with desk.tulis() as conn:
            row = conn.execute(
                "SELECT status, nomor_lengkap FROM nomor WHERE id = ?", (nomor_id,)
            ).fetchone()
            if row is None:
                raise ValidationError("Nomor tersebut tidak ditemukan.", "nomor")
            if row[0] == "BATAL":
                raise ValidationError(f"Nomor {row[1]} sudah BATAL.", "nomor")
            tandai_batal(conn, nomor_id, alasan)
            desk.catat_audit(
                "nomor.batal", f"nomor:{nomor_id}", {"nomor": row[1], "alasan": alasan}
            )
        return self.get(nomor_id)

    # ---- reading

    def get(self, nomor_id: int) -> NomorTerbit:
        self._desk.otorisasi("nomor.lihat", sentuh=False)
        r = self._desk.conn.execute(
            f"SELECT {_KOLOM} FROM nomor WHERE id = ?", (nomor_id,)
        ).fetchone()
        if r is None:
            raise ValidationError("Nomor tersebut tidak ditemukan.", "nomor")
        return self._untuk_pembaca(_baris_ke_nomor(r))

    def _untuk_pembaca(self, n: NomorTerbit) -> NomorTerbit:
        """Every role reads the Buku Nomor, but a letter's subject only a role that reads the
        letters (the Admin sees the numbers, not what the letters are about)."""
        for awal, izin in (
            ("surat_masuk", "surat_masuk.lihat"),
            ("surat_keluar", "surat_keluar.lihat"),
        ):
            if n.sumber.startswith(awal) and n.perihal and not self._desk.boleh(izin):
                return dataclasses.replace(n, perihal="(isi surat tidak ditampilkan)")
        return n

    def daftar(
        self, register: str | None = None, tahun: int | None = None, batas: int = 1000
    ) -> list[NomorTerbit]:
        self._desk.otorisasi("nomor.lihat", sentuh=False)
        sql = f"SELECT {_KOLOM} FROM nomor WHERE 1=1"
        args: list[object] = []
        if register:
            sql += " AND register = ?"
            args.append(register)
        if tahun:
            sql += " AND tahun = ?"
            args.append(tahun)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(batas)
        return [self._untuk_pembaca(_baris_ke_nomor(r)) for r in self._desk.conn.execute(sql, args)]

    def rentang_hilang(self, registers: list[str], dari: date, sampai: date) -> list[RentangNomor]:
        """The lost numbers (see :attr:`NomorTerbit.hilang`) of ``registers`` dated within the
        period, in runs, for the foot of a printed book."""
        if not registers:
            return []
        hasil: list[RentangNomor] = []
        for reg, tahun, n, teks, alasan in self._desk.conn.execute(
            *sql_rentang_hilang(registers, dari, sampai)
        ):
            a = hasil[-1] if hasil else None
            if a and (a.register, a.tahun, a.sampai + 1, a.alasan) == (reg, tahun, n, alasan):
                hasil[-1] = RentangNomor(reg, tahun, a.dari, n, a.nomor_dari, teks, alasan)
            else:
                hasil.append(RentangNomor(reg, tahun, n, n, teks, teks, alasan or ""))
        return hasil

    def periksa_kesinambungan(self) -> list[str]:
        """Problems in the books: gaps, or a counter that disagrees with the numbers issued."""
        masalah = []
        conn = self._desk.conn
        for register, tahun, n, mn, mx in conn.execute(
            "SELECT register, tahun, COUNT(*), MIN(nomor), MAX(nomor) FROM nomor "
            "GROUP BY register, tahun"
        ):
            if mn != 1 or mx != n:
                masalah.append(
                    f"Register {register} tahun {tahun}: nomor tidak berurutan "
                    f"({n} nomor, dari {mn} sampai {mx})."
                )
            c = conn.execute(
                "SELECT terakhir FROM nomor_counter WHERE register = ? AND tahun = ?",
                (register, tahun),
            ).fetchone()
            if c is None or c[0] != mx:
                masalah.append(
                    f"Register {register} tahun {tahun}: penghitung "
                    f"{c[0] if c else '-'} tidak sama dengan nomor terakhir {mx}."
                )
        return masalah


def sql_rentang_hilang(
    registers: list[str], dari: date, sampai: date
) -> tuple[str, tuple[object, ...]]:
    """The read behind :meth:`Penomoran.rentang_hilang`: the lost numbers of ``registers``
    within the period, from the partial index ``nomor_hilang`` (migration 0023), which holds
    only them; the source is written in the statement because SQLite uses a partial index
    only for a condition it can see."""
    tanda = ",".join("?" * len(registers))
    return (
        "SELECT register, tahun, nomor, nomor_lengkap, alasan_batal FROM nomor "
        f"INDEXED BY nomor_hilang WHERE sumber = '{SUMBER_HILANG}' AND status = 'BATAL' "
        f"AND register IN ({tanda}) AND tanggal BETWEEN ? AND ? ORDER BY register, tahun, nomor",
        (*registers, dari.isoformat(), sampai.isoformat()),
    )
