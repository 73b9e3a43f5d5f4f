"""The widgets and helpers every screen shares, importable from ``bawang_desk.ui.umum``.

Only light modules are re-exported here, so importing this package costs nothing at start-up:
the print preview (``umum.pratinjau``, QtPdf) and the fonts (``umum.fonts``) are imported by
their full path where they are used.
"""

from bawang_desk.ui.umum.dasar import (
    GAYA_GALAT,
    beri_nama,
    bersihkan_galat,
    konfirmasi,
    label_galat,
    pesan_galat,
    tampilkan_galat,
    tombol,
    tombol_dialog,
)

__all__ = [
    "GAYA_GALAT",
    "beri_nama",
    "bersihkan_galat",
    "konfirmasi",
    "label_galat",
    "pesan_galat",
    "tampilkan_galat",
    "tombol",
    "tombol_dialog",
]
