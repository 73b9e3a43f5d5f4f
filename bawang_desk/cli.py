"""The command line: the GUI by default, a demo office, a smoke test, and batch commands.

Batch commands use the core without Qt, so the Sekcam or a scheduled task can run them on a PC
where nobody is logged in to the window.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bawang_desk import APP_NAME, __version__


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bawang-desk",
        description=f"{APP_NAME}: aplikasi loket pelayanan Kantor Kecamatan Bawang (luring).",
    )
    p.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    p.add_argument(
        "--db", metavar="BERKAS", help="berkas basis data (bawaan: folder data pengguna)"
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="buka basis data demo baru di folder sementara, berisi data contoh",
    )
    p.add_argument(
        "--smoke",
        action="store_true",
        help="buka jendela utama, tunggu tergambar, lalu keluar (untuk uji)",
    )
    p.add_argument(
        "--jurnal",
        choices=("auto", "wal", "delete"),
        default="auto",
        help="mode jurnal SQLite (bawaan: auto, WAL hanya bila aman)",
    )
    sub = p.add_subparsers(dest="perintah", metavar="PERINTAH")
    inf = sub.add_parser("info", help="versi aplikasi dan SQLite, dan mode jurnal yang dipakai")
    inf.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    periksa = sub.add_parser("periksa", help="periksa integritas, kunci asing, nomor dan audit")
    periksa.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    cad = sub.add_parser(
        "cadangan",
        help="buat cadangan yang sudah diperiksa; cetak lokasi dan SHA-256-nya",
        description="Tanpa -o: cadangan masuk folder cadangan/ di samping basis data (dengan "
        "rotasi). Dengan -o FOLDER (misalnya flashdisk): salinan dan berkas .sha256 ditulis "
        "ke folder itu.",
    )
    cad.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    cad.add_argument("-o", "--keluaran", metavar="FOLDER", help="folder tujuan (flashdisk)")
    pul = sub.add_parser(
        "pulihkan",
        help="pulihkan basis data dari berkas cadangan (berkas sekarang disisihkan, tidak dihapus)",
        description="Aplikasi harus ditutup dulu. Tanpa --ya, konfirmasi ditanyakan.",
    )
    pul.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    pul.add_argument("cadangan", metavar="CADANGAN", help="berkas cadangan .sqlite")
    pul.add_argument("--ya", action="store_true", help="lanjutkan tanpa bertanya")
    buku = sub.add_parser(
        "cetak-buku",
        help="cetak Buku Agenda Surat Masuk/Keluar atau Buku Ekspedisi ke PDF atau XLSX",
        description="Kata sandi dibaca dari variabel BAWANG_DESK_SANDI, atau ditanyakan.",
    )
    buku.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    buku.add_argument("--buku", required=True, choices=("surat-masuk", "surat-keluar", "ekspedisi"))
    buku.add_argument("--dari", required=True, metavar="YYYY-MM-DD")
    buku.add_argument("--sampai", required=True, metavar="YYYY-MM-DD")
    buku.add_argument(
        "-o", "--keluaran", required=True, metavar="BERKAS", help="berkas .pdf atau .xlsx"
    )
    buku.add_argument("--pengguna", required=True, help="nama pengguna yang mencetak")
    reg = sub.add_parser(
        "cetak-register",
        help="cetak register satu layanan (pindah, legalisasi, kredit-bank, skck, kk, ktp-el)",
        description="Kata sandi dibaca dari variabel BAWANG_DESK_SANDI, atau ditanyakan.",
    )
    reg.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    reg.add_argument(
        "--layanan",
        required=True,
        choices=("pindah", "legalisasi", "kredit-bank", "skck", "kk", "ktp-el"),
    )
    reg.add_argument("--dari", required=True, metavar="YYYY-MM-DD")
    reg.add_argument("--sampai", required=True, metavar="YYYY-MM-DD")
    reg.add_argument("-o", "--keluaran", required=True, metavar="BERKAS.pdf")
    reg.add_argument("--pengguna", required=True, help="nama pengguna yang mencetak")
    har = sub.add_parser(
        "cetak-harian",
        help="cetak harian Sekcam: semua register layanan satu hari, dengan jumlah per layanan",
        description="Kata sandi dibaca dari variabel BAWANG_DESK_SANDI, atau ditanyakan.",
    )
    har.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
    har.add_argument("--tanggal", required=True, metavar="YYYY-MM-DD")
    har.add_argument("-o", "--keluaran", required=True, metavar="BERKAS.pdf")
    har.add_argument("--pengguna", required=True, help="nama pengguna yang mencetak")
    return p


def _demo_path() -> Path:
    import tempfile

    from bawang_desk.core.demo import buat_demo

    folder = Path(tempfile.mkdtemp(prefix="bawang-desk-demo-"))
    path = folder / "demo.sqlite"
    print(f"Membuat basis data demo di {path} ...", flush=True)
    buat_demo(path)
    return path


def perintah_periksa(db: str | None) -> int:
    """``periksa``: the same report as the menu's "Periksa basis data", read-only.

    It runs outside any session (a scheduled task, or the Admin at a console): whoever can run
    it can read the file anyway, so the session permission ``audit.periksa`` that guards the
    menu item does not apply here. It never creates, migrates or changes the file.
    """
    from bawang_desk.core.pemulihan import periksa_berkas_saja

    kode, teks = periksa_berkas_saja(_db_path(db))
    print(teks, file=sys.stdout if kode == 0 else sys.stderr if kode == 2 else sys.stdout)
    return kode


def _db_path(db: str | None) -> Path:
    from bawang_desk.core import storage

    return (Path(db) if db is not None else storage.default_db_path()).absolute()


def perintah_cadangan(args: argparse.Namespace) -> int:
    """``cadangan [-o DIR]``: a verified backup made with SQLite's backup API."""
    from bawang_desk.core import cadangan
    from bawang_desk.core.errors import BawangError

    db = _db_path(args.db)
    if not db.is_file():
        print(f"Basis data {db} tidak ditemukan.", file=sys.stderr)
        return 2
    try:
        if args.keluaran:
            h = cadangan.cadangkan_ke(Path(args.keluaran), db)
            path, sha = h.path, h.sha256
        else:
            c = cadangan.cadangkan(db)
            path, sha = c.path, c.sha256
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    print(f"Cadangan tersimpan dan sudah diperiksa: {path}")
    print(f"SHA-256: {sha}")
    return 0


def _cadangan_dikenal(berkas: Path, db: Path):
    """The backup as recorded (with its SHA-256) when it is one of ours, else the plain path.

    A copy made with ``-o`` has its ``.sha256`` file beside it; that hash is checked too.
    """
    from bawang_desk.core import cadangan
    from bawang_desk.core.errors import CadanganGagal

    for c in cadangan.daftar_cadangan(db.parent):
        if c.path.absolute() == berkas:
            return c
    sidecar = berkas.with_name(berkas.name + ".sha256")
    if sidecar.is_file():
        harap = sidecar.read_text(encoding="ascii", errors="replace").split()[:1]
        if not harap or not cadangan.sha256_cocok(berkas, harap[0]):
            raise CadanganGagal(
                f"Berkas cadangan {berkas.name} tidak sama dengan SHA-256 di {sidecar.name}; "
                "pakai salinan lain.",
                bisa_diulang=False,
            )
    return berkas


def perintah_pulihkan(args: argparse.Namespace) -> int:
    """``pulihkan CADANGAN [--ya]``: restore, keeping the current file aside."""
    from bawang_desk.core import pemulihan
    from bawang_desk.core.errors import BawangError

    db = _db_path(args.db)
    berkas = Path(args.cadangan).absolute()
    if not berkas.is_file():
        print(f"Berkas cadangan {berkas} tidak ditemukan.", file=sys.stderr)
        return 2
    try:
        sumber = _cadangan_dikenal(berkas, db)
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    try:
        rencana = pemulihan.rencana_pulih(sumber, db)
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    print(f"Basis data {db} akan diganti dengan cadangan {berkas}.")
    print(rencana.teks())
    print("Berkas yang sekarang tidak dihapus: disimpan sebagai <nama>.<waktu>.sebelum-pulih.")
    if not args.ya:
        try:
            jawab = input("Ketik 'ya' untuk melanjutkan: ")
        except EOFError:
            jawab = ""
        if jawab.strip().lower() != "ya":
            print("Dibatalkan; tidak ada yang diubah.", file=sys.stderr)
            return 1
    try:
        h = pemulihan.pulihkan(sumber, db)
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    print(f"Basis data dipulihkan dari {h.sumber}.")
    for r in h.hilang:
        print(f"Ditandai HILANG: {r.teks()}")
    for p in h.disisihkan:
        print(f"Disimpan: {p}")
    return 0


def _masuk_batch(desk, username: str) -> None:
    """Log a batch command in as a real user, so permissions and the audit apply as in the GUI."""
    import getpass
    import os

    sandi = os.environ.get("BAWANG_DESK_SANDI")
    if sandi is None:
        sandi = getpass.getpass(f"Kata sandi {username}: ")
    desk.masuk(username, sandi)


def perintah_cetak_buku(args: argparse.Namespace) -> int:
    from datetime import date

    from bawang_desk.core.desk import Desk
    from bawang_desk.core.errors import BawangError

    try:
        dari, sampai = date.fromisoformat(args.dari), date.fromisoformat(args.sampai)
    except ValueError:
        print("Tanggal ditulis YYYY-MM-DD, misalnya 2026-11-01.", file=sys.stderr)
        return 2
    out = Path(args.keluaran)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        print("Berkas keluaran harus berakhiran .pdf atau .xlsx.", file=sys.stderr)
        return 2
    try:
        desk = Desk.open(args.db, kunci=False)
    except BawangError as e:
        print(f"Tidak dapat membuka basis data: {e}", file=sys.stderr)
        return 2
    try:
        _masuk_batch(desk, args.pengguna)
        from bawang_desk.documents.surat_masuk import cetak_buku_surat, ekspor_buku_surat

        if out.suffix.lower() == ".xlsx":
            ekspor_buku_surat(desk, args.buku, dari, sampai, out)
        else:
            cetak_buku_surat(desk, args.buku, dari, sampai, out)
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    finally:
        desk.close()
    print(f"Tersimpan: {out}")
    return 0


def perintah_register(args: argparse.Namespace) -> int:
    """``cetak-register`` and ``cetak-harian``: the service registers to PDF."""
    from datetime import date

    from bawang_desk.core.desk import Desk
    from bawang_desk.core.errors import BawangError

    try:
        if args.perintah == "cetak-harian":
            dari = sampai = date.fromisoformat(args.tanggal)
        else:
            dari, sampai = date.fromisoformat(args.dari), date.fromisoformat(args.sampai)
    except ValueError:
        print("Tanggal ditulis YYYY-MM-DD, misalnya 2026-11-01.", file=sys.stderr)
        return 2
    out = Path(args.keluaran)
    try:
        desk = Desk.open(args.db, kunci=False)
    except BawangError as e:
        print(f"Tidak dapat membuka basis data: {e}", file=sys.stderr)
        return 2
    try:
        _masuk_batch(desk, args.pengguna)
        from bawang_desk.documents.register_layanan import cetak_harian, cetak_register

        if args.perintah == "cetak-harian":
            cetak_harian(desk, dari, out)
        else:
            cetak_register(desk, args.layanan, dari, sampai, out)
    except BawangError as e:
        print(str(e), file=sys.stderr)
        return 1
    finally:
        desk.close()
    print(f"Tersimpan: {out}")
    return 0


def perintah_info() -> int:
    """``info``: which SQLite this build carries and the journal mode it runs in, so a frozen
    build can be checked (WAL needs the WAL-reset fix: 3.51.3+, or 3.44.6 / 3.50.7)."""
    import sqlite3

    from bawang_desk.core import storage

    mode = storage.pilih_journal("auto")
    print(f"{APP_NAME} {__version__}")
    print(f"SQLite {sqlite3.sqlite_version}")
    alasan = (
        "SQLite ini memuat perbaikan WAL-reset"
        if mode == "wal"
        else "SQLite ini belum memuat perbaikan WAL-reset (perlu 3.51.3+, atau 3.44.6 / 3.50.7)"
    )
    print(f"Mode jurnal: {mode.upper()} ({alasan})")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.perintah == "info":
        return perintah_info()
    if args.perintah == "periksa":
        return perintah_periksa(args.db)
    if args.perintah == "cadangan":
        return perintah_cadangan(args)
    if args.perintah == "pulihkan":
        return perintah_pulihkan(args)
    if args.perintah == "cetak-buku":
        return perintah_cetak_buku(args)
    if args.perintah in ("cetak-register", "cetak-harian"):
        return perintah_register(args)
    db: Path | str | None = args.db
    petunjuk = None
    if args.demo:
        db = _demo_path()
        from bawang_desk.ui.app import PETUNJUK_DEMO

        petunjuk = PETUNJUK_DEMO
    if args.smoke:
        from bawang_desk.ui.app import jalankan_smoke

        return jalankan_smoke(db)
    from bawang_desk.ui.app import jalankan_gui

    return jalankan_gui(db, petunjuk_login=petunjuk, journal=args.jurnal)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
