"""The command line: --smoke on a fresh file, periksa on a sound and on a tampered database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bawang_desk.cli import main
from bawang_desk.core.desk import Desk
from tests.helpers import siapkan

ROOT = Path(__file__).resolve().parents[1]


def test_smoke_membuka_jendela_dan_keluar_0(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    r = subprocess.run(
        [sys.executable, "-m", "bawang_desk", "--smoke", "--db", str(tmp_path / "baru.sqlite")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "baru.sqlite").exists()


def test_periksa_utuh_lalu_rusak(tmp_path, capsys):
    path = tmp_path / "db.sqlite"
    d = Desk.open(path)
    siapkan(d)
    d.close()
    assert main(["periksa", "--db", str(path)]) == 0
    assert "Basis data utuh" in capsys.readouterr().out
    import sqlite3

    c = sqlite3.connect(path)
    c.execute("DROP TRIGGER audit_tanpa_ubah")
    c.execute("UPDATE audit SET aksi = 'diubah' WHERE id = 2")
    c.commit()
    c.close()
    assert main(["--db", str(path), "periksa"]) == 1
    out = capsys.readouterr().out
    assert "Rantai audit rusak pada baris 2" in out


def test_periksa_lokasi_ditolak(tmp_path, capsys, monkeypatch):
    from bawang_desk.core import storage

    monkeypatch.setattr(
        storage, "klasifikasi_lokasi", lambda p: storage.Lokasi("removable", "/media/flashdisk")
    )
    assert main(["periksa", "--db", str(tmp_path / "x.sqlite")]) == 2
    assert "flashdisk" in capsys.readouterr().err


def test_cetak_buku_dari_baris_perintah(tmp_path, monkeypatch, capsys):
    from datetime import date

    from pypdf import PdfReader

    from bawang_desk.core.surat_masuk import SuratMasukBaru
    from tests.helpers import SANDI

    path = tmp_path / "db.sqlite"
    d = Desk.open(path)
    siapkan(d)
    d.masuk("pengadministrasi", SANDI)
    d.surat_masuk.catat(SuratMasukBaru(date.today(), "Polsek Bawang", "Laporan keamanan"))
    d.close()
    hari = date.today().isoformat()
    monkeypatch.setenv("BAWANG_DESK_SANDI", SANDI)
    pdf = tmp_path / "agenda.pdf"
    args = [
        "--db",
        str(path),
        "cetak-buku",
        "--buku",
        "surat-masuk",
        "--dari",
        hari,
        "--sampai",
        hari,
        "-o",
        str(pdf),
        "--pengguna",
        "sekcam",
    ]
    assert main(args) == 0
    teks = PdfReader(str(pdf)).pages[0].extract_text()
    assert "BUKU AGENDA SURAT MASUK" in teks and "Polsek Bawang" in teks
    assert main([*args[:-4], "-o", str(tmp_path / "agenda.xlsx"), "--pengguna", "sekcam"]) == 0
    assert (tmp_path / "agenda.xlsx").exists()
    monkeypatch.setenv("BAWANG_DESK_SANDI", "salah-sandi")
    assert main(args) == 1
    assert "salah" in capsys.readouterr().err


def test_cetak_register_dan_harian(tmp_path, monkeypatch):
    from datetime import date

    from pypdf import PdfReader

    from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
    from tests.helpers import SANDI

    path = tmp_path / "db.sqlite"
    d = Desk.open(path)
    siapkan(d)
    d.masuk("operator", SANDI)
    a = d.layanan.baru(
        PermohonanBaru(
            "skck",
            "umum",
            PemohonBaru("3304051203900001", "Slamet", "Pucang"),
            {"keperluan": "Melamar kerja"},
        )
    )
    for s in a.syarat:
        d.layanan.centang(a.id, s.urutan)
    d.layanan.periksa(a.id)
    d.layanan.minta_tanda_tangan(a.id)
    d.masuk("camat", SANDI)
    d.layanan.tandatangani(a.id, mode="camat")
    d.close()
    hari = date.today().isoformat()
    monkeypatch.setenv("BAWANG_DESK_SANDI", SANDI)
    out = tmp_path / "skck.pdf"
    assert (
        main(
            [
                "--db",
                str(path),
                "cetak-register",
                "--layanan",
                "skck",
                "--dari",
                hari,
                "--sampai",
                hari,
                "-o",
                str(out),
                "--pengguna",
                "sekcam",
            ]
        )
        == 0
    )
    assert "Slamet" in PdfReader(str(out)).pages[0].extract_text()
    out = tmp_path / "harian.pdf"
    assert (
        main(
            [
                "--db",
                str(path),
                "cetak-harian",
                "--tanggal",
                hari,
                "-o",
                str(out),
                "--pengguna",
                "sekcam",
            ]
        )
        == 0
    )
    assert "Jumlah Rekomendasi SKCK" in PdfReader(str(out)).pages[0].extract_text()
