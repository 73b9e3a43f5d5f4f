"""The widgets and helpers every screen shares, importable from ``bawang_desk.ui.umum``.

Names are re-exported lazily (each module is imported at the first use of one of its names), so
importing this package, or one light module of it such as ``umum.dasar`` for the login dialog,
costs nothing more at start-up. The print preview (``umum.pratinjau``, QtPdf) and the fonts
(``umum.fonts``) are imported by their full path where they are used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bawang_desk.ui.umum.alasan import (
        AlasanDialog,
        KotakAlasan,
        jaga_isian,
        minta_alasan,
        pasang_keyboard,
        tekan_terima,
    )
    from bawang_desk.ui.umum.dasar import (
        GAYA_GALAT,
        beri_nama,
        bersihkan_galat,
        konfirmasi,
        label_galat,
        pesan_galat,
        saran_ikut_fokus,
        tampilkan_galat,
        tombol,
        tombol_dialog,
    )
    from bawang_desk.ui.umum.pekerja import Pekerja, jalankan
    from bawang_desk.ui.umum.tanggal import TanggalEdit, teks_tanggal

#: where each re-exported name lives; its module is imported on first use (PEP 562), so the
#: login dialog, which needs only ``dasar``, does not load the reason box's rules at start-up
_ASAL = {
    "AlasanDialog": "alasan",
    "KotakAlasan": "alasan",
    "jaga_isian": "alasan",
    "minta_alasan": "alasan",
    "pasang_keyboard": "alasan",
    "tekan_terima": "alasan",
    "GAYA_GALAT": "dasar",
    "beri_nama": "dasar",
    "bersihkan_galat": "dasar",
    "konfirmasi": "dasar",
    "label_galat": "dasar",
    "pesan_galat": "dasar",
    "saran_ikut_fokus": "dasar",
    "tampilkan_galat": "dasar",
    "tombol": "dasar",
    "pasang_pintasan": "dasar",
    "tombol_dialog": "dasar",
    "Pekerja": "pekerja",
    "jalankan": "pekerja",
    "TanggalEdit": "tanggal",
    "teks_tanggal": "tanggal",
}


def __getattr__(nama: str) -> object:
    modul = _ASAL.get(nama)
    if modul is None:
        raise AttributeError(f"module {__name__!r} has no attribute {nama!r}")
    nilai = getattr(importlib.import_module(f"{__name__}.{modul}"), nama)
    globals()[nama] = nilai
    return nilai


__all__ = [
    "GAYA_GALAT",
    "AlasanDialog",
    "KotakAlasan",
    "Pekerja",
    "TanggalEdit",
    "beri_nama",
    "bersihkan_galat",
    "jaga_isian",
    "jalankan",
    "konfirmasi",
    "label_galat",
    "minta_alasan",
    "pasang_keyboard",
    "pasang_pintasan",
    "pesan_galat",
    "saran_ikut_fokus",
    "tampilkan_galat",
    "tekan_terima",
    "teks_tanggal",
    "tombol",
    "tombol_dialog",
]
