"""The numbers journal: every issued register number, appended and fsync'ed beside the database.

A printed number is a legal fact, and the database alone cannot vouch for it: a restore puts an
older file in place, and a damaged file tells nothing. So each number is also written to
``<database>.jurnal-nomor``, one JSON line per number (register, year, number, full text, the
document's date, the time it was issued, and the hash of its ``nomor.terbit`` audit row), in
the same flow as the issue, right after its COMMIT. The file is only ever appended to (one
``write`` per transaction, then ``fsync``), 0600, and never read by the counter: a restore reads
it to continue each book past the highest number known anywhere (:mod:`pemulihan`), and
``periksa`` holds the database against it.

A line cut short by a power failure is skipped when reading; nothing else is trusted less.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from bawang_desk.core import storage

AKHIRAN = ".jurnal-nomor"


@dataclass(frozen=True)
class EntriNomor:
    """One issued number as the journal keeps it."""

    register: str
    tahun: int
    nomor: int
    nomor_lengkap: str
    tanggal: str
    waktu: str
    audit: str = ""
    #: id of the ``nomor.terbit`` audit row (0 for a bulk import's numbers: one row per batch)
    audit_id: int = 0

    @property
    def kunci(self) -> tuple[str, int]:
        return (self.register, self.tahun)


def path_jurnal(db_path: Path | str) -> Path:
    """``bawang-desk.sqlite`` -> ``bawang-desk.sqlite.jurnal-nomor`` (never moved by a restore)."""
    p = Path(db_path)
    return p.with_name(p.name + AKHIRAN)


def tulis(path: Path, entri: Iterable[EntriNomor]) -> None:
    """Append ``entri`` in one write and fsync it (the folder too when the file is new)."""
    data = "".join(
        json.dumps(asdict(e), ensure_ascii=False, separators=(",", ":")) + "\n" for e in entri
    ).encode("utf-8")
    if not data:
        return
    baru = not path.exists()
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if baru:
        storage.hanya_pemilik(path)
        if os.name == "posix":
            with contextlib.suppress(OSError):
                dfd = os.open(path.parent, os.O_RDONLY)
                try:
                    os.fsync(dfd)
                finally:
                    os.close(dfd)


def baca(path: Path) -> list[EntriNomor]:
    """Every readable line of the journal, in the order written ([] when there is none)."""
    hasil: list[EntriNomor] = []
    try:
        fh = open(path, encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        return hasil
    with fh:
        for baris in fh:
            try:
                d = json.loads(baris)
                hasil.append(
                    EntriNomor(
                        str(d["register"]),
                        int(d["tahun"]),
                        int(d["nomor"]),
                        str(d["nomor_lengkap"]),
                        str(d["tanggal"]),
                        str(d["waktu"]),
                        str(d.get("audit", "")),
                        int(d.get("audit_id", 0) or 0),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue  # a line cut short by a power failure
    return hasil


def terakhir(entri: Iterable[EntriNomor]) -> dict[tuple[str, int], int]:
    """The highest number of each (register, year) in ``entri``."""
    maks: dict[tuple[str, int], int] = {}
    for e in entri:
        if e.nomor > maks.get(e.kunci, 0):
            maks[e.kunci] = e.nomor
    return maks


def yang_tersimpan(
    conn: sqlite3.Connection, tertunda: list[tuple[int, EntriNomor]]
) -> list[EntriNomor]:
    """Of the numbers issued in a transaction that just committed, those really in ``nomor``.

    A number issued inside a savepoint that was rolled back (the caller caught the error and
    committed the rest) never existed, so it must not reach the journal.
    """
    ada: set[tuple[int, str, int, int]] = set()
    ids = [i for i, _ in tertunda]
    for a in range(0, len(ids), 500):
        potong = ids[a : a + 500]
        tanda = ",".join("?" * len(potong))
        ada.update(
            conn.execute(
                f"SELECT id, register, tahun, nomor FROM nomor WHERE id IN ({tanda})", potong
            )
        )
    return [e for i, e in tertunda if (i, e.register, e.tahun, e.nomor) in ada]
