"""tools/gen_wilayah.py: reads the dataset's dump styles, keeps kab/kota, kecamatan and
Banjarnegara's desa, and marks renumbered codes of older lists as old."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _modul():
    spec = importlib.util.spec_from_file_location("gen_wilayah", ROOT / "tools" / "gen_wilayah.py")
    m = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(m)
    return m


def test_buat_ulang_dari_sql(tmp_path):
    g = _modul()
    sekarang = tmp_path / "wilayah.sql"
    sekarang.write_text(
        "INSERT INTO wilayah (kode, nama) VALUES\n('33','Jawa Tengah'),\n"
        "('33.04','Kabupaten Banjarnegara'),\n('33.04.05','Bawang'),\n"
        "('33.04.05.2001','Wanadri'),\n('33.01.01.2001','Desa Lain'),\n"
        "('11.01.02','Kluet Utara'),\n('11.01.02.2018','Pasi Kuala Ba''u'),\n"
        "('93.01','Kabupaten Merauke');\n",
        encoding="utf-8",
    )
    lama = tmp_path / "wilayah_2022.sql"
    lama.write_text('("91.01","KAB. MERAUKE"),\n("33.04","KAB. BANJARNEGARA"),\n', encoding="utf-8")
    keluar = tmp_path / "w.tsv"
    g.main([str(sekarang), str(lama), "--commit", "abc1234", "--tanggal", "2026-02-13",
            "--keluar", str(keluar)])  # fmt: skip
    teks = keluar.read_text(encoding="utf-8")
    baris = [b for b in teks.splitlines() if not b.startswith("#")]
    assert baris == [
        "11.01.02\tKluet Utara",
        "33.04\tKabupaten Banjarnegara",
        "33.04.05\tBawang",
        "33.04.05.2001\tWanadri",
        "93.01\tKabupaten Merauke",
        "91.01\tKabupaten Merauke\tlama wilayah_2022.sql",
    ]
    assert "commit abc1234" in teks and "300.2.2-2138" in teks


def test_berkas_kiriman_dibuat_oleh_skrip():
    teks = (ROOT / "resources" / "referensi" / "wilayah_kemendagri.tsv").read_text("utf-8")
    assert "# Jangan disunting tangan: buat ulang dengan tools/gen_wilayah.py" in teks
    assert "514 kabupaten/kota, 7285 kecamatan, 278 desa/kelurahan" in teks
