"""The login dialog, used at start, for "ganti pengguna" and to unlock an idle-locked screen.

At start the dialog appears before the database is open (``desk=None``): the start-up check
and the opening run behind it while the user types, and :meth:`LoginDialog.pasang_desk` hands
the open Desk over. Masuk pressed before that waits for it and logs in as soon as it arrives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bawang_desk.core.errors import BawangError
from bawang_desk.ui.forms.ui_login import Ui_LoginDialog
from bawang_desk.ui.umum.alasan import pasang_keyboard
from bawang_desk.ui.umum.dasar import bersihkan_galat, tampilkan_galat

if TYPE_CHECKING:
    from bawang_desk.core.desk import Desk

#: The OK button's text while Masuk waits for the database to open.
TEKS_MENUNGGU = "Membuka basis data..."


class LoginDialog(QDialog):
    """Ask for a username and password and log in through the core.

    In ``buka_kunci`` mode the username is fixed to the locked session's user, and accepting
    unlocks that session instead of starting a new one.
    """

    def __init__(
        self,
        desk: Desk | None,
        parent: QWidget | None = None,
        *,
        buka_kunci: bool = False,
        petunjuk: str | None = None,
    ) -> None:
        super().__init__(parent)
        pasang_keyboard(self)
        self.desk = desk
        self.buka_kunci = buka_kunci
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        # The buttons are made here, not in login.ui: uic writes QDialogButtonBox(parent) and
        # that positional call makes PySide6 build all of the Qt namespace's enums (93 of them,
        # 16-70 ms) to rule out the (Qt.Orientation, parent) overload before the login paints.
        self.ui.buttonBox = QDialogButtonBox(parent=self)
        self.ui.buttonBox.setObjectName("buttonBox")
        self.ui.buttonBox.setStandardButtons(
            QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Ok
        )
        self.ui.buttonBox.setAccessibleName("Tombol masuk dan batal")
        self.ui.verticalLayout.addWidget(self.ui.buttonBox)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        #: Masuk was pressed before the Desk arrived: log in once it does
        self.menunggu = False
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._teks_ok = "Buka kunci" if buka_kunci else "Masuk"
        self._ok.setText(self._teks_ok)
        if desk is not None:
            self.ui.kantorLabel.setText(desk.pengaturan.kantor().nama_kantor)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            "Ganti pengguna" if buka_kunci else "Batal"
        )
        if petunjuk:
            self.ui.petunjukLabel.setText(petunjuk)
        if buka_kunci and desk is not None and desk.pengguna_aktif:
            self.setWindowTitle("Layar terkunci - Bawang Desk")
            self.ui.usernameEdit.setText(desk.pengguna_aktif.username)
            self.ui.usernameEdit.setReadOnly(True)
            sebab = "" if desk.kunci_manual else " karena tidak ada kegiatan"
            self.ui.petunjukLabel.setText(
                f"Layar dikunci{sebab}. {desk.pengguna_aktif.nama}, "
                "masukkan kata sandi untuk melanjutkan."
            )
            self.ui.passwordEdit.setFocus()
        elif not self.ui.usernameEdit.text():
            self.ui.usernameEdit.setFocus()
        bersihkan_galat(self.ui.errorLabel)

    def pasang_desk(self, desk: Desk) -> None:
        """The database is open: show its office and, if Masuk is waiting, log in now."""
        self.desk = desk
        self.ui.kantorLabel.setText(desk.pengaturan.kantor().nama_kantor)
        if self.menunggu:
            self.menunggu = False
            self._ok.setText(self._teks_ok)
            self._ok.setEnabled(True)
            self.accept()

    def accept(self) -> None:
        bersihkan_galat(self.ui.errorLabel)
        if self.desk is None:
            # the start-up check or the opening is still running: wait for it, visibly
            self.menunggu = True
            self._ok.setText(TEKS_MENUNGGU)
            self._ok.setEnabled(False)
            return
        sandi = self.ui.passwordEdit.text()
        try:
            if self.buka_kunci:
                self.desk.buka_kunci(sandi)
            else:
                self.desk.masuk(self.ui.usernameEdit.text(), sandi)
        except BawangError as e:
            self.ui.passwordEdit.clear()
            tampilkan_galat(self.ui.errorLabel, e)
            self.ui.passwordEdit.setFocus()
            return
        super().accept()
