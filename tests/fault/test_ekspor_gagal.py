"""Fault item 7: exports (XLSX, CSV, the flashdisk copy) with injected disk-full and I/O errors.

Pass condition (issue 7): the old file untouched or the new one absent, no temporary file left,
and a retry succeeds. Faults are injected only for files in the target folder (write ENOSPC,
fsync EIO, the temp file refused EROFS, the rename failing ENODEV as when a drive is pulled).
"""

from __future__ import annotations

import csv
import errno
import io
import os
import sys
from pathlib import Path

import pytest

from bawang_desk.core import cadangan as cd
from bawang_desk.core import ekspor
from bawang_desk.core.errors import CadanganGagal

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="fd paths via /proc")


def _di(folder: Path, path: str | os.PathLike | int) -> bool:
    if isinstance(path, int):
        try:
            path = os.readlink(f"/proc/self/fd/{path}")
        except OSError:
            return False
    return Path(path).absolute().parent == folder.absolute()


class _Penuh:
    """A file that takes some bytes, then reports the disk full."""

    def __init__(self, f, sisa: int) -> None:
        self._f, self._sisa = f, sisa

    def write(self, b) -> int:
        if len(b) > self._sisa:  # like a buffered file: what fits goes out, then the error
            self._f.write(bytes(b[: self._sisa]))
            self._sisa = 0
            raise OSError(errno.ENOSPC, "No space left on device")
        self._sisa -= len(b)
        return self._f.write(b)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._f.close()

    def __getattr__(self, nama):
        if nama == "_f":
            raise AttributeError(nama)
        return getattr(self._f, nama)


def pasang(monkeypatch, folder: Path, gangguan: str) -> None:
    if gangguan == "tulis-penuh":
        asli = os.fdopen

        def fdopen(fd, *a, **k):
            f = asli(fd, *a, **k)
            return _Penuh(f, 3000) if _di(folder, fd) else f

        monkeypatch.setattr(ekspor.os, "fdopen", fdopen)
    elif gangguan == "fsync-io":
        asli = os.fsync

        def fsync(fd):
            if _di(folder, fd):
                raise OSError(errno.EIO, "Input/output error")
            return asli(fd)

        monkeypatch.setattr(ekspor.os, "fsync", fsync)
    elif gangguan == "hanya-baca":
        asli = ekspor.tempfile.mkstemp

        def mkstemp(*a, dir=None, **k):
            if dir is not None and Path(dir).absolute() == folder.absolute():
                raise OSError(errno.EROFS, "Read-only file system")
            return asli(*a, dir=dir, **k)

        monkeypatch.setattr(ekspor.tempfile, "mkstemp", mkstemp)
    elif gangguan == "tercabut":
        asli = os.replace

        def replace(a, b):
            if _di(folder, b):
                raise OSError(errno.ENODEV, "No such device")
            return asli(a, b)

        monkeypatch.setattr(ekspor.os, "replace", replace)


GANGGUAN = ["tulis-penuh", "fsync-io", "hanya-baca", "tercabut"]
BARIS = [[i, f"Nama {i}", "=1+1", "Ñandu"] for i in range(300)]


@pytest.mark.parametrize("gangguan", GANGGUAN)
@pytest.mark.parametrize("bentuk", ["xlsx", "csv"])
def test_ekspor_gagal_berkas_lama_utuh_lalu_ulang(tmp_path, monkeypatch, gangguan, bentuk):
    folder = tmp_path / "keluar"
    folder.mkdir()
    path = folder / f"register.{bentuk}"
    path.write_bytes(b"isi lama")

    def tulis():
        if bentuk == "xlsx":
            return ekspor.tulis_xlsx(
                path, judul="Register", kolom=["a", "b", "c", "d"], baris=BARIS
            )
        return ekspor.tulis_csv(path, ["a", "b", "c", "d"], BARIS)

    with monkeypatch.context() as m:
        pasang(m, folder, gangguan)
        with pytest.raises(OSError) as e:
            tulis()
        assert e.value.errno in (errno.ENOSPC, errno.EIO, errno.EROFS, errno.ENODEV)
    assert path.read_bytes() == b"isi lama"
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    tulis()  # retry succeeds
    assert sorted(p.name for p in folder.iterdir()) == [path.name]
    if bentuk == "csv":
        rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
        assert len(rows) == 301 and rows[1][2] == "'=1+1"
    else:
        from openpyxl import load_workbook

        wb = load_workbook(path, read_only=True)
        assert sum(1 for _ in wb.active.iter_rows()) == 3 + 300
        wb.close()


@pytest.mark.parametrize(
    "gangguan, kata",
    [
        ("tulis-penuh", "penuh"),
        ("fsync-io", "tercabut"),
        ("hanya-baca", "hanya-baca"),
        ("tercabut", "tercabut"),
    ],
)
def test_flashdisk_gagal_pesan_jelas_lalu_ulang(
    desk, db_path, tmp_path, monkeypatch, gangguan, kata
):
    flash = tmp_path / "FLASHDISK"
    flash.mkdir()
    (flash / "foto.jpg").write_bytes(b"milik orang lain")
    with monkeypatch.context() as m:
        pasang(m, flash, gangguan)
        with pytest.raises(CadanganGagal) as e:
            cd.cadangkan_ke(flash, db_path)
    assert kata in str(e.value) and "coba lagi" in str(e.value).lower()
    assert e.value.bisa_diulang
    assert sorted(p.name for p in flash.iterdir()) == ["foto.jpg"]  # nothing half-written
    assert not list((db_path.parent / "cadangan").glob(".flashdisk-*"))
    h = cd.cadangkan_ke(flash, db_path)  # retry succeeds
    assert cd.periksa_berkas(h.path) == []
    assert sorted(p.name for p in flash.iterdir()) == sorted(
        ["foto.jpg", h.path.name, h.path_sha256.name]
    )


def test_manifest_csv_dengan_hash_audit(desk, tmp_path):
    from tests.fault.aksi import sebagai

    sebagai(desk, "sekcam")
    path = ekspor.tulis_csv(tmp_path / "d.csv", ["a"], [[1]])
    m = ekspor.tulis_manifest(path, ekspor.info_ekspor(desk))
    teks = m.read_text(encoding="utf-8")
    assert "Diekspor oleh: Siti Sekcam (Sekretaris Kecamatan, sekcam)" in teks
    assert f"Hash audit terakhir: {desk.verify_audit().hash_terakhir}" in teks
    assert f"SHA-256: {ekspor.sha256_berkas(path)}" in teks
