"""The Fristen view: expiring titles, §104c ends, goals, follow-ups, consents — by urgency."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSpinBox, QTableView, QVBoxLayout, QWidget,
)

from kimdesk.services import deadlines
from kimdesk.services.appointments import BERLIN
from kimdesk.services.deadlines import DeadlineKind, DeadlineList
from kimdesk.ui.formatting import format_date
from kimdesk.ui.settings_store import Settings
from kimdesk.ui.views.deadlines_format import kind_text
from kimdesk.ui.views.deadlines_model import (
    COL_CLIENT, COL_DUE, COL_FILE, COL_KIND, COL_WHEN, DeadlineTableModel,
)
from kimdesk.ui.worker import run_async

ALL, OVERDUE, UPCOMING = "all", "overdue", "upcoming"


class DeadlinesView(QWidget):
    """``DeadlinesView(settings)``; ``client_requested(client_id)`` opens a profile."""

    client_requested = Signal(str)
    loaded = Signal()

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.vault: Any = None
        self.result: DeadlineList | None = None
        self._generation = 0
        self._stale = True
        self.model = DeadlineTableModel(self)
        self.weeks = QSpinBox(minimum=1, maximum=52)
        self.weeks.setObjectName("deadlineWindow")
        self.weeks.setSuffix(self.tr(" Wochen"))
        self.weeks.setValue(self.settings.deadline_window_weeks)
        self.weeks.valueChanged.connect(self._window_changed)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("deadlineShow")
        for text, data in ((self.tr("Überfällige und kommende"), ALL),
                           (self.tr("Nur überfällige"), OVERDUE),
                           (self.tr("Nur kommende"), UPCOMING)):
            self.show_filter.addItem(text, data)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("deadlineKind")
        self.kind_filter.addItem(self.tr("Alle Arten"), None)
        for kind in DeadlineKind:
            self.kind_filter.addItem(kind_text(kind), kind)
        self.only_mine = QCheckBox(self.tr("Nur meine Klient*innen"))
        self.only_mine.setObjectName("deadlinesOnlyMine")
        self.only_mine.setChecked(True)
        self.open_button = QPushButton(self.tr("Klient*in öffnen"))
        self.open_button.setObjectName("openDeadlineClient")
        self.summary = QLabel()
        self.summary.setObjectName("deadlineSummary")
        self.summary.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName("deadlineTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in ((COL_DUE, 100), (COL_WHEN, 160), (COL_KIND, 270), (COL_CLIENT, 220),
                           (COL_FILE, 130)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._open)
        self.open_button.clicked.connect(self._open_current)
        self.show_filter.currentIndexChanged.connect(self._filter_changed)
        self.only_mine.toggled.connect(self._filter_changed)
        self.kind_filter.currentIndexChanged.connect(self._kind_changed)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Vorschau:")))
        for widget in (self.weeks, self.show_filter, self.kind_filter, self.only_mine):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Show the deadlines of ``vault``; None (locked) clears everything."""
        self.vault = vault
        self._generation += 1
        self.result = None
        self._stale = True
        for widget in (self.weeks, self.show_filter, self.kind_filter, self.only_mine,
                       self.open_button):
            widget.setEnabled(vault is not None)
        if vault is None:
            self.model.set_rows([], datetime.now(BERLIN).date())
            self.summary.clear()
            return
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if self.vault is not None:
            self.refresh()  # other views change goals, titles and referrals

    def _window_changed(self, weeks: int) -> None:
        self.settings.deadline_window_weeks = weeks
        self.refresh()

    def refresh(self) -> None:
        """Compute the list again (off the GUI thread)."""
        if self.vault is None:
            return
        self._stale = False
        self._generation += 1
        generation, vault = self._generation, self.vault
        show = self.show_filter.currentData()
        today = datetime.now(BERLIN).date()
        window = 0 if show == OVERDUE else self.weeks.value() * 7
        lookback = 0 if show == UPCOMING else deadlines.DEFAULT_LOOKBACK_DAYS
        counsellor = vault.counsellor_id() if self.only_mine.isChecked() else None
        self.summary.setText(self.tr("Fristen werden berechnet …"))

        def work() -> DeadlineList:
            return deadlines.deadlines(vault, today=today, window_days=window,
                                       lookback_days=lookback, counsellor_id=counsellor)

        def done(result: DeadlineList) -> None:
            if generation == self._generation:
                self.result = result
                self._show()
                self.loaded.emit()

        def failed(err: BaseException) -> None:
            if generation == self._generation:
                self.summary.setText(self.tr("Die Fristen konnten nicht berechnet werden: {e}")
                                     .format(e=err))

        # keep the task referenced: it must not be freed inside its own signal
        self._task = run_async(work, done, failed)

    def _show(self) -> None:
        if self.result is None:
            return
        result, kind = self.result, self.kind_filter.currentData()
        rows = [i for i in result.items if kind is None or i.kind == kind]
        if self.show_filter.currentData() == UPCOMING:
            rows = [i for i in rows if not i.is_overdue(result.today)]
        self.model.set_rows(rows, result.today)
        overdue = sum(1 for i in rows if i.is_overdue(result.today))
        text = self.tr("{over} überfällig · {soon} fällig bis {last}").format(
            over=overdue, soon=len(rows) - overdue, last=format_date(result.last))
        if result.truncated:
            text += " – " + self.tr("sehr viele Fristen: vollständig nur bis {last}. Bitte "
                                    "„Nur überfällige“ oder „Nur kommende“ wählen oder den "
                                    "Zeitraum verkürzen.").format(last=format_date(result.last))
        self.summary.setText(text if rows or result.truncated
                             else self.tr("Keine Fristen in diesem Zeitraum."))

    def _filter_changed(self, *_args: object) -> None:
        self.refresh()

    def _kind_changed(self, _index: int) -> None:
        self._show()

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        item = self.model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.client_requested.emit(item.client_id)
