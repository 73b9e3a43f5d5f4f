"""Audit anchors: the chain's head each time it leaves the database (a daily print, an export).

A hash chain proves only that nothing was changed *inside* it; cutting its tail, or editing an
early row and computing every later hash again, leaves a valid chain. What proves it is a copy of
the head held somewhere else. The backups' sidecar keeps each backup's head, the numbers journal
keeps the row of every number, and this file keeps the head printed at the foot of each daily
print and written into each export's manifest: ``<database>.jangkar-audit``, one JSON line
(time, what, row id, hash), appended and fsync'ed, 0600. ``periksa`` holds the chain against
all of them (:func:`bawang_desk.core.pemulihan.periksa_jangkar`).
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bawang_desk.core import storage

AKHIRAN = ".jangkar-audit"


@dataclass(frozen=True)
class Jangkar:
    """One recorded head: ``id`` and ``hash`` of the newest audit row at that moment."""

    waktu: str
    sumber: str
    id: int
    hash: str


def path_jangkar(db_path: Path | str) -> Path:
    p = Path(db_path)
    return p.with_name(p.name + AKHIRAN)


def kepala(conn: sqlite3.Connection) -> tuple[int, str] | None:
    """(id, hash) of the newest audit row, or None for an empty chain."""
    r = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    return (int(r[0]), str(r[1])) if r else None


def catat(db_path: Path | None, conn: sqlite3.Connection, waktu: str, sumber: str) -> None:
    """Append the chain's head as ``sumber`` carries it out (a print, an export). Best effort:
    a paper or an export is never refused because this file cannot be written."""
    if db_path is None:
        return
    with contextlib.suppress(OSError, sqlite3.Error):
        k = kepala(conn)
        if k is None:
            return
        baris = json.dumps(
            {"waktu": waktu, "sumber": sumber, "id": k[0], "hash": k[1]},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        path = path_jangkar(db_path)
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        try:
            os.write(fd, (baris + "\n").encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
        storage.hanya_pemilik(path)


def baca(db_path: Path) -> list[Jangkar]:
    """Every readable line (a line cut short by a power failure is skipped)."""
    hasil: list[Jangkar] = []
    try:
        fh = open(path_jangkar(db_path), encoding="utf-8", errors="replace")  # noqa: SIM115
    except OSError:
        return hasil
    with fh:
        for baris in fh:
            try:
                d = json.loads(baris)
                hasil.append(
                    Jangkar(str(d["waktu"]), str(d["sumber"]), int(d["id"]), str(d["hash"]))
                )
            except (ValueError, KeyError, TypeError):
                continue
    return hasil
