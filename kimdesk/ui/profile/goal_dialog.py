"""Add or edit a goal of the case: title, life area, who, by when, status and its steps."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QCompleter, QHBoxLayout, QHeaderView, QLineEdit, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import GoalStatus, LifeArea
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Goal, GoalStep
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import DateField, enum_combo, parse_date, select_data
from kimdesk.ui.profile.form_dialog import FormDialog

WHO = ("Klient*in", "Berater*in", "Klient*in und Berater*in", "Amt", "Dolmetscher*in",
       "Ehrenamtliche Begleitung")
STEP_TEXT, STEP_WHO, STEP_DUE, STEP_DONE = range(4)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


class GoalDialog(FormDialog):
    """The fields of a goal and a small table of its steps."""

    def __init__(self, goal: Goal, save: Callable[[Goal], None], parent: QWidget | None, *,
                 new: bool) -> None:
        super().__init__(self.tr("Ziel hinzufügen") if new else self.tr("Ziel bearbeiten"),
                         save, parent)
        self.goal = goal
        self.setMinimumWidth(720)
        self.title_edit = QLineEdit(goal.title)
        self.title_edit.setPlaceholderText(self.tr("z. B. Sprachniveau B1 erreichen"))
        self.area = enum_combo(LifeArea, empty=self.tr("– kein Lebensbereich –"))
        select_data(self.area, goal.life_area)
        self.responsible = QLineEdit(goal.responsible)
        self.responsible.setCompleter(QCompleter(list(WHO), self.responsible))
        self.due = DateField()
        self.due.set_date(goal.due_date)
        self.status = enum_combo(GoalStatus)
        select_data(self.status, goal.status)
        self.steps = QTableWidget(0, 4)
        self.steps.setObjectName("goalSteps")
        self.steps.setHorizontalHeaderLabels([self.tr("Schritt"), self.tr("Wer"),
                                              self.tr("bis"), self.tr("erledigt")])
        self.steps.verticalHeader().hide()
        header = self.steps.horizontalHeader()
        header.setSectionResizeMode(STEP_TEXT, QHeaderView.ResizeMode.Stretch)
        self.steps.setColumnWidth(STEP_WHO, 150)
        self.steps.setColumnWidth(STEP_DUE, 100)
        self.steps.setColumnWidth(STEP_DONE, 70)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setMinimumHeight(160)
        for step in goal.steps:
            self.add_step(step)
        add = QPushButton(self.tr("Schritt hinzufügen"))
        add.clicked.connect(lambda: self.add_step(None))
        remove = QPushButton(self.tr("Schritt entfernen"))
        remove.clicked.connect(self.remove_step)
        steps_box = QWidget()
        col = QVBoxLayout(steps_box)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.steps)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        col.addLayout(row)
        self.row(self.tr("Ziel"), self.title_edit, "title")
        self.row(self.tr("Lebensbereich"), self.area, "life_area")
        self.row(self.tr("Verantwortlich"), self.responsible, "responsible")
        self.row(self.tr("Fällig am"), self.due, "due_date")
        self.row(self.tr("Status"), self.status, "status")
        self.row(self.tr("Schritte"), steps_box, "steps", self.steps)

    def add_step(self, step: GoalStep | None) -> None:
        """Append a step row (an empty one for ``None``)."""
        r = self.steps.rowCount()
        self.steps.insertRow(r)
        text = QTableWidgetItem(step.text if step else "")
        text.setData(ID_ROLE, step.id if step else new_id())
        self.steps.setItem(r, STEP_TEXT, text)
        self.steps.setItem(r, STEP_WHO, QTableWidgetItem(step.responsible if step else ""))
        self.steps.setItem(r, STEP_DUE, QTableWidgetItem(format_date(step.due_date)
                                                          if step else ""))
        done = QTableWidgetItem()
        done.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        done.setCheckState(Qt.CheckState.Checked if step and step.done else Qt.CheckState.Unchecked)
        self.steps.setItem(r, STEP_DONE, done)
        if step is None:
            self.steps.setCurrentCell(r, STEP_TEXT)
            self.steps.editItem(text)

    def remove_step(self) -> None:
        """Remove the selected step row."""
        r = self.steps.currentRow()
        if r >= 0:
            self.steps.removeRow(r)

    def build(self) -> tuple[Goal, list[FieldError]]:
        """The goal as entered, steps in table order."""
        errors: list[FieldError] = []
        due, problem = self.due.parsed()
        if problem:
            errors.append(FieldError("due_date", problem))
        steps = []
        for r in range(self.steps.rowCount()):
            text = self.steps.item(r, STEP_TEXT)
            who = self.steps.item(r, STEP_WHO)
            when = self.steps.item(r, STEP_DUE)
            done = self.steps.item(r, STEP_DONE)
            if not (text.text().strip() or (who and who.text().strip())):
                continue  # an empty row that was added and never filled
            step_due, problem = parse_date(when.text() if when else "")
            if problem:
                errors.append(FieldError("steps", self.tr("Schritt {n}: {p}").format(n=r + 1,
                                                                                    p=problem)))
            steps.append(GoalStep(text.data(ID_ROLE), self.goal.id, r + 1, text.text(),
                                  who.text() if who else "", step_due,
                                  done.checkState() == Qt.CheckState.Checked))
        return dataclasses.replace(
            self.goal, title=self.title_edit.text(), life_area=self.area.currentData(),
            responsible=self.responsible.text(), due_date=due,
            status=self.status.currentData(), steps=tuple(steps),
        ), errors
