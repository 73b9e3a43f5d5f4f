"""SOP 068/003 step by step: an usulan KP/KGB from the buku penjagaan to BKD, and its result.

The eight steps of the SOP, each recorded with who and when: (1) the Kasubbag picks employees
from the buku penjagaan, (2) tells them which documents to bring, (3) checks the documents
against the catalog's list for the usulan type (a missing one blocks), (4) the pengantar is
drafted as a surat keluar, (5) typed into E-Office and printed, numbered now in the surat keluar
book of its classification code (KP 800.1.3.2, penyesuaian ijazah 800.1.4.2, KGB 800.1.11.13,
a setting), (6) the Camat corrects it, (7) it goes to BKD, (8) it is archived. The SK that
comes back updates the employee, their history and so their next dates. The Buku Register
KP/KGB is read from the same tables.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.atas_nama import AtasNama, Pelaku, tentukan
from bawang_desk.core.catalog import SOP, load_catalog
from bawang_desk.core.errors import AksesDitolak, ValidationError, harus_berstatus
from bawang_desk.core.kepegawaian import JENIS_USULAN, Pegawai
from bawang_desk.core.penomoran import alasan_batal, tandai_batal
from bawang_desk.core.surat_keluar import CARA_KIRIM
from bawang_desk.core.teks import tanggal_panjang

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

__all__ = [
    "LABEL_STATUS",
    "STATUS",
    "AnggotaUsulan",
    "BarisRegisterKP",
    "Dokumen",
    "LangkahUsulan",
    "Usulan",
    "UsulanKPManager",
]

KODE_SOP = "kp-kgb"

STATUS = (
    "disiapkan",
    "diberitahu",
    "berkas_lengkap",
    "konsep",
    "bernomor",
    "perbaikan",
    "dikoreksi",
    "dikirim",
    "diarsipkan",
    "batal",
)
LABEL_STATUS = {
    "disiapkan": "Disiapkan (langkah 1)",
    "diberitahu": "Pegawai diberitahu (langkah 2)",
    "berkas_lengkap": "Berkas lengkap (langkah 3)",
    "konsep": "Konsep surat (langkah 4)",
    "bernomor": "Dikirim lewat E-Office, bernomor (langkah 5)",
    "perbaikan": "Perlu perbaikan (koreksi Camat)",
    "dikoreksi": "Dikoreksi Camat (langkah 6)",
    "dikirim": "Dikirim ke BKD (langkah 7)",
    "diarsipkan": "Diarsipkan (langkah 8)",
    "batal": "BATAL",
}


@dataclass(frozen=True)
class Dokumen:
    urutan: int
    item: str
    ada: bool


@dataclass(frozen=True)
class AnggotaUsulan:
    """One employee of an usulan: from and to (golongan, or MKG step for KGB), TMT, result."""

    pegawai_id: int
    nip: str
    nama: str
    golongan_dari: str
    golongan_ke: str
    mkg_dari: tuple[int, int]
    mkg_ke: tuple[int, int]
    tmt_usul: date
    peringatan: tuple[str, ...]
    dokumen: tuple[Dokumen, ...]
    hasil: str
    nomor_sk: str
    tanggal_sk: date | None
    tmt_hasil: date | None
    catatan_hasil: str

    @property
    def dokumen_kurang(self) -> tuple[str, ...]:
        return tuple(d.item for d in self.dokumen if not d.ada)

    @property
    def dari_ke(self) -> tuple[str, str]:
        """What the register prints in its "dari" and "menjadi" columns."""
        if self.golongan_dari == self.golongan_ke:
            return (
                f"{self.golongan_dari}, MKG {self.mkg_dari[0]} th {self.mkg_dari[1]} bl",
                f"{self.golongan_ke}, MKG {self.mkg_ke[0]} th {self.mkg_ke[1]} bl",
            )
        return self.golongan_dari, self.golongan_ke


@dataclass(frozen=True)
class LangkahUsulan:
    langkah: int
    waktu: datetime
    oleh: str | None
    catatan: str


@dataclass(frozen=True)
class Usulan:
    id: int
    jenis: str
    status: str
    kode_klasifikasi: str
    tujuan: str
    surat_keluar_id: int | None
    nomor: str
    tanggal_surat: date | None
    catatan: str
    alasan_batal: str | None
    dibuat_oleh: str | None
    dibuat_pada: datetime
    anggota: tuple[AnggotaUsulan, ...]
    langkah: tuple[LangkahUsulan, ...]

    @property
    def label_jenis(self) -> str:
        return JENIS_USULAN[self.jenis]

    @property
    def label_status(self) -> str:
        return LABEL_STATUS.get(self.status, self.status)

    @property
    def dokumen_kurang(self) -> dict[str, tuple[str, ...]]:
        """Name to missing documents: what the "beritahu yang bersangkutan" step must say."""
        return {a.nama: a.dokumen_kurang for a in self.anggota if a.dokumen_kurang}

    @property
    def selesai(self) -> bool:
        return bool(self.anggota) and all(a.hasil for a in self.anggota)

    def waktu_langkah(self, n: int) -> datetime | None:
        """When step ``n`` was last done (a step may be repeated, e.g. a second notice)."""
        w = [lk.waktu for lk in self.langkah if lk.langkah == n]
        return w[-1] if w else None


@dataclass(frozen=True)
class BarisRegisterKP:
    """One line of the Buku Register KP/KGB (one employee of one usulan)."""

    usulan_id: int
    nama: str
    nip: str
    jenis: str
    dari: str
    menjadi: str
    tmt_usul: date
    nomor_surat: str
    tanggal_surat: date | None
    langkah: dict[int, datetime]
    hasil: str
    status: str


def _d(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _berlaku(item: str, p: Pegawai, gol_dari: str) -> bool:
    """Whether a conditional catalog item applies: the STLUD only when crossing II/d -> III/a
    or III/d -> IV/a, the structural documents only for a pejabat struktural."""
    t = item.lower()
    pindah = gol_dari in ("II/d", "III/d")
    struktural = p.jenis_jabatan == "struktural"
    if "ii/d" in t or "pindah golongan" in t:
        return pindah and (struktural or "struktural" not in t)
    if "struktural" in t:
        return struktural
    return True


class UsulanKPManager:
    """``desk.usulan_kp``."""

    def __init__(self, desk: Desk) -> None:
        self._desk = desk

    # ------------------------------------------------------------------ helpers

    def sop(self) -> SOP:
        """SOP 003 from the catalog: its steps (who, standard time) and document lists."""
        return load_catalog()[KODE_SOP]

    def _langkah(
        self,
        conn: sqlite3.Connection,
        uid: int,
        n: int,
        catatan: str = "",
        pelaku: Pelaku | None = None,
    ) -> None:
        waktu = pelaku.waktu.isoformat(timespec="seconds") if pelaku else self._desk.sekarang_iso()
        if pelaku is not None:
            catatan = "; ".join(x for x in (catatan, pelaku.kedua_nama) if x)
        conn.execute(
            "INSERT INTO usulan_kp_langkah (usulan_id, langkah, waktu, oleh, catatan, atas_nama) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (uid, n, waktu, self._desk.username, catatan, pelaku.ke_json() if pelaku else None),
        )

    def _harus(
        self, conn: sqlite3.Connection, uid: int, boleh: tuple[str, ...], tindakan: str
    ) -> tuple:
        r = conn.execute(
            "SELECT status, jenis, surat_keluar_id, kode_klasifikasi FROM usulan_kp WHERE id = ?",
            (uid,),
        ).fetchone()
        if r is None:
            raise ValidationError("Usulan KP/KGB tidak ditemukan.", "usulan")
        harus_berstatus("Usulan", r[0], boleh, tindakan, LABEL_STATUS)
        return r

    def _set(self, conn: sqlite3.Connection, uid: int, status: str, **kolom: object) -> None:
        sets = "".join(f", {k} = ?" for k in kolom)
        conn.execute(
            f"UPDATE usulan_kp SET status = ?, diubah_pada = ?{sets} WHERE id = ?",
            (status, self._desk.sekarang_iso(), *kolom.values(), uid),
        )

    def _surat(
        self, conn: sqlite3.Connection, sid: int, status: str, catatan: str, **kolom
    ) -> None:
        """Move the pengantar along the surat keluar register, with its own history row."""
        sets = "".join(f", {k} = ?" for k in kolom)
        now = self._desk.sekarang_iso()
        conn.execute(
            f"UPDATE surat_keluar SET status = ?, diubah_pada = ?{sets} WHERE id = ?",
            (status, now, *kolom.values(), sid),
        )
        conn.execute(
            "INSERT INTO surat_keluar_langkah (surat_id, status, waktu, oleh, catatan) "
            "VALUES (?, ?, ?, ?, ?)",
            (sid, status, now, self._desk.username, catatan),
        )

    def _rencana(
        self, p: Pegawai, jenis: str, periode: date | None, semua: dict[int, Pegawai]
    ) -> tuple[str, tuple[int, int], tuple[int, int], date, tuple[str, ...]]:
        """(golongan_ke, mkg_dari, mkg_ke, tmt, warnings) of one employee, or a refusal."""
        hari_ini = self._desk.sekarang().date()
        if not p.aktif or p.status not in kp.STATUS_AKTIF:
            raise ValidationError(f"{p.nama} tidak aktif ({p.status}).", "pegawai")
        tmt0, th, bl = p.dasar_kgb
        if jenis == "kgb":
            tmt = kp.kgb_pegawai(p)
            if tmt is None:
                raise ValidationError(
                    f"{p.nama}: MKG sudah di anak tangga tertinggi tabel gaji {p.golongan}.",
                    "pegawai",
                )
            return (
                p.golongan,
                (th, bl),
                kp.mkg_pada(tmt0, th, bl, tmt),
                tmt,
                kp.peringatan_kgb(p, tmt),
            )
        if p.pppk:
            raise ValidationError(
                f"{p.nama} adalah PPPK: PPPK tidak mendapat kenaikan pangkat.", "pegawai"
            )
        ke = kp.golongan_berikutnya(p.golongan)
        if jenis == "kp-ijazah":
            if not p.pendidikan:
                raise ValidationError(f"Pendidikan {p.nama} belum dicatat.", "pendidikan")
            ke = kp.golongan_awal(p.pendidikan)
            if kp.GOLONGAN.index(ke) <= kp.GOLONGAN.index(p.golongan):
                raise ValidationError(
                    f"{p.nama}: ijazah {p.pendidikan} memberi golongan {ke}, tidak lebih tinggi "
                    f"dari golongan sekarang {p.golongan}. Perbarui pendidikan terakhirnya dulu.",
                    "pendidikan",
                )
        if ke is None:
            raise ValidationError(f"{p.nama} sudah di golongan tertinggi (IV/e).", "pegawai")
        if periode is not None:
            if not kp.adalah_periode_kp(periode):
                raise ValidationError(
                    f"{tanggal_panjang(periode)} bukan periode KP. Periode berikutnya: "
                    f"{tanggal_panjang(kp.periode_kp_berikutnya(periode))}.",
                    "periode",
                )
            tmt = periode
        else:
            tmt = kp.periode_kp_berikutnya(hari_ini)
            if jenis == "kp-reguler":
                tmt = max(tmt, kp.kp_reguler_berikutnya(p.tmt_pangkat))
        peringatan = kp.peringatan_kp(p, ke, tmt, semua.get(p.atasan_id), jenis)
        if jenis == "kp-pilihan" and p.jenis_jabatan != "struktural":
            peringatan = (*peringatan, "KP pilihan (struktural) untuk pejabat struktural.")
        mkg_dari = kp.mkg_pada(tmt0, th, bl, tmt)
        return ke, mkg_dari, kp.mkg_setelah_kp(p.golongan, ke, *mkg_dari), tmt, peringatan

    # ------------------------------------------------------------------ step 1

    def buat(
        self,
        jenis: str,
        pegawai_ids: list[int],
        *,
        periode: date | None = None,
        catatan: str = "",
    ) -> Usulan:
        """Step 1: an usulan of ``jenis`` for these employees, read from the buku penjagaan.

        For KP the TMT is ``periode`` (a KP period) or each employee's own next period; for KGB
        each employee's next salary step. SOP 003's warnings are computed and kept with each
        employee; a PPPK in a KP, an inactive employee, or one already in an open usulan of the
        same kind refuses the whole usulan.
        """
        desk = self._desk
        desk.otorisasi("usulan_kp.buat")
        if jenis not in JENIS_USULAN:
            raise ValidationError(
                f"Jenis usulan harus salah satu dari: {', '.join(JENIS_USULAN.values())}.", "jenis"
            )
        ids = list(dict.fromkeys(pegawai_ids))
        if not ids:
            raise ValidationError("Pilih paling sedikit satu pegawai.", "pegawai")
        varian = self.sop().varian_by_kode(jenis)
        setelan = desk.pengaturan.kepegawaian()
        semua = {p.id: p for p in desk.pegawai._semua(aktif_saja=False)}
        with desk.tulis() as conn:
            rencana = []
            for pid in ids:
                p = semua.get(pid)
                if p is None:
                    raise ValidationError("Pegawai tidak ditemukan.", "pegawai")
                kelompok = ("kgb",) if jenis == "kgb" else ("kp-reguler", "kp-pilihan", "kp-ijazah")
                lain = conn.execute(
                    "SELECT u.id FROM usulan_kp u JOIN usulan_kp_pegawai a ON a.usulan_id = u.id "
                    f"WHERE a.pegawai_id = ? AND u.status <> 'batal' AND a.hasil = '' "
                    f"AND u.jenis IN ({','.join('?' * len(kelompok))})",
                    (pid, *kelompok),
                ).fetchone()
                if lain:
                    raise ValidationError(
                        f"{p.nama} sudah ada di usulan nomor {lain[0]} yang belum selesai.",
                        "pegawai",
                    )
                rencana.append((p, self._rencana(p, jenis, periode, semua)))
            uid = conn.execute(
                "INSERT INTO usulan_kp (jenis, kode_klasifikasi, tujuan, catatan, dibuat_oleh, "
                "dibuat_pada) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    jenis,
                    setelan.kode_untuk(jenis),
                    setelan.tujuan,
                    catatan.strip(),
                    desk.username,
                    desk.sekarang_iso(),
                ),
            ).lastrowid
            for i, (p, (ke, mdari, mke, tmt, peringatan)) in enumerate(rencana, start=1):
                conn.execute(
                    "INSERT INTO usulan_kp_pegawai (usulan_id, pegawai_id, urutan, nip, nama, "
                    "golongan_dari, golongan_ke, mkg_dari_tahun, mkg_dari_bulan, mkg_ke_tahun, "
                    "mkg_ke_bulan, tmt_usul, peringatan) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        uid,
                        p.id,
                        i,
                        p.nip,
                        p.nama,
                        p.golongan,
                        ke,
                        *mdari,
                        *mke,
                        tmt.isoformat(),
                        json.dumps(list(peringatan), ensure_ascii=False),
                    ),
                )
                for urutan, (item, bersyarat) in enumerate(
                    zip(varian.persyaratan, varian.bersyarat, strict=True), start=1
                ):
                    if bersyarat and not _berlaku(item, p, p.golongan):
                        continue
                    conn.execute(
                        "INSERT INTO usulan_kp_dokumen (usulan_id, pegawai_id, urutan, item) "
                        "VALUES (?, ?, ?, ?)",
                        (uid, p.id, urutan, item),
                    )
            self._langkah(conn, uid, 1, f"{len(rencana)} pegawai dari buku penjagaan")
            desk.catat_audit(
                "usulan_kp.buat",
                f"usulan_kp:{uid}",
                {"jenis": jenis, "pegawai": [p.nip for p, _ in rencana]},
            )
        return self.get(uid)

    # ------------------------------------------------------------------ steps 2-3

    def beritahu(self, uid: int, catatan: str = "") -> dict[str, tuple[str, ...]]:
        """Step 2: the employees are told to bring their documents; returns who lacks what.

        May be repeated after step 3 found something missing.
        """
        desk = self._desk
        desk.otorisasi("usulan_kp.berkas")
        with desk.tulis() as conn:
            self._harus(conn, uid, ("disiapkan", "diberitahu"), "diberitahukan")
            self._set(conn, uid, "diberitahu")
            self._langkah(conn, uid, 2, catatan.strip())
            kurang = self._get(uid).dokumen_kurang
            desk.catat_audit(
                "usulan_kp.beritahu",
                f"usulan_kp:{uid}",
                {"kurang": {k: list(v) for k, v in kurang.items()}},
            )
        return kurang

    def centang(self, uid: int, pegawai_id: int, urutan: int, ada: bool = True) -> Usulan:
        """Tick (or untick) one document of one employee against the catalog's list."""
        desk = self._desk
        desk.otorisasi("usulan_kp.berkas")
        with desk.tulis() as conn:
            self._harus(conn, uid, ("disiapkan", "diberitahu"), "diubah berkasnya")
            cur = conn.execute(
                "UPDATE usulan_kp_dokumen SET ada = ? "
                "WHERE usulan_id = ? AND pegawai_id = ? AND urutan = ?",
                (int(ada), uid, pegawai_id, urutan),
            )
            if cur.rowcount != 1:
                raise ValidationError("Dokumen itu tidak ada di daftar usulan ini.", "dokumen")
            desk.catat_audit(
                "usulan_kp.centang",
                f"usulan_kp:{uid}",
                {"pegawai_id": pegawai_id, "urutan": urutan, "ada": ada},
            )
        return self.get(uid)

    def centang_semua(self, uid: int, pegawai_id: int) -> Usulan:
        """Tick every document of one employee (all brought at once)."""
        self._desk.otorisasi("usulan_kp.berkas")
        for d in next(a for a in self.get(uid).anggota if a.pegawai_id == pegawai_id).dokumen:
            if not d.ada:
                self.centang(uid, pegawai_id, d.urutan)
        return self.get(uid)

    def periksa_berkas(self, uid: int) -> Usulan:
        """Step 3: every document present, or a refusal listing who lacks what."""
        desk = self._desk
        desk.otorisasi("usulan_kp.berkas")
        with desk.tulis() as conn:
            self._harus(conn, uid, ("diberitahu",), "diperiksa berkasnya")
            kurang = self._get(uid).dokumen_kurang
            if kurang:
                raise ValidationError(
                    "Berkas belum lengkap; beritahukan kepada yang bersangkutan:\n"
                    + "\n".join(f"- {n}: {'; '.join(items)}" for n, items in kurang.items()),
                    "dokumen",
                )
            self._set(conn, uid, "berkas_lengkap")
            self._langkah(conn, uid, 3)
            desk.catat_audit("usulan_kp.periksa", f"usulan_kp:{uid}")
        return self.get(uid)

    # ------------------------------------------------------------------ steps 4-8

    def hal_surat(self, u: Usulan) -> str:
        """The pengantar's "Hal": the usulan type, and for KP reguler/pilihan its period(s)."""
        if u.jenis == "kgb":
            return "Usul Kenaikan Gaji Berkala"
        if u.jenis == "kp-ijazah":
            return "Usul Kenaikan Pangkat Penyesuaian Ijazah"
        periode = sorted({a.tmt_usul for a in u.anggota})
        teks = ", ".join(tanggal_panjang(p) for p in periode)
        return f"Usul Kenaikan Pangkat Periode {teks}"

    def buat_konsep(self, uid: int) -> Usulan:
        """Step 4: the pengantar to BKD drafted as a surat keluar of the usulan's code."""
        desk = self._desk
        desk.otorisasi("usulan_kp.berkas")
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("berkas_lengkap",), "dibuatkan konsep surat")
            u = self._get(uid)
            hal = self.hal_surat(u)
            lampiran = f"1 (satu) berkas ({len(u.anggota)} pegawai)"
            isi = (
                f"Bersama ini kami sampaikan {hal.lower()} pegawai Kecamatan sebanyak "
                f"{len(u.anggota)} orang sebagaimana daftar terlampir, beserta berkas "
                "persyaratannya, untuk diproses lebih lanjut."
            )
            # The pengantar is an ordinary outgoing letter: the surat keluar register lists it
            # and numbers it from the book of its classification code.
            sid = conn.execute(
                "INSERT INTO surat_keluar (kode_klasifikasi, tujuan, hal, sifat, lampiran, isi, "
                "status, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, 'Biasa', ?, ?, 'konsep', ?, ?)",
                (r[3], u.tujuan, hal, lampiran, isi, desk.username, desk.sekarang_iso()),
            ).lastrowid
            conn.execute(
                "INSERT INTO surat_keluar_langkah (surat_id, status, waktu, oleh, catatan) "
                "VALUES (?, 'konsep', ?, ?, ?)",
                (sid, desk.sekarang_iso(), desk.username, f"pengantar usulan KP/KGB {uid}"),
            )
            self._set(conn, uid, "konsep", surat_keluar_id=sid)
            self._langkah(conn, uid, 4, hal)
            desk.catat_audit(
                "usulan_kp.konsep", f"usulan_kp:{uid}", {"surat_keluar": sid, "hal": hal}
            )
        return self.get(uid)

    def kirim_eoffice(self, uid: int, tanggal: date | None = None) -> Usulan:
        """Step 5: typed and sent through E-Office and printed; the number is issued now.

        The number comes from the surat keluar book of the usulan's classification code in
        this same transaction; print the pengantar only after this returns.
        """
        desk = self._desk
        desk.otorisasi("usulan_kp.eoffice")
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("konsep",), "dikirim lewat E-Office")
            sid, kode = r[2], r[3]
            hal = conn.execute("SELECT hal FROM surat_keluar WHERE id = ?", (sid,)).fetchone()[0]
            reg = desk.penomoran.pastikan_register_surat_keluar(conn, kode)
            n = desk.penomoran.terbitkan(
                conn, reg, tgl, perihal=hal[:200], sumber=f"surat_keluar:{sid}"
            )
            self._surat(
                conn,
                sid,
                "bernomor",
                f"E-Office: {n.nomor_lengkap}",
                nomor_id=n.id,
                nomor_lengkap=n.nomor_lengkap,
                tanggal_surat=tgl.isoformat(),
            )
            self._set(conn, uid, "bernomor")
            self._langkah(conn, uid, 5, n.nomor_lengkap)
            desk.catat_audit("usulan_kp.eoffice", f"usulan_kp:{uid}", {"nomor": n.nomor_lengkap})
        return self.get(uid)

    def koreksi(
        self, uid: int, *, setuju: bool, catatan: str = "", atas_nama: AtasNama | None = None
    ) -> Usulan:
        """Step 6: the Camat corrects the letter and its lampiran; approval signs it.

        A correction keeps the number (numbers are never reused): the letter is reprinted and
        the Camat looks again. The Camat corrects the printed pengantar with a pen; the
        Kasubbag records it (``atas_nama``) with his name and time.
        """
        desk = self._desk
        user = desk.otorisasi("usulan_kp.lihat")
        catatan = catatan.strip()
        if not setuju and not catatan:
            raise ValidationError("Tulis apa yang harus diperbaiki.", "catatan")
        terakhir = desk.conn.execute(
            "SELECT MAX(waktu) FROM usulan_kp_langkah WHERE usulan_id = ?", (uid,)
        ).fetchone()[0]
        pelaku = tentukan(
            desk,
            area="usulan_kp",
            izin_langsung="usulan_kp.koreksi",
            mode=atas_nama.mode if atas_nama else ("camat" if user.peran == "camat" else "an"),
            mode_boleh=("camat", "an", "plh"),
            waktu=atas_nama.waktu if atas_nama else None,
            sebelum=datetime.fromisoformat(terakhir) if terakhir else None,
            langkah="koreksi Camat",
            dicatat=atas_nama is not None,
        )
        mode = pelaku.mode
        pj = pelaku
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("bernomor", "perbaikan"), "dikoreksi")
            if setuju:
                self._surat(
                    conn,
                    r[2],
                    "bernomor",
                    "disetujui Camat" + (f": {catatan}" if catatan else ""),
                    catatan_koreksi=catatan,
                    mode_tanda_tangan=mode,
                    penandatangan=pj.nama,
                )
            else:
                conn.execute(
                    "UPDATE surat_keluar SET catatan_koreksi = ? WHERE id = ?", (catatan, r[2])
                )
            self._set(conn, uid, "dikoreksi" if setuju else "perbaikan")
            self._langkah(
                conn, uid, 6, ("disetujui" if setuju else "perbaikan: ") + catatan, pelaku
            )
            desk.catat_audit(
                "usulan_kp.koreksi",
                f"usulan_kp:{uid}",
                {"setuju": setuju, "catatan": catatan, **pelaku.rincian()},
            )
        return self.get(uid)

    def kirim_bkd(
        self, uid: int, *, cara: str = "Diantar langsung", tanggal: date | None = None
    ) -> Usulan:
        """Step 7: the letter and the documents go to BKD (by hand: a Buku Ekspedisi line)."""
        desk = self._desk
        desk.otorisasi("usulan_kp.kirim")
        if cara not in CARA_KIRIM:
            raise ValidationError(
                f"Cara kirim harus salah satu dari: {', '.join(CARA_KIRIM)}.", "cara_kirim"
            )
        tgl = tanggal or desk.sekarang().date()
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("dikoreksi",), "dikirim ke BKD")
            s = conn.execute(
                "SELECT tanggal_surat, hal, tujuan, nomor_lengkap, nomor_id FROM surat_keluar "
                "WHERE id = ?",
                (r[2],),
            ).fetchone()
            if s[0] and tgl < date.fromisoformat(s[0]):
                raise ValidationError(
                    "Tanggal kirim tidak boleh sebelum tanggal surat.", "tanggal_kirim"
                )
            self._surat(conn, r[2], "dikirim", cara, cara_kirim=cara, tanggal_kirim=tgl.isoformat())
            if cara == "Diantar langsung":
                conn.execute(
                    "INSERT INTO ekspedisi (surat_keluar_id, nomor_id, tanggal_kirim, "
                    "nomor_surat, tanggal_surat, hal, kepada, oleh, dibuat_pada) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        r[2],
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
            self._set(conn, uid, "dikirim")
            self._langkah(conn, uid, 7, f"{cara}, {tanggal_panjang(tgl)}")
            desk.catat_audit(
                "usulan_kp.kirim", f"usulan_kp:{uid}", {"cara": cara, "tanggal": tgl.isoformat()}
            )
        return self.get(uid)

    def arsipkan(self, uid: int) -> Usulan:
        """Step 8: the letter and the copies of the documents are filed."""
        desk = self._desk
        desk.otorisasi("usulan_kp.arsip")
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("dikirim",), "diarsipkan")
            self._surat(conn, r[2], "diarsipkan", "")
            self._set(conn, uid, "diarsipkan")
            self._langkah(conn, uid, 8)
            desk.catat_audit("usulan_kp.arsip", f"usulan_kp:{uid}")
        return self.get(uid)

    # ------------------------------------------------------------------ the result

    def catat_hasil(
        self,
        uid: int,
        pegawai_id: int,
        *,
        disetujui: bool = True,
        nomor_sk: str = "",
        tanggal_sk: date | None = None,
        tmt: date | None = None,
        catatan: str = "",
    ) -> Usulan:
        """The SK from BKD for one employee: the employee, their history and their next KP/KGB
        dates change in the same transaction. A refusal needs its reason and changes nothing."""
        desk = self._desk
        desk.otorisasi("usulan_kp.hasil")
        nomor_sk = " ".join(nomor_sk.split())
        catatan = catatan.strip()
        if disetujui and not nomor_sk:
            raise ValidationError("Nomor SK belum diisi.", "nomor_sk")
        if not disetujui and not catatan:
            raise ValidationError("Tulis alasan usulan tidak disetujui.", "catatan")
        if tmt is not None and tmt.day != 1:
            raise ValidationError("TMT selalu tanggal 1.", "tmt")
        with desk.tulis() as conn:
            r = self._harus(conn, uid, ("dikirim", "diarsipkan"), "dicatat hasilnya")
            a = conn.execute(
                "SELECT golongan_ke, tmt_usul, hasil FROM usulan_kp_pegawai "
                "WHERE usulan_id = ? AND pegawai_id = ?",
                (uid, pegawai_id),
            ).fetchone()
            if a is None:
                raise ValidationError("Pegawai itu tidak ada di usulan ini.", "pegawai")
            if a[2]:
                raise ValidationError("Hasil untuk pegawai ini sudah dicatat.", "hasil")
            tmt_hasil = tmt or date.fromisoformat(a[1])
            if disetujui:
                p = desk.pegawai._get(pegawai_id)
                if tanggal_sk and tanggal_sk > desk.sekarang().date():
                    raise ValidationError("Tanggal SK tidak boleh di masa depan.", "tanggal_sk")
                if r[1] == "kgb":
                    if p.tmt_kgb and tmt_hasil <= p.tmt_kgb:
                        raise ValidationError(
                            f"TMT KGB {tanggal_panjang(tmt_hasil)} tidak setelah KGB terakhir "
                            f"({tanggal_panjang(p.tmt_kgb)}).",
                            "tmt",
                        )
                    desk.pegawai._naik_gaji(
                        conn,
                        p,
                        tmt_hasil,
                        nomor_sk=nomor_sk,
                        tanggal_sk=tanggal_sk,
                        usulan_id=uid,
                    )
                else:
                    if tmt_hasil <= p.tmt_pangkat:
                        raise ValidationError(
                            f"TMT pangkat baru {tanggal_panjang(tmt_hasil)} tidak setelah TMT "
                            f"pangkat sekarang ({tanggal_panjang(p.tmt_pangkat)}).",
                            "tmt",
                        )
                    desk.pegawai._naik_pangkat(
                        conn,
                        p,
                        a[0],
                        tmt_hasil,
                        jenis=r[1],
                        nomor_sk=nomor_sk,
                        tanggal_sk=tanggal_sk,
                        usulan_id=uid,
                    )
            conn.execute(
                "UPDATE usulan_kp_pegawai SET hasil = ?, nomor_sk = ?, tanggal_sk = ?, "
                "tmt_hasil = ?, catatan_hasil = ?, hasil_oleh = ?, hasil_pada = ? "
                "WHERE usulan_id = ? AND pegawai_id = ?",
                (
                    "disetujui" if disetujui else "ditolak",
                    nomor_sk,
                    tanggal_sk.isoformat() if tanggal_sk else None,
                    tmt_hasil.isoformat() if disetujui else None,
                    catatan,
                    desk.username,
                    desk.sekarang_iso(),
                    uid,
                    pegawai_id,
                ),
            )
            desk.catat_audit(
                "usulan_kp.hasil",
                f"usulan_kp:{uid}",
                {
                    "pegawai_id": pegawai_id,
                    "disetujui": disetujui,
                    "nomor_sk": nomor_sk,
                    "tmt": tmt_hasil.isoformat(),
                    "catatan": catatan,
                },
            )
        return self.get(uid)

    def batalkan(self, uid: int, alasan: str, *, atas_nama: AtasNama | None = None) -> Usulan:
        """Cancel an usulan with no result yet; a pengantar number stays in the book as BATAL.

        Cancelling a numbered pengantar is the Sekcam's or the Camat's decision; the Kasubbag
        records it on their behalf (``atas_nama``, mode ``sekcam`` or ``camat``).
        """
        desk = self._desk
        desk.otorisasi("usulan_kp.batal")
        alasan = alasan_batal(alasan)
        pelaku = None
        if atas_nama is not None:
            pelaku = tentukan(
                desk,
                area="usulan_kp",
                izin_langsung="surat_keluar.batal",
                mode=atas_nama.mode,
                mode_boleh=("sekcam", "camat"),
                waktu=atas_nama.waktu,
                langkah="pembatalan surat pengantar",
            )
        with desk.tulis() as conn:
            r = self._harus(conn, uid, STATUS[:-2], "dibatalkan")
            if conn.execute(
                "SELECT 1 FROM usulan_kp_pegawai WHERE usulan_id = ? AND hasil <> ''", (uid,)
            ).fetchone():
                raise ValidationError("Usulan yang sudah ada hasilnya tidak dapat dibatalkan.")
            if r[2]:
                nomor_id = conn.execute(
                    "SELECT nomor_id FROM surat_keluar WHERE id = ?", (r[2],)
                ).fetchone()[0]
                if nomor_id:
                    if pelaku is None and not desk.boleh("surat_keluar.batal"):
                        raise AksesDitolak(
                            "Surat pengantar sudah bernomor: pembatalan oleh Sekcam atau Camat."
                        )
                    tandai_batal(conn, nomor_id, alasan)
                self._surat(conn, r[2], "batal", alasan, alasan_batal=alasan)
            self._set(conn, uid, "batal", alasan_batal=alasan)
            desk.catat_audit(
                "usulan_kp.batal",
                f"usulan_kp:{uid}",
                {"alasan": alasan, **(pelaku.rincian() if pelaku else {})},
            )
        return self.get(uid)

    # ------------------------------------------------------------------ reading

    def get(self, uid: int) -> Usulan:
        self._desk.otorisasi("usulan_kp.lihat")
        return self._get(uid)

    def _get(self, uid: int) -> Usulan:
        conn = self._desk.conn
        r = conn.execute(
            "SELECT u.id, u.jenis, u.status, u.kode_klasifikasi, u.tujuan, u.surat_keluar_id, "
            "k.nomor_lengkap, k.tanggal_surat, u.catatan, u.alasan_batal, u.dibuat_oleh, "
            "u.dibuat_pada FROM usulan_kp u LEFT JOIN surat_keluar k ON k.id = u.surat_keluar_id "
            "WHERE u.id = ?",
            (uid,),
        ).fetchone()
        if r is None:
            raise ValidationError("Usulan KP/KGB tidak ditemukan.", "usulan")
        dok: dict[int, list[Dokumen]] = {}
        for pid, urutan, item, ada in conn.execute(
            "SELECT pegawai_id, urutan, item, ada FROM usulan_kp_dokumen WHERE usulan_id = ? "
            "ORDER BY pegawai_id, urutan",
            (uid,),
        ):
            dok.setdefault(pid, []).append(Dokumen(urutan, item, bool(ada)))
        anggota = tuple(
            AnggotaUsulan(
                a[0],
                a[1],
                a[2],
                a[3],
                a[4],
                (a[5], a[6]),
                (a[7], a[8]),
                date.fromisoformat(a[9]),
                tuple(json.loads(a[10])),
                tuple(dok.get(a[0], ())),
                a[11],
                a[12],
                _d(a[13]),
                _d(a[14]),
                a[15],
            )
            for a in conn.execute(
                "SELECT pegawai_id, nip, nama, golongan_dari, golongan_ke, mkg_dari_tahun, "
                "mkg_dari_bulan, mkg_ke_tahun, mkg_ke_bulan, tmt_usul, peringatan, hasil, "
                "nomor_sk, tanggal_sk, tmt_hasil, catatan_hasil FROM usulan_kp_pegawai "
                "WHERE usulan_id = ? ORDER BY urutan",
                (uid,),
            )
        )
        langkah = tuple(
            LangkahUsulan(n, datetime.fromisoformat(w), o, c)
            for n, w, o, c in conn.execute(
                "SELECT langkah, waktu, oleh, catatan FROM usulan_kp_langkah WHERE usulan_id = ? "
                "ORDER BY id",
                (uid,),
            )
        )
        return Usulan(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            r[6] or "",
            _d(r[7]),
            r[8],
            r[9],
            r[10],
            datetime.fromisoformat(r[11]),
            anggota,
            langkah,
        )

    def daftar(self, *, status: str | None = None, batas: int = 200) -> list[Usulan]:
        """Usulan newest first (optionally of one status)."""
        self._desk.otorisasi("usulan_kp.lihat")
        sql, args = "SELECT id FROM usulan_kp", []
        if status:
            sql += " WHERE status = ?"
            args.append(status)
        sql += " ORDER BY id DESC LIMIT ?"
        args.append(batas)
        return [self._get(r[0]) for r in self._desk.conn.execute(sql, args).fetchall()]

    def register(
        self, dari: date | None = None, sampai: date | None = None, teks: str = ""
    ) -> list[BarisRegisterKP]:
        """The Buku Register KP/KGB: every employee of every usulan made in the period, with the
        letter, the date of each SOP step and the result. ``teks`` matches name, NIP or number.
        """
        self._desk.otorisasi("usulan_kp.lihat")
        a = (dari or date(1900, 1, 1)).isoformat()
        b = (sampai or date(9999, 12, 31)).isoformat() + "T99"
        t = " ".join(teks.split()).casefold()
        hasil = []
        for (uid,) in self._desk.conn.execute(
            "SELECT id FROM usulan_kp WHERE dibuat_pada BETWEEN ? AND ? ORDER BY id", (a, b)
        ).fetchall():
            u = self._get(uid)
            langkah = {lk.langkah: lk.waktu for lk in u.langkah}
            for x in u.anggota:
                if t and not (t in x.nama.casefold() or t in x.nip or t in u.nomor.casefold()):
                    continue
                if x.hasil == "disetujui":
                    h = f"SK {x.nomor_sk}" + (
                        f" tgl {tanggal_panjang(x.tanggal_sk)}" if x.tanggal_sk else ""
                    )
                    h += f", TMT {tanggal_panjang(x.tmt_hasil)}" if x.tmt_hasil else ""
                elif x.hasil == "ditolak":
                    h = f"Tidak disetujui: {x.catatan_hasil}"
                else:
                    h = ""
                dari_, ke_ = x.dari_ke
                hasil.append(
                    BarisRegisterKP(
                        uid,
                        x.nama,
                        x.nip,
                        u.label_jenis,
                        dari_,
                        ke_,
                        x.tmt_usul,
                        u.nomor,
                        u.tanggal_surat,
                        langkah,
                        h,
                        u.label_status,
                    )
                )
        return hasil
