"""Small UI helpers every window shares: showing core errors at their field, confirmations.

The core raises ``ValidationError`` with a ``field`` name; these helpers turn that into a message
beside the form and the keyboard focus on the widget at fault, the same way in every dialog.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from bawang_desk.core.errors import BawangError, ValidationError

GAYA_GALAT = "border: 2px solid #a40000;"
#: Set on a dialog that already has its Ctrl+Enter shortcut (two would cancel each other out).
PROPERTI_CTRL_ENTER = "bawangCtrlEnter"


def tombol(
    teks: str, nama: str, pintasan: str | None = None, aksesibel: str | None = None
) -> QPushButton:
    """An action button with its objectName, its accessible name (the text without "&" and
    "...", unless given) and an optional shortcut."""
    b = QPushButton(teks)
    beri_nama(b, nama, aksesibel or teks.replace("&", "").rstrip("."))
    if pintasan:
        pasang_pintasan(b, pintasan)
    return b


def pasang_pintasan(b: QAbstractButton, pintasan: str) -> QShortcut:
    """Give ``b`` a shortcut besides its Alt letter.

    ``setShortcut`` would replace the Alt letter its text underlines: "Catat surat masuk"
    showed C underlined while Alt+C typed a "c" into the search field. A shortcut of its own
    presses it while it is visible and enabled, as the button's shortcut did.
    """
    s = QShortcut(QKeySequence(pintasan), b)
    s.activated.connect(b.animateClick)
    return s


def label_galat(nama: str = "galatLabel") -> QLabel:
    """The red line under a form where :func:`tampilkan_galat` puts the core's message."""
    label = QLabel()
    beri_nama(label, nama, "Pesan kesalahan")
    label.setStyleSheet("color: #a40000;")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def tombol_dialog(dialog: QDialog, teks_ok: str, simpan) -> QDialogButtonBox:
    """The Indonesian button row: OK (named ``teks_ok``, running ``simpan``, which accepts when
    the core agrees) and Batal; Ctrl+Enter presses OK from anywhere in the dialog."""
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(teks_ok)
    beri_nama(ok, "dialogOkButton", teks_ok.replace("&", "").rstrip("."))
    batal = box.button(QDialogButtonBox.StandardButton.Cancel)
    batal.setText("&Batal")
    beri_nama(batal, "dialogBatalButton", "Batal")
    box.accepted.connect(simpan)
    box.rejected.connect(dialog.reject)
    dialog.setProperty(PROPERTI_CTRL_ENTER, True)
    for kunci in ("Ctrl+Return", "Ctrl+Enter"):
        pintas = QShortcut(QKeySequence(kunci), dialog)
        pintas.activated.connect(lambda: ok.click() if ok.isEnabled() else None)
    return box


def tampilkan_galat(
    label: QLabel, exc: BaseException, widgets: Mapping[str, QWidget] | None = None
) -> QWidget | None:
    """Put the error text in ``label`` and focus the field it names; return that widget."""
    label.setText(str(exc))
    label.setVisible(True)
    w = None
    if isinstance(exc, ValidationError) and exc.field and widgets:
        w = widgets.get(exc.field)
        if w is not None:
            w.setFocus()
            if isinstance(w, QLineEdit):
                w.selectAll()
            w.setStyleSheet(GAYA_GALAT)
            w.setAccessibleDescription(str(exc))
    return w


def bersihkan_galat(label: QLabel, widgets: Mapping[str, QWidget] | None = None) -> None:
    label.clear()
    label.setVisible(False)
    for w in (widgets or {}).values():
        if w.styleSheet() == GAYA_GALAT:
            w.setStyleSheet("")
            w.setAccessibleDescription("")


def pesan_galat(parent: QWidget | None, judul: str, exc: BaseException) -> None:
    """A modal message for an error that has no field (storage, permission, unexpected)."""
    teks = str(exc) if isinstance(exc, BawangError) else f"Terjadi kesalahan tak terduga: {exc}"
    QMessageBox.critical(parent, judul, teks)


def konfirmasi(parent: QWidget | None, judul: str, teks: str, ya: str = "Ya") -> bool:
    """Ask before anything that cannot be undone; the safe answer is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, judul, teks, parent=parent)
    tombol_ya = box.addButton(ya, QMessageBox.ButtonRole.AcceptRole)
    tombol_tidak = box.addButton("Batal", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(tombol_tidak)
    box.exec()
    return box.clickedButton() is tombol_ya


def beri_nama(obj: QObject, nama: str, aksesibel: str | None = None) -> None:
    """Give a widget made in code its objectName and accessible name (tests and screen readers)."""
    obj.setObjectName(nama)
    if aksesibel is not None and isinstance(obj, QWidget):
        obj.setAccessibleName(aksesibel)


class _SaranTutup(QObject):
    """Hides a completer's list when its field loses the focus (see ``saran_ikut_fokus``)."""

    def __init__(self, completer: QCompleter) -> None:
        super().__init__(completer)
        self._completer = completer

    def eventFilter(self, obj: QObject, ev: QEvent) -> bool:
        if ev.type() == QEvent.Type.FocusOut and ev.reason() != Qt.FocusReason.PopupFocusReason:
            popup = self._completer.popup()
            if popup.isVisible():
                popup.hide()
        return False


def saran_ikut_fokus(completer: QCompleter) -> QCompleter:
    """Close a field's suggestion list as soon as the cursor leaves the field (Alt+letter, a
    click elsewhere), so the next key goes to the new field. Qt keeps the list open and passes
    that first key on to the old field ("...Banjarnegara4" in Pengirim, "00.12.2.1/..." in
    Nomor surat). Call after ``setCompleter``: the filter must run before the completer's own,
    which swallows the focus-out while its list is open."""
    completer.widget().installEventFilter(_SaranTutup(completer))
    return completer
