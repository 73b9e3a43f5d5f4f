"""Hands KK and KTP-el files to Dindukcapil in numbered batches, on a flashdisk, and takes them back.

SOP 010 step 6 (and SOP 011 step 5 for a change of data): every week a Dindukcapil officer
collects the files and brings the signed KK back within fourteen days. Until now nobody could
say which file went when; here each handover is a batch (``serah_terima``) with a number from
its own register and a Berita Acara Serah Terima Berkas, and each return is recorded per
application.

The rule that shapes the API: **nothing changes state unless the export and its check
succeeded.** :meth:`SerahTerimaManager.kirim` first writes the batch to the chosen drive (XLSX,
CSV, the Berita Acara PDF, then ``SHA256SUMS`` last as the mark of a complete export; every file
through a temporary file, fsync and rename), reads everything back and checks the hashes, and
only then moves the applications to "di_dindukcapil" in one write transaction with its audit
rows. A full, read-only or pulled-out drive gives a plain message, leaves no folder that passes
:func:`verifikasi_folder`, and the same call can simply be repeated.

Returns come one by one (:meth:`~SerahTerimaManager.kembali`) or as the CSV Dindukcapil sends
back with a status column (:meth:`~SerahTerimaManager.impor_kembali`): all rows or none, with
line-numbered errors. :meth:`~SerahTerimaManager.terlambat` is what the Beranda flags: files at
Dindukcapil for more than fourteen days.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import hashlib
import io
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from bawang_desk.core.ekspor import (
    AWALAN_RUMUS,
    info_ekspor,
    sha256_berkas,
    tulis_atomik,
    tulis_csv,
    tulis_xlsx,
)
from bawang_desk.core.errors import BawangError, ValidationError
from bawang_desk.core.layanan import LABEL_STATUS, info
from bawang_desk.core.penomoran import alasan_batal, tandai_batal

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

Progress = Callable[[int, int, str], None]
PembuatBeritaAcara = Callable[["Desk", "SerahTerima", BinaryIO], None]

REGISTER = "serah-terima"
HARI_DINDUKCAPIL = 14
"""SOP 010 step 6: the signed KK comes back within fourteen days; longer is flagged."""
MANIFEST = "SHA256SUMS"

LABEL_BATCH = {"disiapkan": "Disiapkan", "dikirim": "Dikirim", "batal": "BATAL"}
HASIL = {
    "ditandatangani": "KK ditandatangani / data selesai",
    "perbaikan": "Dikembalikan untuk perbaikan",
}

KOLOM_EKSPOR: tuple[str, ...] = (
    "No.",
    "Nomor Register",
    "NIK",
    "Nama",
    "Nomor KK",
    "Layanan",
    "Varian",
    "Desa",
    "Tanggal Masuk",
    "Jumlah Berkas",
)
"""The layout Dindukcapil works with; the returned file adds ``Status`` and ``Keterangan``."""
LEBAR_EKSPOR = [5, 26, 19, 28, 19, 16, 40, 14, 13, 9]

#: Words Dindukcapil (or whoever fills the returned sheet) may write in the status column.
_STATUS_IMPOR = {
    "ditandatangani": "ditandatangani",
    "sudah ditandatangani": "ditandatangani",
    "kk ditandatangani": "ditandatangani",
    "ttd": "ditandatangani",
    "selesai": "ditandatangani",
    "terbit": "ditandatangani",
    "perbaikan": "perbaikan",
    "dikembalikan": "perbaikan",
    "dikembalikan untuk perbaikan": "perbaikan",
    "revisi": "perbaikan",
    "ditolak": "perbaikan",
}
_STATUS_KOSONG = {"", "-", "belum", "proses", "diproses", "dalam proses"}
_BATAS_GALAT = 30


class SerahTerimaGagal(BawangError):
    """The export to the drive did not complete; no application changed state.

    ``bisa_diulang``: whether trying again (free space, plug the drive back in) can succeed, so
    the window can offer "Coba lagi".
    """

    def __init__(self, message: str, *, bisa_diulang: bool = True) -> None:
        super().__init__(message)
        self.bisa_diulang = bisa_diulang


class ImporGagal(ValidationError):
    """A returned batch file was refused as a whole; ``galat`` lists the faults by line."""

    def __init__(self, message: str, galat: Sequence[str]) -> None:
        super().__init__(message, "berkas")
        self.galat = tuple(galat)


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class Berkas:
    """One application's file as the handover sees it (ready, in a batch, or at Dindukcapil)."""

    permohonan_id: int
    nomor_register: str
    nik: str
    nama: str
    no_kk: str
    layanan: str
    varian: str
    desa: str
    tanggal_masuk: date
    status: str
    jumlah_berkas: int
    hasil: str = ""
    keterangan: str = ""
    kembali_pada: datetime | None = None
    serah_terima_id: int | None = None
    nomor_serah_terima: str = ""
    tanggal_kirim: datetime | None = None

    @property
    def nama_layanan(self) -> str:
        return info(self.layanan).nama

    @property
    def nama_varian(self) -> str:
        return nama_varian(self.layanan, self.varian)

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)

    def hari_di_dindukcapil(self, hari_ini: date) -> int | None:
        """Whole days since the handover (None when the file has not gone)."""
        return (hari_ini - self.tanggal_kirim.date()).days if self.tanggal_kirim else None

    def terlambat(self, hari_ini: date) -> bool:
        h = self.hari_di_dindukcapil(hari_ini)
        return self.hasil == "" and h is not None and h > HARI_DINDUKCAPIL


@dataclass(frozen=True)
class SerahTerima:
    """A batch: its number, state, when and where it went, and its files."""

    id: int
    nomor_id: int
    nomor: str
    status: str
    tanggal: date
    tanggal_kirim: datetime | None
    folder: str
    sha256_manifest: str
    alasan_batal: str | None
    dibuat_oleh: str | None
    dikirim_oleh: str | None
    jumlah: int
    jumlah_kembali: int
    berkas: tuple[Berkas, ...] = ()

    @property
    def label_status(self) -> str:
        if self.status == "dikirim" and self.jumlah and self.jumlah_kembali == self.jumlah:
            return "Sudah kembali semua"
        if self.status == "dikirim" and self.jumlah_kembali:
            return f"Dikirim ({self.jumlah_kembali} dari {self.jumlah} kembali)"
        return LABEL_BATCH.get(self.status, self.status)

    @property
    def jumlah_berkas(self) -> int:
        return sum(b.jumlah_berkas for b in self.berkas)

    @property
    def nama_folder(self) -> str:
        """The folder the export makes on the drive: the number, safe as a file name."""
        return "Serah-Terima-" + re.sub(r"[^0-9A-Za-z.]+", "-", self.nomor).strip("-")


@dataclass(frozen=True)
class HasilEkspor:
    """A verified export: the folder on the drive, its files and the manifest's own hash."""

    folder: Path
    berkas: tuple[Path, ...]
    manifest: Path
    sha256_manifest: str


@dataclass(frozen=True)
class HasilImpor:
    """What a returned batch file changed (it changed all of it, or nothing)."""

    ditandatangani: int
    perbaikan: int
    belum_kembali: int
    permohonan: tuple[int, ...] = field(default=())


def nama_varian(layanan: str, varian: str) -> str:
    """The variant's name from the SOP catalog (the code itself if the catalog lacks it)."""
    from bawang_desk.core.catalog import load_catalog

    try:
        return load_catalog()[info(layanan).kode].varian_by_kode(varian).nama
    except (KeyError, LookupError):
        return varian


_KOLOM_BERKAS = (
    "p.id, COALESCE(n.nomor_lengkap, ''), p.nik, p.nama, "
    "COALESCE(json_extract(p.data, '$.no_kk'), ''), p.layanan, p.varian, p.desa, "
    "p.tanggal_masuk, p.status"
)


def _berkas(r: Sequence, jumlah: int, rest: Sequence = ()) -> Berkas:
    hasil, ket, kembali, sid, nst, kirim = (*rest, None, None, None, None, None, None)[:6]
    return Berkas(
        r[0],
        r[1],
        r[2],
        r[3],
        str(r[4] or ""),
        r[5],
        r[6],
        r[7],
        date.fromisoformat(r[8]),
        r[9],
        int(jumlah or 1),
        hasil or "",
        ket or "",
        datetime.fromisoformat(kembali) if kembali else None,
        sid,
        nst or "",
        datetime.fromisoformat(kirim) if kirim else None,
    )


# --------------------------------------------------------------------------- the manager


class SerahTerimaManager:
    """``desk.serah_terima``: batches of KK/KTP-el files to Dindukcapil and their returns."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ reading

    def siap_dikirim(self) -> list[Berkas]:
        """Applications processed and waiting for the weekly pickup, not yet in any batch.

        A file sent back "untuk perbaikan" is here again, with the reason in ``keterangan``.
        """
        self._desk.otorisasi("serah_terima.lihat")
        rows = self._desk.conn.execute(
            f"SELECT {_KOLOM_BERKAS}, (SELECT COUNT(*) FROM permohonan_syarat s "
            "WHERE s.permohonan_id = p.id AND s.ada = 1), (SELECT i.keterangan FROM "
            "serah_terima_item i WHERE i.permohonan_id = p.id AND i.hasil = 'perbaikan' "
            "ORDER BY i.kembali_pada DESC LIMIT 1) FROM permohonan p "
            "LEFT JOIN nomor n ON n.id = p.nomor_id WHERE p.status = 'siap_dikirim' AND NOT "
            "EXISTS (SELECT 1 FROM serah_terima_item i WHERE i.permohonan_id = p.id AND "
            "i.hasil = '') ORDER BY p.id"
        ).fetchall()
        return [_berkas(r, r[10], ("perbaikan" if r[11] is not None else "", r[11])) for r in rows]

    def get(self, batch_id: int) -> SerahTerima:
        """One batch with its files in the order they were added."""
        self._desk.otorisasi("serah_terima.lihat")
        st = self._baca(self._desk.conn, "s.id = ?", (batch_id,))
        if not st:
            raise ValidationError("Serah terima tidak ditemukan.", "serah_terima")
        rows = self._desk.conn.execute(
            f"SELECT {_KOLOM_BERKAS}, i.jumlah_berkas, i.hasil, i.keterangan, i.kembali_pada "
            "FROM serah_terima_item i JOIN permohonan p ON p.id = i.permohonan_id "
            "LEFT JOIN nomor n ON n.id = p.nomor_id WHERE i.serah_terima_id = ? "
            "ORDER BY i.rowid",
            (batch_id,),
        ).fetchall()
        s = st[0]
        berkas = tuple(
            _berkas(r, r[10], (r[11], r[12], r[13], s.id, s.nomor, _iso(s.tanggal_kirim)))
            for r in rows
        )
        return dataclasses.replace(s, berkas=berkas)

    def daftar(self, *, batas: int = 200) -> list[SerahTerima]:
        """The batches, newest first, with counts (without their files)."""
        self._desk.otorisasi("serah_terima.lihat")
        return self._baca(self._desk.conn, "1 = 1", (), batas=batas)

    def batch_terbuka(self, pid: int) -> int | None:
        """The sent batch whose answer this application still awaits (None if there is none)."""
        self._boleh_lihat()
        r = self._desk.conn.execute(
            "SELECT i.serah_terima_id FROM serah_terima_item i JOIN serah_terima s "
            "ON s.id = i.serah_terima_id WHERE i.permohonan_id = ? AND i.hasil = '' "
            "AND s.status = 'dikirim'",
            (pid,),
        ).fetchone()
        return r[0] if r else None

    def di_dindukcapil(self, hari_ini: date) -> list[Berkas]:
        """Every file now at Dindukcapil, longest there first (``terlambat()`` marks the late)."""
        self._desk.otorisasi("serah_terima.lihat")
        return self._di_dindukcapil(None)

    def terlambat(self, hari_ini: date) -> list[Berkas]:
        """Files at Dindukcapil for more than fourteen days (the Beranda's flag), oldest first.

        Counted from the handover of the batch; a file sent before batches existed counts from
        its last recorded step. An indexed scan of the open items, cheap on ten years of data.
        """
        self._boleh_lihat()
        return self._di_dindukcapil((hari_ini - timedelta(days=HARI_DINDUKCAPIL)).isoformat())

    def hitung_terlambat(self, hari_ini: date) -> int:
        """``len(terlambat(hari_ini))`` without reading the rows (for the Beranda's figure)."""
        self._boleh_lihat()
        batas = (hari_ini - timedelta(days=HARI_DINDUKCAPIL)).isoformat()
        conn = self._desk.conn
        (a,) = conn.execute(
            "SELECT COUNT(*) FROM serah_terima_item i JOIN serah_terima s "
            "ON s.id = i.serah_terima_id WHERE i.hasil = '' AND s.status = 'dikirim' "
            "AND s.tanggal_kirim < ?",
            (batas,),
        ).fetchone()
        (b,) = conn.execute(
            f"SELECT COUNT(*) FROM permohonan p WHERE {_LAMA_WHERE}", (batas,)
        ).fetchone()
        return a + b

    def _boleh_lihat(self) -> None:
        """The role check without touching the idle clock: the Beranda reads its figures on a
        timer, and that must neither unlock nor keep alive an idle session."""
        self._desk.otorisasi("serah_terima.lihat", sentuh=False)

    def _di_dindukcapil(self, batas: str | None) -> list[Berkas]:
        conn = self._desk.conn
        rows = conn.execute(
            f"SELECT {_KOLOM_BERKAS}, i.jumlah_berkas, i.serah_terima_id, ns.nomor_lengkap, "
            "s.tanggal_kirim FROM serah_terima_item i JOIN serah_terima s "
            "ON s.id = i.serah_terima_id JOIN nomor ns ON ns.id = s.nomor_id "
            "JOIN permohonan p ON p.id = i.permohonan_id LEFT JOIN nomor n ON n.id = p.nomor_id "
            "WHERE i.hasil = '' AND s.status = 'dikirim' AND (? IS NULL OR s.tanggal_kirim < ?) "
            "ORDER BY s.tanggal_kirim, p.id",
            (batas, batas),
        ).fetchall()
        hasil = [_berkas(r, r[10], ("", "", None, r[11], r[12], r[13])) for r in rows]
        lama = conn.execute(
            f"SELECT {_KOLOM_BERKAS}, {_SEJAK_LAMA} FROM permohonan p "
            "LEFT JOIN nomor n ON n.id = p.nomor_id WHERE p.status = 'di_dindukcapil' AND NOT "
            "EXISTS (SELECT 1 FROM serah_terima_item i WHERE i.permohonan_id = p.id AND "
            f"i.hasil = '') AND (? IS NULL OR {_SEJAK_LAMA} < ?) ORDER BY p.id",
            (batas, batas),
        ).fetchall()
        hasil += [_berkas(r, 1, ("", "", None, None, "", r[10])) for r in lama]
        return sorted(hasil, key=lambda b: (b.tanggal_kirim or datetime.max, b.permohonan_id))

    def _baca(
        self, conn: sqlite3.Connection, where: str, args: tuple, *, batas: int = 1
    ) -> list[SerahTerima]:
        rows = conn.execute(
            "SELECT s.id, s.nomor_id, n.nomor_lengkap, s.status, n.tanggal, s.tanggal_kirim, "
            "s.folder, s.sha256_manifest, s.alasan_batal, s.dibuat_oleh, s.dikirim_oleh, "
            "(SELECT COUNT(*) FROM serah_terima_item i WHERE i.serah_terima_id = s.id), "
            "(SELECT COUNT(*) FROM serah_terima_item i WHERE i.serah_terima_id = s.id "
            "AND i.hasil <> '') FROM serah_terima s JOIN nomor n ON n.id = s.nomor_id "
            f"WHERE {where} ORDER BY s.id DESC LIMIT ?",
            (*args, batas),
        ).fetchall()
        return [
            SerahTerima(
                r[0],
                r[1],
                r[2],
                r[3],
                date.fromisoformat(r[4]),
                datetime.fromisoformat(r[5]) if r[5] else None,
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                r[12],
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ making a batch

    def buat(self, pids: Iterable[int]) -> SerahTerima:
        """A new batch with its number from the Register Serah Terima, holding ``pids``.

        The number is issued now (not at the export) so the Tanda Terima can be printed and
        checked before the officer comes; a batch never sent is cancelled with a reason and
        keeps its number as BATAL.
        """
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        pids = _unik(pids)
        if not pids:
            raise ValidationError(
                "Pilih paling sedikit satu permohonan untuk diserahkan ke Dindukcapil.",
                "permohonan",
            )
        with desk.tulis() as conn:
            n = desk.penomoran.terbitkan(
                conn,
                REGISTER,
                desk.sekarang().date(),
                perihal="Serah terima berkas KK/KTP-el ke Dindukcapil",
                sumber="serah_terima",
            )
            cur = conn.execute(
                "INSERT INTO serah_terima (nomor_id, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?)",
                (n.id, desk.username, desk.sekarang_iso()),
            )
            bid = cur.lastrowid
            self._tambah(conn, bid, pids)
            desk.catat_audit(
                "serah_terima.buat",
                f"serah_terima:{bid}",
                {"nomor": n.nomor_lengkap, "permohonan": pids},
            )
        return self.get(bid)

    def tambah(self, batch_id: int, pids: Iterable[int]) -> SerahTerima:
        """Add applications to a batch still being prepared."""
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        pids = _unik(pids)
        if not pids:
            raise ValidationError("Tidak ada permohonan yang dipilih.", "permohonan")
        with desk.tulis() as conn:
            nomor = self._harus_disiapkan(conn, batch_id, "ditambah")
            self._tambah(conn, batch_id, pids)
            desk.catat_audit(
                "serah_terima.tambah",
                f"serah_terima:{batch_id}",
                {"nomor": nomor, "permohonan": pids},
            )
        return self.get(batch_id)

    def keluarkan(self, batch_id: int, pids: Iterable[int]) -> SerahTerima:
        """Take applications out of a batch still being prepared (they are ready again)."""
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        pids = _unik(pids)
        with desk.tulis() as conn:
            nomor = self._harus_disiapkan(conn, batch_id, "diubah")
            for pid in pids:
                cur = conn.execute(
                    "DELETE FROM serah_terima_item WHERE serah_terima_id = ? AND permohonan_id = ?",
                    (batch_id, pid),
                )
                if cur.rowcount != 1:
                    raise ValidationError(
                        f"Permohonan {pid} tidak ada dalam serah terima {nomor}.", "permohonan"
                    )
            desk.catat_audit(
                "serah_terima.keluarkan",
                f"serah_terima:{batch_id}",
                {"nomor": nomor, "permohonan": pids},
            )
        return self.get(batch_id)

    def atur_jumlah_berkas(self, batch_id: int, pid: int, jumlah: int) -> SerahTerima:
        """Correct the number of documents of a file (printed on the Berita Acara)."""
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        if not (1 <= int(jumlah) <= 999):
            raise ValidationError("Jumlah berkas diisi 1 sampai 999.", "jumlah_berkas")
        with desk.tulis() as conn:
            nomor = self._harus_disiapkan(conn, batch_id, "diubah")
            cur = conn.execute(
                "UPDATE serah_terima_item SET jumlah_berkas = ? WHERE serah_terima_id = ? "
                "AND permohonan_id = ?",
                (int(jumlah), batch_id, pid),
            )
            if cur.rowcount != 1:
                raise ValidationError(
                    f"Permohonan {pid} tidak ada dalam serah terima {nomor}.", "permohonan"
                )
            desk.catat_audit(
                "serah_terima.jumlah_berkas",
                f"serah_terima:{batch_id}",
                {"permohonan": pid, "jumlah": int(jumlah)},
            )
        return self.get(batch_id)

    def batalkan(self, batch_id: int, alasan: str) -> SerahTerima:
        """Cancel a batch that was never sent: its number stays BATAL with the reason, its
        files are ready for another batch."""
        desk = self._desk
        desk.otorisasi("serah_terima.batal")
        alasan = alasan_batal(alasan)
        with desk.tulis() as conn:
            nomor = self._harus_disiapkan(conn, batch_id, "dibatalkan")
            pids = [
                r[0]
                for r in conn.execute(
                    "SELECT permohonan_id FROM serah_terima_item WHERE serah_terima_id = ?",
                    (batch_id,),
                )
            ]
            conn.execute("DELETE FROM serah_terima_item WHERE serah_terima_id = ?", (batch_id,))
            conn.execute(
                "UPDATE serah_terima SET status = 'batal', alasan_batal = ?, diubah_pada = ? "
                "WHERE id = ?",
                (alasan, desk.sekarang_iso(), batch_id),
            )
            (nomor_id,) = conn.execute(
                "SELECT nomor_id FROM serah_terima WHERE id = ?", (batch_id,)
            ).fetchone()
            tandai_batal(conn, nomor_id, alasan)
            desk.catat_audit(
                "serah_terima.batal",
                f"serah_terima:{batch_id}",
                {"nomor": nomor, "alasan": alasan, "permohonan": pids},
            )
        return self.get(batch_id)

    def _harus_disiapkan(self, conn: sqlite3.Connection, batch_id: int, tindakan: str) -> str:
        r = conn.execute(
            "SELECT s.status, n.nomor_lengkap, s.tanggal_kirim FROM serah_terima s "
            "JOIN nomor n ON n.id = s.nomor_id WHERE s.id = ?",
            (batch_id,),
        ).fetchone()
        if r is None:
            raise ValidationError("Serah terima tidak ditemukan.", "serah_terima")
        if r[0] == "dikirim":
            raise ValidationError(
                f"Serah terima {r[1]} sudah dikirim ke Dindukcapil pada "
                f"{_waktu_teks(r[2])}; isinya tidak dapat {tindakan} lagi.",
                "serah_terima",
            )
        if r[0] == "batal":
            raise ValidationError(
                f"Serah terima {r[1]} sudah BATAL dan tidak dapat {tindakan}.", "serah_terima"
            )
        return r[1]

    def _tambah(self, conn: sqlite3.Connection, batch_id: int, pids: list[int]) -> None:
        now = self._desk.sekarang_iso()
        for pid in pids:
            r = conn.execute(
                "SELECT p.status, p.layanan, p.varian, p.nama, (SELECT COUNT(*) FROM "
                "permohonan_syarat s WHERE s.permohonan_id = p.id AND s.ada = 1) "
                "FROM permohonan p WHERE p.id = ?",
                (pid,),
            ).fetchone()
            if r is None:
                raise ValidationError(f"Permohonan {pid} tidak ditemukan.", "permohonan")
            status, layanan, varian, nama, jumlah = r
            lain = conn.execute(
                "SELECT n.nomor_lengkap, s.status FROM serah_terima_item i JOIN serah_terima s "
                "ON s.id = i.serah_terima_id JOIN nomor n ON n.id = s.nomor_id "
                "WHERE i.permohonan_id = ? AND i.hasil = ''",
                (pid,),
            ).fetchone()
            if lain is not None:
                kata = "sudah diserahkan dalam" if lain[1] == "dikirim" else "sudah masuk"
                raise ValidationError(
                    f"Berkas {nama} {kata} serah terima {lain[0]}; satu berkas tidak dapat "
                    "diserahkan dua kali.",
                    "permohonan",
                )
            if not info(layanan).ke_dindukcapil(varian):
                raise ValidationError(
                    f"Berkas {nama} ({info(layanan).nama}, {nama_varian(layanan, varian)}) "
                    "tidak dikirim ke Dindukcapil.",
                    "permohonan",
                )
            if status != "siap_dikirim":
                raise ValidationError(
                    f"Berkas {nama} berstatus \u201c{LABEL_STATUS.get(status, status)}\u201d; "
                    "hanya berkas yang sudah diproses operator dan berstatus \u201cSiap "
                    "dikirim ke Dindukcapil\u201d yang dapat diserahkan.",
                    "permohonan",
                )
            conn.execute(
                "INSERT INTO serah_terima_item (serah_terima_id, permohonan_id, jumlah_berkas, "
                "ditambah_pada) VALUES (?, ?, ?, ?)",
                (batch_id, pid, max(1, int(jumlah or 0)), now),
            )

    # ------------------------------------------------------------------ the handover

    def kirim(
        self,
        batch_id: int,
        folder: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        berita_acara: PembuatBeritaAcara | None = None,
    ) -> HasilEkspor:
        """Hand the batch over: export to ``folder`` on the chosen drive, verify it, and only
        then move its applications to "di_dindukcapil" (one write transaction, audited).

        Any failure before the commit leaves every application as it was and no folder that
        passes :func:`verifikasi_folder`; calling again is the retry. ``berita_acara`` renders
        the PDF (default: :mod:`bawang_desk.documents.berita_acara`, imported lazily because the
        core does not otherwise depend on ReportLab).
        """
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        st = self.get(batch_id)
        self._periksa_siap_kirim(st)
        hasil = self._ekspor(st, Path(folder), progress, berita_acara)
        waktu = desk.sekarang_iso()
        try:
            with desk.tulis() as conn:
                r = conn.execute(
                    "SELECT status FROM serah_terima WHERE id = ?", (batch_id,)
                ).fetchone()
                if r is None or r[0] != "disiapkan":
                    raise ValidationError(
                        f"Serah terima {st.nomor} sudah dikirim atau dibatalkan di jendela lain.",
                        "serah_terima",
                    )
                ids = [
                    x[0]
                    for x in conn.execute(
                        "SELECT permohonan_id FROM serah_terima_item WHERE serah_terima_id = ? "
                        "ORDER BY rowid",
                        (batch_id,),
                    )
                ]
                if sorted(ids) != sorted(b.permohonan_id for b in st.berkas):
                    raise ValidationError(
                        f"Isi serah terima {st.nomor} berubah selama ekspor; kirim ulang.",
                        "serah_terima",
                    )
                for b in st.berkas:
                    desk.layanan.pindahkan(
                        conn, b.permohonan_id, ("siap_dikirim",), "di_dindukcapil", "kirim"
                    )
                    desk.catat_audit(
                        "layanan.kirim_dindukcapil",
                        f"permohonan:{b.permohonan_id}",
                        {"serah_terima": st.nomor, "tanggal": waktu},
                    )
                conn.execute(
                    "UPDATE serah_terima SET status = 'dikirim', tanggal_kirim = ?, folder = ?, "
                    "sha256_manifest = ?, dikirim_oleh = ?, diubah_pada = ? WHERE id = ?",
                    (
                        waktu,
                        str(hasil.folder),
                        hasil.sha256_manifest,
                        desk.username,
                        waktu,
                        batch_id,
                    ),
                )
                desk.catat_audit(
                    "serah_terima.kirim",
                    f"serah_terima:{batch_id}",
                    {
                        "nomor": st.nomor,
                        "jumlah": len(st.berkas),
                        "folder": str(hasil.folder),
                        "sha256_manifest": hasil.sha256_manifest,
                    },
                )
        except BaseException:
            # the files on the drive describe a handover that did not happen: take away the
            # completeness mark so nobody takes them for a finished export
            with contextlib.suppress(OSError):
                hasil.manifest.unlink()
            raise
        return hasil

    def salin_ulang(
        self,
        batch_id: int,
        folder: str | os.PathLike[str],
        *,
        progress: Progress | None = None,
        berita_acara: PembuatBeritaAcara | None = None,
    ) -> HasilEkspor:
        """Write a batch already sent to a drive again (a lost or broken flashdisk).

        Changes no application; audited, since the files carry NIKs out of the office.
        """
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        st = self.get(batch_id)
        if st.status != "dikirim":
            raise ValidationError(
                f"Serah terima {st.nomor} belum dikirim: gunakan \u201cKirim ke flashdisk\u201d.",
                "serah_terima",
            )
        hasil = self._ekspor(st, Path(folder), progress, berita_acara)
        with desk.tulis():
            desk.catat_audit(
                "serah_terima.salin_ulang",
                f"serah_terima:{batch_id}",
                {"nomor": st.nomor, "folder": str(hasil.folder)},
            )
        return hasil

    def _periksa_siap_kirim(self, st: SerahTerima) -> None:
        if st.status == "dikirim":
            raise ValidationError(
                f"Serah terima {st.nomor} sudah dikirim pada {_waktu_teks(_iso(st.tanggal_kirim))}"
                "; berkasnya tidak dapat diserahkan dua kali. Untuk salinan baru gunakan "
                "\u201cSalin ulang\u201d.",
                "serah_terima",
            )
        if st.status == "batal":
            raise ValidationError(f"Serah terima {st.nomor} sudah BATAL.", "serah_terima")
        if not st.berkas:
            raise ValidationError(
                f"Serah terima {st.nomor} masih kosong: tambahkan dulu berkas yang akan "
                "diserahkan.",
                "serah_terima",
            )
        salah = [b for b in st.berkas if b.status != "siap_dikirim"]
        if salah:
            b = salah[0]
            raise ValidationError(
                f"Berkas {b.nama} ({b.nomor_register or 'tanpa nomor'}) berstatus "
                f"\u201c{b.label_status}\u201d dan tidak dapat diserahkan; keluarkan dari "
                "serah terima ini.",
                "permohonan",
            )

    def _ekspor(
        self,
        st: SerahTerima,
        folder: Path,
        progress: Progress | None,
        berita_acara: PembuatBeritaAcara | None,
    ) -> HasilEkspor:
        desk = self._desk
        lapor = progress or (lambda _d, _t, _m: None)
        if berita_acara is None:
            from bawang_desk.documents.berita_acara import tulis_berita_acara as berita_acara
        total = 7
        lapor(0, total, "Menyiapkan berkas ...")
        if not folder.is_dir():
            raise SerahTerimaGagal(
                f"Folder {folder} tidak ditemukan. Pastikan flashdisk tertancap dan folder "
                "tujuan benar, lalu coba lagi. Status permohonan tidak berubah."
            )
        tujuan = folder / st.nama_folder
        stem = st.nama_folder.lower()
        nama = {
            "pdf": f"berita-acara-{stem}.pdf",
            "xlsx": f"{stem}.xlsx",
            "csv": f"{stem}.csv",
        }
        info_rows = info_ekspor(desk)
        with tempfile.TemporaryDirectory(prefix="bawang-serah-terima-") as tmp:
            lokal = Path(tmp)
            try:
                sha = self._susun_lokal(st, lokal, nama, info_rows, berita_acara, lapor, total)
            except OSError as e:
                raise SerahTerimaGagal(
                    f"Berkas serah terima tidak dapat disusun di disk komputer ini "
                    f"({e.strerror or e}). Status permohonan tidak berubah."
                ) from e
            # 2. then copied to the drive; an old manifest goes first so a half-rewritten
            # folder never looks complete
            try:
                lapor(3, total, f"Menulis ke {folder} ...")
                tujuan.mkdir(exist_ok=True)
                with contextlib.suppress(FileNotFoundError):
                    (tujuan / MANIFEST).unlink()
                _buang_sisa_tmp(tujuan, [*nama.values(), MANIFEST])
                for i, k in enumerate(("pdf", "xlsx", "csv")):
                    lapor(3, total, f"Menulis {nama[k]} ({i + 1}/3) ...")
                    with tulis_atomik(tujuan / nama[k]) as f, open(lokal / nama[k], "rb") as src:
                        while blok := src.read(1 << 20):
                            f.write(blok)
                lapor(4, total, "Memeriksa berkas di flashdisk ...")
                for k in ("pdf", "xlsx", "csv"):
                    if sha256_berkas(tujuan / nama[k]) != sha[k]:
                        raise SerahTerimaGagal(
                            f"Berkas {nama[k]} di {tujuan} tidak sama dengan aslinya "
                            "(flashdisk bermasalah). Coba lagi atau pakai flashdisk lain. "
                            "Status permohonan tidak berubah."
                        )
                lapor(5, total, "Menulis SHA256SUMS ...")
                teks = _teks_manifest(st, desk, info_rows, [(sha[k], nama[k]) for k in nama])
                with tulis_atomik(tujuan / MANIFEST) as f:
                    f.write(teks.encode("utf-8"))
                lapor(6, total, "Memeriksa ulang seluruh folder ...")
                masalah = verifikasi_folder(tujuan)
                if masalah or sorted(_baca_manifest(tujuan)[0]) != sorted(nama.values()):
                    with contextlib.suppress(OSError):
                        (tujuan / MANIFEST).unlink()
                    raise SerahTerimaGagal(
                        "Pemeriksaan ulang di flashdisk gagal: "
                        + "; ".join(masalah or ["daftar berkas tidak lengkap"])
                        + ". Coba lagi atau pakai flashdisk lain. Status permohonan tidak berubah."
                    )
                sha_manifest = sha256_berkas(tujuan / MANIFEST)
            except OSError as e:
                with contextlib.suppress(OSError):
                    (tujuan / MANIFEST).unlink()
                raise SerahTerimaGagal(
                    pesan_oserror(e, folder) + " Status permohonan tidak berubah."
                ) from e
        lapor(total, total, "Selesai.")
        return HasilEkspor(
            tujuan,
            tuple(tujuan / nama[k] for k in ("pdf", "xlsx", "csv")),
            tujuan / MANIFEST,
            sha_manifest,
        )

    def _susun_lokal(
        self,
        st: SerahTerima,
        lokal: Path,
        nama: dict[str, str],
        info_rows: list[tuple[str, str]],
        berita_acara: PembuatBeritaAcara,
        lapor: Progress,
        total: int,
    ) -> dict[str, str]:
        """Make the three files on the local disk (where nothing gets pulled out) and return
        their SHA-256, against which the copies on the drive are checked."""
        desk = self._desk
        lapor(1, total, "Menyusun Berita Acara ...")
        with open(lokal / nama["pdf"], "wb") as f:
            berita_acara(desk, st, f)
        lapor(2, total, "Menyusun XLSX dan CSV ...")
        baris = baris_ekspor(st)
        tulis_xlsx(
            lokal / nama["xlsx"],
            judul=f"Serah Terima {st.nomor}",
            kolom=list(KOLOM_EKSPOR),
            baris=baris,
            lebar=LEBAR_EKSPOR,
            info=[
                ("Nomor serah terima", st.nomor),
                ("Tanggal", st.tanggal.strftime("%d-%m-%Y")),
                ("Dari", f"Kecamatan {desk.pengaturan.kantor().kecamatan}"),
                ("Kepada", "Dinas Kependudukan dan Pencatatan Sipil"),
                *info_rows[:2],
            ],
        )
        tulis_csv(lokal / nama["csv"], KOLOM_EKSPOR, baris)
        return {k: sha256_berkas(lokal / v) for k, v in nama.items()}

    # ------------------------------------------------------------------ returns

    def kembali(
        self,
        pid: int,
        hasil: str,
        keterangan: str = "",
        *,
        tanggal: date | None = None,
    ) -> Berkas:
        """Record one file back from Dindukcapil: ``"ditandatangani"`` (the KK is signed, the
        data changed: on to "siap_diserahkan") or ``"perbaikan"`` (returned for correction,
        with the reason: back to "siap_dikirim" for a later batch)."""
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        hasil, keterangan = _hasil_sah(hasil, keterangan)
        with desk.tulis() as conn:
            item = self._item_terbuka(conn, pid)
            waktu = self._waktu_kembali(tanggal, item[2])
            self._catat_kembali(conn, pid, item, hasil, keterangan, waktu)
        return self._berkas_item(item[0], pid)

    def _berkas_item(self, batch_id: int, pid: int) -> Berkas:
        st = self.get(batch_id)
        return next(b for b in st.berkas if b.permohonan_id == pid)

    def _item_terbuka(self, conn: sqlite3.Connection, pid: int) -> tuple[int, str, str]:
        """(batch id, batch number, handover time) of the file's open item, or a clear error."""
        r = conn.execute(
            "SELECT i.serah_terima_id, n.nomor_lengkap, s.tanggal_kirim, s.status, i.hasil "
            "FROM serah_terima_item i JOIN serah_terima s ON s.id = i.serah_terima_id "
            "JOIN nomor n ON n.id = s.nomor_id WHERE i.permohonan_id = ? "
            "ORDER BY (i.hasil = '') DESC, i.rowid DESC LIMIT 1",
            (pid,),
        ).fetchone()
        p = conn.execute("SELECT nama, status FROM permohonan WHERE id = ?", (pid,)).fetchone()
        if p is None:
            raise ValidationError("Permohonan tidak ditemukan.", "permohonan")
        if r is None or (r[3] == "disiapkan" and not self._pernah_kirim(conn, pid)):
            raise ValidationError(
                f"Berkas {p[0]} belum pernah diserahkan ke Dindukcapil; pengembalian tidak "
                "dapat dicatat.",
                "permohonan",
            )
        if r[3] != "dikirim" or r[4] != "" or p[1] != "di_dindukcapil":
            raise ValidationError(
                f"Berkas {p[0]} tidak sedang di Dindukcapil (status "
                f"\u201c{LABEL_STATUS.get(p[1], p[1])}\u201d); pengembaliannya sudah dicatat "
                "atau berkas belum dikirim.",
                "permohonan",
            )
        return r[0], r[1], r[2]

    @staticmethod
    def _pernah_kirim(conn: sqlite3.Connection, pid: int) -> bool:
        return (
            conn.execute(
                "SELECT 1 FROM serah_terima_item i JOIN serah_terima s ON s.id = "
                "i.serah_terima_id WHERE i.permohonan_id = ? AND s.status = 'dikirim'",
                (pid,),
            ).fetchone()
            is not None
        )

    def _waktu_kembali(self, tanggal: date | None, kirim: str) -> datetime:
        now = self._desk.sekarang()
        if tanggal is None or tanggal == now.date():
            return now
        if tanggal > now.date():
            raise ValidationError("Tanggal kembali tidak boleh di masa depan.", "tanggal")
        if tanggal < datetime.fromisoformat(kirim).date():
            raise ValidationError(
                "Tanggal kembali tidak boleh sebelum tanggal serah terima.", "tanggal"
            )
        return datetime.combine(tanggal, now.time())

    def _catat_kembali(
        self,
        conn: sqlite3.Connection,
        pid: int,
        item: tuple[int, str, str],
        hasil: str,
        keterangan: str,
        waktu: datetime,
    ) -> None:
        desk = self._desk
        batch_id, nomor, kirim = item
        if hasil == "ditandatangani":
            # SOP 010 step 6 (14 hari) is measured from the handover, as the Beranda flag is
            desk.layanan.pindahkan(
                conn,
                pid,
                ("di_dindukcapil",),
                "siap_diserahkan",
                "kembali",
                mulai=datetime.fromisoformat(kirim),
            )
        else:
            desk.layanan.pindahkan(conn, pid, ("di_dindukcapil",), "siap_dikirim", "perbaikan")
        iso = waktu.isoformat(timespec="seconds")
        conn.execute(
            "UPDATE serah_terima_item SET hasil = ?, keterangan = ?, kembali_pada = ?, "
            "kembali_oleh = ? WHERE serah_terima_id = ? AND permohonan_id = ?",
            (hasil, keterangan, iso, desk.username, batch_id, pid),
        )
        desk.catat_audit(
            "serah_terima.kembali",
            f"permohonan:{pid}",
            {"serah_terima": nomor, "hasil": hasil, "keterangan": keterangan, "tanggal": iso},
        )

    def impor_kembali(self, path: str | os.PathLike[str]) -> HasilImpor:
        """Read the CSV Dindukcapil sends back (the export plus ``Status`` and ``Keterangan``)
        and record every return in it: all rows or none.

        Accepts a BOM, ``;`` or ``,`` or tab as separator (Excel on an Indonesian Windows saves
        with ``;``), and Excel's ANSI encoding. Every fault is reported with its line number
        and nothing is recorded until the whole file is right.
        """
        desk = self._desk
        desk.otorisasi("serah_terima.kelola")
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as e:
            raise ValidationError(
                f"Berkas {p.name} tidak dapat dibaca: {e.strerror or e}.", "berkas"
            ) from e
        baris = _urai_csv(data, p.name)
        conn = desk.conn
        buka = {
            r[0]: (r[1], r[2], r[3], r[4], r[5], r[6])
            for r in conn.execute(
                "SELECT n.nomor_lengkap, i.permohonan_id, p.nik, p.nama, i.hasil, s.status, "
                "ns.nomor_lengkap FROM serah_terima_item i JOIN serah_terima s "
                "ON s.id = i.serah_terima_id JOIN nomor ns ON ns.id = s.nomor_id "
                "JOIN permohonan p ON p.id = i.permohonan_id JOIN nomor n ON n.id = p.nomor_id "
                "ORDER BY (i.hasil = '') ASC, i.rowid"
            )
        }
        galat: list[str] = []
        rencana: list[tuple[int, str, str, int]] = []
        dilihat: dict[str, int] = {}
        belum = 0
        for no, r in baris:
            nomor, nik, status, ket = r["nomor"], r["nik"], r["status"], r["keterangan"]
            if not nomor:
                galat.append(f"Baris {no}: Nomor Register kosong.")
                continue
            if nomor in dilihat:
                galat.append(
                    f"Baris {no}: Nomor Register {nomor} sudah ada di baris {dilihat[nomor]}."
                )
                continue
            dilihat[nomor] = no
            x = buka.get(nomor)
            if x is None:
                galat.append(
                    f"Baris {no}: Nomor Register {nomor} tidak ada dalam serah terima mana pun."
                )
                continue
            pid, nik_db, nama, hasil_lama, st_status, st_nomor = x
            nik_bersih = re.sub(r"[\s.]", "", nik)
            if "e+" in nik.lower() or "," in nik_bersih:
                galat.append(
                    f"Baris {no}: NIK tertulis {nik!r}, rusak diubah Excel menjadi angka "
                    "berpangkat; ketik ulang NIK sebagai teks."
                )
                continue
            if nik_bersih != nik_db:
                galat.append(
                    f"Baris {no}: NIK {nik or '(kosong)'} tidak sama dengan NIK {nama} pada "
                    f"Nomor Register {nomor}."
                )
                continue
            kode = _STATUS_IMPOR.get(status.lower())
            if kode is None and status.lower() in _STATUS_KOSONG:
                # not back yet (or already recorded earlier): nothing to do for this row
                belum += int(st_status == "dikirim" and hasil_lama == "")
                continue
            if kode is None:
                galat.append(
                    f"Baris {no}: Status {status!r} tidak dikenal; isi \u201cditandatangani\u201d "
                    "atau \u201cperbaikan\u201d (kosongkan bila belum selesai)."
                )
                continue
            if st_status != "dikirim":
                galat.append(
                    f"Baris {no}: berkas {nama} ({nomor}) belum pernah diserahkan ke Dindukcapil."
                )
                continue
            if hasil_lama:
                galat.append(
                    f"Baris {no}: pengembalian berkas {nama} ({nomor}) sudah dicatat "
                    f"({HASIL[hasil_lama]}) dalam serah terima {st_nomor}."
                )
                continue
            if kode == "perbaikan" and len(ket) < 5:
                galat.append(
                    f"Baris {no}: berkas {nama} dikembalikan untuk perbaikan tetapi Keterangan "
                    "(alasannya) kosong."
                )
                continue
            rencana.append((pid, kode, ket, no))
        if not galat and not rencana:
            galat.append(
                "Tidak ada baris berstatus \u201cditandatangani\u201d atau \u201cperbaikan\u201d: "
                "tidak ada yang dicatat."
            )
        if galat:
            lebih = len(galat) - _BATAS_GALAT
            daftar = galat[:_BATAS_GALAT] + (
                [f"... dan {lebih} kesalahan lain."] if lebih > 0 else []
            )
            raise ImporGagal(
                f"Berkas {p.name} tidak diimpor (tidak ada yang dicatat):\n" + "\n".join(daftar),
                galat,
            )
        with desk.tulis() as conn:
            for pid, kode, ket, _no in rencana:
                item = self._item_terbuka(conn, pid)
                self._catat_kembali(conn, pid, item, kode, ket, desk.sekarang())
            desk.catat_audit(
                "serah_terima.impor",
                f"berkas:{p.name}",
                {
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "baris": len(baris),
                    "dicatat": len(rencana),
                },
            )
        n_ttd = sum(1 for r in rencana if r[1] == "ditandatangani")
        return HasilImpor(n_ttd, len(rencana) - n_ttd, belum, tuple(r[0] for r in rencana))


# --------------------------------------------------------------------------- the export


def baris_ekspor(st: SerahTerima) -> list[tuple]:
    """The rows of the XLSX/CSV in :data:`KOLOM_EKSPOR` order (also the Berita Acara's)."""
    return [
        (
            i,
            b.nomor_register,
            b.nik,
            b.nama,
            b.no_kk,
            b.nama_layanan,
            b.nama_varian,
            b.desa,
            b.tanggal_masuk,
            b.jumlah_berkas,
        )
        for i, b in enumerate(st.berkas, 1)
    ]


def _teks_manifest(
    st: SerahTerima, desk: Desk, info_rows: list[tuple[str, str]], berkas: list[tuple[str, str]]
) -> str:
    """``sha256sum -c`` format; the ``#`` lines (ignored by sha256sum) say what and whose."""
    kepala = [
        "Bawang Desk - Serah Terima Berkas ke Dindukcapil",
        f"Nomor: {st.nomor}",
        f"Kecamatan: {desk.pengaturan.kantor().kecamatan}",
        f"Jumlah permohonan: {len(st.berkas)}",
        *(f"{k}: {v}" for k, v in info_rows),
        "Berkas ini ditulis terakhir: tanpa berkas ini ekspor belum lengkap.",
    ]
    teks = "".join(f"# {x}\n" for x in kepala)
    teks += "".join(f"{h}  {n}\n" for h, n in sorted(berkas, key=lambda x: x[1]))
    return teks


def _baca_manifest(folder: Path) -> tuple[dict[str, str], list[str]]:
    """(file name -> SHA-256, malformed lines) of ``folder/SHA256SUMS``."""
    teks = (folder / MANIFEST).read_text(encoding="utf-8", errors="replace")
    isi: dict[str, str] = {}
    rusak: list[str] = []
    for i, line in enumerate(teks.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        m = re.fullmatch(r"([0-9a-f]{64}) [ *](.+)", line.strip())
        if not m or "/" in m.group(2) or "\\" in m.group(2) or m.group(2).startswith("."):
            rusak.append(f"baris {i} {MANIFEST} tidak sah")
            continue
        isi[m.group(2)] = m.group(1)
    return isi, rusak


def verifikasi_folder(folder: str | os.PathLike[str]) -> list[str]:
    """Re-check an exported folder against its ``SHA256SUMS``; ``[]`` means complete and
    unchanged. Every problem is a sentence for the user (missing manifest, missing file,
    changed byte)."""
    folder = Path(folder)
    if not (folder / MANIFEST).is_file():
        return [f"{MANIFEST} tidak ada di {folder}: ekspor belum selesai atau tidak lengkap."]
    try:
        isi, rusak = _baca_manifest(folder)
    except OSError as e:
        return [f"{MANIFEST} tidak dapat dibaca: {e.strerror or e}."]
    masalah = list(rusak)
    if not isi:
        masalah.append(f"{MANIFEST} tidak mencantumkan satu berkas pun.")
    for nama, sha in isi.items():
        p = folder / nama
        try:
            cocok = sha256_berkas(p) == sha
        except FileNotFoundError:
            masalah.append(f"Berkas {nama} tidak ada.")
            continue
        except OSError as e:
            masalah.append(f"Berkas {nama} tidak dapat dibaca: {e.strerror or e}.")
            continue
        if not cocok:
            masalah.append(f"Berkas {nama} berubah atau rusak (SHA-256 tidak cocok).")
    return masalah


def _buang_sisa_tmp(folder: Path, nama: Iterable[str]) -> None:
    """Remove temporary files an interrupted export of these names left (after a power cut)."""
    for n in nama:
        for p in folder.glob(f".{n}.*.tmp"):
            with contextlib.suppress(OSError):
                p.unlink()


def pesan_oserror(e: OSError, tujuan: Path) -> str:
    """An OS error while writing to the drive as a plain Indonesian message (full, read-only,
    pulled out); shared wording with the backups to a flashdisk."""
    from bawang_desk.core.cadangan import pesan_oserror as pesan

    return pesan(e, tujuan)


# --------------------------------------------------------------------------- the returned file

_ALIAS_KOLOM = {
    "nomor": ("nomor register", "no register", "no. register", "nomor registrasi", "no reg"),
    "nik": ("nik",),
    "status": ("status", "hasil", "status dindukcapil", "keterangan status"),
    "keterangan": ("keterangan", "catatan", "alasan", "alasan perbaikan"),
}


def _bersih(sel: str) -> str:
    s = sel.replace("\ufeff", "").replace("\xa0", " ").strip()
    if len(s) > 1 and s[0] == "'" and s[1:].startswith(AWALAN_RUMUS):
        s = s[1:]  # the export's formula escape
    return " ".join(s.split())


def _urai_csv(data: bytes, nama: str) -> list[tuple[int, dict[str, str]]]:
    """(line number, {nomor, nik, status, keterangan}) for each data row, or ImporGagal."""

    def gagal(pesan: str) -> ImporGagal:
        return ImporGagal(f"Berkas {nama} tidak diimpor: {pesan}", [pesan])

    if not data.strip():
        raise gagal("berkasnya kosong.")
    if data.startswith(b"PK\x03\x04"):
        raise gagal(
            "ini berkas XLSX, bukan CSV. Buka di Excel lalu Simpan Sebagai \u201cCSV\u201d."
        )
    if b"\x00" in data[:4096]:
        raise gagal("berkas ini bukan teks CSV (berisi data biner).")
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = data.decode("cp1252", errors="replace")  # Excel's "CSV" on Windows is ANSI
    kepala = teks.splitlines()[0] if teks.splitlines() else ""
    pemisah = max((";", ",", "\t"), key=kepala.count)
    if kepala.count(pemisah) == 0:
        raise gagal("baris 1 bukan judul kolom CSV (tidak ada pemisah ; atau ,).")
    reader = csv.reader(io.StringIO(teks, newline=""), delimiter=pemisah, strict=True)
    try:
        judul = [_bersih(x).lower() for x in next(reader)]
    except csv.Error as e:
        raise gagal(f"baris 1 rusak ({e}).") from e
    idx: dict[str, int] = {}
    for kunci, alias in _ALIAS_KOLOM.items():
        for i, j in enumerate(judul):
            if j in alias:
                idx[kunci] = i
                break
    kurang = [k for k in ("nomor", "nik", "status") if k not in idx]
    if kurang:
        nama_kolom = {"nomor": "Nomor Register", "nik": "NIK", "status": "Status"}
        raise gagal(
            "baris 1: kolom " + ", ".join(nama_kolom[k] for k in kurang) + " tidak ditemukan."
        )
    hasil: list[tuple[int, dict[str, str]]] = []
    galat: list[str] = []
    akhir = 1
    while True:
        mulai = akhir + 1
        try:
            r = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            galat.append(f"Baris {reader.line_num}: baris rusak ({e}).")
            break
        akhir = reader.line_num
        if not any(x.strip() for x in r):
            continue
        if len(r) < len(judul):
            galat.append(f"Baris {mulai}: baris terpotong ({len(r)} dari {len(judul)} kolom).")
            continue
        if len(r) > len(judul) and any(x.strip() for x in r[len(judul) :]):
            galat.append(f"Baris {mulai}: kolom lebih banyak dari judulnya ({len(r)}).")
            continue
        hasil.append(
            (
                mulai,
                {
                    k: _bersih(r[idx[k]]) if k in idx else ""
                    for k in ("nomor", "nik", "status", "keterangan")
                },
            )
        )
    if galat:
        raise ImporGagal(
            f"Berkas {nama} tidak diimpor (tidak ada yang dicatat):\n" + "\n".join(galat[:30]),
            galat,
        )
    if not hasil:
        raise gagal("tidak ada baris data di bawah judul kolom.")
    return hasil


def _hasil_sah(hasil: str, keterangan: str) -> tuple[str, str]:
    kode = _STATUS_IMPOR.get((hasil or "").strip().lower())
    if kode is None:
        raise ValidationError(
            "Hasil pengembalian dipilih: KK ditandatangani, atau dikembalikan untuk perbaikan.",
            "hasil",
        )
    ket = " ".join((keterangan or "").split())
    if kode == "perbaikan" and len(ket) < 5:
        raise ValidationError(
            "Tulis alasan perbaikan dari Dindukcapil (paling sedikit 5 huruf).", "keterangan"
        )
    return kode, ket


# --------------------------------------------------------------------------- helpers

# a file sent before batches existed: at Dindukcapil since its last recorded step
_SEJAK_LAMA = (
    "COALESCE((SELECT MAX(l.selesai_pada) FROM permohonan_langkah l "
    "WHERE l.permohonan_id = p.id), p.tanggal_masuk)"
)
_LAMA_WHERE = (
    "p.status = 'di_dindukcapil' AND NOT EXISTS (SELECT 1 FROM serah_terima_item i "
    f"WHERE i.permohonan_id = p.id AND i.hasil = '') AND {_SEJAK_LAMA} < ?"
)


def _unik(pids: Iterable[int]) -> list[int]:
    return list(dict.fromkeys(int(p) for p in pids))


def _iso(d: datetime | None) -> str | None:
    return d.isoformat(timespec="seconds") if d else None


def _waktu_teks(iso: str | None) -> str:
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).strftime("%d-%m-%Y %H:%M")
