"""The widgets and helpers every screen shares, importable from ``bawang_desk.ui.umum``.

Only light modules are re-exported here, so importing this package costs nothing at start-up:
the print preview (``umum.pratinjau``, QtPdf) and the fonts (``umum.fonts``) are imported by
their full path where they are used.
"""

from bawang_desk.ui.umum.alasan import AlasanDialog, KotakAlasan, minta_alasan, tekan_terima
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

__all__ = [
    "GAYA_GALAT",
    "AlasanDialog",
    "KotakAlasan",
    "Pekerja",
    "TanggalEdit",
    "beri_nama",
    "bersihkan_galat",
    "jalankan",
    "konfirmasi",
    "label_galat",
    "minta_alasan",
    "pesan_galat",
    "saran_ikut_fokus",
    "tampilkan_galat",
    "tekan_terima",
    "teks_tanggal",
    "tombol",
    "tombol_dialog",
]
