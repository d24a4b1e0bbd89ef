"""A field holding a short list of codes (nationalities, languages) shown by their names."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QHBoxLayout, QListView, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class _Chips(QListWidget):
    """The chosen entries in a wrapping row; Delete removes the selected one."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class CodeListField(QWidget):
    """Chosen codes as chips, a searchable combo to add one, a button to remove one."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], name_of: Callable[[str], str],
                 placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_of = name_of
        self.chips = _Chips()
        self.chips.setFlow(QListView.Flow.LeftToRight)
        self.chips.setWrapping(True)
        self.chips.setSpacing(2)
        self.chips.setResizeMode(QListView.ResizeMode.Adjust)
        self.chips.setMaximumHeight(52)
        self.chips.setMinimumHeight(30)
        self.chips.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chips.delete_pressed.connect(self.remove_selected)
        self.chips.setAccessibleName(placeholder)
        self.picker = QComboBox()
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.picker.setMinimumContentsLength(10)
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.lineEdit().setPlaceholderText(placeholder)
        for code, name in choices:
            self.picker.addItem(f"{name} ({code})", code)
        self.picker.setCurrentIndex(-1)
        completer = QCompleter(self.picker.model(), self.picker)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.setCompleter(completer)
        self.picker.activated.connect(self._add_index)
        self.picker.lineEdit().returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button = QPushButton(self.tr("Entfernen"))
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(2)
        col.addWidget(self.chips)
        col.addLayout(row)
        self.setFocusProxy(self.picker)

    def codes(self) -> tuple[str, ...]:
        """The chosen codes in order."""
        return tuple(self.chips.item(i).data(CODE_ROLE) for i in range(self.chips.count()))

    def set_codes(self, codes: Sequence[str]) -> None:
        """Show exactly ``codes`` (no change signal)."""
        self.chips.clear()
        for code in codes:
            self._append(code)

    def _append(self, code: str) -> None:
        name = self.name_of(code)
        item = QListWidgetItem(f"{name} ({code})" if name != code else code)
        item.setData(CODE_ROLE, code)
        item.setSizeHint(QSize(self.chips.fontMetrics().horizontalAdvance(item.text()) + 16, 22))
        self.chips.addItem(item)

    def add_code(self, code: str) -> None:
        """Add ``code`` unless it is already there."""
        code = code.strip()
        if code and code not in self.codes():
            self._append(code)
            self.changed.emit()
        self.picker.setCurrentIndex(-1)
        self.picker.clearEditText()

    def _add_index(self, index: int) -> None:
        code = self.picker.itemData(index)
        if code:
            self.add_code(code)

    def add_typed(self) -> None:
        """Add what is typed: a listed name, '(CODE)' text or a bare code."""
        text = self.picker.currentText().strip()
        if not text:
            return
        i = self.picker.findText(text, Qt.MatchFlag.MatchFixedString)
        if i < 0:
            matches = [j for j in range(self.picker.count())
                       if text.casefold() in self.picker.itemText(j).casefold()]
            i = matches[0] if len(matches) == 1 else -1
        self.add_code(self.picker.itemData(i) if i >= 0 else text)

    def remove_selected(self) -> None:
        """Remove the selected chip."""
        row = self.chips.currentRow()
        if row >= 0:
            self.chips.takeItem(row)
            self.changed.emit()
