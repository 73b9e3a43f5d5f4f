"""Writes the Indonesian translation of Qt's own texts (``resources/terjemahan/qt_id.ts``) and
compiles it to ``qt_id.qm`` with ``pyside6-lrelease``.

Qt ships no Indonesian translation of its standard buttons, input and message boxes, file and
print dialogs, so without one the app's Indonesian screens end in "OK / Cancel / Save". The
source texts below are Qt 6's own (contexts and sources as in Qt's ``qtbase_*.ts``); a text
Qt does not ask for is harmless. Run after editing: ``.venv/bin/python tools/terjemahan_qt.py``.

Mnemonics (``&``) follow the app's rule: Simpan on S, Batal on B, Tutup on T, Ya on Y.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
TUJUAN = ROOT / "resources" / "terjemahan"

_TOMBOL = {
    "OK": "&Oke",
    "&OK": "&Oke",
    "Save": "&Simpan",
    "&Save": "&Simpan",
    "Save All": "Simpan se&mua",
    "Open": "B&uka",
    "&Yes": "&Ya",
    "Yes to &All": "Ya untuk se&mua",
    "&No": "&Tidak",
    "N&o to All": "Tidak untuk semu&a",
    "Abort": "&Hentikan",
    "Retry": "&Coba lagi",
    "Ignore": "Aba&ikan",
    "Close": "&Tutup",
    "&Close": "&Tutup",
    "Cancel": "&Batal",
    "&Cancel": "&Batal",
    "Discard": "&Jangan simpan",
    "Don't Save": "&Jangan simpan",
    "Close without Saving": "Tutup tanpa &menyimpan",
    "Help": "Bantuan",
    "Apply": "T&erapkan",
    "Reset": "Atur &ulang",
    "Restore Defaults": "Kembalikan &bawaan",
}

_UMUM = {
    "QAbstractFileIconProvider": {
        "Alias": "Alias",
        "Drive": "Diska",
        "File": "Berkas",
        "File Folder": "Folder",
        "Folder": "Folder",
        "Shortcut": "Pintasan",
        "Unknown": "Tidak dikenal",
    },
    "QAbstractSpinBox": {
        "&Select All": "Pilih &semua",
        "&Step up": "&Naikkan",
        "Step &down": "&Turunkan",
    },
    "QComboBox": {
        "False": "Tidak",
        "True": "Ya",
        "Open the combo box selection popup": "Buka daftar pilihan",
    },
    "QCupsJobWidget": {
        "&Billing information:": "Informasi &tagihan:",
        "Billing information:": "Informasi tagihan:",
        "&End:": "&Akhir:",
        "End:": "Akhir:",
        "&Start:": "A&wal:",
        "Start:": "Awal:",
        "Banner Pages": "Halaman spanduk",
        "Classified": "Terbatas",
        "Confidential": "Rahasia",
        "Day (06:00 to 17:59)": "Siang (06.00 s.d. 17.59)",
        "Hold Indefinitely": "Tahan tanpa batas",
        "Job": "Tugas cetak",
        "Job &priority:": "&Prioritas tugas cetak:",
        "Job priority:": "Prioritas tugas cetak:",
        "Job Control": "Pengaturan tugas cetak",
        "Night (18:00 to 05:59)": "Malam (18.00 s.d. 05.59)",
        "None": "Tidak ada",
        "Print Immediately": "Cetak segera",
        "Scheduled &printing:": "&Jadwal cetak:",
        "Scheduled printing:": "Jadwal cetak:",
        "Second Shift (16:00 to 23:59)": "Giliran kedua (16.00 s.d. 23.59)",
        "Secret": "Rahasia",
        "Specific Time": "Waktu tertentu",
        "Standard": "Standar",
        "Third Shift (00:00 to 07:59)": "Giliran ketiga (00.00 s.d. 07.59)",
        "Top Secret": "Sangat rahasia",
        "Unclassified": "Biasa",
        "Weekend (Saturday to Sunday)": "Akhir pekan (Sabtu s.d. Minggu)",
    },
    "QCupsPrinterSupport": {
        "Authentication Needed": "Perlu masuk",
        "Authentication needed to use %1 on %2.": "Perlu masuk untuk memakai %1 di %2.",
        "Authentication needed to use %1.": "Perlu masuk untuk memakai %1.",
        "Password:": "Kata sandi:",
        "Username:": "Nama pengguna:",
    },
    "QDialog": {"What's This?": "Apa ini?"},
    "QErrorMessage": {
        "&OK": "&Oke",
        "&Show this message again": "&Tampilkan pesan ini lagi",
        "An error occurred": "Terjadi kesalahan",
        "Critical Error:": "Kesalahan kritis:",
        "Debug Message:": "Pesan debug:",
        "Fatal Error:": "Kesalahan fatal:",
        "Information:": "Informasi:",
        "Warning:": "Peringatan:",
    },
    "QFileDialog": {
        "%1\nDirectory not found.\nPlease verify the correct directory name was given.": (
            "%1\nFolder tidak ditemukan.\nPeriksa apakah nama foldernya benar."
        ),
        "%1\nFile not found.\nPlease verify the correct file name was given.": (
            "%1\nBerkas tidak ditemukan.\nPeriksa apakah nama berkasnya benar."
        ),
        "%1 File": "Berkas %1",
        "%1 already exists.\nDo you want to replace it?": (
            "%1 sudah ada.\nGanti dengan yang baru?"
        ),
        "&Choose": "&Pilih",
        "&Delete": "&Hapus",
        "&Look in:": "&Cari di:",
        "Look in:": "Cari di:",
        "&New Folder": "&Folder baru",
        "&Open": "B&uka",
        "&Rename": "&Ganti nama",
        "&Save": "&Simpan",
        "'%1' is write protected.\nDo you want to delete it anyway?": (
            "'%1' dilindungi dari penulisan.\nTetap hapus?"
        ),
        "Alias": "Alias",
        "All Files (*)": "Semua berkas (*)",
        "All files (*)": "Semua berkas (*)",
        "Alt+Left": "Alt+Left",
        "Alt+Right": "Alt+Right",
        "Alt+Up": "Alt+Up",
        "Are you sure you want to delete '%1'?": "Yakin menghapus '%1'?",
        "Back": "Kembali",
        "Change to detail view mode": "Tampilan rinci",
        "Change to list view mode": "Tampilan daftar",
        "Could not delete directory.": "Folder tidak dapat dihapus.",
        "Create New Folder": "Buat folder baru",
        "Create a New Folder": "Buat folder baru",
        "Delete": "Hapus",
        "Detail View": "Tampilan rinci",
        "Directories": "Folder",
        "Directory:": "Folder:",
        "Drive": "Diska",
        "File": "Berkas",
        "File &name:": "&Nama berkas:",
        "File Folder": "Folder",
        "Files": "Berkas",
        "Files of &type:": "&Jenis berkas:",
        "Files of type:": "Jenis berkas:",
        "Find Directory": "Cari folder",
        "Folder": "Folder",
        "Forward": "Maju",
        "Go back": "Kembali",
        "Go forward": "Maju",
        "Go to the parent directory": "Ke folder induk",
        "List View": "Tampilan daftar",
        "List of places and bookmarks": "Daftar tempat dan penanda",
        "My Computer": "Komputer ini",
        "New Folder": "Folder baru",
        "Open": "Buka",
        "Parent Directory": "Folder induk",
        "Recent Places": "Tempat terakhir",
        "Remove": "Hapus",
        "Save As": "Simpan sebagai",
        "Shortcut": "Pintasan",
        "Show ": "Tampilkan ",
        "Show &hidden files": "Tampilkan berkas &tersembunyi",
        "Sidebar": "Panel samping",
        "Unknown": "Tidak dikenal",
    },
    "QFileSystemModel": {
        "%1 GB": "%1 GB",
        "%1 KB": "%1 KB",
        "%1 MB": "%1 MB",
        "%1 TB": "%1 TB",
        "%1 byte(s)": "%1 bita",
        "%1 bytes": "%1 bita",
        '<b>The name "%1" can not be used.</b><p>Try using another name, with fewer characters or no punctuations marks.': (
            '<b>Nama "%1" tidak dapat dipakai.</b><p>Coba nama lain yang lebih pendek atau tanpa tanda baca.'
        ),
        '<b>The name "%1" cannot be used.</b><p>Try using another name, with fewer characters or no punctuation marks.': (
            '<b>Nama "%1" tidak dapat dipakai.</b><p>Coba nama lain yang lebih pendek atau tanpa tanda baca.'
        ),
        "Computer": "Komputer",
        "Date Modified": "Tanggal diubah",
        "Invalid filename": "Nama berkas tidak sah",
        "Kind": "Jenis",
        "My Computer": "Komputer ini",
        "Name": "Nama",
        "Size": "Ukuran",
        "Type": "Jenis",
    },
    "QInputDialog": {"Enter a value:": "Isikan nilai:"},
    "QLineEdit": {
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "&Redo": "&Ulangi",
        "&Undo": "&Urungkan",
        "Cu&t": "&Potong",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QMessageBox": {
        "<h3>About Qt</h3><p>This program uses Qt version %1.</p>": (
            "<h3>Tentang Qt</h3><p>Program ini memakai Qt versi %1.</p>"
        ),
        "About Qt": "Tentang Qt",
        "Help": "Bantuan",
        "OK": "&Oke",
        "Show Details...": "Tampilkan &rincian...",
        "Hide Details...": "Sembunyikan &rincian...",
    },
    "QPageSetupWidget": {
        "CC": "CC",
        "Centimeters (cm)": "Sentimeter (cm)",
        "Cicero (CC)": "Cicero (CC)",
        "Custom": "Ukuran khusus",
        "DD": "DD",
        "Didot (DD)": "Didot (DD)",
        "Form": "Formulir",
        "Height:": "Tinggi:",
        "Inches (in)": "Inci (in)",
        "Landscape": "Mendatar",
        "Margins": "Margin",
        "Millimeters (mm)": "Milimeter (mm)",
        "Orientation": "Orientasi",
        "Page &order:": "&Urutan halaman:",
        "Page order:": "Urutan halaman:",
        "Page Layout": "Tata letak halaman",
        "Page size:": "Ukuran kertas:",
        "Pages &per sheet:": "Halaman &per lembar:",
        "Pages per sheet:": "Halaman per lembar:",
        "Paper": "Kertas",
        "Paper source:": "Sumber kertas:",
        "Points (pt)": "Poin (pt)",
        "Portrait": "Tegak",
        "Reverse landscape": "Mendatar terbalik",
        "Reverse portrait": "Tegak terbalik",
        "Width:": "Lebar:",
        "bottom margin": "margin bawah",
        "in": "in",
        "left margin": "margin kiri",
        "mm": "mm",
        "pt": "pt",
        "right margin": "margin kanan",
        "top margin": "margin atas",
    },
    "QPrintDialog": {
        "%1 already exists.\nDo you want to overwrite it?": "%1 sudah ada.\nTimpa berkas itu?",
        "%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.": (
            "%1 tidak sesuai aturan penulisan. Pisahkan halaman dan rentang dengan ',', tulis "
            "rentang dengan '-', dan pastikan rentang tidak saling tumpang tindih."
        ),
        "%1 is a directory.\nPlease choose a different file name.": (
            "%1 adalah folder.\nPilih nama berkas lain."
        ),
        "&Options <<": "&Pilihan <<",
        "&Options >>": "&Pilihan >>",
        "&Print": "&Cetak",
        "All Pages": "Semua halaman",
        "Automatic": "Otomatis",
        "Bottom to Top, Left to Right": "Bawah ke atas, kiri ke kanan",
        "Bottom to Top, Right to Left": "Bawah ke atas, kanan ke kiri",
        "Custom": "Ukuran khusus",
        "Duplex Settings Conflicts": "Pengaturan bolak-balik bertentangan",
        "Even Pages": "Halaman genap",
        "File %1 is not writable.\nPlease choose a different file name.": (
            "Berkas %1 tidak dapat ditulisi.\nPilih nama berkas lain."
        ),
        "Invalid Pages Definition": "Halaman tidak sah",
        "Left to Right, Bottom to Top": "Kiri ke kanan, bawah ke atas",
        "Left to Right, Top to Bottom": "Kiri ke kanan, atas ke bawah",
        "Local file": "Berkas lokal",
        "OK": "&Oke",
        "Odd Pages": "Halaman ganjil",
        "Options 'Pages Per Sheet' and 'Page Set' cannot be used together.\nPlease turn one of those options off.": (
            "Pilihan 'Halaman per lembar' dan 'Kumpulan halaman' tidak dapat dipakai bersama.\n"
            "Matikan salah satunya."
        ),
        "Print": "Cetak",
        "Print To File ...": "Cetak ke berkas ...",
        "Print to File (PDF)": "Cetak ke berkas (PDF)",
        "Right to Left, Bottom to Top": "Kanan ke kiri, bawah ke atas",
        "Right to Left, Top to Bottom": "Kanan ke kiri, atas ke bawah",
        "The 'From' value cannot be greater than the 'To' value.": (
            "Halaman 'dari' tidak boleh lebih besar daripada halaman 'sampai'."
        ),
        "There are conflicts in duplex settings. Do you want to fix them?": (
            "Pengaturan cetak bolak-balik bertentangan. Perbaiki sekarang?"
        ),
        "Top to Bottom, Left to Right": "Atas ke bawah, kiri ke kanan",
        "Top to Bottom, Right to Left": "Atas ke bawah, kanan ke kiri",
        "Write PDF file": "Tulis berkas PDF",
    },
    "QPrintPreviewDialog": {
        "%1%": "%1%",
        "Export to PDF": "Ekspor ke PDF",
        "Export to PostScript": "Ekspor ke PostScript",
        "First page": "Halaman pertama",
        "Fit page": "Sepenuh halaman",
        "Fit width": "Selebar halaman",
        "Landscape": "Mendatar",
        "Last page": "Halaman terakhir",
        "Next page": "Halaman berikutnya",
        "Page Setup": "Pengaturan halaman",
        "Page setup": "Pengaturan halaman",
        "Portrait": "Tegak",
        "Previous page": "Halaman sebelumnya",
        "Print": "Cetak",
        "Print Preview": "Pratinjau cetak",
        "Show facing pages": "Tampilkan dua halaman berhadapan",
        "Show overview of all pages": "Tampilkan semua halaman",
        "Show single page": "Tampilkan satu halaman",
        "Zoom in": "Perbesar",
        "Zoom out": "Perkecil",
    },
    "QPrintPropertiesDialog": {
        "Advanced Option Conflicts": "Pilihan lanjutan bertentangan",
        "Job Options": "Pilihan tugas cetak",
        "Page Setup Conflicts": "Pengaturan halaman bertentangan",
        "Printer Properties": "Sifat pencetak",
        "There are conflicts in page setup options. Do you want to fix them?": (
            "Pengaturan halaman bertentangan. Perbaiki sekarang?"
        ),
        "There are conflicts in some advanced options. Do you want to fix them?": (
            "Beberapa pilihan lanjutan bertentangan. Perbaiki sekarang?"
        ),
    },
    "QPrintPropertiesWidget": {
        "Advanced": "Lanjutan",
        "Form": "Formulir",
        "Page": "Halaman",
        "There are conflicts in some options. Please fix them.": (
            "Beberapa pilihan bertentangan. Perbaiki dulu."
        ),
    },
    "QPrintSettingsOutput": {
        "Collate": "Urutkan per salinan",
        "Color": "Berwarna",
        "Color Mode": "Mode warna",
        "Copies": "Salinan",
        "Copies:": "Jumlah salinan:",
        "Current Page": "Halaman ini",
        "Double Sided Printing": "Cetak bolak-balik",
        "Duplex Printing": "Cetak bolak-balik",
        "Form": "Formulir",
        "Grayscale": "Hitam putih",
        "Long side": "Sisi panjang",
        "Long side binding": "Jilid sisi panjang",
        "None": "Tidak",
        "Off": "Mati",
        "Options": "Pilihan",
        "Output Settings": "Pengaturan keluaran",
        "Page &Set:": "Kumpulan &halaman:",
        "Page Set:": "Kumpulan halaman:",
        "Pages": "Halaman",
        "Pages from": "Halaman dari",
        "Print all": "Cetak semua",
        "Print range": "Rentang cetak",
        "Reverse": "Terbalik",
        "Selection": "Pilihan",
        "Short side": "Sisi pendek",
        "Short side binding": "Jilid sisi pendek",
        "Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.": (
            "Tulis halaman atau rentang dipisah koma; rentang ditulis dua angka dengan tanda "
            "hubung. Contoh: 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9."
        ),
        "to": "sampai",
    },
    "QPrintWidget": {
        "&Name:": "&Nama:",
        "...": "...",
        "Form": "Formulir",
        "Location:": "Lokasi:",
        "Output &file:": "Berkas ke&luaran:",
        "P&roperties": "&Sifat",
        "Preview": "Pratinjau",
        "Printer": "Pencetak",
        "Type:": "Jenis:",
    },
    "QProgressDialog": {"Cancel": "&Batal"},
    "QScrollBar": {
        "Bottom": "Paling bawah",
        "Left edge": "Tepi kiri",
        "Page down": "Satu halaman ke bawah",
        "Page left": "Satu halaman ke kiri",
        "Page right": "Satu halaman ke kanan",
        "Page up": "Satu halaman ke atas",
        "Right edge": "Tepi kanan",
        "Scroll down": "Gulir ke bawah",
        "Scroll here": "Gulir ke sini",
        "Scroll left": "Gulir ke kiri",
        "Scroll right": "Gulir ke kanan",
        "Scroll up": "Gulir ke atas",
        "Top": "Paling atas",
    },
    "QTabBar": {"Scroll Left": "Gulir ke kiri", "Scroll Right": "Gulir ke kanan"},
    "QUnicodeControlCharacterMenu": {
        "Insert Unicode control character": "Sisipkan karakter kendali Unicode"
    },
    "QWidgetTextControl": {
        "&Copy": "&Salin",
        "&Paste": "&Tempel",
        "&Redo": "&Ulangi",
        "&Undo": "&Urungkan",
        "Copy &Link Location": "Salin alamat &tautan",
        "Cu&t": "&Potong",
        "Delete": "Hapus",
        "Select All": "Pilih semua",
    },
    "QWizard": {
        "&Finish": "&Selesai",
        "&Help": "Ban&tuan",
        "&Next": "&Lanjut",
        "&Next >": "&Lanjut >",
        "< &Back": "< &Kembali",
        "Cancel": "&Batal",
        "Commit": "Terapkan",
        "Continue": "Lanjut",
        "Done": "Selesai",
        "Go Back": "Kembali",
        "Help": "Bantuan",
    },
}

#: The standard buttons: Qt 6 asks QPlatformTheme, its GNOME theme and older code
#: QDialogButtonBox for them.
_KONTEKS_TOMBOL = ("QPlatformTheme", "QDialogButtonBox", "QGnomeTheme")


def terjemahan() -> dict[str, dict[str, str]]:
    """Every context's source -> Indonesian text."""
    semua = {k: dict(v) for k, v in _UMUM.items()}
    for k in _KONTEKS_TOMBOL:
        semua.setdefault(k, {}).update(_TOMBOL)
    return semua


def tulis_ts(path: Path) -> None:
    baris = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        '<TS version="2.1" language="id_ID">',
    ]
    for konteks, isi in sorted(terjemahan().items()):
        baris += ["<context>", f"    <name>{konteks}</name>"]
        for asli, id_ in sorted(isi.items()):
            baris += [
                "    <message>",
                f"        <source>{escape(asli)}</source>",
                f"        <translation>{escape(id_)}</translation>",
                "    </message>",
            ]
        baris.append("</context>")
    baris.append("</TS>")
    path.write_text("\n".join(baris) + "\n", encoding="utf-8")


def main() -> int:
    TUJUAN.mkdir(parents=True, exist_ok=True)
    ts = TUJUAN / "qt_id.ts"
    tulis_ts(ts)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    prog = str(lrelease) if lrelease.exists() else shutil.which("pyside6-lrelease")
    if prog is None:
        print("pyside6-lrelease tidak ditemukan", file=sys.stderr)
        return 1
    subprocess.run([prog, str(ts), "-qm", str(TUJUAN / "qt_id.qm")], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
