"""Promoting and hindering factors of the case: short tags with a sentence each."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPushButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import FactorKind
from kimdesk.domain.models import Case, Factor
from kimdesk.services import cases
from kimdesk.services.validation import ValidationError
from kimdesk.ui.profile.common import (
    GREEN, RED, FieldErrors, enum_combo, error_label, with_error,
)
from kimdesk.ui.profile.context import CASE, ProfileContext

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUGGESTED_TAGS = (
    "Sprachkurs", "Familiäre Unterstützung", "Arbeitserfahrung", "Ehrenamtliche Begleitung",
    "Schulabschluss", "Eigeninitiative", "Netzwerk in der Community", "Berufsausbildung",
    "Fehlender Pass", "Gesundheitliche Belastung", "Wohnsituation", "Kinderbetreuung fehlt",
    "Wartezeiten bei Behörden", "Sprachbarriere", "Psychische Belastung", "Schulden",
    "Unsicherer Aufenthalt", "Mobilität",
)


class FactorsPanel(QWidget):
    """Two lists (förderlich, hemmend) and a line to add a factor; both undoable."""

    def __init__(self, ctx: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.factors: tuple[Factor, ...] = ()
        self.selected_id: str | None = None
        self.lists: dict[FactorKind, QListWidget] = {}
        grid = QGridLayout()
        for col, (kind, title, color) in enumerate((
                (FactorKind.PROMOTING, self.tr("Förderliche Faktoren"), GREEN),
                (FactorKind.HINDERING, self.tr("Hemmende Faktoren"), RED))):
            head = QLabel(f"<b style='color:{color}'>{title}</b>")
            lst = QListWidget()
            lst.setObjectName(f"factors_{kind.value}")
            lst.setWordWrap(True)
            lst.itemClicked.connect(lambda item, k=kind: self._picked(k, item))
            lst.currentItemChanged.connect(lambda item, _old, k=kind: self._picked(k, item))
            self.lists[kind] = lst
            grid.addWidget(head, 0, col)
            grid.addWidget(lst, 1, col)
        self.kind = enum_combo(FactorKind)
        self.tag = QLineEdit()
        self.tag.setObjectName("factorTag")
        self.tag.setPlaceholderText(self.tr("Schlagwort, z. B. Fehlender Pass"))
        self.tag.setCompleter(QCompleter(list(SUGGESTED_TAGS), self.tag))
        self.tag.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.text = QLineEdit()
        self.text.setObjectName("factorText")
        self.text.setPlaceholderText(self.tr("kurze Erläuterung"))
        self.text.returnPressed.connect(self.add_factor)
        self.errors = FieldErrors()
        tag_err = error_label()
        self.errors.register("tag", tag_err, self.tag)
        self.add_button = QPushButton(self.tr("Hinzufügen"))
        self.add_button.setObjectName("addFactor")
        self.add_button.clicked.connect(self.add_factor)
        self.remove_button = QPushButton(self.tr("Ausgewählten entfernen"))
        self.remove_button.clicked.connect(self.remove_selected)
        add = QHBoxLayout()
        add.addWidget(self.kind)
        add.addWidget(with_error(self.tag, tag_err), 1)
        add.addWidget(self.text, 2)
        add.addWidget(self.add_button)
        col = QVBoxLayout(self)
        col.addLayout(grid, 1)
        col.addLayout(add)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove_button)
        col.addLayout(bottom)

    def _picked(self, kind: FactorKind, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.selected_id = item.data(ID_ROLE)
        for other, lst in self.lists.items():
            if other != kind:
                lst.clearSelection()

    def set_factors(self, case: Case, factors: tuple[Factor, ...]) -> None:
        """Show the factors of ``case``."""
        self.case, self.factors = case, factors
        self.selected_id = None
        for kind, lst in self.lists.items():
            lst.clear()
            for f in factors:
                if f.kind != kind:
                    continue
                item = QListWidgetItem(f"{f.tag} – {f.text}" if f.text else f.tag)
                item.setData(ID_ROLE, f.id)
                item.setToolTip(html.escape(f.text))
                lst.addItem(item)
        for w in (self.kind, self.tag, self.text, self.add_button, self.remove_button):
            w.setEnabled(case.is_open)

    def add_factor(self) -> bool:
        """Store the typed factor (undoable)."""
        case, vault = self.case, self.ctx.vault
        if case is None:
            return False
        try:
            made = cases.add_factor(vault, case, self.kind.currentData(), self.tag.text(),
                                    self.text.text())
        except ValidationError as err:
            self.errors.show(err.errors)
            return False
        self.errors.clear()
        self.tag.clear()
        self.text.clear()
        self.ctx.record(self.tr("Faktor hinzufügen"),
                        redo=lambda: cases.restore_factor(vault, case, made),
                        undo=lambda: cases.remove_factor(vault, case, made.id),
                        keys={CASE}, tab="case")
        return True

    def remove_selected(self) -> None:
        """Remove the selected factor (undoable)."""
        case, vault = self.case, self.ctx.vault
        fid = self.selected_id
        factor = next((f for f in self.factors if f.id == fid), None)
        if factor is None or case is None:
            return
        try:
            cases.remove_factor(vault, case, factor.id)
        except Exception as err:
            self.ctx.fail(err)
            return
        self.ctx.record(self.tr("Faktor entfernen"),
                        redo=lambda: cases.remove_factor(vault, case, factor.id),
                        undo=lambda: cases.restore_factor(vault, case, factor),
                        keys={CASE}, tab="case")
