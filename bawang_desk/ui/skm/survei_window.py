"""The citizen's survey window after "Serahkan": nine unsur, the profile, a saran, thank you.

Full screen on a second monitor when there is one (otherwise on the counter screen turned
towards the citizen), frameless, on top and application-modal: nothing the citizen presses
reaches the rest of the app. Escape, Alt+F4 and a click outside do nothing; the window closes
itself on the "Selesai, terima kasih" page (a button or after a few seconds), when the small
"Batalkan survei" is pressed, or after some minutes without a touch (nothing is saved then).

Every answer is a big button, usable by touch, mouse or the keys shown on it (1-4 for the
unsur, 1-n for the profile); Backspace goes back one question. The answers are written only
at the end, in one transaction, by :meth:`SKMManager.simpan_loket`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bawang_desk.core.desk import Desk
from bawang_desk.core.errors import BawangError
from bawang_desk.core.skm import Jawaban, Kuesioner, TiketSurvei
from bawang_desk.ui.umum import beri_nama

DIAM_MS = 180_000
"""Three minutes without a touch: the citizen has gone; the survey closes unsaved."""
TERIMA_KASIH_MS = 8_000
"""The thank-you page returns control to the operator after eight seconds."""

_KUNCI_ANGKA = {getattr(Qt.Key, f"Key_{i}"): i for i in range(1, 10)}

_GAYA = """
QDialog#surveiWindow { background: #f4f7fb; }
QLabel#judulSurvei { color: #1f3b63; }
QPushButton[jawaban="true"] {
    background: white; border: 3px solid #8aa4c8; border-radius: 14px; color: #10243f;
    padding: 10px;
}
QPushButton[jawaban="true"]:focus { border: 4px solid #1f5fa8; }
QPushButton[jawaban="true"]:pressed { background: #dbe8f8; }
QPushButton[dipilih="true"] { background: #1f5fa8; color: white; border-color: #1f5fa8; }
QPushButton#batalSurveiButton { color: #555; background: transparent; border: none; }
"""


def _huruf(ukuran: int, tebal: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(ukuran)
    f.setBold(tebal)
    return f


class _TombolJawaban(QPushButton):
    """A big answer button whose text wraps (a QPushButton's own text never does, and four
    of "Sangat sopan dan ramah" side by side would be wider than a 1024-pixel screen)."""

    def __init__(self, nomor: int, teks: str) -> None:
        super().__init__()
        self.nomor = nomor
        self.teks = teks
        self.setProperty("jawaban", True)
        self.setMinimumSize(140, 110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoDefault(False)
        v = QVBoxLayout(self)
        v.setContentsMargins(10, 10, 10, 10)
        self.angkaLabel = QLabel(str(nomor))
        self.angkaLabel.setFont(_huruf(26, True))
        self.teksLabel = QLabel(teks)
        self.teksLabel.setFont(_huruf(17, True))
        self.teksLabel.setWordWrap(True)
        v.addStretch(1)
        for lb in (self.angkaLabel, self.teksLabel):
            lb.setAlignment(Qt.AlignmentFlag.AlignCenter)
            lb.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            lb.setStyleSheet("background: transparent; color: #10243f;")
            v.addWidget(lb)
        v.addStretch(1)

    def tandai(self, dipilih: bool) -> None:
        self.setProperty("dipilih", dipilih)
        warna = "white" if dipilih else "#10243f"
        for lb in (self.angkaLabel, self.teksLabel):
            lb.setStyleSheet(f"background: transparent; color: {warna};")
        self.style().unpolish(self)
        self.style().polish(self)


class _Halaman(QWidget):
    """One question: its text and a row of big answer buttons numbered from 1."""

    dijawab = Signal(int)

    def __init__(self, nama: str, nomor: str, pertanyaan: str, pilihan: tuple[str, ...]) -> None:
        super().__init__()
        beri_nama(self, f"{nama}Halaman", pertanyaan)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        v = QVBoxLayout(self)
        v.setSpacing(18)
        self.nomorLabel = QLabel(nomor)
        beri_nama(self.nomorLabel, f"{nama}NomorLabel", nomor)
        self.nomorLabel.setFont(_huruf(14))
        self.nomorLabel.setStyleSheet("color: #46608a;")
        v.addWidget(self.nomorLabel)
        self.tanyaLabel = QLabel(pertanyaan)
        beri_nama(self.tanyaLabel, f"{nama}TanyaLabel", pertanyaan)
        self.tanyaLabel.setFont(_huruf(24, True))
        self.tanyaLabel.setWordWrap(True)
        v.addWidget(self.tanyaLabel)
        v.addSpacing(10)
        grid = QGridLayout()
        grid.setSpacing(16)
        per_baris = 4 if len(pilihan) != 6 else 3
        self.tombol: list[_TombolJawaban] = []
        for i, teks in enumerate(pilihan, 1):
            b = _TombolJawaban(i, teks)
            beri_nama(b, f"{nama}Jawaban{i}", f"{i}, {teks}")
            b.clicked.connect(lambda _c=False, i=i: self.dijawab.emit(i))
            grid.addWidget(b, (i - 1) // per_baris, (i - 1) % per_baris)
            self.tombol.append(b)
        v.addLayout(grid, 1)

    def tandai(self, nilai: int | None) -> None:
        """Show the answer already given (after Backspace) on its button."""
        for i, b in enumerate(self.tombol, 1):
            b.tandai(nilai == i)


class SurveiWindow(QDialog):
    """The survey for one hand-over; ``selesai`` tells whether the answers were saved."""

    selesai = Signal(bool)

    def __init__(
        self,
        desk: Desk,
        tiket: TiketSurvei,
        parent: QWidget | None = None,
        *,
        diam_ms: int = DIAM_MS,
        terima_kasih_ms: int = TERIMA_KASIH_MS,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.tiket = tiket
        self.kuesioner: Kuesioner = desk.skm.kuesioner()
        self._boleh_tutup = False
        self._tersimpan = False
        beri_nama(self, "surveiWindow", "Survei Kepuasan Masyarakat")
        self.setWindowTitle("Survei Kepuasan Masyarakat")
        self.setWindowFlags(
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet(_GAYA)
        k = self.kuesioner
        self.nilai: list[int | None] = [None] * len(k.unsur)
        self.profil: dict[str, str | None] = {a.atribut: None for a in k.profil}

        luar = QVBoxLayout(self)
        luar.setContentsMargins(36, 18, 36, 24)
        atas = QHBoxLayout()
        self.judulLabel = QLabel(f"Survei Kepuasan Masyarakat \u2014 {tiket.nama_layanan}")
        beri_nama(self.judulLabel, "judulSurvei", self.judulLabel.text())
        self.judulLabel.setFont(_huruf(15, True))
        self.judulLabel.setWordWrap(True)
        atas.addWidget(self.judulLabel, 1)
        self.batalButton = QPushButton("Batalkan survei")
        beri_nama(self.batalButton, "batalSurveiButton", "Batalkan survei, tidak ada yang disimpan")
        self.batalButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.batalButton.clicked.connect(self.batalkan)
        atas.addWidget(self.batalButton)
        luar.addLayout(atas)
        self.pengantarLabel = QLabel(
            "Mohon nilai pelayanan yang baru Anda terima. Jawaban tidak dicatat bersama nama "
            "atau NIK Anda."
        )
        beri_nama(self.pengantarLabel, "pengantarLabel", self.pengantarLabel.text())
        self.pengantarLabel.setFont(_huruf(12))
        self.pengantarLabel.setWordWrap(True)
        luar.addWidget(self.pengantarLabel)

        self.stack = QStackedWidget()
        beri_nama(self.stack, "surveiStack", "Pertanyaan survei")
        luar.addWidget(self.stack, 1)
        self.halaman: list[_Halaman] = []
        jumlah = len(k.unsur) + len(k.profil)
        for n, u in enumerate(k.unsur):
            h = _Halaman(u.kode.lower(), f"Pertanyaan {n + 1} dari {jumlah}: {u.nama}",
                         u.pertanyaan, u.pilihan)  # fmt: skip
            h.dijawab.connect(lambda i, n=n: self._jawab_unsur(n, i))
            self.halaman.append(h)
        for n, a in enumerate(k.profil):
            h = _Halaman(
                a.atribut.replace("_", ""),
                f"Pertanyaan {len(k.unsur) + n + 1} dari {jumlah}: tentang Anda",
                f"{a.label} Anda?",
                a.pilihan,
            )
            h.dijawab.connect(lambda i, a=a: self._jawab_profil(a.atribut, a.pilihan[i - 1]))
            self.halaman.append(h)
        for h in self.halaman:
            self.stack.addWidget(h)
        self.stack.addWidget(self._halaman_saran())
        self.stack.addWidget(self._halaman_terima_kasih())

        bawah = QHBoxLayout()
        self.kembaliButton = QPushButton("\u25c0 Kembali (Backspace)")
        beri_nama(self.kembaliButton, "kembaliButton", "Kembali ke pertanyaan sebelumnya")
        self.kembaliButton.setFont(_huruf(13))
        self.kembaliButton.setMinimumHeight(48)
        self.kembaliButton.setAutoDefault(False)
        self.kembaliButton.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.kembaliButton.clicked.connect(self.kembali)
        bawah.addWidget(self.kembaliButton)
        bawah.addStretch(1)
        self.petunjukLabel = QLabel()
        beri_nama(self.petunjukLabel, "petunjukLabel", "Petunjuk")
        self.petunjukLabel.setFont(_huruf(13))
        bawah.addWidget(self.petunjukLabel)
        luar.addLayout(bawah)

        self._diam = QTimer(self)
        self._diam.setSingleShot(True)
        self._diam.setInterval(diam_ms)
        self._diam.timeout.connect(self.batalkan)
        self._tutup_nanti = QTimer(self)
        self._tutup_nanti.setSingleShot(True)
        self._tutup_nanti.setInterval(terima_kasih_ms)
        self._tutup_nanti.timeout.connect(self._tutup)
        self._ke(0)

    # ------------------------------------------------------------------ pages

    def _halaman_saran(self) -> QWidget:
        w = QWidget()
        beri_nama(w, "saranHalaman", "Saran dan masukan")
        v = QVBoxLayout(w)
        v.setSpacing(14)
        t = QLabel("Ada saran atau masukan untuk pelayanan kami? (boleh dikosongkan)")
        beri_nama(t, "saranTanyaLabel", t.text())
        t.setFont(_huruf(22, True))
        t.setWordWrap(True)
        v.addWidget(t)
        self.saranEdit = QPlainTextEdit()
        beri_nama(self.saranEdit, "saranEdit", "Saran dan masukan")
        self.saranEdit.setFont(_huruf(16))
        self.saranEdit.setPlaceholderText("Tulis saran Anda di sini...")
        self.saranEdit.setTabChangesFocus(True)
        v.addWidget(self.saranEdit, 1)
        self.galatLabel = QLabel()
        beri_nama(self.galatLabel, "galatSurveiLabel", "Pesan kesalahan")
        self.galatLabel.setStyleSheet("color: #a40000;")
        self.galatLabel.setFont(_huruf(13))
        self.galatLabel.setWordWrap(True)
        self.galatLabel.setVisible(False)
        v.addWidget(self.galatLabel)
        baris = QHBoxLayout()
        baris.addStretch(1)
        self.lewatiButton = QPushButton("Lewati, tanpa saran")
        beri_nama(self.lewatiButton, "lewatiSaranButton", "Lewati, tanpa saran")
        self.kirimButton = QPushButton("Kirim penilaian (Ctrl+Enter)")
        beri_nama(self.kirimButton, "kirimButton", "Kirim penilaian")
        for b in (self.lewatiButton, self.kirimButton):
            b.setFont(_huruf(16, True))
            b.setMinimumHeight(70)
            b.setMinimumWidth(280)
            b.setProperty("jawaban", True)
            b.setAutoDefault(False)
            baris.addWidget(b)
        for kunci in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(kunci), w, lambda: self.kirimButton.click())
        self.lewatiButton.clicked.connect(lambda: self.kirim(tanpa_saran=True))
        self.kirimButton.clicked.connect(lambda: self.kirim())
        v.addLayout(baris)
        return w

    def _halaman_terima_kasih(self) -> QWidget:
        w = QWidget()
        beri_nama(w, "terimaKasihHalaman", "Selesai, terima kasih")
        v = QVBoxLayout(w)
        v.addStretch(1)
        t = QLabel("Selesai, terima kasih")
        beri_nama(t, "terimaKasihLabel", t.text())
        t.setFont(_huruf(40, True))
        t.setAlignment(Qt.AlignmentFlag.AlignCenter)
        t.setStyleSheet("color: #1a6b33;")
        v.addWidget(t)
        s = QLabel(
            "Penilaian Anda sudah tersimpan tanpa nama. Semoga hari Anda menyenangkan.\n"
            "Layar ini kembali ke petugas sebentar lagi."
        )
        beri_nama(s, "terimaKasihKetLabel", s.text())
        s.setFont(_huruf(16))
        s.setAlignment(Qt.AlignmentFlag.AlignCenter)
        s.setWordWrap(True)
        v.addWidget(s)
        v.addSpacing(30)
        self.tutupButton = QPushButton("Tutup (Enter)")
        beri_nama(self.tutupButton, "tutupSurveiButton", "Tutup, kembali ke petugas")
        self.tutupButton.setFont(_huruf(16, True))
        self.tutupButton.setMinimumSize(260, 70)
        self.tutupButton.setProperty("jawaban", True)
        self.tutupButton.clicked.connect(self._tutup)
        v.addWidget(self.tutupButton, 0, Qt.AlignmentFlag.AlignCenter)
        v.addStretch(2)
        return w

    @property
    def indeks_saran(self) -> int:
        return len(self.halaman)

    @property
    def indeks_terima_kasih(self) -> int:
        return len(self.halaman) + 1

    def _ke(self, i: int) -> None:
        self.stack.setCurrentIndex(i)
        self._diam.start()
        self.kembaliButton.setVisible(0 < i < self.indeks_terima_kasih)
        self.batalButton.setVisible(i < self.indeks_terima_kasih)
        self.pengantarLabel.setVisible(i < len(self.kuesioner.unsur))
        if i < len(self.halaman):
            h = self.halaman[i]
            n = len(h.tombol)
            self.petunjukLabel.setText(f"Sentuh jawaban atau tekan angka 1-{n}")
            nu = len(self.kuesioner.unsur)
            h.tandai(
                self.nilai[i]
                if i < nu
                else self._indeks_profil(self.kuesioner.profil[i - nu].atribut)
            )
            h.setFocus()
        elif i == self.indeks_saran:
            self.petunjukLabel.setText("Ketik saran lalu Ctrl+Enter, atau sentuh Lewati")
            self.saranEdit.setFocus()
        else:
            self.petunjukLabel.setText("")
            self.tutupButton.setFocus()

    def _indeks_profil(self, atribut: str) -> int | None:
        v = self.profil.get(atribut)
        a = self.kuesioner.atribut(atribut)
        return a.pilihan.index(v) + 1 if v in a.pilihan else None

    def _jawab_unsur(self, n: int, nilai: int) -> None:
        self.nilai[n] = nilai
        self._ke(n + 1)

    def _jawab_profil(self, atribut: str, pilihan: str) -> None:
        self.profil[atribut] = pilihan
        self._ke(self.stack.currentIndex() + 1)

    def kembali(self) -> None:
        i = self.stack.currentIndex()
        if 0 < i < self.indeks_terima_kasih:
            self._ke(i - 1)

    # ------------------------------------------------------------------ saving and closing

    def kirim(self, *, tanpa_saran: bool = False) -> None:
        saran = "" if tanpa_saran else self.saranEdit.toPlainText()
        try:
            self.desk.skm.simpan_loket(self.tiket, Jawaban(tuple(self.nilai), self.profil, saran))
        except BawangError as e:
            self.galatLabel.setText(str(e))
            self.galatLabel.setVisible(True)
            return
        self._tersimpan = True
        self._ke(self.indeks_terima_kasih)
        self._diam.stop()
        self._tutup_nanti.start()

    def batalkan(self) -> None:
        """Close without saving (the citizen declined or walked away)."""
        if not self._tersimpan:
            self.desk.skm.batalkan_tiket(self.tiket)
        self._tutup()

    def _tutup(self) -> None:
        self._diam.stop()
        self._tutup_nanti.stop()
        self._boleh_tutup = True
        self.selesai.emit(self._tersimpan)
        self.done(QDialog.DialogCode.Accepted if self._tersimpan else QDialog.DialogCode.Rejected)

    def tampilkan(self) -> None:
        """Full screen on a second monitor when there is one, else on this screen."""
        layar = QGuiApplication.screens()
        utama = self.parentWidget().screen() if self.parentWidget() else None
        lain = [s for s in layar if s is not utama]
        s = lain[0] if lain else (utama or QGuiApplication.primaryScreen())
        self.setGeometry(s.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ the citizen's keys

    def keyPressEvent(self, ev: QKeyEvent) -> None:
        self._diam.start()
        i = self.stack.currentIndex()
        k = ev.key()
        if i < len(self.halaman) and k in _KUNCI_ANGKA:
            n = _KUNCI_ANGKA[k]
            if n <= len(self.halaman[i].tombol):
                self.halaman[i].tombol[n - 1].click()
            return
        if k == Qt.Key.Key_Backspace and i < self.indeks_saran:
            self.kembali()
            return
        if i == self.indeks_terima_kasih and k in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._tutup()
            return
        # Escape and everything else stop here: nothing reaches the rest of the app
        ev.accept()

    def reject(self) -> None:
        """Escape does not close the citizen's window."""
        if self._boleh_tutup:
            super().reject()

    def closeEvent(self, ev: QCloseEvent) -> None:
        if self._boleh_tutup:
            ev.accept()
        else:
            ev.ignore()  # Alt+F4 and the window manager's close
