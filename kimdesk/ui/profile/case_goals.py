"""Goals of the case with their steps: tick steps, change status, add and edit goals."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import GoalStatus
from kimdesk.domain.models import Case, Goal, GoalStep
from kimdesk.services import cases
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import GREEN, MUTED, RED, confirm, enum_combo, select_data, label
from kimdesk.ui.profile.context import CASE, ProfileContext
from kimdesk.ui.profile.goal_dialog import GoalDialog

GOAL_ROLE = Qt.ItemDataRole.UserRole + 1
STEP_ROLE = Qt.ItemDataRole.UserRole + 2
DONE_STATES = {GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED, GoalStatus.NOT_ACHIEVED,
               GoalStatus.DROPPED}


class GoalsPanel(QWidget):
    """A tree: goals with their steps underneath (steps have check boxes)."""

    def __init__(self, ctx: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = None
        self.goals: tuple[Goal, ...] = ()
        self.dialog: GoalDialog | None = None
        self._filling = False
        self.tree = QTreeWidget()
        self.tree.setObjectName("goalTree")
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([self.tr("Ziel / Schritt"), self.tr("Lebensbereich"),
                                   self.tr("Verantwortlich"), self.tr("fällig"),
                                   self.tr("Status")])
        self.tree.setColumnWidth(0, 430)
        self.tree.setColumnWidth(1, 120)
        self.tree.setColumnWidth(2, 190)
        self.tree.setColumnWidth(3, 90)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(lambda _i, _c: self.edit_goal())
        self.tree.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.add_button = QPushButton(self.tr("Ziel hinzufügen…"))
        self.add_button.setObjectName("addGoal")
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.edit_button.clicked.connect(self.edit_goal)
        self.delete_button = QPushButton(self.tr("Löschen…"))
        self.delete_button.clicked.connect(self.delete_goal)
        self.status = enum_combo(GoalStatus)
        self.status.setObjectName("goalStatus")
        self.status.setToolTip(self.tr("Status des ausgewählten Ziels"))
        self.status.activated.connect(lambda _i: self.set_status(self.status.currentData()))
        self.empty = QLabel(self.tr("Noch keine Ziele vereinbart."))
        self.empty.setStyleSheet(f"color: {MUTED};")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Status des gewählten Ziels:")))
        row.addWidget(self.status)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addWidget(self.delete_button)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.tree, 1)
        col.addWidget(self.empty)

    def set_goals(self, case: Case, goals: tuple[Goal, ...]) -> None:
        """Show the goals of ``case`` (keeps the selected goal selected)."""
        keep = self.selected_goal()
        self.case, self.goals = case, goals
        today = date.today()
        self._filling = True
        try:
            self.tree.clear()
            for goal in goals:
                item = QTreeWidgetItem([goal.title, label(goal.life_area), goal.responsible,
                                        format_date(goal.due_date), label(goal.status)])
                item.setData(0, GOAL_ROLE, goal.id)
                item.setToolTip(0, goal.title)
                font = item.font(0)
                font.setBold(True)
                item.setFont(0, font)
                if goal.status in (GoalStatus.ACHIEVED, GoalStatus.PARTLY_ACHIEVED):
                    item.setForeground(4, QBrush(QColor(GREEN)))
                if (goal.due_date and goal.due_date < today and goal.status not in DONE_STATES):
                    item.setForeground(3, QBrush(QColor(RED)))
                    item.setToolTip(3, self.tr("überfällig"))
                for step in goal.steps:
                    child = QTreeWidgetItem([step.text, "", step.responsible,
                                             format_date(step.due_date), ""])
                    child.setData(0, STEP_ROLE, step.id)
                    child.setToolTip(0, step.text)
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    child.setCheckState(0, Qt.CheckState.Checked if step.done
                                        else Qt.CheckState.Unchecked)
                    if step.done:
                        f = QFont(child.font(0))
                        f.setStrikeOut(True)
                        child.setFont(0, f)
                        child.setForeground(0, QBrush(QColor(MUTED)))
                    item.addChild(child)
                self.tree.addTopLevelItem(item)
                item.setExpanded(True)
                if keep and goal.id == keep.id:
                    self.tree.setCurrentItem(item)
        finally:
            self._filling = False
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.empty.setVisible(not goals)
        editable = case.is_open
        for w in (self.add_button, self.edit_button, self.delete_button, self.status):
            w.setEnabled(editable)
        self._selection_changed()

    # -- selection ------------------------------------------------------------------------------

    def selected_goal(self) -> Goal | None:
        """The goal of the selected row (a step selects its goal)."""
        item = self.tree.currentItem()
        if item is None:
            return None
        if item.parent() is not None:
            item = item.parent()
        gid = item.data(0, GOAL_ROLE)
        return next((g for g in self.goals if g.id == gid), None)

    def _selection_changed(self) -> None:
        goal = self.selected_goal()
        has = goal is not None and self.case is not None and self.case.is_open
        for w in (self.edit_button, self.delete_button, self.status):
            w.setEnabled(has)
        if goal is not None:
            self.status.blockSignals(True)
            select_data(self.status, goal.status)
            self.status.blockSignals(False)

    def select_goal(self, goal_id: str) -> None:
        """Select the row of a goal."""
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.data(0, GOAL_ROLE) == goal_id:
                self.tree.setCurrentItem(item)

    # -- edits ------------------------------------------------------------------------------

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != 0 or item.parent() is None or self.case is None:
            return
        goal = next((g for g in self.goals if g.id == item.parent().data(0, GOAL_ROLE)), None)
        step = next((s for s in goal.steps if s.id == item.data(0, STEP_ROLE)), None) if goal \
            else None
        if step is None:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        if done != step.done:
            self.tick(step, done)

    def tick(self, step: GoalStep, done: bool) -> None:
        """Tick or untick a step (undoable)."""
        case, vault = self.case, self.ctx.vault
        assert case is not None
        try:
            cases.set_step_done(vault, case, step, done)
        except Exception as err:
            self.ctx.fail(err)
            self.ctx.notify({CASE})
            return
        self.ctx.record(self.tr("Schritt abhaken") if done else self.tr("Haken entfernen"),
                        redo=lambda: cases.set_step_done(vault, case, step, done),
                        undo=lambda: cases.set_step_done(vault, case, step, step.done),
                        keys={CASE}, tab="case")

    def set_status(self, status: GoalStatus) -> None:
        """Change the status of the selected goal (undoable)."""
        goal, case = self.selected_goal(), self.case
        if goal is None or case is None or goal.status == status:
            return
        try:
            self._store(goal, dataclasses.replace(goal, status=status),
                        self.tr("Status des Ziels ändern"))
        except Exception as err:
            self.ctx.fail(err)
            self.ctx.notify({CASE})

    def _store(self, old: Goal | None, new: Goal, text: str) -> None:
        case, vault = self.case, self.ctx.vault
        assert case is not None
        stored = cases.save_goal(vault, case, new)
        if old is None:
            undo = lambda: cases.delete_goal(vault, case, stored.id)  # noqa: E731
        else:
            undo = lambda: cases.save_goal(vault, case, old)  # noqa: E731
        self.ctx.record(text, redo=lambda: cases.save_goal(vault, case, stored), undo=undo,
                        keys={CASE}, tab="case")

    def add_goal(self) -> GoalDialog | None:
        """Open the dialog for a new goal (returned for tests)."""
        if self.case is None:
            return None
        return self._open(cases.new_goal("", responsible="Klient*in und Berater*in"), new=True)

    def edit_goal(self) -> GoalDialog | None:
        """Open the dialog for the selected goal."""
        goal = self.selected_goal()
        if goal is None or self.case is None or not self.case.is_open:
            return None
        return self._open(goal, new=False)

    def _open(self, goal: Goal, *, new: bool) -> GoalDialog:
        def save(edited: Goal) -> None:
            self._store(None if new else goal, edited,
                        self.tr("Ziel hinzufügen") if new else self.tr("Ziel ändern"))

        self.dialog = GoalDialog(goal, save, self, new=new)
        self.dialog.open()
        return self.dialog

    def delete_goal(self) -> None:
        """Delete the selected goal after asking (undoable)."""
        goal, case, vault = self.selected_goal(), self.case, self.ctx.vault
        if goal is None or case is None:
            return
        if not confirm(self, self.tr("Ziel löschen"),
                       self.tr("Das Ziel „{t}“ mit seinen Schritten löschen?").format(
                           t=goal.title)):
            return
        try:
            cases.delete_goal(vault, case, goal.id)
        except Exception as err:
            self.ctx.fail(err)
            return
        self.ctx.record(self.tr("Ziel löschen"),
                        redo=lambda: cases.delete_goal(vault, case, goal.id),
                        undo=lambda: cases.save_goal(vault, case, goal),
                        keys={CASE}, tab="case")
