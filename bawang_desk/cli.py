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
    periksa = sub.add_parser("periksa", help="periksa integritas, kunci asing, nomor dan audit")
    periksa.add_argument("--db", metavar="BERKAS", default=argparse.SUPPRESS)
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
    from bawang_desk.core.desk import Desk
    from bawang_desk.core.errors import BawangError

    try:
        desk = Desk.open(db, kunci=False)
    except BawangError as e:
        print(f"Tidak dapat membuka basis data: {e}", file=sys.stderr)
        return 2
    try:
        masalah = desk.periksa_integritas()
        a = desk.verify_audit()
    finally:
        desk.close()
    if masalah:
        print("Ditemukan masalah:")
        for m in masalah:
            print(f"- {m}")
        return 1
    print("Basis data utuh: integritas, kunci asing, kesinambungan nomor dan rantai audit baik.")
    print(a.pesan)
    print(f"Hash audit terakhir: {a.hash_terakhir}")
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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.perintah == "periksa":
        return perintah_periksa(args.db)
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
