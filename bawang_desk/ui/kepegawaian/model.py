"""Table models of the Kepegawaian pages: roster, buku penjagaan, usulan, steps, register, import errors."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    Qt,
)
from PySide6.QtGui import QBrush, QFont

from bawang_desk.core import kepegawaian as kp
from bawang_desk.core.impor_pegawai import KesalahanBaris
from bawang_desk.core.kepegawaian import JatuhTempo, Pegawai
from bawang_desk.core.pegawai import RiwayatKGB, RiwayatPangkat
from bawang_desk.core.usulan_kp import AnggotaUsulan, BarisRegisterKP, Usulan
from bawang_desk.ui.kepegawaian.umum import DR, KUNING, MERAH, UR, teks_mkg, teks_tanggal
from bawang_desk.ui.umum.model import ModelBaris

# ====================================================================== models


class PegawaiModel(ModelBaris[Pegawai]):
    COL_NIP, COL_NAMA, COL_GOL, COL_TMT, COL_MKG, COL_KGB_AKHIR, COL_KGB, COL_KP = range(8)
    COL_JABATAN, COL_STATUS = 8, 9
    HEADERS = (
        "NIP",
        "Nama",
        "Pangkat/Gol.",
        "TMT pangkat",
        "MKG pada TMT",
        "KGB terakhir",
        "KGB berikutnya",
        "KP reguler berikutnya",
        "Jabatan",
        "Status",
    )

    def baris_id(self, pid: int) -> int:
        return next((i for i, p in enumerate(self._rows) if p.id == pid), -1)

    def nilai(self, p: Pegawai, c: int, role: int) -> Any:
        if role in (DR, UR):
            kgb = kp.kgb_pegawai(p)
            kpr = kp.kp_pegawai(p)
            urut = {g: i for i, g in enumerate((*kp.GOLONGAN, *kp.GOLONGAN_PPPK))}
            if role == UR:
                return (
                    p.nip,
                    p.nama,
                    urut.get(p.golongan, -1),
                    p.tmt_pangkat.toordinal(),
                    p.mkg_tahun * 12 + p.mkg_bulan,
                    p.tmt_kgb.toordinal() if p.tmt_kgb else 0,
                    kgb.toordinal() if kgb else 10**7,
                    kpr.toordinal() if kpr else 10**7,
                    p.jabatan,
                    p.status,
                )[c]
            return (
                p.nip,
                p.nama,
                p.pangkat_golongan,
                teks_tanggal(p.tmt_pangkat),
                teks_mkg((p.mkg_tahun, p.mkg_bulan)),
                teks_tanggal(p.tmt_kgb),
                teks_tanggal(kgb),
                teks_tanggal(kpr) if kpr else ("tidak ada (PPPK)" if p.pppk else "-"),
                p.jabatan,
                p.status if p.aktif else f"{p.status} (tidak aktif)",
            )[c]
        return None


class PenjagaanModel(ModelBaris[JatuhTempo]):
    COL_TMT, COL_NAMA, COL_NIP, COL_GOL, COL_NAIK, COL_MKG, COL_PERINGATAN = range(7)
    HEADERS = (
        "TMT",
        "Nama",
        "NIP",
        "Pangkat/Gol. sekarang",
        "Naik menjadi",
        "MKG lama \u2192 baru",
        "Peringatan (SOP 003)",
    )

    def nilai(self, j: JatuhTempo, c: int, role: int) -> Any:
        p = j.pegawai
        if role == DR:
            naik = (
                f"MKG {j.mkg_ke[0]} tahun"
                if j.jenis == "kgb"
                else kp.PANGKAT.get(j.golongan_ke, "")
            )
            if j.jenis != "kgb":
                naik = f"{naik} ({j.golongan_ke})"
            return (
                teks_tanggal(j.tmt) + (" (terlambat)" if j.terlambat else ""),
                p.nama,
                p.nip,
                p.pangkat_golongan,
                naik,
                f"{teks_mkg(j.mkg_dari)} \u2192 {teks_mkg(j.mkg_ke)}",
                "; ".join(j.peringatan),
            )[c]
        if role == UR:
            return (
                j.tmt.toordinal(),
                p.nama,
                p.nip,
                kp.GOLONGAN.index(j.golongan_dari) if j.golongan_dari in kp.GOLONGAN else -1,
                j.golongan_ke,
                j.mkg_dari[0] * 12 + j.mkg_dari[1],
                len(j.peringatan),
            )[c]
        if role == Qt.ItemDataRole.ForegroundRole and j.terlambat:
            return QBrush(MERAH)
        if role == Qt.ItemDataRole.BackgroundRole and j.peringatan:
            return QBrush(KUNING)
        if role == Qt.ItemDataRole.ToolTipRole and j.peringatan:
            return "\n".join(j.peringatan)
        return None


class UsulanModel(ModelBaris[Usulan]):
    COL_NO, COL_JENIS, COL_JUMLAH, COL_NOMOR, COL_STATUS, COL_DIBUAT = range(6)
    HEADERS = ("No.", "Jenis usulan", "Pegawai", "Nomor surat", "Status", "Dibuat")

    def baris_id(self, uid: int) -> int:
        return next((i for i, u in enumerate(self._rows) if u.id == uid), -1)

    def nilai(self, u: Usulan, c: int, role: int) -> Any:
        if role == DR:
            return (
                str(u.id),
                u.label_jenis,
                str(len(u.anggota)),
                u.nomor or "-",
                u.label_status,
                f"{u.dibuat_pada:%d-%m-%Y %H:%M}",
            )[c]
        if role == UR:
            return (u.id, u.jenis, len(u.anggota), u.nomor, u.status, u.dibuat_pada.isoformat())[c]
        if role == Qt.ItemDataRole.ForegroundRole and u.status == "batal":
            return QBrush(MERAH)
        return None


class AnggotaModel(ModelBaris[AnggotaUsulan]):
    COL_NAMA, COL_NIP, COL_DARI, COL_KE, COL_TMT, COL_BERKAS, COL_PERINGATAN, COL_HASIL = range(8)
    HEADERS = ("Nama", "NIP", "Dari", "Menjadi", "TMT usul", "Berkas", "Peringatan", "Hasil")

    def nilai(self, a: AnggotaUsulan, c: int, role: int) -> Any:
        if role in (DR, UR):
            dari, ke = a.dari_ke
            ada = sum(1 for d in a.dokumen if d.ada)
            hasil = {
                "disetujui": f"SK {a.nomor_sk}, TMT {teks_tanggal(a.tmt_hasil)}",
                "ditolak": f"Tidak disetujui: {a.catatan_hasil}",
            }.get(a.hasil, "")
            if role == UR:
                return (a.nama, a.nip, dari, ke, a.tmt_usul.toordinal(), ada, len(a.peringatan),
                        hasil)[c]  # fmt: skip
            berkas = f"{ada}/{len(a.dokumen)}" + (" lengkap" if ada == len(a.dokumen) else "")
            return (a.nama, a.nip, dari, ke, teks_tanggal(a.tmt_usul), berkas, "; ".join(a.peringatan),
                    hasil)[c]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and c == self.COL_BERKAS and a.dokumen_kurang:
            return QBrush(MERAH)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == self.COL_BERKAS and a.dokumen_kurang:
                return "Belum ada:\n" + "\n".join(a.dokumen_kurang)
            if a.peringatan:
                return "\n".join(a.peringatan)
        return None


class LangkahModel(ModelBaris[tuple]):
    """SOP 003's eight steps: (nomor, uraian, pelaksana, waktu baku, done text, is next)."""

    HEADERS = ("Langkah", "Uraian (SOP 068/003)", "Pelaksana", "Waktu baku", "Dikerjakan")

    def nilai(self, b: tuple, c: int, role: int) -> Any:
        if role in (DR, UR) and c < 5:
            return b[c]
        if role == Qt.ItemDataRole.FontRole and b[5]:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ToolTipRole:
            return b[1]
        return None


class RegisterKPModel(ModelBaris[BarisRegisterKP]):
    HEADERS = (
        "Usulan",
        "Nama",
        "NIP",
        "Jenis",
        "Dari",
        "Menjadi",
        "TMT usul",
        "Nomor surat",
        "Tgl surat",
        "Hasil",
        "Status",
    )

    def nilai(self, r: BarisRegisterKP, c: int, role: int) -> Any:
        if role == DR:
            return (str(r.usulan_id), r.nama, r.nip, r.jenis, r.dari, r.menjadi, teks_tanggal(r.tmt_usul),
                    r.nomor_surat or "-", teks_tanggal(r.tanggal_surat), r.hasil, r.status)[c]  # fmt: skip
        if role == UR:
            return (r.usulan_id, r.nama, r.nip, r.jenis, r.dari, r.menjadi, r.tmt_usul.toordinal(),
                    r.nomor_surat, r.tanggal_surat.toordinal() if r.tanggal_surat else 0, r.hasil,
                    r.status)[c]  # fmt: skip
        return None


class KesalahanModel(ModelBaris[KesalahanBaris]):
    HEADERS = ("Baris", "Kolom", "Kesalahan")

    def nilai(self, k: KesalahanBaris, c: int, role: int) -> Any:
        if role == DR:
            return (str(k.baris), k.kolom, k.pesan)[c]
        if role == UR:
            return (k.baris, k.kolom, k.pesan)[c]
        return None


class RiwayatPangkatModel(ModelBaris[RiwayatPangkat]):
    HEADERS = ("Golongan", "TMT", "MKG", "Jenis", "Nomor SK", "Tanggal SK")

    def nilai(self, r: RiwayatPangkat, c: int, role: int) -> Any:
        if role in (DR, UR):
            return (r.golongan, teks_tanggal(r.tmt), teks_mkg((r.mkg_tahun, r.mkg_bulan)), r.jenis,
                    r.nomor_sk or "-", teks_tanggal(r.tanggal_sk))[c]  # fmt: skip
        return None


class RiwayatKGBModel(ModelBaris[RiwayatKGB]):
    HEADERS = ("TMT", "Golongan", "MKG", "Nomor SK", "Tanggal SK")

    def nilai(self, r: RiwayatKGB, c: int, role: int) -> Any:
        if role in (DR, UR):
            return (teks_tanggal(r.tmt), r.golongan, teks_mkg((r.mkg_tahun, r.mkg_bulan)), r.nomor_sk or "-",
                    teks_tanggal(r.tanggal_sk))[c]  # fmt: skip
        return None
