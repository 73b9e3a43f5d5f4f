"""The command line: --smoke on a fresh file, periksa on a sound and on a tampered database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from bawang_desk.cli import main
from bawang_desk.core.desk import Desk
from tests.helpers import IDENTITAS, PENGANTAR, siapkan

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


def test_periksa_tidak_membuat_berkas_di_jalur_salah_ketik(tmp_path, capsys):
    assert main(["periksa", "--db", str(tmp_path / "salah-ketik.sqlite")]) == 2
    assert "tidak ditemukan" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


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
            PemohonBaru("3304051203900001", "Slamet", "Pucang", **IDENTITAS),
            {"keperluan": "Melamar kerja", **PENGANTAR},
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


def _db_siap(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "db.sqlite"
    d = Desk.open(path)
    siapkan(d)
    d.close()
    return path


def test_cadangan_ke_folder_cadangan_lalu_ke_flashdisk(tmp_path, capsys):
    from bawang_desk.core import cadangan
    from bawang_desk.core.ekspor import sha256_berkas

    path = _db_siap(tmp_path)
    assert main(["cadangan", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    c = cadangan.cadangan_terakhir(path.parent)
    assert c is not None and c.terverifikasi
    assert f"Cadangan tersimpan dan sudah diperiksa: {c.path}" in out
    assert f"SHA-256: {c.sha256}" in out and sha256_berkas(c.path) == c.sha256

    flash = tmp_path / "flash"
    flash.mkdir()
    assert main(["--db", str(path), "cadangan", "-o", str(flash)]) == 0
    out = capsys.readouterr().out
    (salinan,) = flash.glob("*.sqlite")
    sha = sha256_berkas(salinan)
    assert str(salinan) in out and f"SHA-256: {sha}" in out
    assert (flash / (salinan.name + ".sha256")).read_text().split()[0] == sha
    assert cadangan.periksa_berkas(salinan) == []


def test_cadangan_gagal_dengan_pesan(tmp_path, capsys):
    path = _db_siap(tmp_path)
    assert main(["cadangan", "--db", str(path), "-o", str(tmp_path / "tidak-ada")]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    assert main(["cadangan", "--db", str(tmp_path / "kosong.sqlite")]) == 2


def test_pulihkan_dengan_konfirmasi(tmp_path, capsys, monkeypatch):
    from datetime import date

    from bawang_desk.core import cadangan
    from tests.helpers import SANDI

    path = _db_siap(tmp_path)
    assert main(["cadangan", "--db", str(path)]) == 0
    c = cadangan.cadangan_terakhir(path.parent)
    d = Desk.open(path)
    d.masuk("operator", SANDI)
    d.penomoran.ambil("skck", date(2026, 11, 24), "Sesudah cadangan")
    d.close()
    capsys.readouterr()

    # without --ya it asks; anything but "ya" changes nothing
    monkeypatch.setattr("builtins.input", lambda _p="": "tidak")
    assert main(["pulihkan", "--db", str(path), str(c.path)]) == 1
    assert "Dibatalkan" in capsys.readouterr().err
    d = Desk.open(path, kunci=False)
    assert d.conn.execute("SELECT COUNT(*) FROM nomor").fetchone()[0] == 1
    d.close()

    assert main(["pulihkan", "--db", str(path), str(c.path), "--ya"]) == 0
    out = capsys.readouterr().out
    assert "Basis data dipulihkan" in out and ".sebelum-pulih" in out
    # before it asks, it names the backup's date and time and the numbers it marks lost
    assert f"Cadangan dibuat {c.label}." in out
    assert "1 nomor yang sudah diterbitkan sesudah cadangan itu akan ditandai HILANG" in out
    assert "tahun 2026: nomor 1 (1 nomor)" in out
    assert list(path.parent.glob("db.sqlite.*.sebelum-pulih"))
    d = Desk.open(path, kunci=False)
    try:
        # the SKCK number issued after the backup stays taken: lost, never issued again
        d.masuk("operator", SANDI)
        (n,) = d.penomoran.daftar("skck")
        assert n.nomor == 1 and n.hilang
        assert d.periksa_integritas() == []
        aksi = d.conn.execute(
            "SELECT aksi FROM audit WHERE aksi LIKE 'cadangan.%' ORDER BY id DESC LIMIT 1"
        ).fetchone()[0]
        assert aksi == "cadangan.pulih"
        assert d.penomoran.ambil("skck", date(2026, 11, 24), "Sesudah pulih").nomor == 2
    finally:
        d.close()


def test_pulihkan_menolak_salinan_yang_berubah(tmp_path, capsys):
    path = _db_siap(tmp_path)
    flash = tmp_path / "flash"
    flash.mkdir()
    assert main(["cadangan", "--db", str(path), "-o", str(flash)]) == 0
    (salinan,) = flash.glob("*.sqlite")
    data = bytearray(salinan.read_bytes())
    data[-10] ^= 0xFF
    salinan.write_bytes(bytes(data))
    sebelum = path.read_bytes()
    assert main(["pulihkan", "--db", str(path), str(salinan), "--ya"]) == 1
    assert "SHA-256" in capsys.readouterr().err
    assert path.read_bytes() == sebelum


def test_info_melaporkan_sqlite_dan_mode_jurnal(capsys):
    import sqlite3

    from bawang_desk.core import storage

    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"SQLite {sqlite3.sqlite_version}" in out
    assert f"Mode jurnal: {storage.pilih_journal('auto').upper()}" in out


def test_tanpa_layar_pesan_indonesia_sebelum_qt(monkeypatch, capsys):
    """No display on Linux: a sentence saying so, before Qt could abort about libxcb-cursor0."""
    from bawang_desk import cli

    for v in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    dipanggil = []
    monkeypatch.setattr("bawang_desk.ui.app.jalankan_gui", lambda *a, **k: dipanggil.append(a))
    assert cli.main(["--db", "x.sqlite"]) == 1
    err = capsys.readouterr().err
    assert "perlu layar" in err and "xvfb-run" in err and "libxcb" not in err
    assert dipanggil == []
    monkeypatch.setenv("DISPLAY", ":0")
    assert cli.pesan_tanpa_layar() is None


def test_demo_menghapus_folder_sementaranya_saat_keluar(monkeypatch, tmp_path):
    from bawang_desk import cli

    dibuat: list = []

    def gui(db, **_k):
        dibuat.append(db)
        (db.parent / "cetak").mkdir()
        (db.parent / "cetak" / "register.pdf").write_bytes(b"%PDF")
        return 0

    monkeypatch.setattr("bawang_desk.core.demo.buat_demo", lambda p, **k: p.write_bytes(b""))
    monkeypatch.setattr("bawang_desk.ui.app.jalankan_gui", gui)
    assert cli.main(["--demo"]) == 0
    assert dibuat and not dibuat[0].parent.exists()
