"""The core actions the role-matrix and idle-lock fault tests call directly, one per permission.

Each action names the permission it needs, prepares what it acts on as a user who may (so the
call under test can succeed), and then acts as whoever is being tested.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from bawang_desk.core import cadangan, data_pribadi, pemulihan
from bawang_desk.core.desk import Desk
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.core.pengaturan import DataPribadi, Umum
from bawang_desk.core.surat_keluar import SuratKeluarBaru
from bawang_desk.core.surat_masuk import SuratMasukBaru
from tests.helpers import IDENTITAS, PENGANTAR

HARI = date(2026, 11, 24)


def sebagai(desk: Desk, peran: str | None) -> None:
    """Sit ``peran``'s account at the desk (the password check itself is tested elsewhere)."""
    if peran is None:
        desk.pengguna_aktif = None
        return
    desk.pengguna_aktif = desk.pengguna.get(peran)
    desk._terakhir_aktif = desk.monoton()
    desk._terkunci = False


def _skck(nik: str = "3304051203900001") -> PermohonanBaru:
    return PermohonanBaru(
        "skck",
        "umum",
        PemohonBaru(nik, "Slamet Riyadi", "Wanadri", **IDENTITAS),
        {"keperluan": "Melamar", **PENGANTAR},
    )


def _siap_serah(desk: Desk) -> int:
    sebagai(desk, "operator")
    a = desk.layanan.baru(_skck())
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    sebagai(desk, "camat")
    desk.layanan.tandatangani(a.id, mode="camat")
    return a.id


def _baru(desk: Desk) -> int:
    sebagai(desk, "operator")
    return desk.layanan.baru(_skck()).id


def _nomor(desk: Desk) -> int:
    sebagai(desk, "operator")
    return desk.penomoran.ambil("skck", HARI, "Untuk dibatalkan").id


def _surat_masuk(desk: Desk, tag: str) -> Any:
    return desk.surat_masuk.catat(
        SuratMasukBaru(HARI, "Dinas Kependudukan", f"Undangan rapat {tag}", nomor_surat=f"{tag}/1")
    )


@dataclass(frozen=True)
class Aksi:
    izin: str
    nama: str
    jalan: Callable[[Desk, Any, str], Any]
    siapkan: Callable[[Desk], Any] = lambda desk: None


def daftar_aksi(folder: Path) -> list[Aksi]:
    return [
        Aksi(
            "pengaturan.ubah",
            "pengaturan.simpan",
            lambda d, _, t: d.pengaturan.simpan(umum=Umum(kertas="A4")),
        ),
        Aksi(
            "pengaturan.ubah",
            "pengaturan.data_pribadi",
            lambda d, _, t: d.pengaturan.simpan_data_pribadi(DataPribadi(24)),
        ),
        Aksi(
            "pengaturan.ubah",
            "penomoran.ubah_register",
            lambda d, _, t: d.penomoran.ubah_register(
                "skck", pola="{kode}/{nomor:03}/{unit}/{tahun}"
            ),
        ),
        Aksi(
            "pengguna.kelola",
            "pengguna.tambah",
            lambda d, _, t: d.pengguna.tambah(
                f"baru.{t}", "Orang Baru", "operator", "sandi-kuat-123"
            ),
        ),
        Aksi(
            "nomor.ambil",
            "penomoran.ambil",
            lambda d, _, t: d.penomoran.ambil("skck", HARI, f"Nomor untuk {t}"),
        ),
        Aksi(
            "nomor.batal",
            "penomoran.batalkan",
            lambda d, nid, t: d.penomoran.batalkan(nid, "Salah ketik nama"),
            _nomor,
        ),
        Aksi("surat_masuk.catat", "surat_masuk.catat", lambda d, _, t: _surat_masuk(d, t)),
        Aksi(
            "surat_keluar.konsep",
            "surat_keluar.buat_konsep",
            lambda d, _, t: d.surat_keluar.buat_konsep(
                SuratKeluarBaru("400.12.2.2", "Kepala Desa", f"Hal {t}")
            ),
        ),
        Aksi("layanan.catat", "layanan.baru", lambda d, _, t: d.layanan.baru(_skck())),
        Aksi(
            "layanan.periksa", "layanan.centang", lambda d, pid, t: d.layanan.centang(pid, 1), _baru
        ),
        Aksi(
            "layanan.lewati_syarat",
            "layanan.lewati_syarat",
            lambda d, pid, t: d.layanan.lewati_syarat(pid, "Surat pengantar menyusul besok pagi"),
            _baru,
        ),
        Aksi(
            "layanan.serahkan",
            "layanan.serahkan",
            lambda d, pid, t: d.layanan.serahkan(pid),
            _siap_serah,
        ),
        Aksi("layanan.lihat", "layanan.cari (NIK)", lambda d, _, t: d.layanan.cari("33040512")),
        Aksi(
            "buku.cetak", "layanan.register", lambda d, _, t: d.layanan.register("skck", HARI, HARI)
        ),
        Aksi(
            "data_pribadi.hapus",
            "data_pribadi.calon_hapus",
            lambda d, _, t: data_pribadi.calon_hapus(d),
        ),
        Aksi(
            "audit.periksa",
            "pemulihan.periksa_basis_data",
            lambda d, _, t: pemulihan.periksa_basis_data(d),
        ),
        Aksi(
            "cadangan.flashdisk",
            "cadangan.cadangkan_ke_flashdisk",
            lambda d, _, t: cadangan.cadangkan_ke_flashdisk(d, folder),
        ),
    ]
