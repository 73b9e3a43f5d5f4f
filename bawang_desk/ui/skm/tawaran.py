"""After "Serahkan": offer the citizen's survey, when the settings offer it for the service."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.umum import pesan_galat


def tawarkan_survei(parent: QWidget, desk: Desk, pid: int, layanan: str):  # -> SurveiWindow
    """Ask the operator whether to turn the screen to the citizen; open the survey if so.

    Returns the open window (keep a reference while it is shown) or ``None``.
    """
    if not (desk.boleh("skm.isi") and desk.skm.ditawarkan(layanan)):
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Survei kepuasan",
        "Berkas sudah diserahkan. Buka survei kepuasan untuk pemohon?\n\n"
        "Layar survei tampil penuh (di monitor kedua bila ada); pemohon menjawab sendiri dan "
        "jawabannya tidak dicatat bersama nama atau NIK.",
        parent=parent,
    )
    box.setObjectName("tawaranSurveiBox")
    buka = box.addButton("Buka &survei", QMessageBox.ButtonRole.AcceptRole)
    buka.setObjectName("bukaSurveiButton")
    tidak = box.addButton("&Tidak", QMessageBox.ButtonRole.RejectRole)
    tidak.setObjectName("tanpaSurveiButton")
    box.setDefaultButton(buka)
    box.exec()
    if box.clickedButton() is not buka:
        return None
    try:
        tiket = desk.skm.buka_survei(pid)
    except BawangError as e:
        pesan_galat(parent, "Survei kepuasan", e)
        return None
    from bawang_desk.ui.skm.survei_window import SurveiWindow

    w = SurveiWindow(desk, tiket, parent.window())
    w.tampilkan()
    return w
