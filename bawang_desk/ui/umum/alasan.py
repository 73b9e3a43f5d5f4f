"""The reason box: a multi-line text for a written reason that keyboard users can leave and submit.

A plain QPlainTextEdit keeps Tab and Enter for itself, so in "alasan batal" or the Sekcam's
elaboration only the mouse reached OK, and QInputDialog checked the reason only after it had
closed, losing what was typed. Here Tab and Shift+Tab move on, Ctrl+Enter presses the dialog's
accept button, and the rule (for a cancellation, ``core.penomoran.alasan_batal``) is checked
while the dialog is still open, with the sentence under the box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.errors import ValidationError
from bawang_desk.core.penomoran import alasan_batal
from bawang_desk.ui.umum.dasar import (
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol_dialog,
)

#: A rule for the text: returns it cleaned, or raises ValidationError with the sentence to show.
Aturan = Callable[[str], str]


def tekan_terima(w: QWidget) -> bool:
    """Press the accept button of ``w``'s dialog (Ctrl+Enter); False when there is none enabled."""
    dlg = w.window()
    for box in dlg.findChildren(QDialogButtonBox):
        for b in box.buttons():
            peran = box.buttonRole(b)
            if (
                peran
                in (
                    QDialogButtonBox.ButtonRole.AcceptRole,
                    QDialogButtonBox.ButtonRole.YesRole,
                )
                and b.isEnabled()
                and b.isVisible()
            ):
                b.click()
                return True
    for b in dlg.findChildren(QPushButton):
        if b.isDefault() and b.isEnabled() and b.isVisible():
            b.click()
            return True
    return False


class KotakAlasan(QPlainTextEdit):
    """Multi-line text where Tab leaves the box and Ctrl+Enter submits the dialog."""

    kirimDiminta = Signal()

    def __init__(self, parent: QWidget | None = None, *, aturan: Aturan | None = None) -> None:
        super().__init__(parent)
        self.aturan = aturan
        self.setTabChangesFocus(True)
        self.setPlaceholderText("Tulis di sini. Ctrl+Enter untuk menyimpan.")
        self.setMinimumHeight(60)

    def teks(self) -> str:
        return self.toPlainText().strip()

    def periksa(self) -> str:
        """The text after the rule; raises ValidationError (field = objectName)."""
        if self.aturan is None:
            return self.teks()
        try:
            return self.aturan(self.toPlainText())
        except ValidationError as e:
            raise ValidationError(str(e), self.objectName() or e.field) from None

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            e.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.kirimDiminta.emit()
            tekan_terima(self)
            return
        super().keyPressEvent(e)


class AlasanDialog(QDialog):
    """Asks for a written reason and closes only when the rule accepts it (nothing is lost)."""

    def __init__(
        self,
        parent: QWidget | None,
        judul: str,
        pertanyaan: str,
        *,
        teks_ok: str = "&Simpan",
        aturan: Aturan | None = alasan_batal,
        awal: str = "",
    ) -> None:
        super().__init__(parent)
        beri_nama(self, "alasanDialog")
        self.setWindowTitle(judul)
        self.hasil: str | None = None
        lay = QVBoxLayout(self)
        label = QLabel(pertanyaan)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.alasanEdit = KotakAlasan(self, aturan=aturan)
        beri_nama(self.alasanEdit, "alasanEdit", "Alasan")
        self.alasanEdit.setPlainText(awal)
        label.setBuddy(self.alasanEdit)
        lay.addWidget(self.alasanEdit)
        self.galatLabel = label_galat()
        lay.addWidget(self.galatLabel)
        self.buttonBox = tombol_dialog(self, teks_ok, self._simpan)
        beri_nama(self.buttonBox, "buttonBox", "Tombol dialog")
        lay.addWidget(self.buttonBox)
        self.alasanEdit.textChanged.connect(
            lambda: bersihkan_galat(self.galatLabel, {"alasanEdit": self.alasanEdit})
        )
        self.resize(460, 240)

    def _simpan(self) -> None:
        try:
            self.hasil = self.alasanEdit.periksa()
        except ValidationError as e:
            tampilkan_galat(self.galatLabel, e, {"alasanEdit": self.alasanEdit})
            return
        self.accept()


def minta_alasan(
    parent: QWidget | None,
    judul: str,
    pertanyaan: str,
    *,
    teks_ok: str = "&Simpan",
    aturan: Aturan | None = alasan_batal,
    awal: str = "",
) -> str | None:
    """The reason, checked by ``aturan`` while the dialog is open; None when cancelled."""
    dlg = AlasanDialog(parent, judul, pertanyaan, teks_ok=teks_ok, aturan=aturan, awal=awal)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.hasil
