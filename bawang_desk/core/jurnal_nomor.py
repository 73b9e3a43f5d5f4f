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

import collections
import contextlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from operator import itemgetter
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


def iter_baca(path: Path) -> Iterator[EntriNomor]:
    """Every readable line of the journal, in the order written, one at a time: a ten-year
    journal holds a million numbers, which a restore reads without keeping them."""
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except OSError:
        return
    with fh:
        for baris in fh:
            e = _entri(baris)
            if e is not None:
                yield e


def baca(path: Path) -> list[EntriNomor]:
    """The whole journal as a list ([] when there is none)."""
    return list(iter_baca(path))


_AWAL = re.compile(rb'\{"register":"((?:[^"\\]|\\.)*)","tahun":(\d+),"nomor":(\d+),')


def _entri(baris: bytes) -> EntriNomor | None:
    try:
        d = json.loads(baris)
        return EntriNomor(
            str(d["register"]),
            int(d["tahun"]),
            int(d["nomor"]),
            str(d["nomor_lengkap"]),
            str(d["tanggal"]),
            str(d["waktu"]),
            str(d.get("audit", "")),
            int(d.get("audit_id", 0) or 0),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a line cut short by a power failure


def _kunci_cepat(baris: bytes) -> tuple[tuple[str, int], int] | None:
    """(register, year), number of a whole line the fast way; None for anything else."""
    m = _AWAL.match(baris) if baris.endswith(b"}\n") else None
    if m is None:
        return None
    reg = m[1].decode("utf-8", "replace")
    if "\\" in reg:
        reg = json.loads(f'"{reg}"')
    return (reg, int(m[2])), int(m[3])


def di_atas(
    path: Path, batas: dict[tuple[str, int], int]
) -> tuple[dict[tuple[str, int], int], list[EntriNomor]]:
    """Each book's highest number, and the entries above ``batas`` (a backup's counters), for
    a restore: only those lines are parsed in full."""
    maks: dict[tuple[str, int], int] = {}
    hasil: list[EntriNomor] = []
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except OSError:
        return maks, hasil
    with fh:
        for baris in fh:
            cepat = _kunci_cepat(baris)
            if cepat is None:
                e = _entri(baris)
                if e is None:
                    continue
                cepat = e.kunci, e.nomor
            k, n = cepat
            if n > maks.get(k, 0):
                maks[k] = n
            if n > batas.get(k, 0):
                e = _entri(baris)
                if e is not None:
                    hasil.append(e)
    return maks, hasil


#: A whole line as this program writes it: (the line, its book's key bytes, its number). A
#: book name with an escape in it (never one of the app's) sends its block the slow way.
_BARIS = re.compile(rb'^(\{("register":"[^"\\\n]*","tahun":\d+),"nomor":(\d+),[^\n]*\})$', re.M)
#: Bytes matched in one call: a call holds the interpreter lock for its length (~1.5 ms here).
_BLOK = 256 << 10


def ringkas(
    path: Path, baru: int = 2000
) -> tuple[dict[tuple[str, int], EntriNomor], list[EntriNomor]]:
    """Each book's last entry and the newest ``baru`` entries, for ``periksa``.

    A ten-year journal has a million lines, read beside the open window: a line-by-line loop
    in Python kept the window waiting for the interpreter for 2 s. It is read a megabyte at a
    time, each block matched in one call, its books' last lines picked in C; only the lines
    kept are parsed in full. A block with any other line (one cut short by a power failure, a
    hand edit) is read line by line, as before. Within a book the numbers only grow in the
    file (a restore continues past the highest number known), so a book's last line in the
    block that holds it is its highest; across blocks the higher is kept.
    """
    maks: dict[bytes, tuple[int, bytes]] = {}
    ekor: collections.deque[bytes] = collections.deque(maxlen=baru)
    try:
        fh = open(path, "rb")  # noqa: SIM115
    except OSError:
        return {}, []

    def simpan(k: bytes, n: int, baris: bytes) -> None:
        lama = maks.get(k)
        if lama is None or n >= lama[0]:
            maks[k] = (n, baris)

    def satu_per_satu(blok: bytes) -> None:
        for baris in blok.splitlines(keepends=True):
            m = _BARIS.match(baris) if baris.endswith(b"}\n") else None
            if m is None:
                e = _entri(baris)
                if e is None:
                    continue
                simpan(json.dumps([e.register, e.tahun]).encode(), e.nomor, baris)
            else:
                simpan(m[2], int(m[3]), m[1])
            ekor.append(baris)

    sisa = b""
    with fh:
        while True:
            data = fh.read(_BLOK)
            if not data:
                break
            buf = sisa + data
            potong = buf.rfind(b"\n") + 1
            blok, sisa = buf[:potong], buf[potong:]
            cocok = _BARIS.findall(blok)
            if len(cocok) != blok.count(b"\n"):
                satu_per_satu(blok)
                continue
            for baris, k, n in dict(zip(map(itemgetter(1), cocok), cocok, strict=True)).values():
                simpan(k, int(n), baris)
            ekor.extend(map(itemgetter(0), cocok))
    if sisa:
        satu_per_satu(sisa)
    terakhir: dict[tuple[str, int], EntriNomor] = {}
    for _n, baris in maks.values():
        e = _entri(baris)
        if e is not None and e.nomor >= getattr(terakhir.get(e.kunci), "nomor", 0):
            terakhir[e.kunci] = e
    return terakhir, [e for e in map(_entri, ekor) if e is not None]


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
