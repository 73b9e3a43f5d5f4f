"""The staff roster (SOP 003's employees): records, pangkat/KGB history, SKP, import, penjagaan.

``desk.pegawai`` keeps what the KP/KGB rules of :mod:`bawang_desk.core.kepegawaian` need and
answers the buku penjagaan from it. Every change is checked whole before anything is written
(NIP decoded, golongan real, TMT KGB not before TMT CPNS, atasan neither self nor a loop), then
written with its audit row in one transaction; a roster import is all rows or none.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.errors import ValidationError
from bawang_desk.core.identity import angka_ascii, parse_nip
from bawang_desk.core.impor_pegawai import ImporDitolak, KesalahanBaris, baca_roster
from bawang_desk.core.kepegawaian import JatuhTempo, Pegawai
from bawang_desk.core.teks import normalisasi_nama, parse_tanggal, tanggal_panjang

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "HasilImpor",
    "PegawaiBaru",
    "PegawaiManager",
    "RiwayatKGB",
    "RiwayatPangkat",
    "validasi_pegawai",
]

Progress = Callable[[int, int, str], None]

_JENIS_JABATAN = {
    "struktural": "struktural",
    "jabatan struktural": "struktural",
    "administrator": "struktural",
    "pengawas": "struktural",
    "pimpinan tinggi": "struktural",
    "pelaksana": "pelaksana",
    "jabatan pelaksana": "pelaksana",
    "jfu": "pelaksana",
    "fungsional umum": "pelaksana",
    "fungsional": "fungsional",
    "jabatan fungsional": "fungsional",
    "jft": "fungsional",
    "fungsional tertentu": "fungsional",
}


@dataclass
class PegawaiBaru:
    """An employee as typed in the form or read from an import row (dates as ``date``)."""

    nip: str
    nama: str
    golongan: str
    tmt_pangkat: date | None
    mkg_tahun: int = 0
    mkg_bulan: int = 0
    tmt_kgb: date | None = None
    mkg_kgb_tahun: int | None = None
    mkg_kgb_bulan: int | None = None
    jabatan: str = ""
    jenis_jabatan: str = "pelaksana"
    pendidikan: str = ""
    atasan_nip: str | None = None
    status: str = "PNS"
    skp: dict[int, str] = field(default_factory=dict)
    tmt_cpns: date | None = None


@dataclass(frozen=True)
class RiwayatPangkat:
    golongan: str
    tmt: date
    mkg_tahun: int
    mkg_bulan: int
    jenis: str
    nomor_sk: str
    tanggal_sk: date | None
    usulan_id: int | None


@dataclass(frozen=True)
class RiwayatKGB:
    tmt: date
    golongan: str
    mkg_tahun: int
    mkg_bulan: int
    nomor_sk: str
    tanggal_sk: date | None
    usulan_id: int | None


@dataclass(frozen=True)
class HasilImpor:
    ditambah: int
    diperbarui: int

    @property
    def jumlah(self) -> int:
        return self.ditambah + self.diperbarui


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _digit(teks: str) -> str:
    return re.sub(r"[\s.\-]", "", str(teks or "")).lstrip("'")


def nomor_induk(teks: str, status: str) -> tuple[str, date | None]:
    """The NIP checked with ``parse_nip``, and its TMT CPNS.

    A PPPK's NI PPPK has the same 18 digits but the appointment year and ``21`` where a NIP has
    the TMT CPNS month (unconfirmed; accepted for PPPK only), so it carries no TMT CPNS.
    """
    # Excel's "keep as text" mark; digits of another script read as ASCII (issue 13)
    mentah = angka_ascii(str(teks or "")).strip().lstrip("'")
    if re.search(r"\d[.,]\d*e\+?\d", mentah, re.IGNORECASE):
        raise ValidationError(
            f"NIP '{mentah}' tersimpan sebagai angka sehingga digit terakhirnya hilang. "
            "Format kolom NIP sebagai Teks di spreadsheet lalu ekspor ulang.",
            "nip",
        )
    d = _digit(mentah)
    if status == "PPPK" and len(d) == 18 and d.isdigit() and d[12:14] == "21":
        try:
            date(int(d[0:4]), int(d[4:6]), int(d[6:8]))
        except ValueError:
            raise ValidationError(
                f"Tanggal lahir pada NI PPPK '{mentah}' tidak ada. Periksa kembali.", "nip"
            ) from None
        return d, None
    n = parse_nip(mentah)
    return n.nomor, n.tmt_cpns


def _status(teks: str) -> str:
    t = " ".join(str(teks or "PNS").split())
    for s in (*kp.STATUS_AKTIF, *kp.STATUS_NONAKTIF):
        if s.casefold() == t.casefold():
            return s
    raise ValidationError(
        f"Status pegawai '{t}' tidak dikenal. Tulis salah satu: "
        f"{', '.join((*kp.STATUS_AKTIF, *kp.STATUS_NONAKTIF))}.",
        "status",
    )


def _mkg(nilai: Any, maks: int, f: str, label: str) -> int:
    try:
        n = int(str(nilai).strip() or 0) if not isinstance(nilai, int) else nilai
    except ValueError:
        raise ValidationError(f"{label} harus angka, bukan '{nilai}'.", f) from None
    if not 0 <= n <= maks:
        raise ValidationError(f"{label} harus 0 sampai {maks}.", f)
    return n


def validasi_pegawai(d: PegawaiBaru, hari_ini: date) -> PegawaiBaru:
    """The record in canonical form, or a ValidationError naming the field at fault.

    Everything that can be checked without the database: NIP (decoded with ``parse_nip``), name,
    status, golongan (I/a..IV/e; I..XVII for PPPK), education, jenis jabatan, MKG ranges, and
    the dates: a TMT is the first of a month, and neither TMT pangkat nor TMT KGB may be before
    the TMT CPNS in the NIP.
    """
    status = _status(d.status)
    nip, tmt_cpns_nip = nomor_induk(d.nip, status)
    nama = normalisasi_nama(d.nama)
    golongan = kp.validasi_golongan_pegawai(d.golongan, status)
    pendidikan = kp.normalisasi_pendidikan(d.pendidikan) if str(d.pendidikan).strip() else ""
    jj = _JENIS_JABATAN.get(" ".join(str(d.jenis_jabatan or "pelaksana").split()).casefold())
    if jj is None:
        raise ValidationError(
            f"Jenis jabatan '{d.jenis_jabatan}' tidak dikenal: struktural, pelaksana atau "
            "fungsional.",
            "jenis_jabatan",
        )
    mkg_th = _mkg(d.mkg_tahun, 50, "mkg_tahun", "MKG tahun")
    mkg_bl = _mkg(d.mkg_bulan, 11, "mkg_bulan", "MKG bulan")
    if d.tmt_pangkat is None:
        raise ValidationError("TMT pangkat belum diisi.", "tmt_pangkat")
    tmt_cpns = d.tmt_cpns or tmt_cpns_nip
    for nilai, f, label in (
        (d.tmt_pangkat, "tmt_pangkat", "TMT pangkat"),
        (d.tmt_kgb, "tmt_kgb", "TMT KGB"),
        (tmt_cpns, "tmt_cpns", "TMT CPNS"),
    ):
        if nilai is None:
            continue
        if nilai.day != 1:
            raise ValidationError(
                f"{label} {tanggal_panjang(nilai)} tidak sah: TMT selalu tanggal 1.", f
            )
        if nilai > kp.tambah_tahun(hari_ini, 1):
            raise ValidationError(f"{label} {tanggal_panjang(nilai)} terlalu jauh ke depan.", f)
        if f != "tmt_cpns" and tmt_cpns and nilai < tmt_cpns:
            asal = "pada NIP" if tmt_cpns == tmt_cpns_nip else ""
            raise ValidationError(
                f"{label} {tanggal_panjang(nilai)} sebelum TMT CPNS {asal} "
                f"({tanggal_panjang(tmt_cpns)}).".replace("  ", " "),
                f,
            )
    kgb_th = kgb_bl = None
    if d.tmt_kgb is not None:
        if d.mkg_kgb_tahun is None or str(d.mkg_kgb_tahun).strip() == "":
            if d.tmt_kgb < d.tmt_pangkat:
                raise ValidationError(
                    "MKG pada KGB terakhir belum diisi (TMT KGB sebelum TMT pangkat).",
                    "mkg_kgb_tahun",
                )
            kgb_th, kgb_bl = kp.mkg_pada(d.tmt_pangkat, mkg_th, mkg_bl, d.tmt_kgb)
        else:
            kgb_th = _mkg(d.mkg_kgb_tahun, 50, "mkg_kgb_tahun", "MKG KGB tahun")
            kgb_bl = _mkg(d.mkg_kgb_bulan or 0, 11, "mkg_kgb_bulan", "MKG KGB bulan")
    skp = {}
    for tahun, pred in (d.skp or {}).items():
        if str(pred or "").strip():
            skp[int(tahun)] = kp.normalisasi_skp(pred)
    atasan = _digit(d.atasan_nip) if d.atasan_nip and str(d.atasan_nip).strip() else None
    if atasan is not None and atasan == nip:
        raise ValidationError("Atasan langsung tidak boleh pegawai itu sendiri.", "atasan")
    return PegawaiBaru(
        nip,
        nama,
        golongan,
        d.tmt_pangkat,
        mkg_th,
        mkg_bl,
        d.tmt_kgb,
        kgb_th,
        kgb_bl,
        " ".join(str(d.jabatan or "").split()),
        jj,
        pendidikan,
        atasan,
        status,
        skp,
        tmt_cpns,
    )


_KOLOM = (
    "id, nip, nama, golongan, tmt_pangkat, mkg_tahun, mkg_bulan, tmt_kgb, mkg_kgb_tahun, "
    "mkg_kgb_bulan, jabatan, jenis_jabatan, pendidikan, atasan_id, status, aktif, tmt_cpns"
)


def _pegawai(r: tuple, skp: tuple[tuple[int, str], ...] = ()) -> Pegawai:
    return Pegawai(
        r[0],
        r[1],
        r[2],
        r[3],
        date.fromisoformat(r[4]),
        r[5],
        r[6],
        _d(r[7]),
        r[8],
        r[9],
        r[10],
        r[11],
        r[12],
        r[13],
        r[14],
        bool(r[15]),
        _d(r[16]),
        skp,
    )


class PegawaiManager:
    """``desk.pegawai``."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ reading

    def _skp(self, ids: Iterable[int] | None = None) -> dict[int, tuple[tuple[int, str], ...]]:
        sql = "SELECT pegawai_id, tahun, predikat FROM pegawai_skp"
        args: list[int] = []
        if ids is not None:
            args = list(ids)
            sql += f" WHERE pegawai_id IN ({','.join('?' * len(args))})"
        hasil: dict[int, list[tuple[int, str]]] = {}
        for pid, th, pred in self._desk.conn.execute(sql + " ORDER BY tahun DESC", args):
            hasil.setdefault(pid, []).append((th, pred))
        return {k: tuple(v) for k, v in hasil.items()}

    def get(self, pid: int) -> Pegawai:
        self._desk.otorisasi("pegawai.lihat")
        return self._get(pid)

    def _get(self, pid: int) -> Pegawai:
        r = self._desk.conn.execute(f"SELECT {_KOLOM} FROM pegawai WHERE id = ?", (pid,)).fetchone()
        if r is None:
            raise ValidationError("Pegawai tidak ditemukan.", "pegawai")
        return _pegawai(r, self._skp([pid]).get(pid, ()))

    def by_nip(self, nip: str) -> Pegawai | None:
        self._desk.otorisasi("pegawai.lihat")
        r = self._desk.conn.execute(
            "SELECT id FROM pegawai WHERE nip = ?", (_digit(nip),)
        ).fetchone()
        return self._get(r[0]) if r else None

    def daftar(self, *, teks: str = "", aktif_saja: bool = True) -> list[Pegawai]:
        """The roster by golongan (highest first), then name; ``teks`` matches name or NIP."""
        self._desk.otorisasi("pegawai.lihat")
        return self._semua(teks=teks, aktif_saja=aktif_saja)

    def _semua(self, *, teks: str = "", aktif_saja: bool = True) -> list[Pegawai]:
        where, args = ["1=1"], []
        if aktif_saja:
            where.append("aktif = 1")
        t = " ".join(teks.split())
        if t:
            where.append("(nama LIKE ? OR nip LIKE ?)")
            args += [f"%{t}%", f"%{_digit(t)}%"]
        rows = self._desk.conn.execute(
            f"SELECT {_KOLOM} FROM pegawai WHERE {' AND '.join(where)}", args
        ).fetchall()
        skp = self._skp()
        hasil = [_pegawai(r, skp.get(r[0], ())) for r in rows]
        urut = {g: i for i, g in enumerate((*kp.GOLONGAN, *kp.GOLONGAN_PPPK))}
        hasil.sort(key=lambda p: (-urut.get(p.golongan, -1), p.nama))
        return hasil

    def riwayat_pangkat(self, pid: int) -> list[RiwayatPangkat]:
        self._desk.otorisasi("pegawai.lihat")
        return [
            RiwayatPangkat(r[0], date.fromisoformat(r[1]), r[2], r[3], r[4], r[5], _d(r[6]), r[7])
            for r in self._desk.conn.execute(
                "SELECT golongan, tmt, mkg_tahun, mkg_bulan, jenis, nomor_sk, tanggal_sk, "
                "usulan_id FROM riwayat_pangkat WHERE pegawai_id = ? ORDER BY tmt",
                (pid,),
            )
        ]

    def riwayat_kgb(self, pid: int) -> list[RiwayatKGB]:
        self._desk.otorisasi("pegawai.lihat")
        return [
            RiwayatKGB(date.fromisoformat(r[0]), r[1], r[2], r[3], r[4], _d(r[5]), r[6])
            for r in self._desk.conn.execute(
                "SELECT tmt, golongan, mkg_tahun, mkg_bulan, nomor_sk, tanggal_sk, usulan_id "
                "FROM riwayat_kgb WHERE pegawai_id = ? ORDER BY tmt",
                (pid,),
            )
        ]

    # ------------------------------------------------------------------ buku penjagaan

    def penjagaan_kp(
        self, dari: date | None = None, sampai: date | None = None
    ) -> list[JatuhTempo]:
        """The KP book; default window: today through the next two KP periods."""
        self._desk.otorisasi("pegawai.lihat")
        a, b = kp.jendela_kp(self._desk.sekarang().date())
        return kp.penjagaan_kp(self._semua(), dari or a, sampai or b)

    def penjagaan_kgb(
        self, dari: date | None = None, sampai: date | None = None
    ) -> list[JatuhTempo]:
        """The KGB book; default window: the next three months."""
        self._desk.otorisasi("pegawai.lihat")
        a, b = kp.jendela_kgb(self._desk.sekarang().date())
        return kp.penjagaan_kgb(self._semua(), dari or a, sampai or b)

    def segera(self, bulan: int = 2) -> list[JatuhTempo]:
        """KP and KGB falling due within ``bulan`` months, for the dashboard and the login of
        the Kasubbag (the KGB notice goes out two months ahead). Late ones come first."""
        self._desk.otorisasi("pegawai.lihat")
        hari_ini = self._desk.sekarang().date()
        sampai = kp.tambah_bulan(hari_ini, bulan)
        semua = self._semua()
        hasil = kp.penjagaan_kp(semua, hari_ini, sampai) + kp.penjagaan_kgb(semua, hari_ini, sampai)
        hasil.sort(key=lambda j: (j.tmt, j.jenis, j.pegawai.nama))
        return hasil

    # ------------------------------------------------------------------ writing

    def _cek_atasan(
        self,
        conn: sqlite3.Connection,
        nip: str,
        atasan_nip: str | None,
        baru: dict[str, str | None],
    ) -> int | None:
        """The superior's id; refuses an unknown NIP, the employee themselves, or a loop.

        ``baru`` maps NIP to superior NIP for the records being written now (they win over
        the database), so an import's loops are found across file and database alike.
        """
        if not atasan_nip:
            return None
        if atasan_nip == nip:
            raise ValidationError("Atasan langsung tidak boleh pegawai itu sendiri.", "atasan")
        r = conn.execute("SELECT id FROM pegawai WHERE nip = ?", (atasan_nip,)).fetchone()
        if r is None and atasan_nip not in baru:
            raise ValidationError(
                f"Atasan dengan NIP {atasan_nip} tidak ada di daftar pegawai.", "atasan"
            )

        def atasan_dari(n: str) -> str | None:
            if n in baru:
                return baru[n]
            row = conn.execute(
                "SELECT a.nip FROM pegawai p JOIN pegawai a ON a.id = p.atasan_id WHERE p.nip = ?",
                (n,),
            ).fetchone()
            return row[0] if row else None

        lingkaran = kp.cari_lingkaran(atasan_dari, nip)
        if lingkaran:
            nama = dict(conn.execute("SELECT nip, nama FROM pegawai").fetchall())
            jalan = " \u2192 ".join(nama.get(n, n) for n in [*lingkaran, lingkaran[0]])
            raise ValidationError(
                f"Atasan langsung membentuk lingkaran: {jalan}. Setiap rantai atasan harus "
                "berakhir pada pimpinan yang tidak beratasan di kantor ini.",
                "atasan",
            )
        return r[0] if r else None

    def _tulis(
        self, conn: sqlite3.Connection, d: PegawaiBaru, pid: int | None, jenis_riwayat: str
    ) -> tuple[int, dict[str, Any]]:
        """Insert or update one validated record with its history and SKP; atasan set later."""
        desk = self._desk
        now = desk.sekarang_iso()
        aktif = int(d.status in kp.STATUS_AKTIF)
        nilai = (
            d.nama,
            d.golongan,
            d.tmt_pangkat.isoformat(),  # type: ignore[union-attr]
            d.mkg_tahun,
            d.mkg_bulan,
            _iso(d.tmt_kgb),
            d.mkg_kgb_tahun,
            d.mkg_kgb_bulan,
            d.jabatan,
            d.jenis_jabatan,
            d.pendidikan,
            d.status,
            aktif,
            _iso(d.tmt_cpns),
        )
        lama = None
        if pid is None:
            pid = conn.execute(
                "INSERT INTO pegawai (nip, nama, golongan, tmt_pangkat, mkg_tahun, mkg_bulan, "
                "tmt_kgb, mkg_kgb_tahun, mkg_kgb_bulan, jabatan, jenis_jabatan, pendidikan, "
                "status, aktif, tmt_cpns, dibuat_pada) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (d.nip, *nilai, now),
            ).lastrowid
        else:
            lama = conn.execute(
                "SELECT golongan, tmt_pangkat, tmt_kgb FROM pegawai WHERE id = ?", (pid,)
            ).fetchone()
            conn.execute(
                "UPDATE pegawai SET nama = ?, golongan = ?, tmt_pangkat = ?, mkg_tahun = ?, "
                "mkg_bulan = ?, tmt_kgb = ?, mkg_kgb_tahun = ?, mkg_kgb_bulan = ?, jabatan = ?, "
                "jenis_jabatan = ?, pendidikan = ?, status = ?, aktif = ?, tmt_cpns = ?, "
                "diubah_pada = ? WHERE id = ?",
                (*nilai, now, pid),
            )
        assert pid is not None
        if lama is None or (lama[0], lama[1]) != (d.golongan, nilai[2]):
            conn.execute(
                "INSERT OR REPLACE INTO riwayat_pangkat (pegawai_id, golongan, tmt, mkg_tahun, "
                "mkg_bulan, jenis, dicatat_oleh, dicatat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    d.golongan,
                    nilai[2],
                    d.mkg_tahun,
                    d.mkg_bulan,
                    jenis_riwayat,
                    desk.username,
                    now,
                ),
            )
        if d.tmt_kgb is not None and (lama is None or lama[2] != d.tmt_kgb.isoformat()):
            conn.execute(
                "INSERT OR REPLACE INTO riwayat_kgb (pegawai_id, tmt, golongan, mkg_tahun, "
                "mkg_bulan, dicatat_oleh, dicatat_pada) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    d.tmt_kgb.isoformat(),
                    d.golongan,
                    d.mkg_kgb_tahun,
                    d.mkg_kgb_bulan or 0,
                    desk.username,
                    now,
                ),
            )
        for tahun, pred in d.skp.items():
            conn.execute(
                "INSERT INTO pegawai_skp (pegawai_id, tahun, predikat) VALUES (?, ?, ?) "
                "ON CONFLICT (pegawai_id, tahun) DO UPDATE SET predikat = excluded.predikat",
                (pid, tahun, pred),
            )
        rincian = {
            "nip": d.nip,
            "nama": d.nama,
            "golongan": d.golongan,
            "tmt_pangkat": nilai[2],
            "tmt_kgb": nilai[5],
            "status": d.status,
        }
        return pid, rincian

    def tambah(self, data: PegawaiBaru) -> Pegawai:
        """Add an employee (Kasubbag Umum dan Kepegawaian or Sekcam)."""
        desk = self._desk
        desk.otorisasi("pegawai.ubah")
        d = validasi_pegawai(data, desk.sekarang().date())
        with desk.tulis() as conn:
            if conn.execute("SELECT 1 FROM pegawai WHERE nip = ?", (d.nip,)).fetchone():
                raise ValidationError(f"Pegawai dengan NIP {d.nip} sudah ada.", "nip")
            atasan_id = self._cek_atasan(conn, d.nip, d.atasan_nip, {d.nip: d.atasan_nip})
            pid, rincian = self._tulis(conn, d, None, "data awal")
            conn.execute("UPDATE pegawai SET atasan_id = ? WHERE id = ?", (atasan_id, pid))
            desk.catat_audit("pegawai.tambah", f"pegawai:{pid}", rincian)
        return self._get(pid)

    def ubah(self, pid: int, data: PegawaiBaru) -> Pegawai:
        """Correct an employee's record; a changed golongan/TMT adds a history line."""
        desk = self._desk
        desk.otorisasi("pegawai.ubah")
        d = validasi_pegawai(data, desk.sekarang().date())
        with desk.tulis() as conn:
            r = conn.execute("SELECT nip FROM pegawai WHERE id = ?", (pid,)).fetchone()
            if r is None:
                raise ValidationError("Pegawai tidak ditemukan.", "pegawai")
            if r[0] != d.nip:
                raise ValidationError(
                    "NIP tidak dapat diubah; tambahkan sebagai pegawai baru.", "nip"
                )
            atasan_id = self._cek_atasan(conn, d.nip, d.atasan_nip, {d.nip: d.atasan_nip})
            _, rincian = self._tulis(conn, d, pid, "koreksi")
            conn.execute("UPDATE pegawai SET atasan_id = ? WHERE id = ?", (atasan_id, pid))
            desk.catat_audit("pegawai.ubah", f"pegawai:{pid}", rincian)
        return self._get(pid)

    def atur_atasan(self, pid: int, atasan_id: int | None) -> Pegawai:
        """Set the direct superior; refuses the employee themselves and any loop."""
        desk = self._desk
        desk.otorisasi("pegawai.ubah")
        with desk.tulis() as conn:
            p = self._get(pid)
            atasan_nip = None
            if atasan_id is not None:
                atasan_nip = self._get(atasan_id).nip
            aid = self._cek_atasan(conn, p.nip, atasan_nip, {p.nip: atasan_nip})
            conn.execute(
                "UPDATE pegawai SET atasan_id = ?, diubah_pada = ? WHERE id = ?",
                (aid, desk.sekarang_iso(), pid),
            )
            desk.catat_audit("pegawai.atasan", f"pegawai:{pid}", {"atasan_nip": atasan_nip})
        return self._get(pid)

    def catat_skp(self, pid: int, tahun: int, predikat: str) -> Pegawai:
        """Record a year's SKP predicate (the KP rule needs "Baik" for the last two years)."""
        desk = self._desk
        desk.otorisasi("pegawai.ubah")
        pred = kp.normalisasi_skp(predikat)
        if not 2000 <= tahun <= desk.sekarang().year:
            raise ValidationError(f"Tahun SKP {tahun} tidak sah.", "tahun")
        with desk.tulis() as conn:
            self._get(pid)
            conn.execute(
                "INSERT INTO pegawai_skp (pegawai_id, tahun, predikat) VALUES (?, ?, ?) "
                "ON CONFLICT (pegawai_id, tahun) DO UPDATE SET predikat = excluded.predikat",
                (pid, tahun, pred),
            )
            desk.catat_audit("pegawai.skp", f"pegawai:{pid}", {"tahun": tahun, "predikat": pred})
        return self._get(pid)

    # ------------------------------------------------------------------ import

    def baca_baris(self, baris: dict[str, Any], hari_ini: date) -> PegawaiBaru:
        """One import row's cells to a validated record (raises ValidationError with field)."""

        def tgl(f: str) -> date | None:
            v = baris.get(f)
            if isinstance(v, date) or v is None:
                return v
            if not str(v).strip():
                return None
            try:
                return parse_tanggal(str(v))
            except ValidationError as e:
                raise ValidationError(e.message, f) from None

        skp = {}
        if str(baris.get("skp", "")).strip():
            skp[hari_ini.year - 1] = baris["skp"]
        if str(baris.get("skp_sebelumnya", "")).strip():
            skp[hari_ini.year - 2] = baris["skp_sebelumnya"]
        d = PegawaiBaru(
            nip=str(baris.get("nip", "")),
            nama=str(baris.get("nama", "")),
            golongan=str(baris.get("golongan", "")),
            tmt_pangkat=tgl("tmt_pangkat"),
            mkg_tahun=baris.get("mkg_tahun") or 0,
            mkg_bulan=baris.get("mkg_bulan") or 0,
            tmt_kgb=tgl("tmt_kgb"),
            mkg_kgb_tahun=baris.get("mkg_kgb_tahun") or None,
            mkg_kgb_bulan=baris.get("mkg_kgb_bulan") or None,
            jabatan=str(baris.get("jabatan", "")),
            jenis_jabatan=str(baris.get("jenis_jabatan", "")) or "pelaksana",
            pendidikan=str(baris.get("pendidikan", "")),
            atasan_nip=str(baris.get("atasan_nip", "")) or None,
            status=str(baris.get("status", "")) or "PNS",
            skp=skp,
            tmt_cpns=tgl("tmt_cpns"),
        )
        return validasi_pegawai(d, hari_ini)

    def impor(
        self,
        sumber: Path | str | bytes,
        nama_berkas: str = "",
        *,
        progress: Progress | None = None,
    ) -> HasilImpor:
        """Import a roster (CSV or XLSX): every row is written, or none.

        Every bad row is reported with its line in the file and what is wrong, in one
        :class:`~bawang_desk.core.impor_pegawai.ImporDitolak`. A NIP already on file updates
        that employee; the atasan is given by NIP, found in the same file or the database.
        """
        self._desk.otorisasi("pegawai.ubah")
        hari_ini = self._desk.sekarang().date()
        mentah = baca_roster(sumber, nama_berkas)

        def baris() -> Iterable[tuple[int, Callable[[], PegawaiBaru]]]:
            for b in mentah:
                yield b.baris, (lambda sel=b.sel: self.baca_baris(sel, hari_ini))

        nama = nama_berkas or (Path(sumber).name if not isinstance(sumber, bytes) else "")
        return self._simpan_banyak(list(baris()), nama, progress)

    def tambah_banyak(
        self, data: Iterable[PegawaiBaru], *, progress: Progress | None = None
    ) -> HasilImpor:
        """Add or update many records at once, all or none (the generated office, a form list).

        Faults are reported like an import's, numbered from 1 in the order given.
        """
        self._desk.otorisasi("pegawai.ubah")
        hari_ini = self._desk.sekarang().date()
        daftar = [
            (i, (lambda d=d: validasi_pegawai(d, hari_ini))) for i, d in enumerate(data, start=1)
        ]
        return self._simpan_banyak(daftar, "", progress)

    def _simpan_banyak(
        self,
        baris: list[tuple[int, Callable[[], PegawaiBaru]]],
        nama_berkas: str,
        progress: Progress | None,
    ) -> HasilImpor:
        desk = self._desk
        total = len(baris)
        salah: list[KesalahanBaris] = []
        sah: list[tuple[int, PegawaiBaru]] = []
        baris_nip: dict[str, int] = {}
        for i, (n, baca) in enumerate(baris, start=1):
            try:
                d = baca()
            except ValidationError as e:
                salah.append(KesalahanBaris(n, e.field or "", e.message))
                continue
            if d.nip in baris_nip:
                salah.append(
                    KesalahanBaris(n, "nip", f"NIP {d.nip} sudah ada di baris {baris_nip[d.nip]}.")
                )
                continue
            baris_nip[d.nip] = n
            sah.append((n, d))
            if progress and i % 50 == 0:
                progress(i, total * 2, "Memeriksa baris")
        with desk.tulis() as conn:
            baru = {d.nip: d.atasan_nip for _, d in sah}
            for n, d in sah:
                try:
                    self._cek_atasan(conn, d.nip, d.atasan_nip, baru)
                except ValidationError as e:
                    salah.append(KesalahanBaris(n, "atasan", e.message))
            if salah:
                raise ImporDitolak(salah)
            ditambah = diperbarui = 0
            ids: dict[str, int] = {}
            for i, (_, d) in enumerate(sah, start=1):
                r = conn.execute("SELECT id FROM pegawai WHERE nip = ?", (d.nip,)).fetchone()
                pid, _ = self._tulis(conn, d, r[0] if r else None, "impor")
                ids[d.nip] = pid
                if r:
                    diperbarui += 1
                else:
                    ditambah += 1
                if progress and i % 50 == 0:
                    progress(total + i, total * 2, "Menyimpan pegawai")
            ubah = []
            for _, d in sah:
                aid = None
                if d.atasan_nip:
                    aid = ids.get(d.atasan_nip)
                    if aid is None:
                        aid = conn.execute(
                            "SELECT id FROM pegawai WHERE nip = ?", (d.atasan_nip,)
                        ).fetchone()[0]
                ubah.append((aid, ids[d.nip]))
            conn.executemany("UPDATE pegawai SET atasan_id = ? WHERE id = ?", ubah)
            desk.catat_audit(
                "pegawai.impor",
                "pegawai",
                {"berkas": nama_berkas, "ditambah": ditambah, "diperbarui": diperbarui},
            )
        if progress:
            progress(total * 2, total * 2, f"{ditambah + diperbarui} pegawai disimpan")
        return HasilImpor(ditambah, diperbarui)

    # ------------------------------------------------------------------ results (from usulan)

    def _naik_pangkat(
        self,
        conn: sqlite3.Connection,
        p: Pegawai,
        golongan: str,
        tmt: date,
        *,
        jenis: str,
        nomor_sk: str,
        tanggal_sk: date | None,
        usulan_id: int | None,
    ) -> None:
        """A KP SK: new golongan and TMT, MKG carried over (less 6/5 years between ruang)."""
        tmt0, th, bl = p.dasar_kgb
        th, bl = kp.mkg_pada(tmt0, th, bl, tmt)
        th, bl = kp.mkg_setelah_kp(p.golongan, golongan, th, bl)
        now = self._desk.sekarang_iso()
        conn.execute(
            "UPDATE pegawai SET golongan = ?, tmt_pangkat = ?, mkg_tahun = ?, mkg_bulan = ?, "
            "diubah_pada = ? WHERE id = ?",
            (golongan, tmt.isoformat(), th, bl, now, p.id),
        )
        conn.execute(
            "INSERT OR REPLACE INTO riwayat_pangkat (pegawai_id, golongan, tmt, mkg_tahun, "
            "mkg_bulan, jenis, nomor_sk, tanggal_sk, usulan_id, dicatat_oleh, dicatat_pada) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.id,
                golongan,
                tmt.isoformat(),
                th,
                bl,
                jenis,
                nomor_sk,
                _iso(tanggal_sk),
                usulan_id,
                self._desk.username,
                now,
            ),
        )

    def _naik_gaji(
        self,
        conn: sqlite3.Connection,
        p: Pegawai,
        tmt: date,
        *,
        nomor_sk: str,
        tanggal_sk: date | None,
        usulan_id: int | None,
    ) -> None:
        """A KGB SK: the MKG at the new TMT becomes the base of the next KGB."""
        tmt0, th, bl = p.dasar_kgb
        th, bl = kp.mkg_pada(tmt0, th, bl, tmt)
        now = self._desk.sekarang_iso()
        conn.execute(
            "UPDATE pegawai SET tmt_kgb = ?, mkg_kgb_tahun = ?, mkg_kgb_bulan = ?, "
            "diubah_pada = ? WHERE id = ?",
            (tmt.isoformat(), th, bl, now, p.id),
        )
        conn.execute(
            "INSERT OR REPLACE INTO riwayat_kgb (pegawai_id, tmt, golongan, mkg_tahun, "
            "mkg_bulan, nomor_sk, tanggal_sk, usulan_id, dicatat_oleh, dicatat_pada) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                p.id,
                tmt.isoformat(),
                p.golongan,
                th,
                bl,
                nomor_sk,
                _iso(tanggal_sk),
                usulan_id,
                self._desk.username,
                now,
            ),
        )
