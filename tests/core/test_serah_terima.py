"""Serah terima to Dindukcapil: batches, the verified flashdisk export, returns and the import."""

from __future__ import annotations

import csv
import errno
import io
import os
from datetime import timedelta
from pathlib import Path

import pytest

from bawang_desk.core import serah_terima as st_mod
from bawang_desk.core import storage
from bawang_desk.core.errors import AksesDitolak, ValidationError
from bawang_desk.core.layanan import PemohonBaru, PermohonanBaru
from bawang_desk.core.serah_terima import (
    MANIFEST,
    ImporGagal,
    SerahTerimaGagal,
    verifikasi_folder,
)
from tests.helpers import IDENTITAS, RUSAK, SANDI

#: what a KTP-el change of data changes (SOP 011)
ELEMEN = {"elemen_berubah": "Pekerjaan: Petani/Pekebun menjadi Wiraswasta"}
KK = "3304051203150007"
NAMA = ("Slamet Riyadi", "Siti Aminah", "Budi Hartono", "Rina Wati", "=HYPERLINK(1)")


def siap_kirim(desk, i: int, layanan: str = "kk", varian: str = "rusak-hilang") -> int:
    """An application processed by the operator, waiting for the weekly pickup."""
    desk.masuk("operator", SANDI)
    pem = PemohonBaru(
        f"330405120390{i + 1:04d}", NAMA[i % 4], "Wanadri", "Dusun Krajan", **IDENTITAS
    )
    a = desk.layanan.baru(PermohonanBaru(layanan, varian, pem, {"no_kk": KK, **RUSAK, **ELEMEN}))
    for s in a.syarat:
        desk.layanan.centang(a.id, s.urutan)
    desk.layanan.periksa(a.id)
    desk.layanan.minta_tanda_tangan(a.id)
    desk.masuk("camat", SANDI)
    desk.layanan.tandatangani(a.id, mode="camat")
    desk.masuk("operator", SANDI)
    return desk.layanan.proses(a.id, siak_tersedia=True).id


@pytest.fixture
def drive(tmp_path: Path) -> Path:
    d = tmp_path / "flashdisk"
    d.mkdir()
    return d


def status(desk, pids) -> list[str]:
    return [desk.layanan.get(p).status for p in pids]


def test_kirim_ekspor_terverifikasi_lalu_status_berubah(desk, drive, jam):
    pids = [siap_kirim(desk, i) for i in range(3)] + [
        siap_kirim(desk, 3, "ktp-el", "perubahan-data")
    ]
    assert status(desk, pids) == ["siap_dikirim"] * 4
    assert [b.permohonan_id for b in desk.serah_terima.siap_dikirim()] == pids
    st = desk.serah_terima.buat(pids[:2])
    assert st.nomor == "400.12.2.1/001/ST/2026" and st.status == "disiapkan"
    st = desk.serah_terima.tambah(st.id, pids[2:])
    st = desk.serah_terima.keluarkan(st.id, [pids[1]])
    assert [b.permohonan_id for b in st.berkas] == [pids[0], pids[2], pids[3]]
    assert [b.permohonan_id for b in desk.serah_terima.siap_dikirim()] == [pids[1]]
    langkah = []
    h = desk.serah_terima.kirim(st.id, drive, progress=lambda d, t, m: langkah.append(m))
    assert langkah[-1] == "Selesai."
    # re-read and verify the manifest as Dindukcapil (or sha256sum -c) would
    assert h.folder.parent == drive and verifikasi_folder(h.folder) == []
    teks = (h.folder / MANIFEST).read_text()
    baris = [x for x in teks.splitlines() if not x.startswith("#")]
    assert sorted(x.split("  ")[1] for x in baris) == sorted(p.name for p in h.berkas)
    # the audit anchor is the chain's head before the handover's own rows were written
    assert f"# Hash audit terakhir: {desk.verify_audit().hash_terakhir}" not in teks
    assert "# Hash audit terakhir: " in teks and "# Nomor: 400.12.2.1/001/ST/2026" in teks
    assert status(desk, pids) == [
        "di_dindukcapil",
        "siap_dikirim",
        "di_dindukcapil",
        "di_dindukcapil",
    ]
    st = desk.serah_terima.get(st.id)
    assert st.status == "dikirim" and st.tanggal_kirim == jam.now
    assert st.sha256_manifest == st_mod.sha256_berkas(h.manifest)
    aksi = [r[0] for r in desk.conn.execute("SELECT aksi FROM audit ORDER BY id")]
    assert aksi[-1] == "serah_terima.kirim" and aksi.count("layanan.kirim_dindukcapil") == 3
    # the CSV: the Dindukcapil layout, NIK as text, a formula-looking name escaped
    rows = list(csv.reader(io.StringIO(h.berkas[2].read_text(encoding="utf-8-sig"))))
    assert rows[0] == list(st_mod.KOLOM_EKSPOR)
    assert rows[1][2] == "3304051203900001" and rows[1][4] == KK and rows[1][5] == "Kartu Keluarga"
    assert rows[3][5] == "KTP-el" and "perubahan elemen data" in rows[3][6]
    from openpyxl import load_workbook

    ws = load_workbook(h.berkas[1]).active
    assert ws["A1"].value.startswith("Serah Terima 400.12.2.1/001/ST/2026")


def test_sel_rumus_diloloskan_sebagai_teks(desk, drive, monkeypatch):
    pid = siap_kirim(desk, 0)
    desk.conn.execute("UPDATE permohonan SET desa = '=1+1' WHERE id = ?", (pid,))
    st = desk.serah_terima.buat([pid])
    h = desk.serah_terima.kirim(st.id, drive)
    rows = list(csv.reader(io.StringIO(h.berkas[2].read_text(encoding="utf-8-sig"))))
    assert rows[1][7] == "'=1+1"
    from openpyxl import load_workbook

    ws = load_workbook(h.berkas[1]).active
    assert "'=1+1" in [c.value for r in ws.iter_rows() for c in r]


def test_byte_berubah_gagal_verifikasi(desk, drive):
    st = desk.serah_terima.buat([siap_kirim(desk, 0)])
    h = desk.serah_terima.kirim(st.id, drive)
    data = bytearray(h.berkas[2].read_bytes())
    data[-3] ^= 0x01
    h.berkas[2].write_bytes(bytes(data))
    masalah = verifikasi_folder(h.folder)
    assert len(masalah) == 1 and h.berkas[2].name in masalah[0] and "berubah" in masalah[0]
    h.berkas[0].unlink()
    assert any("tidak ada" in m for m in verifikasi_folder(h.folder))
    (h.folder / MANIFEST).unlink()
    assert "tidak lengkap" in verifikasi_folder(h.folder)[0]


@pytest.mark.parametrize(
    ("err", "kata"),
    [
        (errno.ENOSPC, "penuh"),
        (errno.EROFS, "hanya-baca"),
        (errno.EIO, "tercabut"),
        (errno.ENODEV, "tercabut"),
    ],
)
def test_gagal_di_tengah_tidak_mengubah_apa_pun_dan_bisa_diulang(
    desk, drive, monkeypatch, err, kata
):
    pids = [siap_kirim(desk, i) for i in range(2)]
    st = desk.serah_terima.buat(pids)
    audit_sebelum = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    asli = os.replace
    n = {"drive": 0}

    def replace_rusak(src, dst, *a, **k):
        if Path(dst).is_relative_to(drive):
            n["drive"] += 1
            if n["drive"] == 2:  # the second file on the drive: the XLSX, after the PDF
                raise OSError(err, os.strerror(err), str(dst))
        return asli(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace_rusak)
    with pytest.raises(SerahTerimaGagal, match=kata) as e:
        desk.serah_terima.kirim(st.id, drive)
    assert "Status permohonan tidak berubah" in str(e.value)
    assert status(desk, pids) == ["siap_dikirim", "siap_dikirim"]
    assert desk.serah_terima.get(st.id).status == "disiapkan"
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit_sebelum
    folder = drive / desk.serah_terima.get(st.id).nama_folder
    assert not (folder / MANIFEST).exists() and verifikasi_folder(folder) != []
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    monkeypatch.undo()
    h = desk.serah_terima.kirim(st.id, drive)  # the retry
    assert verifikasi_folder(h.folder) == [] and status(desk, pids) == ["di_dindukcapil"] * 2


def test_manifest_lama_dicabut_sebelum_menulis_ulang(desk, drive, monkeypatch):
    """A retry over an earlier complete folder (salin ulang) must not leave the old manifest
    vouching for a half-rewritten folder."""
    st = desk.serah_terima.buat([siap_kirim(desk, 0)])
    h = desk.serah_terima.kirim(st.id, drive)
    asli = os.replace

    def replace_rusak(src, dst, *a, **k):
        if Path(dst).is_relative_to(drive) and Path(dst).name.endswith(".csv"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return asli(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace_rusak)
    with pytest.raises(SerahTerimaGagal, match="penuh"):
        desk.serah_terima.salin_ulang(st.id, drive)
    assert not h.manifest.exists()
    monkeypatch.undo()
    assert verifikasi_folder(desk.serah_terima.salin_ulang(st.id, drive).folder) == []


def test_gagal_saat_commit_mencabut_manifest(desk, drive, monkeypatch):
    pid = siap_kirim(desk, 0)
    st = desk.serah_terima.buat([pid])

    def rusak(*_a, **_k):
        raise RuntimeError("listrik padam")

    monkeypatch.setattr(type(desk.layanan), "pindahkan", rusak)
    with pytest.raises(RuntimeError):
        desk.serah_terima.kirim(st.id, drive)
    folder = drive / st.nama_folder
    assert not (folder / MANIFEST).exists()
    assert desk.layanan.get(pid).status == "siap_dikirim"


def test_folder_tujuan_tidak_ada(desk, tmp_path):
    st = desk.serah_terima.buat([siap_kirim(desk, 0)])
    with pytest.raises(SerahTerimaGagal, match="tidak ditemukan"):
        desk.serah_terima.kirim(st.id, tmp_path / "tercabut")


def test_batch_kosong_dua_kali_dan_belum_dikirim_ditolak(desk, drive):
    desk.masuk("operator", SANDI)
    with pytest.raises(ValidationError, match="paling sedikit satu"):
        desk.serah_terima.buat([])
    a, b = siap_kirim(desk, 0), siap_kirim(desk, 1)
    st = desk.serah_terima.buat([a])
    # the same file in a second batch: refused
    with pytest.raises(ValidationError, match="dua kali"):
        desk.serah_terima.buat([b, a])
    assert [x.permohonan_id for x in desk.serah_terima.siap_dikirim()] == [b]
    # a return for a file never sent: refused, nothing changes
    with pytest.raises(ValidationError, match="belum pernah diserahkan"):
        desk.serah_terima.kembali(a, "ditandatangani")
    with pytest.raises(ValidationError, match="belum pernah diserahkan"):
        desk.serah_terima.kembali(b, "ditandatangani")
    # an empty batch cannot go
    st = desk.serah_terima.keluarkan(st.id, [a])
    with pytest.raises(ValidationError, match="masih kosong"):
        desk.serah_terima.kirim(st.id, drive)
    assert not any(drive.iterdir())
    st = desk.serah_terima.tambah(st.id, [a, b])
    desk.serah_terima.kirim(st.id, drive)
    # the batch twice: refused
    with pytest.raises(ValidationError, match="dua kali"):
        desk.serah_terima.kirim(st.id, drive)
    with pytest.raises(ValidationError, match="sudah dikirim"):
        desk.serah_terima.tambah(st.id, [a])
    # a file already at Dindukcapil into a new batch: refused
    c = siap_kirim(desk, 2)
    with pytest.raises(ValidationError, match="dua kali"):
        desk.serah_terima.buat([c, a])
    # an SKCK never goes to Dindukcapil
    assert status(desk, [a, b]) == ["di_dindukcapil"] * 2


def test_kembali_per_berkas_dan_terlambat(desk, drive, jam):
    a, b, c = (siap_kirim(desk, i) for i in range(3))
    st = desk.serah_terima.buat([a, b, c])
    desk.serah_terima.kirim(st.id, drive)
    hari = jam.hari_ini()
    assert desk.serah_terima.terlambat(hari + timedelta(days=14)) == []
    telat = desk.serah_terima.terlambat(hari + timedelta(days=15))
    assert [x.permohonan_id for x in telat] == [a, b, c]
    assert desk.serah_terima.hitung_terlambat(hari + timedelta(days=15)) == 3
    assert telat[0].nomor_serah_terima == st.nomor and telat[0].terlambat(hari + timedelta(15))
    jam.maju(days=10)
    desk.masuk("operator", SANDI)
    x = desk.serah_terima.kembali(a, "ditandatangani")
    assert x.hasil == "ditandatangani" and desk.layanan.get(a).status == "siap_diserahkan"
    p = desk.layanan.get(a)
    # SOP 010 step 6 is measured from the handover: ten days, within the 14-day standard
    enam = next(lk for lk in p.langkah if lk.langkah == 6)
    assert enam.durasi == timedelta(days=10) and not enam.lewat_baku
    with pytest.raises(ValidationError, match="alasan perbaikan"):
        desk.serah_terima.kembali(b, "perbaikan", "")
    x = desk.serah_terima.kembali(b, "perbaikan", "Nama ibu kandung tidak sesuai akta")
    assert desk.layanan.get(b).status == "siap_dikirim"
    siap = desk.serah_terima.siap_dikirim()
    assert [s.keterangan for s in siap] == ["Nama ibu kandung tidak sesuai akta"]
    with pytest.raises(ValidationError, match="tidak sedang di Dindukcapil"):
        desk.serah_terima.kembali(a, "ditandatangani")
    # the corrected file goes again in a new batch
    st2 = desk.serah_terima.buat([b])
    assert st2.nomor == "400.12.2.1/002/ST/2026"
    assert [x.permohonan_id for x in desk.serah_terima.terlambat(hari + timedelta(15))] == [c]
    assert desk.serah_terima.get(st.id).label_status == "Dikirim (2 dari 3 kembali)"
    # the layanan tab's "kembali" button goes through the batch too
    desk.layanan.kembali_dari_dindukcapil(c)
    assert desk.serah_terima.get(st.id).label_status == "Sudah kembali semua"
    aksi = [r[0] for r in desk.conn.execute("SELECT aksi FROM audit")]
    assert aksi.count("serah_terima.kembali") == 3


def test_batal_menyimpan_nomor(desk):
    a = siap_kirim(desk, 0)
    st = desk.serah_terima.buat([a])
    with pytest.raises(AksesDitolak):
        desk.serah_terima.batalkan(st.id, "Salah pilih berkas")
    desk.masuk("sekcam", SANDI)
    st = desk.serah_terima.batalkan(st.id, "Salah pilih berkas")
    assert st.status == "batal" and desk.penomoran.get(st.nomor_id).batal
    assert [x.permohonan_id for x in desk.serah_terima.siap_dikirim()] == [a]
    assert desk.penomoran.periksa_kesinambungan() == []


def test_peran(desk):
    a = siap_kirim(desk, 0)
    desk.masuk("camat", SANDI)
    with pytest.raises(AksesDitolak):
        desk.serah_terima.buat([a])
    assert desk.serah_terima.siap_dikirim()  # may look
    desk.masuk("kasubbag", SANDI)
    with pytest.raises(AksesDitolak):
        desk.serah_terima.impor_kembali("x.csv")
    desk.keluar()
    with pytest.raises(AksesDitolak):
        desk.serah_terima.terlambat(desk.sekarang().date())


# --------------------------------------------------------------------------- the returned CSV


def kirim_tiga(desk, drive) -> tuple[list[int], list[list[str]]]:
    pids = [siap_kirim(desk, i) for i in range(3)]
    st = desk.serah_terima.buat(pids)
    h = desk.serah_terima.kirim(st.id, drive)
    rows = list(csv.reader(io.StringIO(h.berkas[2].read_text(encoding="utf-8-sig"))))
    return pids, rows


def tulis(path: Path, rows: list[list[str]], *, pemisah: str = ",", bom: bool = True) -> Path:
    buf = io.StringIO()
    csv.writer(buf, delimiter=pemisah, lineterminator="\r\n").writerows(rows)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buf.getvalue().encode("utf-8"))
    return path


def test_impor_semua_baris(desk, drive, tmp_path):
    pids, rows = kirim_tiga(desk, drive)
    kembali = [rows[0] + ["Status", "Keterangan"]]
    kembali.append(rows[1] + ["Ditandatangani", ""])
    kembali.append(rows[2] + ["perbaikan", "Foto KK buram, pindai ulang"])
    kembali.append(rows[3] + ["", ""])  # not back yet
    kembali.append([""] * 12)  # Excel's trailing empty row
    p = tulis(tmp_path / "kembali.csv", kembali, pemisah=";")
    h = desk.serah_terima.impor_kembali(p)
    assert (h.ditandatangani, h.perbaikan, h.belum_kembali) == (1, 1, 1)
    assert status(desk, pids) == ["siap_diserahkan", "siap_dikirim", "di_dindukcapil"]
    assert [r[0] for r in desk.conn.execute("SELECT aksi FROM audit ORDER BY id DESC LIMIT 1")] == [
        "serah_terima.impor"
    ]
    # the same file again: the rows already recorded are refused, nothing changes
    with pytest.raises(ImporGagal) as e:
        desk.serah_terima.impor_kembali(p)
    assert any("Baris 2" in g and "sudah dicatat" in g for g in e.value.galat)


def test_impor_semua_atau_tidak_sama_sekali_dengan_nomor_baris(desk, drive, tmp_path):
    pids, rows = kirim_tiga(desk, drive)
    audit = desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    kembali = [rows[0] + ["Status", "Keterangan"]]
    kembali.append(rows[1] + ["ditandatangani", ""])  # line 2: fine
    salah = list(rows[2])
    salah[2] = "3.30405E+15"  # Excel turned the NIK into a number
    kembali.append([*salah, "ditandatangani", ""])  # line 3
    kembali.append(rows[3] + ["entah", ""])  # line 4
    kembali.append(rows[1][:4])  # line 5: truncated
    kembali.append(
        ["99", "400.12.2.1/999/KK/2026", "3304051203900009"] + [""] * 7 + ["selesai", ""]
    )
    p = tulis(tmp_path / "kembali.csv", kembali)
    with pytest.raises(ImporGagal) as e:
        desk.serah_terima.impor_kembali(p)
    g = e.value.galat
    assert any(x.startswith("Baris 5:") and "terpotong" in x for x in g), g
    assert "tidak diimpor" in str(e.value)
    # structural faults stop the file before the rows are checked; fix line 5 and look again
    del kembali[4]
    p = tulis(tmp_path / "kembali.csv", kembali)
    with pytest.raises(ImporGagal) as e:
        desk.serah_terima.impor_kembali(p)
    g = e.value.galat
    assert any(x.startswith("Baris 3:") and "Excel" in x for x in g), g
    assert any(x.startswith("Baris 4:") and "tidak dikenal" in x for x in g), g
    assert any(x.startswith("Baris 5:") and "tidak ada dalam serah terima" in x for x in g), g
    assert not any(x.startswith("Baris 2:") for x in g)
    assert status(desk, pids) == ["di_dindukcapil"] * 3
    assert desk.conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == audit


@pytest.mark.parametrize(
    ("isi", "kata"),
    [
        (b"", "kosong"),
        (b"PK\x03\x04xlsx", "XLSX"),
        (b"\x00\x01\x02\x03garbage", "biner"),
        (b"hanya satu kolom\r\n", "pemisah"),
        (b"No.;NIK;Nama\r\n1;2;3\r\n", "Nomor Register, Status"),
        (b'Nomor Register,NIK,Status\r\n"400.12.2.1/001/KK/2026,3304,\r\n', "rusak"),
    ],
)
def test_impor_berkas_rusak(desk, drive, tmp_path, isi, kata):
    pids, _rows = kirim_tiga(desk, drive)
    p = tmp_path / "rusak.csv"
    p.write_bytes(isi)
    with pytest.raises(ImporGagal, match=kata):
        desk.serah_terima.impor_kembali(p)
    assert status(desk, pids) == ["di_dindukcapil"] * 3


def test_impor_ansi_tanpa_bom_dengan_koma(desk, drive, tmp_path):
    pids, rows = kirim_tiga(desk, drive)
    kembali = [rows[0] + ["Status", "Keterangan"]] + [[*r, "Selesai", "Sudah"] for r in rows[1:]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(kembali)
    p = tmp_path / "ansi.csv"
    p.write_bytes(
        buf.getvalue().replace("Sudah", "Sudah ditandatangani Kadis\u00e9").encode("cp1252")
    )
    h = desk.serah_terima.impor_kembali(p)
    assert h.ditandatangani == 3 and status(desk, pids) == ["siap_diserahkan"] * 3


def test_daftar_drive_flashdisk_dulu(tmp_path, monkeypatch):
    mountinfo = (
        "22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
        "30 22 0:5 / /proc rw - proc proc rw\n"
        "40 22 8:17 / /media/op/FLASHDISK rw - vfat /dev/sdb1 rw\n"
        "41 22 8:33 / /mnt/data rw - ext4 /dev/sdc1 rw\n"
        "42 22 0:50 / /mnt/share rw - cifs //srv/x rw\n"
    )
    monkeypatch.setattr(storage, "_linux_removable", lambda p, _s: "FLASHDISK" in str(p))
    drives = storage.daftar_drive(mountinfo=mountinfo)
    assert [str(d.path) for d in drives] == ["/media/op/FLASHDISK", "/mnt/data"]
    assert drives[0].removable and "flashdisk" in drives[0].label
