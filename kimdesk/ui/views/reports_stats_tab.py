"""The Statistik tab: pick a period, see the anonymised tables, save them as CSV or PDF."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services import statistics
from kimdesk.services.statistics import SUPPRESSION_NOTE, StatisticsReport
from kimdesk.services.stats_period import Period, PeriodError, recent_quarters
from kimdesk.ui.views.reports_common import alive, ask_save_path, error_text, show_status
from kimdesk.ui.views.stats_table_model import StatsTableModel
from kimdesk.ui.worker import run_async

CUSTOM = "custom"
ROW_HEIGHT = 24


class StatsTab(QWidget):
    """Statistics of one period; ``exported(path)`` after a file was written."""

    exported = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.report: StatisticsReport | None = None
        self._generation = 0
        self.period_box = QComboBox()
        self.period_box.setObjectName("statsPeriod")
        for period in recent_quarters(count=8):
            self.period_box.addItem(period.label, (period.start, period.end))
        self.period_box.addItem(self.tr("Eigener Zeitraum …"), CUSTOM)
        self.date_from = self._date_edit("statsFrom")
        self.date_to = self._date_edit("statsTo")
        self.compute_button = QPushButton(self.tr("Berechnen"))
        self.compute_button.setObjectName("statsCompute")
        self.csv_button = QPushButton(self.tr("Als CSV speichern …"))
        self.csv_button.setObjectName("statsCsv")
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"))
        self.pdf_button.setObjectName("statsPdf")
        self.status = QLabel()
        self.status.setObjectName("statsStatus")
        self.status.setWordWrap(True)
        note = QLabel(self.tr("Anonymisiert für die Koordinierung. ") + SUPPRESSION_NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #44525c; }")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(4, 4, 12, 4)
        self.body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Zeitraum:")))
        top.addWidget(self.period_box)
        top.addWidget(QLabel(self.tr("von")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("bis")))
        top.addWidget(self.date_to)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(self.csv_button)
        top.addWidget(self.pdf_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)

        self.period_box.currentIndexChanged.connect(self._period_chosen)
        self.compute_button.clicked.connect(self.compute)
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self._period_chosen()
        self.set_vault(None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    # -- period ---------------------------------------------------------------------------

    def _period_chosen(self) -> None:
        data = self.period_box.currentData()
        custom = data == CUSTOM
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        if not custom:
            start, end = data
            self.date_from.setDate(QDate(start.year, start.month, start.day))
            self.date_to.setDate(QDate(end.year, end.month, end.day))

    def period(self) -> Period:
        """The chosen period (PeriodError when the end lies before the start)."""
        start: date = self.date_from.date().toPython()  # type: ignore[assignment]
        end: date = self.date_to.date().toPython()  # type: ignore[assignment]
        return Period(start, end)

    # -- loading --------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) clears the tables."""
        self.vault = vault
        self._generation += 1
        self.report = None
        self._show(None)
        self.status.clear()
        if vault is not None:
            show_status(self.status, self.tr("Zeitraum wählen und „Berechnen“ drücken."))
        self.compute_button.setEnabled(vault is not None)
        self._enable_saving()

    def _enable_saving(self) -> None:
        ready = self.vault is not None and self.report is not None
        self.csv_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def compute(self) -> None:
        """Compute the statistics of the chosen period off the GUI thread."""
        if self.vault is None:
            return
        try:
            period = self.period()
        except PeriodError as err:
            show_status(self.status, error_text(err), error=True)
            return
        self._generation += 1
        generation, vault = self._generation, self.vault
        self.compute_button.setEnabled(False)
        show_status(self.status, self.tr("Wird berechnet …"))

        def done(report: StatisticsReport) -> None:
            if generation != self._generation or not alive(self):
                return
            self.compute_button.setEnabled(True)
            self.report = report
            self._show(report)
            self._enable_saving()
            show_status(self.status, self.tr("Statistik für {period}").format(
                period=report.period.label) + "".join(f" {n}" for n in report.notes))

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                self.compute_button.setEnabled(True)
                show_status(self.status, error_text(err), error=True)

        run_async(lambda: statistics.compute(vault, period), done, failed)

    def _show(self, report: StatisticsReport | None) -> None:
        while self.body_layout.count() > 1:
            item = self.body_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone now, not only when the event loop deletes it
                widget.setParent(None)
                widget.deleteLater()
        if report is None:
            return
        for i, table in enumerate(report.tables):
            title = QLabel(table.table.title)
            title.setStyleSheet("QLabel { font-weight: bold; font-size: 11pt; }")
            self.body_layout.insertWidget(self.body_layout.count() - 1, title)
            if table.table.note:
                note = QLabel(table.table.note)
                note.setWordWrap(True)
                note.setStyleSheet("QLabel { color: #44525c; }")
                self.body_layout.insertWidget(self.body_layout.count() - 1, note)
            view = QTableView()
            view.setObjectName(f"statsTable_{table.key}")
            view.setModel(StatsTableModel(table))
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            view.verticalHeader().hide()
            view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            header = view.horizontalHeader()
            header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for col in range(1, len(table.header)):
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
                view.setColumnWidth(col, 110)
            rows = len(table.body())
            view.setFixedHeight(header.sizeHint().height() + ROW_HEIGHT * rows + 4)
            self.body_layout.insertWidget(self.body_layout.count() - 1, view)
            if i < len(report.tables) - 1:
                self.body_layout.insertSpacing(self.body_layout.count() - 1, 12)

    def table_texts(self, key: str) -> list[list[str]]:
        """The texts shown for table ``key`` (for tests and checks)."""
        view = self.body.findChild(QTableView, f"statsTable_{key}")
        if view is None:
            return []
        model = view.model()
        return [[model.index(r, c).data() for c in range(model.columnCount())]
                for r in range(model.rowCount())]

    # -- saving ---------------------------------------------------------------------------

    def save(self, suffix: str) -> None:
        """Ask where to save, then write the shown statistics as CSV or PDF."""
        if self.vault is None or self.report is None:
            return
        report, vault = self.report, self.vault
        path = ask_save_path(self, self.tr("Statistik speichern"),
                             f"KIM-Statistik_{report.period.slug}{suffix}")
        if path is None:
            return
        generation = self._generation
        show_status(self.status, self.tr("Wird gespeichert …"))

        def done(_result: object) -> None:
            if generation == self._generation and alive(self):
                show_status(self.status, self.tr("Gespeichert: {path}").format(path=path),
                            ok=True)
                self.exported.emit(str(path))

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                show_status(self.status, error_text(err), error=True)

        run_async(lambda: statistics.export(vault, report.period, path, report=report),
                  done, failed)
