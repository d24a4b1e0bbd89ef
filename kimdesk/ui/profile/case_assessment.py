"""The assessment: need level and notes for each of the eight life areas."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import LifeArea, NeedLevel
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Assessment, Case
from kimdesk.services import cases
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    MUTED, ORANGE, FieldErrors, enum_combo, error_label, select_data, with_error,
)
from kimdesk.ui.profile.context import CASE, ProfileContext

NEED_COLORS = {NeedLevel.HIGH: "#b3261e", NeedLevel.URGENT: "#b3261e",
               NeedLevel.MEDIUM: ORANGE}


class AssessmentPanel(QWidget):
    """One row per life area; 'Speichern' stores the changed rows as one undoable step."""

    def __init__(self, ctx: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.stored: dict[LifeArea, Assessment] = {}
        self.errors = FieldErrors()
        self.need: dict[LifeArea, QComboBox] = {}
        self.notes: dict[LifeArea, QLineEdit] = {}
        self.when: dict[LifeArea, QLabel] = {}
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)
        for col, text in enumerate((self.tr("Lebensbereich"), self.tr("Bedarf"),
                                    self.tr("Notizen"), self.tr("erhoben am"))):
            grid.addWidget(QLabel(f"<b>{text}</b>"), 0, col)
        for row, area in enumerate(LifeArea, 1):
            need = enum_combo(NeedLevel, empty=self.tr("– nicht erhoben –"))
            need.setObjectName(f"need_{area.value}")
            need.currentIndexChanged.connect(self._changed)
            notes = QLineEdit()
            notes.setObjectName(f"notes_{area.value}")
            notes.setPlaceholderText(self.tr("Situation, Ressourcen, Bedarf …"))
            notes.textChanged.connect(self._changed)
            when = QLabel()
            when.setStyleSheet(f"color: {MUTED};")
            err = error_label()
            self.errors.register(area.value, err, need)
            name = QLabel(label(area))
            name.setBuddy(need)
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(with_error(need, err), row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(notes, row, 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(when, row, 3, Qt.AlignmentFlag.AlignTop)
            self.need[area], self.notes[area], self.when[area] = need, notes, when
        self.save_button = QPushButton(self.tr("Bestandsaufnahme speichern"))
        self.save_button.setObjectName("saveAssessment")
        self.save_button.clicked.connect(self.save)
        self.state = QLabel()
        self.state.setStyleSheet(f"color: {ORANGE};")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.state)
        buttons.addWidget(self.save_button)
        col = QVBoxLayout(self)
        col.addLayout(grid)
        col.addLayout(buttons)
        col.addStretch(1)
        self._filling = False

    def set_assessments(self, case: Case, items: tuple[Assessment, ...]) -> None:
        """Show the stored assessment of ``case``."""
        self.case = case
        self.stored = {a.life_area: a for a in items}
        self._filling = True
        try:
            for area in LifeArea:
                a = self.stored.get(area)
                select_data(self.need[area], a.need if a else None)
                self.notes[area].setText(a.notes if a else "")
                self.when[area].setText(format_date(a.assessed_on) if a else "")
                color = NEED_COLORS.get(a.need) if a else None
                self.need[area].setStyleSheet(f"color: {color};" if color else "")
                for w in (self.need[area], self.notes[area]):
                    w.setEnabled(case.is_open)
        finally:
            self._filling = False
        self.errors.clear()
        self.save_button.setEnabled(False)
        self.state.clear()

    def _changed(self) -> None:
        if not self._filling:
            self.save_button.setEnabled(True)
            self.state.setText(self.tr("Ungespeicherte Änderungen"))

    def edited(self) -> tuple[dict[LifeArea, Assessment | None], list[FieldError]]:
        """The rows that differ from what is stored (None = remove) and row errors."""
        assert self.case is not None
        changes: dict[LifeArea, Assessment | None] = {}
        errors: list[FieldError] = []
        for area in LifeArea:
            need = self.need[area].currentData()
            notes = self.notes[area].text().strip()
            old = self.stored.get(area)
            if need is None:
                if notes:
                    errors.append(FieldError(area.value, self.tr("Bitte den Bedarf wählen.")))
                elif old is not None:
                    changes[area] = None
                continue
            if old is None or old.need != need or old.notes != notes:
                changes[area] = Assessment(old.id if old else new_id(), self.case.id, area, need,
                                           notes, date.today())
        return changes, errors

    def save(self) -> bool:
        """Store the changed rows as one undoable step."""
        if self.case is None:
            return False
        changes, errors = self.edited()
        self.errors.show(errors)
        if errors:
            return False
        if not changes:
            return True
        case, vault = self.case, self.ctx.vault
        before = {area: self.stored.get(area) for area in changes}
        try:
            for area, item in changes.items():
                cases.put_assessment(vault, case, area, item)
        except Exception as err:
            self.ctx.fail(err)
            return False

        def apply(values: dict[LifeArea, Assessment | None]) -> None:
            for area, item in values.items():
                cases.put_assessment(vault, case, area, item)

        self.ctx.record(self.tr("Bestandsaufnahme ändern"), redo=lambda: apply(changes),
                        undo=lambda: apply(before), keys={CASE}, tab="case")
        return True
