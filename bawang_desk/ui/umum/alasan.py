"""The reason box: a multi-line text for a written reason that keyboard users can leave and submit.

A plain QPlainTextEdit keeps Tab and Enter for itself, so in "alasan batal" or the Sekcam's
elaboration only the mouse reached OK, and QInputDialog checked the reason only after it had
closed, losing what was typed. Here Tab and Shift+Tab move on, Ctrl+Enter presses the dialog's
accept button, and the rule (for a cancellation, ``core.penomoran.alasan_batal``) is checked
while the dialog is still open, with the sentence under the box.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.errors import ValidationError
from bawang_desk.ui.umum.dasar import (
    PROPERTI_CTRL_ENTER,
    beri_nama,
    bersihkan_galat,
    label_galat,
    tampilkan_galat,
    tombol_dialog,
)

#: A rule for the text: returns it cleaned, or raises ValidationError with the sentence to show.
Aturan = Callable[[str], str]


def alasan_batal(teks: str) -> str:
    """``core.penomoran.alasan_batal``, the cancellation rule, imported at its first use: this
    module is imported by the login dialog (for :func:`pasang_keyboard`), and the numbering's
    rules (with ``Qt``'s namespace, see ``_qt``) cost 40-100 ms before the login could paint."""
    from bawang_desk.core.penomoran import alasan_batal as aturan

    return aturan(teks)


def _qt():  # -> the Qt namespace, built on its first access (PySide6 makes ~90 enums then)
    from PySide6.QtCore import Qt

    return Qt


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


class _TabKeluar(QObject):
    """When its dialog is shown: every multi-line box in it lets Tab move on."""

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.Show and isinstance(obj, QWidget):
            for e in obj.findChildren(QPlainTextEdit) + obj.findChildren(QTextEdit):
                e.setTabChangesFocus(True)
        return False


def pasang_keyboard(dialog: QDialog) -> None:
    """Tab leaves every multi-line box of ``dialog`` and Ctrl+Enter presses its accept button
    from anywhere in it, so a form with a long text is finished without the mouse.

    May be called as soon as the dialog exists: the boxes are found when it is shown.
    """
    if dialog.property(PROPERTI_TAB_KELUAR) is None:
        dialog.setProperty(PROPERTI_TAB_KELUAR, True)
        dialog.installEventFilter(_TabKeluar(dialog))
    if dialog.property(PROPERTI_CTRL_ENTER):
        return
    dialog.setProperty(PROPERTI_CTRL_ENTER, True)
    for kunci in ("Ctrl+Return", "Ctrl+Enter"):
        pintas = QShortcut(QKeySequence(kunci), dialog)
        pintas.activated.connect(lambda: tekan_terima(dialog))


PROPERTI_TAB_KELUAR = "bawangTabKeluar"


def keadaan_isian(w: QWidget) -> tuple:
    """What the user has entered in ``w``'s editable fields, to compare with later."""
    hasil: list = []
    for c in w.findChildren(QWidget):
        if isinstance(c, QLineEdit) and not c.isReadOnly():
            hasil.append(c.text())
        elif isinstance(c, (QPlainTextEdit, QTextEdit)) and not c.isReadOnly():
            hasil.append(c.toPlainText())
        elif isinstance(c, QComboBox):
            hasil.append((c.currentIndex(), c.currentText() if c.isEditable() else ""))
        elif isinstance(c, QAbstractButton) and c.isCheckable():
            hasil.append(c.isChecked())
        elif isinstance(c, QAbstractSpinBox) and not c.isReadOnly():
            hasil.append(c.text())
    return tuple(hasil)


class _JagaIsian(QObject):
    """Esc (or the window's close button) on a form that was changed asks before discarding."""

    def __init__(self, dialog: QDialog, pertanyaan: str) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.pertanyaan = pertanyaan
        self.awal: tuple | None = None

    def berubah(self) -> bool:
        """Typed and not saved: a dialog that saved keeps its result in ``hasil`` (and may stay
        open to show it, like the number just taken), then there is nothing to lose."""
        if getattr(self.dialog, "hasil", None):
            return False
        return self.awal is not None and keadaan_isian(self.dialog) != self.awal

    def boleh_buang(self) -> bool:
        from bawang_desk.ui.umum.dasar import konfirmasi

        if not self.berubah():
            return True
        return konfirmasi(self.dialog, self.dialog.windowTitle(), self.pertanyaan, "&Buang isian")

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        t = ev.type()
        if t == QEvent.Type.Show and self.awal is None:
            self.awal = keadaan_isian(self.dialog)
        elif (
            t == QEvent.Type.KeyPress
            and isinstance(ev, QKeyEvent)
            and ev.key() == _qt().Key.Key_Escape
            and not ev.modifiers()
        ):
            if not self.boleh_buang():
                return True
        elif t == QEvent.Type.Close and ev.spontaneous() and not self.boleh_buang():
            ev.ignore()
            return True
        return False


def jaga_isian(
    dialog: QDialog,
    pertanyaan: str = "Isian yang sudah diketik belum disimpan. Buang isian ini?",
) -> None:
    """An entry form: Esc or closing the window after something was typed asks first (the
    safe answer, Batal, keeps the form open with everything in it)."""
    dialog.installEventFilter(_JagaIsian(dialog, pertanyaan))


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
        Qt = _qt()
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
        jaga_isian(self)
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
