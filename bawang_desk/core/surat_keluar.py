"""Surat keluar (SOP 068/002) and the Buku Ekspedisi: draft to archive, numbered only at signing.

The seed lost SOP 002's flowchart, so the flow is the office's usual one: konsep, koreksi,
ditandatangani, nomor (from the book of its classification code, issued only now), dikirim
(E-Office, by hand or by post) and diarsipkan. Numbering never needs the network.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bawang_desk.core.atas_nama import AtasNama, Pelaku, tentukan
from bawang_desk.core.errors import ValidationError, harus_berstatus
from bawang_desk.core.penomoran import (
    alasan_batal,
    kode_register_surat_keluar,
    tandai_batal,
    validasi_kode_klasifikasi,
)
from bawang_desk.core.surat_masuk import (
    cari_nomor,
    hal_tercatat,
    kueri_fts,
    label_sifat,
    pisah_sifat,
    sifat_surat,
    sql_nomor,
)
from bawang_desk.core.teks import tanggal_pendek

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

STATUS = (
    "konsep",
    "perbaikan",
    "disetujui",
    "dicetak",
    "dikembalikan",
    "ditandatangani",
    "bernomor",
    "dikirim",
    "diarsipkan",
    "batal",
)
LABEL_STATUS = {
    "konsep": "Konsep",
    "perbaikan": "Perlu perbaikan",
    "disetujui": "Disetujui (siap ditandatangani)",
    "dicetak": "Dicetak bernomor, di meja pejabat",
    "dikembalikan": "Dikembalikan untuk diperbaiki (nomor tetap)",
    "ditandatangani": "Ditandatangani",
    "bernomor": "Bernomor",
    "dikirim": "Dikirim",
    "diarsipkan": "Diarsipkan",
    "batal": "BATAL",
}
MODE_TTD = {"camat": "Camat", "an": "a.n. Camat (Sekcam)", "plh": "Plh. Camat"}
CARA_KIRIM = ("E-Office", "Diantar langsung", "Pos/jasa pengiriman")


@dataclass
class SuratKeluarBaru:
    kode_klasifikasi: str
    tujuan: str
    hal: str
    sifat: str = "Biasa"
    lampiran: str = ""
    isi: str = ""
    balasan_untuk: int | None = None
    rahasia: bool = False


@dataclass(frozen=True)
class SuratKeluar:
    id: int
    kode_klasifikasi: str
    tujuan: str
    hal: str
    sifat: str
    lampiran: str
    isi: str
    status: str
    catatan_koreksi: str
    mode_tanda_tangan: str
    penandatangan: str
    nomor_id: int | None
    nomor: str
    tanggal_surat: date | None
    cara_kirim: str
    tanggal_kirim: date | None
    balasan_untuk: int | None
    alasan_batal: str | None
    dibuat_oleh: str | None
    riwayat: tuple[tuple[str, datetime, str | None, str], ...] = ()
    #: how often it was printed for signing (a reprint keeps the number), and why it came back
    cetak_ke: int = 0
    alasan_kembali: str | None = None
    rahasia: bool = False

    @property
    def label_sifat(self) -> str:
        return label_sifat(self.sifat, self.rahasia)

    @property
    def sifat_surat(self) -> str:
        return sifat_surat(self.sifat, self.rahasia)

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)


@dataclass(frozen=True)
class BarisEkspedisi:
    id: int
    tanggal_kirim: date
    nomor_surat: str
    tanggal_surat: date | None
    hal: str
    kepada: str
    penerima: str
    diterima_pada: datetime | None


def _iso(d: date | datetime | None) -> str | None:
    if d is None:
        return None
    return d.isoformat(timespec="seconds") if isinstance(d, datetime) else d.isoformat()


_KOLOM_GET = (
    "k.id, k.kode_klasifikasi, k.tujuan, k.hal, k.sifat, k.lampiran, k.isi, k.status, "
    "k.catatan_koreksi, k.mode_tanda_tangan, k.penandatangan, k.nomor_id, n.nomor_lengkap, "
    "k.tanggal_surat, k.cara_kirim, k.tanggal_kirim, k.balasan_untuk, k.alasan_batal, "
    "k.dibuat_oleh, k.cetak_ke, k.alasan_kembali, k.rahasia"
)


def _surat(r: tuple, riwayat: tuple = ()) -> SuratKeluar:
    return SuratKeluar(
        *r[:12],
        r[12] or "",
        date.fromisoformat(r[13]) if r[13] else None,
        r[14],
        date.fromisoformat(r[15]) if r[15] else None,
        r[16],
        r[17],
        r[18],
        riwayat,
        r[19] or 0,
        r[20],
        bool(r[21]) if len(r) > 21 else False,
    )


class SuratKeluarManager:
    """``desk.surat_keluar``."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ helpers

    def _validasi(self, d: SuratKeluarBaru) -> SuratKeluarBaru:
        kode = validasi_kode_klasifikasi(d.kode_klasifikasi or "")
        tujuan = " ".join((d.tujuan or "").split())
        hal = " ".join((d.hal or "").split())
        if not tujuan:
            raise ValidationError("Tujuan surat (Yth.) belum diisi.", "tujuan")
        if not hal:
            raise ValidationError("Hal surat belum diisi.", "hal")
        if (
            d.balasan_untuk is not None
            and self._desk.conn.execute(
                "SELECT 1 FROM surat_masuk WHERE id = ?", (d.balasan_untuk,)
            ).fetchone()
            is None
        ):
            raise ValidationError("Surat masuk yang dibalas tidak ditemukan.", "balasan_untuk")
        sifat, rahasia = pisah_sifat(d.sifat)  # an old-style "Rahasia" stays secret
        return SuratKeluarBaru(
            kode,
            tujuan,
            hal,
            sifat,
            " ".join((d.lampiran or "").split()),
            (d.isi or "").strip(),
            d.balasan_untuk,
            bool(d.rahasia or rahasia),
        )

    def _riwayat(
        self,
        conn: sqlite3.Connection,
        sid: int,
        status: str,
        catatan: str = "",
        pelaku: Pelaku | None = None,
    ) -> None:
        """One history row; an official's step carries his time and both names."""
        waktu = pelaku.waktu.isoformat(timespec="seconds") if pelaku else self._desk.sekarang_iso()
        if pelaku is not None:
            catatan = "; ".join(x for x in (pelaku.kedua_nama, catatan) if x)
        conn.execute(
            "INSERT INTO surat_keluar_langkah (surat_id, status, waktu, oleh, catatan, atas_nama) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (
                sid,
                status,
                waktu,
                self._desk.username,
                catatan,
                pelaku.ke_json() if pelaku else None,
            ),
        )

    def _waktu_terakhir(self, sid: int) -> datetime | None:
        r = self._desk.conn.execute(
            "SELECT MAX(waktu) FROM surat_keluar_langkah WHERE surat_id = ?", (sid,)
        ).fetchone()
        return datetime.fromisoformat(r[0]) if r and r[0] else None

    def pelaku(
        self,
        sid: int,
        *,
        izin: str,
        mode: str,
        mode_boleh: tuple[str, ...],
        atas_nama: AtasNama | None,
        langkah: str,
    ) -> Pelaku:
        """Who approved or signed: the official logged in, or recorded from the paper."""
        self._desk.otorisasi("surat_keluar.lihat")
        return tentukan(
            self._desk,
            area="surat_keluar",
            izin_langsung=izin,
            mode=atas_nama.mode if atas_nama else mode,
            mode_boleh=mode_boleh,
            waktu=atas_nama.waktu if atas_nama else None,
            sebelum=self._waktu_terakhir(sid),
            langkah=langkah,
            dicatat=atas_nama is not None,
        )

    def _status(self, conn: sqlite3.Connection, sid: int) -> str:
        r = conn.execute("SELECT status FROM surat_keluar WHERE id = ?", (sid,)).fetchone()
        if r is None:
            raise ValidationError("Surat keluar tidak ditemukan.", "surat")
        return r[0]

    def _harus(
        self, conn: sqlite3.Connection, sid: int, boleh: tuple[str, ...], tindakan: str
    ) -> str:
        st = self._status(conn, sid)
        harus_berstatus("Surat", st, boleh, tindakan, LABEL_STATUS)
        return st

    def _set(self, conn: sqlite3.Connection, sid: int, status: str, **kolom: object) -> None:
        sets = ", ".join(f"{k} = ?" for k in kolom)
        conn.execute(
            f"UPDATE surat_keluar SET status = ?, diubah_pada = ?{', ' if sets else ''}"
            f"{sets} WHERE id = ?",
            (status, self._desk.sekarang_iso(), *kolom.values(), sid),
        )

    # ------------------------------------------------------------------ flow

    def buat_konsep(self, data: SuratKeluarBaru) -> SuratKeluar:
        desk = self._desk
        desk.otorisasi("surat_keluar.konsep")
        d = self._validasi(data)
        with desk.tulis() as conn:
            cur = conn.execute(
                "INSERT INTO surat_keluar (kode_klasifikasi, tujuan, hal, sifat, lampiran, isi, "
                "status, balasan_untuk, dibuat_oleh, dibuat_pada) "
                "VALUES (?, ?, ?, ?, ?, ?, 'konsep', ?, ?, ?)",
                (
                    d.kode_klasifikasi,
                    d.tujuan,
                    d.hal,
                    d.sifat,
                    d.lampiran,
                    d.isi,
                    d.balasan_untuk,
                    desk.username,
                    desk.sekarang_iso(),
                ),
            )
            sid = cur.lastrowid
            conn.execute("UPDATE surat_keluar SET rahasia = ? WHERE id = ?", (int(d.rahasia), sid))
            self._riwayat(conn, sid, "konsep")
            desk.catat_audit(
                "surat_keluar.konsep",
                f"surat_keluar:{sid}",
                {
                    "kode": d.kode_klasifikasi,
                    "tujuan": d.tujuan,
                    "hal": hal_tercatat(d.hal, d.rahasia),
                    "balasan_untuk": d.balasan_untuk,
                },
            )
        return self.get(sid)

    def ubah_konsep(self, sid: int, data: SuratKeluarBaru) -> SuratKeluar:
        desk = self._desk
        desk.otorisasi("surat_keluar.konsep")
        d = self._validasi(data)
        with desk.tulis() as conn:
            st = self._harus(conn, sid, ("konsep", "perbaikan", "dikembalikan"), "diubah")
            if st == "dikembalikan":
                kode = conn.execute(
                    "SELECT kode_klasifikasi FROM surat_keluar WHERE id = ?", (sid,)
                ).fetchone()[0]
                if kode != d.kode_klasifikasi:
                    raise ValidationError(
                        "Surat ini sudah bernomor dari buku kode "
                        f"{kode}; kode klasifikasinya tidak dapat diubah.",
                        "kode_klasifikasi",
                    )
            # a letter sent back after numbering keeps its number and waits to be reprinted
            conn.execute(
                "UPDATE surat_keluar SET kode_klasifikasi = ?, tujuan = ?, hal = ?, sifat = ?, "
                "lampiran = ?, isi = ?, balasan_untuk = ?, "
                "status = CASE WHEN status = 'dikembalikan' THEN status ELSE 'konsep' END, "
                "diubah_pada = ? WHERE id = ?",
                (
                    d.kode_klasifikasi,
                    d.tujuan,
                    d.hal,
                    d.sifat,
                    d.lampiran,
                    d.isi,
                    d.balasan_untuk,
                    desk.sekarang_iso(),
                    sid,
                ),
            )
            conn.execute("UPDATE surat_keluar SET rahasia = ? WHERE id = ?", (int(d.rahasia), sid))
            self._riwayat(conn, sid, "konsep", "konsep diperbarui")
            desk.catat_audit(
                "surat_keluar.ubah",
                f"surat_keluar:{sid}",
                {"tujuan": d.tujuan, "hal": hal_tercatat(d.hal, d.rahasia)},
            )
        return self.get(sid)

    def koreksi(
        self, sid: int, *, setuju: bool, catatan: str = "", atas_nama: AtasNama | None = None
    ) -> SuratKeluar:
        """The Sekcam or Camat approves the draft, or sends it back with what to fix; on paper
        (``atas_nama``: recorded by the staff with the official's name and time) or in the app."""
        desk = self._desk
        user = desk.pengguna_aktif
        langsung = "camat" if user is not None and user.peran == "camat" else "sekcam"
        pelaku = self.pelaku(
            sid,
            izin="surat_keluar.koreksi",
            mode=langsung,
            mode_boleh=("camat", "sekcam", "plh"),
            atas_nama=atas_nama,
            langkah="koreksi surat keluar",
        )
        catatan = catatan.strip() if setuju else catatan_koreksi(catatan)
        with desk.tulis() as conn:
            self._harus(conn, sid, ("konsep",), "dikoreksi")
            st = "disetujui" if setuju else "perbaikan"
            self._set(conn, sid, st, catatan_koreksi=catatan)
            self._riwayat(conn, sid, st, catatan, pelaku)
            desk.catat_audit(
                "surat_keluar.koreksi",
                f"surat_keluar:{sid}",
                {"setuju": setuju, "catatan": catatan, **pelaku.rincian()},
            )
        return self.get(sid)

    def tandatangani(
        self, sid: int, *, mode: str | None = None, atas_nama: AtasNama | None = None
    ) -> SuratKeluar:
        """Record who signed: the Camat, the Sekcam a.n. Camat, or a Plh. Camat; in the app, or
        with a pen (``atas_nama``: recorded by the staff with the official's name and time)."""
        desk = self._desk
        mode = atas_nama.mode if atas_nama else mode
        if mode not in MODE_TTD:
            desk.otorisasi("surat_keluar.lihat")
            raise ValidationError(
                "Cara tanda tangan harus Camat, a.n. Camat atau Plh. Camat.", "mode_tanda_tangan"
            )
        user = desk.pengguna_aktif
        if atas_nama is None and mode == "camat" and user is not None and user.peran == "sekcam":
            raise ValidationError(
                "Tanda tangan langsung \u201cCAMAT\u201d hanya oleh Camat; "
                "Sekcam menandatangani a.n. Camat atau sebagai Plh.",
                "mode_tanda_tangan",
            )
        try:
            pelaku = self.pelaku(
                sid,
                izin="surat_keluar.tandatangan",
                mode=mode,
                mode_boleh=tuple(MODE_TTD),
                atas_nama=atas_nama,
                langkah="tanda tangan surat keluar",
            )
        except ValidationError as e:
            raise ValidationError(e.message, "mode_tanda_tangan") from e
        with desk.tulis() as conn:
            self._harus(conn, sid, ("disetujui",), "ditandatangani")
            self._set(
                conn, sid, "ditandatangani", mode_tanda_tangan=mode, penandatangan=pelaku.nama
            )
            self._riwayat(conn, sid, "ditandatangani", MODE_TTD[mode], pelaku)
            desk.catat_audit(
                "surat_keluar.tandatangan",
                f"surat_keluar:{sid}",
                {"mode": mode, "penandatangan": pelaku.nama, **pelaku.rincian()},
            )
        return self.get(sid)

    # ------------------------------------------------------------------ the paper way

    def cetak_untuk_ttd(self, sid: int, *, mode: str, tanggal: date | None = None) -> SuratKeluar:
        """ "Cetak untuk ditandatangani": the approved letter is numbered now (one transaction,
        from the book of its code) with the signature block ``mode``, then printed; a letter
        that came back is reprinted under the same number."""
        desk = self._desk
        desk.otorisasi("surat_keluar.nomor")
        if mode not in MODE_TTD:
            raise ValidationError(
                "Cara tanda tangan harus Camat, a.n. Camat atau Plh. Camat.", "mode_tanda_tangan"
            )
        pj = desk.pengaturan.pejabat("camat" if mode == "camat" else "sekcam")
        if not pj.terisi:
            raise ValidationError(
                f"Data pejabat {pj.jabatan} belum diisi di Pengaturan > Pejabat.",
                "mode_tanda_tangan",
            )
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            st = self._harus(conn, sid, ("disetujui", "dikembalikan"), "dicetak")
            kode, hal, nomor, rahasia = conn.execute(
                "SELECT kode_klasifikasi, hal, nomor_lengkap, rahasia FROM surat_keluar "
                "WHERE id = ?",
                (sid,),
            ).fetchone()
            kolom: dict[str, object] = {"mode_tanda_tangan": mode, "penandatangan": pj.nama}
            if st == "disetujui":
                reg = desk.penomoran.pastikan_register_surat_keluar(conn, kode)
                n = desk.penomoran.terbitkan(
                    conn,
                    reg,
                    tgl,
                    perihal=hal_tercatat(hal[:200], bool(rahasia)),
                    sumber=f"surat_keluar:{sid}",
                )
                nomor = n.nomor_lengkap
                kolom |= {
                    "nomor_id": n.id,
                    "nomor_lengkap": nomor,
                    "tanggal_surat": tgl.isoformat(),
                }
            self._set(conn, sid, "dicetak", **kolom)
            conn.execute("UPDATE surat_keluar SET cetak_ke = cetak_ke + 1 WHERE id = ?", (sid,))
            self._riwayat(
                conn,
                sid,
                "dicetak",
                f"{nomor} dicetak untuk ditandatangani {MODE_TTD[mode]}: {pj.nama}"
                + (" (cetak ulang)" if st == "dikembalikan" else ""),
            )
            desk.catat_audit(
                "surat_keluar.cetak_ttd",
                f"surat_keluar:{sid}",
                {"nomor": nomor, "mode": mode, "ulang": st == "dikembalikan"},
            )
        return self.get(sid)

    def sudah_ditandatangani(self, sid: int, atas_nama: AtasNama) -> SuratKeluar:
        """ "Sudah ditandatangani": who signed the printed letter, how and when (recorded from
        the paper, or the official himself); the mode must be the block that was printed."""
        desk = self._desk
        s = self.get(sid)
        if s.status != "dicetak":
            raise ValidationError(
                f"Surat berstatus \u201c{s.label_status}\u201d: cetak untuk ditandatangani "
                "lebih dulu.",
                "status",
            )
        if atas_nama.mode != s.mode_tanda_tangan:
            raise ValidationError(
                f"Surat dicetak untuk ditandatangani {MODE_TTD.get(s.mode_tanda_tangan, '')} "
                f"({s.penandatangan}). Bila pejabat lain yang menandatangani, pilih "
                "\u201cDikembalikan\u201d lalu cetak ulang.",
                "mode_tanda_tangan",
            )
        pelaku = self.pelaku(
            sid,
            izin="surat_keluar.tandatangan",
            mode=atas_nama.mode,
            mode_boleh=tuple(MODE_TTD),
            atas_nama=atas_nama,
            langkah="tanda tangan surat keluar",
        )
        with desk.tulis() as conn:
            self._harus(conn, sid, ("dicetak",), "ditandatangani")
            self._set(conn, sid, "bernomor", penandatangan=pelaku.nama)
            self._riwayat(conn, sid, "ditandatangani", MODE_TTD[pelaku.mode], pelaku)
            desk.catat_audit(
                "surat_keluar.tandatangan",
                f"surat_keluar:{sid}",
                {"nomor": s.nomor, "mode": pelaku.mode, "penandatangan": pelaku.nama}
                | pelaku.rincian(),
            )
        return self.get(sid)

    def dikembalikan(self, sid: int, alasan: str) -> SuratKeluar:
        """The official sent the printed letter back unsigned: the number stays, the reason is
        kept, the letter may be corrected (:meth:`ubah_konsep`) and reprinted."""
        desk = self._desk
        desk.otorisasi("surat_keluar.nomor")
        alasan = " ".join((alasan or "").split())
        if len(alasan) < 5:
            raise ValidationError(
                "Tulis alasan pejabat mengembalikan surat (paling sedikit 5 huruf).", "alasan"
            )
        with desk.tulis() as conn:
            self._harus(conn, sid, ("dicetak",), "dikembalikan")
            self._set(conn, sid, "dikembalikan", alasan_kembali=alasan)
            self._riwayat(conn, sid, "dikembalikan", alasan)
            desk.catat_audit("surat_keluar.dikembalikan", f"surat_keluar:{sid}", {"alasan": alasan})
        return self.get(sid)

    def beri_nomor(self, sid: int, tanggal: date | None = None) -> SuratKeluar:
        """Issue the number from the book of the letter's classification code, only now."""
        desk = self._desk
        desk.otorisasi("surat_keluar.nomor")
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            self._harus(conn, sid, ("ditandatangani",), "diberi nomor")
            kode, hal, rahasia = conn.execute(
                "SELECT kode_klasifikasi, hal, rahasia FROM surat_keluar WHERE id = ?", (sid,)
            ).fetchone()
            reg = desk.penomoran.pastikan_register_surat_keluar(conn, kode)
            n = desk.penomoran.terbitkan(
                conn,
                reg,
                tgl,
                perihal=hal_tercatat(hal[:200], bool(rahasia)),
                sumber=f"surat_keluar:{sid}",
            )
            self._set(
                conn,
                sid,
                "bernomor",
                nomor_id=n.id,
                nomor_lengkap=n.nomor_lengkap,
                tanggal_surat=tgl.isoformat(),
            )
            self._riwayat(conn, sid, "bernomor", n.nomor_lengkap)
        return self.get(sid)

    def ambil_nomor_luar(
        self,
        *,
        kode_klasifikasi: str,
        tujuan: str,
        hal: str,
        tanggal: date | None = None,
        sifat: str = "Biasa",
        lampiran: str = "",
        alasan_mundur: str | None = None,
        rahasia: bool = False,
    ) -> SuratKeluar:
        """A number for a letter typed outside the app, from the same book as all others.

        Only this year's book is used; ``alasan_mundur`` (a Sekcam's written reason) lets a
        letter dated in last year's book have its number there, audited.
        """
        from bawang_desk.core.penomoran import periksa_tanggal

        desk = self._desk
        desk.otorisasi("surat_keluar.nomor")
        d = self._validasi(
            SuratKeluarBaru(kode_klasifikasi, tujuan, hal, sifat, lampiran, rahasia=rahasia)
        )
        tgl = tanggal or desk.sekarang().date()
        periksa_tanggal(tgl, desk.sekarang().date(), mundur=alasan_mundur is not None)
        with desk.tulis() as conn:
            reg = desk.penomoran.pastikan_register_surat_keluar(conn, d.kode_klasifikasi)
            cur = conn.execute(
                "INSERT INTO surat_keluar (kode_klasifikasi, tujuan, hal, sifat, lampiran, "
                "status, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, 'bernomor', ?, ?)",
                (
                    d.kode_klasifikasi,
                    d.tujuan,
                    d.hal,
                    d.sifat,
                    d.lampiran,
                    desk.username,
                    desk.sekarang_iso(),
                ),
            )
            sid = cur.lastrowid
            conn.execute("UPDATE surat_keluar SET rahasia = ? WHERE id = ?", (int(d.rahasia), sid))
            n = desk.penomoran.terbitkan(
                conn,
                reg,
                tgl,
                perihal=hal_tercatat(d.hal[:200], d.rahasia),
                sumber=f"surat_keluar:{sid}",
                alasan_mundur=alasan_mundur,
            )
            conn.execute(
                "UPDATE surat_keluar SET nomor_id = ?, nomor_lengkap = ?, tanggal_surat = ? "
                "WHERE id = ?",
                (n.id, n.nomor_lengkap, tgl.isoformat(), sid),
            )
            self._riwayat(
                conn, sid, "bernomor", f"nomor untuk surat di luar aplikasi: {n.nomor_lengkap}"
            )
            desk.catat_audit(
                "surat_keluar.nomor_luar",
                f"surat_keluar:{sid}",
                {
                    "nomor": n.nomor_lengkap,
                    "tujuan": d.tujuan,
                    "hal": hal_tercatat(d.hal, d.rahasia),
                },
            )
        return self.get(sid)

    def kirim(self, sid: int, *, cara: str, tanggal: date | None = None) -> SuratKeluar:
        """Sent by E-Office, by hand (which opens a Buku Ekspedisi line) or by post."""
        desk = self._desk
        desk.otorisasi("surat_keluar.kirim")
        if cara not in CARA_KIRIM:
            raise ValidationError(
                f"Cara kirim harus salah satu dari: {', '.join(CARA_KIRIM)}.", "cara_kirim"
            )
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            self._harus(conn, sid, ("bernomor",), "dikirim")
            s = conn.execute(
                "SELECT k.tanggal_surat, k.hal, k.tujuan, n.nomor_lengkap, k.nomor_id "
                "FROM surat_keluar k JOIN nomor n ON n.id = k.nomor_id WHERE k.id = ?",
                (sid,),
            ).fetchone()
            if s[0] and tgl < date.fromisoformat(s[0]):
                raise ValidationError(
                    "Tanggal kirim tidak boleh sebelum tanggal surat.", "tanggal_kirim"
                )
            self._set(conn, sid, "dikirim", cara_kirim=cara, tanggal_kirim=tgl.isoformat())
            self._riwayat(conn, sid, "dikirim", cara)
            if cara == "Diantar langsung":
                conn.execute(
                    "INSERT INTO ekspedisi (surat_keluar_id, nomor_id, tanggal_kirim, "
                    "nomor_surat, tanggal_surat, hal, kepada, oleh, dibuat_pada) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        sid,
                        s[4],
                        tgl.isoformat(),
                        s[3],
                        s[0],
                        s[1],
                        s[2],
                        desk.username,
                        desk.sekarang_iso(),
                    ),
                )
            desk.catat_audit(
                "surat_keluar.kirim",
                f"surat_keluar:{sid}",
                {"cara": cara, "tanggal": tgl.isoformat()},
            )
        return self.get(sid)

    def arsipkan(self, sid: int) -> SuratKeluar:
        desk = self._desk
        desk.otorisasi("surat_keluar.arsip")
        with desk.tulis() as conn:
            self._harus(conn, sid, ("dikirim",), "diarsipkan")
            self._set(conn, sid, "diarsipkan")
            self._riwayat(conn, sid, "diarsipkan")
            desk.catat_audit("surat_keluar.arsip", f"surat_keluar:{sid}")
        return self.get(sid)

    def batalkan(self, sid: int, alasan: str, *, atas_nama: AtasNama | None = None) -> SuratKeluar:
        """Cancel a letter; a number it already had stays in the book as BATAL with the reason.

        The cancellation is the Sekcam's or the Camat's decision; ``atas_nama`` records it at
        the PC on their behalf (mode ``sekcam`` or ``camat``), with both names in the audit.
        """
        desk = self._desk
        pelaku = None
        if atas_nama is None:
            desk.otorisasi("surat_keluar.batal")
        else:
            pelaku = self.pelaku(
                sid,
                izin="surat_keluar.batal",
                mode=atas_nama.mode,
                mode_boleh=("sekcam", "camat"),
                atas_nama=atas_nama,
                langkah="pembatalan surat keluar",
            )
        alasan = alasan_batal(alasan)
        with desk.tulis() as conn:
            st = self._harus(conn, sid, STATUS[:-1], "dibatalkan")
            nomor_id = conn.execute(
                "SELECT nomor_id FROM surat_keluar WHERE id = ?", (sid,)
            ).fetchone()[0]
            tandai_batal(conn, nomor_id, alasan)
            self._set(conn, sid, "batal", alasan_batal=alasan)
            self._riwayat(conn, sid, "batal", alasan, pelaku)
            desk.catat_audit(
                "surat_keluar.batal",
                f"surat_keluar:{sid}",
                {"alasan": alasan, "status_sebelumnya": st} | (pelaku.rincian() if pelaku else {}),
            )
        return self.get(sid)

    # ------------------------------------------------------------------ ekspedisi

    def catat_ekspedisi(
        self,
        *,
        tanggal_kirim: date,
        nomor_surat: str,
        hal: str,
        kepada: str,
        tanggal_surat: date | None = None,
    ) -> int:
        """A hand-delivered letter not sent through the flow above (e.g. an old number)."""
        desk = self._desk
        desk.otorisasi("ekspedisi.catat")
        nomor_surat, hal, kepada = (" ".join(x.split()) for x in (nomor_surat, hal, kepada))
        for v, f, label in (
            (nomor_surat, "nomor_surat", "Nomor surat"),
            (hal, "hal", "Hal"),
            (kepada, "kepada", "Ditujukan kepada"),
        ):
            if not v:
                raise ValidationError(f"{label} belum diisi.", f)
        with desk.tulis() as conn:
            cur = conn.execute(
                "INSERT INTO ekspedisi (tanggal_kirim, nomor_surat, tanggal_surat, hal, kepada, "
                "oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    tanggal_kirim.isoformat(),
                    nomor_surat,
                    _iso(tanggal_surat),
                    hal,
                    kepada,
                    desk.username,
                    desk.sekarang_iso(),
                ),
            )
            desk.catat_audit(
                "ekspedisi.catat",
                f"ekspedisi:{cur.lastrowid}",
                {"nomor_surat": nomor_surat, "kepada": kepada},
            )
        return cur.lastrowid

    def tanda_terima(
        self, ekspedisi_id: int, penerima: str, diterima: datetime | None = None
    ) -> None:
        """The name of whoever signed for a hand-delivered letter, and when (default now: the
        receipt often comes back a day or two after the letter went out, and its own date is
        what the Buku Ekspedisi must show)."""
        desk = self._desk
        desk.otorisasi("ekspedisi.catat")
        penerima = " ".join(penerima.split())
        if not penerima:
            raise ValidationError("Nama penerima belum diisi.", "penerima")
        sekarang = desk.sekarang()
        diterima = (diterima or sekarang).replace(microsecond=0)
        if diterima > sekarang:
            raise ValidationError(
                "Waktu diterima tidak boleh sesudah saat ini. Periksa tanggal dan jamnya.",
                "diterima_pada",
            )
        with desk.tulis() as conn:
            r = conn.execute(
                "SELECT penerima, tanggal_kirim FROM ekspedisi WHERE id = ?", (ekspedisi_id,)
            ).fetchone()
            if r is None:
                raise ValidationError("Baris ekspedisi tidak ditemukan.", "ekspedisi")
            if r[0]:
                raise ValidationError(f"Tanda terima sudah dicatat (diterima {r[0]}).", "penerima")
            if r[1] and diterima.date() < date.fromisoformat(r[1]):
                raise ValidationError(
                    "Tanggal diterima tidak boleh sebelum tanggal kirim "
                    f"({date.fromisoformat(r[1]):%d-%m-%Y}).",
                    "diterima_pada",
                )
            conn.execute(
                "UPDATE ekspedisi SET penerima = ?, diterima_pada = ? WHERE id = ?",
                (penerima, diterima.isoformat(timespec="seconds"), ekspedisi_id),
            )
            desk.catat_audit(
                "ekspedisi.tanda_terima", f"ekspedisi:{ekspedisi_id}", {"penerima": penerima}
            )

    def ekspedisi(
        self, dari: date | None = None, sampai: date | None = None, batas: int = 2000
    ) -> list[BarisEkspedisi]:
        self._desk.otorisasi("surat_keluar.lihat")
        sql = (
            "SELECT id, tanggal_kirim, nomor_surat, tanggal_surat, hal, kepada, penerima, "
            "diterima_pada FROM ekspedisi WHERE tanggal_kirim BETWEEN ? AND ? "
            "ORDER BY tanggal_kirim DESC, id DESC LIMIT ?"
        )
        rows = self._desk.conn.execute(
            sql,
            (
                (dari or date(1900, 1, 1)).isoformat(),
                (sampai or date(9999, 12, 31)).isoformat(),
                batas,
            ),
        ).fetchall()
        return [
            BarisEkspedisi(
                r[0],
                date.fromisoformat(r[1]),
                r[2],
                date.fromisoformat(r[3]) if r[3] else None,
                r[4],
                r[5],
                r[6],
                datetime.fromisoformat(r[7]) if r[7] else None,
            )
            for r in rows
        ]

    # ------------------------------------------------------------------ reading

    def get(self, sid: int) -> SuratKeluar:
        self._desk.otorisasi("surat_keluar.lihat", sentuh=False)
        conn = self._desk.conn
        r = conn.execute(
            f"SELECT {_KOLOM_GET} FROM surat_keluar k LEFT JOIN nomor n ON n.id = k.nomor_id "
            "WHERE k.id = ?",
            (sid,),
        ).fetchone()
        if r is None:
            raise ValidationError("Surat keluar tidak ditemukan.", "surat")
        riwayat = tuple(
            (s, datetime.fromisoformat(w), o, c)
            for s, w, o, c in conn.execute(
                "SELECT status, waktu, oleh, catatan FROM surat_keluar_langkah WHERE surat_id = ? "
                "ORDER BY id",
                (sid,),
            )
        )
        return _surat(r, riwayat)

    def daftar(
        self,
        *,
        teks: str = "",
        status: str | None = None,
        kode_klasifikasi: str | None = None,
        dari: date | None = None,
        sampai: date | None = None,
        offset: int = 0,
        batas: int = 200,
    ) -> list[SuratKeluar]:
        """Newest first; searched by tujuan, hal and number (FTS)."""
        self._desk.otorisasi("surat_keluar.lihat")
        where, args = ["1=1"], []
        if status:
            where.append("k.status = ?")
            args.append(status)
        if kode_klasifikasi:
            where.append("(k.kode_klasifikasi = ? OR k.kode_klasifikasi LIKE ?)")
            args += [kode_klasifikasi, kode_klasifikasi + ".%"]
        if dari:
            where.append("COALESCE(k.tanggal_surat, substr(k.dibuat_pada, 1, 10)) >= ?")
            args.append(dari.isoformat())
        if sampai:
            where.append("COALESCE(k.tanggal_surat, substr(k.dibuat_pada, 1, 10)) <= ?")
            args.append(sampai.isoformat())
        q = kueri_fts(teks)
        conn = self._desk.conn
        w = " AND ".join(where)
        # one query per page, walked backwards along the FTS rowids or the primary key, so a
        # keystroke costs the same on ten years as on one; the history comes with get()
        if q:
            rows = conn.execute(
                f"SELECT {_KOLOM_GET} FROM surat_keluar_fts JOIN surat_keluar k "
                "ON k.id = surat_keluar_fts.rowid LEFT JOIN nomor n ON n.id = k.nomor_id "
                f"WHERE surat_keluar_fts MATCH ? AND {w} "
                "ORDER BY surat_keluar_fts.rowid DESC LIMIT ? OFFSET ?",
                [q, *args, batas, offset],
            ).fetchall()
        else:
            rows = conn.execute(
                f"SELECT {_KOLOM_GET} FROM surat_keluar k LEFT JOIN nomor n ON n.id = k.nomor_id "
                f"WHERE {w} ORDER BY k.id DESC LIMIT ? OFFSET ?",
                [*args, batas, offset],
            ).fetchall()
        nomor = cari_nomor(teks)
        if nomor and offset == 0:
            # a register number typed ("15", "015/2026"): those letters first, in any book
            wn, an = sql_nomor(nomor, awalan=kode_register_surat_keluar(""))
            depan = conn.execute(
                f"SELECT {_KOLOM_GET} FROM surat_keluar k JOIN nomor n ON n.id = k.nomor_id "
                f"WHERE {wn} AND {w} ORDER BY k.id DESC LIMIT 50",
                [*an, *args],
            ).fetchall()
            ids = {r[0] for r in depan}
            rows = depan + [r for r in rows if r[0] not in ids]
        return [_surat(r) for r in rows]

    def baris_buku(self, dari: date, sampai: date) -> Iterator[tuple[str, ...]]:
        """Rows of the Buku Agenda Surat Keluar (DOMAIN.md section 4's columns), BATAL included."""
        self._desk.otorisasi("buku.cetak")
        for i, r in enumerate(
            self._desk.conn.execute(
                "SELECT n.nomor_lengkap, k.kode_klasifikasi, n.tanggal, k.tanggal_kirim, k.tujuan, "
                "k.hal, k.lampiran, n.status, n.alasan_batal, k.cara_kirim, k.status "
                "FROM nomor n JOIN register r ON r.kode = n.register "
                "LEFT JOIN surat_keluar k ON k.nomor_id = n.id "
                "WHERE r.jenis = 'surat_keluar' AND n.tahun BETWEEN ? AND ? "
                "AND n.tanggal BETWEEN ? AND ? ORDER BY n.tanggal, n.register, n.nomor",
                (dari.year, sampai.year, dari.isoformat(), sampai.isoformat()),
            ).fetchall(),  # read whole, then shaped: an open read keeps every save out
            start=1,
        ):
            ket = (
                f"BATAL: {r[8]}" if r[7] == "BATAL" else (r[9] or LABEL_STATUS.get(r[10] or "", ""))
            )
            yield (
                str(i),
                r[0],
                r[1] or "",
                tanggal_pendek(date.fromisoformat(r[2])),
                tanggal_pendek(date.fromisoformat(r[3])) if r[3] else "",
                r[4] or "",
                r[5] or "",
                r[6] or "",
                ket,
            )

    def baris_ekspedisi(self, dari: date, sampai: date) -> Iterator[tuple[str, ...]]:
        self._desk.otorisasi("buku.cetak")
        for i, r in enumerate(
            self._desk.conn.execute(
                "SELECT tanggal_kirim, nomor_surat, tanggal_surat, hal, kepada, penerima, "
                "diterima_pada FROM ekspedisi WHERE tanggal_kirim BETWEEN ? AND ? "
                "ORDER BY tanggal_kirim, id",
                (dari.isoformat(), sampai.isoformat()),
            ).fetchall(),  # read whole, then shaped, as the book above
            start=1,
        ):
            tgl_surat = tanggal_pendek(date.fromisoformat(r[2])) if r[2] else ""
            terima = (
                r[5] + (f" ({tanggal_pendek(datetime.fromisoformat(r[6]).date())})" if r[6] else "")
                if r[5]
                else ""
            )
            yield (
                str(i),
                tanggal_pendek(date.fromisoformat(r[0])),
                f"{tgl_surat}\n{r[1]}".strip(),
                r[3],
                r[4],
                terima,
            )


def catatan_koreksi(teks: str) -> str:
    """What a draft sent back must fix: it must be written (the box checks it while open)."""
    teks = teks.strip()
    if not teks:
        raise ValidationError("Tulis apa yang harus diperbaiki.", "catatan_koreksi")
    return teks
