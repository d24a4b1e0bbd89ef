"""The §104c panel: the 18-month clock and which §25a/§25b conditions are still open."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QGroupBox, QLabel, QProgressBar, QVBoxLayout, QWidget,
)

from kimdesk.domain.dates import add_months
from kimdesk.services import chancen
from kimdesk.services.chancen import (
    CONDITION_LABELS, CONDITION_SHORT, REQUIRED, ChancenClock, Condition, ConditionState, Target,
)
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import GREEN, MUTED, RED, chancen_color, days_text
from kimdesk.ui.profile.context import CHANCEN, ProfileContext


class ChancenPanel(QGroupBox):
    """Clock, progress and the conditions as check boxes (each tick is stored and undoable)."""

    def __init__(self, ctx: ProfileContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chancen-Aufenthaltsrecht (§104c AufenthG): 18-Monats-Frist"),
                         parent)
        self.ctx = ctx
        self.states: dict[Condition, ConditionState] = {}
        self.clock_label = QLabel()
        self.clock_label.setObjectName("chancenClock")
        self.clock_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.open_25a = QLabel()
        self.open_25b = QLabel()
        for lab in (self.open_25a, self.open_25b):
            lab.setWordWrap(True)
            lab.setTextFormat(Qt.TextFormat.RichText)
        self.open_25a.setObjectName("open25a")
        self.open_25b.setObjectName("open25b")
        self.boxes: dict[Condition, QCheckBox] = {}
        self.since: dict[Condition, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        head_a, head_b = QLabel("<b>§25a</b>"), QLabel("<b>§25b</b>")
        grid.addWidget(QLabel(self.tr("<b>Voraussetzung</b>")), 0, 0)
        grid.addWidget(head_a, 0, 1)
        grid.addWidget(head_b, 0, 2)
        grid.addWidget(QLabel(self.tr("<b>erfüllt seit</b>")), 0, 3)
        for row, cond in enumerate(Condition, 1):
            box = QCheckBox(CONDITION_LABELS[cond])
            box.setObjectName(f"cond_{cond.value}")
            box.clicked.connect(lambda on, c=cond: self.set_met(c, on))
            self.boxes[cond] = box
            grid.addWidget(box, row, 0)
            for col, target in ((1, Target.AE_25A), (2, Target.AE_25B)):
                mark = QLabel("●" if cond in REQUIRED[target] else "")
                mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
                mark.setToolTip(self.tr("nötig für §{t}").format(t=target.value)
                                if cond in REQUIRED[target] else "")
                grid.addWidget(mark, row, col)
            since = QLabel()
            since.setStyleSheet(f"color: {MUTED};")
            self.since[cond] = since
            grid.addWidget(since, row, 3)
        grid.setColumnStretch(4, 1)
        self.age_hint = QLabel()
        self.age_hint.setStyleSheet(f"color: {MUTED};")
        col = QVBoxLayout(self)
        col.addWidget(self.clock_label)
        col.addWidget(self.progress)
        col.addLayout(grid)
        col.addWidget(self.age_hint)
        col.addWidget(self.open_25b)
        col.addWidget(self.open_25a)

    def show_state(self, clock: ChancenClock | None, states: dict[Condition, ConditionState],
                   birth: date | None, today: date) -> None:
        """Show the clock and the conditions."""
        self.states = states
        if clock is not None:
            color = chancen_color(clock.days_left)
            self.clock_label.setText(self.tr(
                "Die 18 Monate enden am <b>{end}</b>: <span style='color:{c}'><b>{left}</b></span>"
                ).format(end=format_date(clock.end), c=color, left=days_text(clock.days_left)))
            self.progress.setValue(int(clock.fraction_used * 1000))
        for cond, box in self.boxes.items():
            st = states.get(cond)
            box.setChecked(bool(st and st.met))
            self.since[cond].setText(format_date(st.met_on) if st and st.met else "")
        for target, lab, name in ((Target.AE_25B, self.open_25b,
                                   self.tr("§25b (nachhaltige Integration)")),
                                  (Target.AE_25A, self.open_25a,
                                   self.tr("§25a (gut integrierte junge Menschen)"))):
            missing = chancen.open_conditions(states, target)
            if missing:
                items = ", ".join(CONDITION_SHORT[c] for c in missing)
                lab.setText(self.tr("<span style='color:{c}'><b>Für {t} noch offen ({n}):</b> "
                                    "{items}</span>").format(c=RED, t=name, n=len(missing),
                                                             items=items))
            else:
                lab.setText(self.tr("<span style='color:{c}'>Für {t} sind alle Voraussetzungen "
                                    "erfasst.</span>").format(c=GREEN, t=name))
        self.age_hint.setVisible(birth is not None)
        if birth is None:
            return
        limit = add_months(birth, 27 * 12)
        if limit <= today:
            # the §25a list would only be noise: that way is closed
            self.age_hint.hide()
            self.open_25a.setText(self.tr("<span style='color:{c}'>§25a kommt nicht mehr in "
                                          "Frage (27. Geburtstag am {d}); der Weg führt über "
                                          "§25b.</span>").format(c=MUTED, d=format_date(limit)))
        else:
            self.age_hint.setText(self.tr("27. Geburtstag am {d}: der Antrag nach §25a muss "
                                          "davor gestellt werden.").format(d=format_date(limit)))

    def set_met(self, cond: Condition, met: bool) -> None:
        """Store a tick (undoable) and show it."""
        vault = self.ctx.vault
        old = self.states.get(cond) or ConditionState("", self.ctx.client_id, cond)
        new = dataclasses.replace(old, met=met, met_on=date.today() if met else None)
        try:
            stored = chancen.set_condition(vault, new)
        except Exception as err:  # a locked vault or a database error
            self.ctx.fail(err)
            self.boxes[cond].setChecked(old.met)
            return
        previous = dataclasses.replace(old, id=stored.id)
        self.ctx.record(self.tr("Voraussetzung „{c}“ ändern").format(
                            c=CONDITION_LABELS[cond]),
                        redo=lambda: chancen.set_condition(vault, stored),
                        undo=lambda: chancen.set_condition(vault, previous),
                        keys={CHANCEN}, tab="residence")
