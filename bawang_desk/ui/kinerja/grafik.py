"""A small bar chart of the median time per step as a share of its SOP standard, painted with QPainter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QSizePolicy,
    QWidget,
)

from bawang_desk.core.kinerja import format_persen


class GrafikBatang(QWidget):
    """Bars of the median whole-service time per SOP in % of the standard; red line = 100%."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: list[tuple[str, float]] = []
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def isi(self, data: list[tuple[str, float]]) -> None:
        self.data = data
        self.setAccessibleDescription(
            "; ".join(f"{n}: {format_persen(v)} dari standar" for n, v in data)
        )
        self.update()

    def paintEvent(self, event: Any) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("white"))
        if not self.data:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "Belum ada data untuk grafik.")
            return
        kiri, atas, bawah = 46, 22, 30
        w = self.width() - kiri - 10
        h = self.height() - atas - bawah
        maks = max(150.0, *(v for _n, v in self.data)) * 1.1
        p.setPen(QPen(QColor("#444")))
        p.drawText(6, 14, "Median waktu layanan (% dari standar SOP; garis merah = standar)")
        for frac in (0, 0.5, 1):
            y = atas + h * (1 - frac)
            p.drawText(
                QRectF(0, y - 8, kiri - 6, 16), Qt.AlignmentFlag.AlignRight, f"{maks * frac:.0f}%"
            )
        slot = w / len(self.data)
        for i, (nama, v) in enumerate(self.data):
            tinggi = h * v / maks
            x = kiri + i * slot + slot * 0.2
            r = QRectF(x, atas + h - tinggi, slot * 0.6, tinggi)
            p.fillRect(r, QColor("#2a61a0") if v <= 100 else QColor("#c0504d"))
            p.setPen(QPen(QColor("#222")))
            p.drawText(
                QRectF(x - 10, atas + h - tinggi - 15, slot * 0.6 + 20, 14),
                Qt.AlignmentFlag.AlignCenter,
                format_persen(v),
            )
            p.drawText(
                QRectF(kiri + i * slot, atas + h + 4, slot, 16), Qt.AlignmentFlag.AlignCenter, nama
            )
        y100 = atas + h * (1 - 100 / maks)
        p.setPen(QPen(QColor("#bf1a1a"), 1.5, Qt.PenStyle.DashLine))
        p.drawLine(kiri, int(y100), kiri + int(w), int(y100))
        p.setPen(QPen(QColor("#444")))
        p.drawLine(kiri, atas + int(h), kiri + int(w), atas + int(h))
        p.end()
