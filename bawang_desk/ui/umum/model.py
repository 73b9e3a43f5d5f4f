"""The base of the UI's table models: a list of rows, fixed column headers, one cell hook.

Each table model keeps its own ``COL_*`` constants, ``HEADERS`` and what a cell shows
(text, the sort key in ``UserRole``, colours, tooltips) in :meth:`ModelBaris.nilai`; the row
count, the header, resetting the rows and the guard against an index out of range live here once.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

_Index = QModelIndex | QPersistentModelIndex
B = TypeVar("B")


class ModelBaris(QAbstractTableModel, Generic[B]):
    """A flat table over ``self._rows``, one column per entry of ``HEADERS``."""

    HEADERS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[B] = []

    def set_rows(self, rows: Iterable[B]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def baris(self, row: int) -> B:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self.nilai(self._rows[index.row()], index.column(), role)

    def nilai(self, baris: B, kolom: int, role: int) -> Any:
        """What the cell of ``baris`` in column ``kolom`` holds for ``role`` (None: nothing)."""
        return None
