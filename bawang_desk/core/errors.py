"""The exceptions the core raises, each carrying a message in Bahasa Indonesia for the user."""

from __future__ import annotations


class BawangError(Exception):
    """Base of every error the core raises on purpose; ``str(e)`` is shown to the user as is."""


class ValidationError(BawangError, ValueError):
    """Input that cannot be saved; ``field`` names the form field at fault (or ``None``)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def harus_berstatus(
    benda: str, status: str, boleh: tuple[str, ...], tindakan: str, label: dict[str, str]
) -> None:
    """Refuse an action on a record in the wrong status, naming the statuses that allow it, so
    every register answers "Surat berstatus “Konsep” tidak dapat dikirim. Harus berstatus: …"
    the same way."""
    if status not in boleh:
        raise ValidationError(
            f"{benda} berstatus \u201c{label[status]}\u201d tidak dapat {tindakan}. "
            f"Harus berstatus: {', '.join(label[b] for b in boleh)}.",
            "status",
        )


class AksesDitolak(BawangError, PermissionError):
    """The current user's role does not allow the action, or nobody is logged in."""


class SesiTerkunci(AksesDitolak):
    """The session was locked after idle time; the password must be given again."""


class PenyimpananDitolak(BawangError):
    """The database path is not safe to use (network share, removable drive, unwritable)."""


class DeskSudahTerbuka(BawangError):
    """Another copy of Bawang Desk already has this database open."""


class DatabaseRusak(BawangError):
    """The database file cannot be opened or fails its integrity check."""


class CadanganGagal(BawangError):
    """A backup, a copy to a flashdisk or a restore did not complete; nothing good was replaced.

    ``bisa_diulang`` says whether trying again (after freeing space, plugging the drive back in)
    can succeed, so the window can offer "Coba lagi".
    """

    def __init__(self, message: str, *, bisa_diulang: bool = True) -> None:
        super().__init__(message)
        self.bisa_diulang = bisa_diulang


class BasisDataSibuk(BawangError):
    """A write could not get the database in time: another program holds it (a copy or a check
    run from outside the app, a second tool). Nothing was saved; trying again can succeed."""

    bisa_diulang = True


class PenyimpananGagal(BawangError):
    """The disk refused a write (full, read-only, an I/O error): nothing was saved."""
