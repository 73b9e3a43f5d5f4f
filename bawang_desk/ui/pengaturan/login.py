"""The login dialog, used at start, for "ganti pengguna" and to unlock an idle-locked screen."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.ui.forms.ui_login import Ui_LoginDialog
from bawang_desk.ui.umum import bersihkan_galat, tampilkan_galat
from bawang_desk.ui.umum.alasan import pasang_keyboard


class LoginDialog(QDialog):
    """Ask for a username and password and log in through the core.

    In ``buka_kunci`` mode the username is fixed to the locked session's user, and accepting
    unlocks that session instead of starting a new one.
    """

    def __init__(
        self,
        desk: Desk,
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
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        kantor = desk.pengaturan.kantor()
        self.ui.kantorLabel.setText(kantor.nama_kantor)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Buka kunci" if buka_kunci else "Masuk")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(
            "Ganti pengguna" if buka_kunci else "Batal"
        )
        if petunjuk:
            self.ui.petunjukLabel.setText(petunjuk)
        if buka_kunci and desk.pengguna_aktif:
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

    def accept(self) -> None:
        bersihkan_galat(self.ui.errorLabel)
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
