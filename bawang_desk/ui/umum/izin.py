"""Honest states for what a role may not do: a sentence for a hidden table, a tooltip for a button.

Hidden data must not look like lost data (issue 12 item 5): a table the role may not read says
so in words, and a disabled button says who may press it, or what must happen first. The words
come from the role matrix (``core.peran``), so no permission key ever reaches the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton

from bawang_desk.core import peran
from bawang_desk.core.desk import Desk

_ASLI = "_tooltip_asli"


def kalimat_tak_berwenang(desk: Desk, izin: str, apa: str) -> str | None:
    """ "Peran Admin tidak berwenang melihat surat masuk." when the logged-in role lacks
    ``izin``; ``None`` when it holds it (or nobody is logged in: the login comes first)."""
    user = desk.pengguna_aktif
    if user is None or desk.boleh(izin):
        return None
    return f"Peran {user.label_peran} tidak berwenang melihat {apa}."


def atur_tombol(
    tombol: QAbstractButton,
    desk: Desk,
    izin: str,
    tindakan: str,
    *,
    siap: bool = True,
    belum: str = "",
    boleh: bool | None = None,
) -> None:
    """Enable ``tombol`` when the role holds ``izin`` and the record is ``siap``.

    Disabled, its tooltip says why: "Hanya Camat yang dapat mendisposisi surat." for another
    role, or ``belum`` (what must happen first) for the right role at the wrong moment. The
    button's own tooltip comes back once it is enabled. ``boleh`` overrides the role check
    where more roles than ``izin``'s may act (a step recorded on an official's behalf).
    """
    if tombol.property(_ASLI) is None:
        tombol.setProperty(_ASLI, tombol.toolTip())
    asli = tombol.property(_ASLI) or ""
    if not (desk.boleh(izin) if boleh is None else boleh):
        tombol.setEnabled(False)
        tombol.setToolTip(f"Hanya {peran.yang_berwenang(izin)} yang dapat {tindakan}.")
    elif not siap:
        tombol.setEnabled(False)
        tombol.setToolTip(belum or asli)
    else:
        tombol.setEnabled(True)
        tombol.setToolTip(asli)
