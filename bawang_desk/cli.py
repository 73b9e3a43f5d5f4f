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


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.perintah == "periksa":
        return perintah_periksa(args.db)
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
