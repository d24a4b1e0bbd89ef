"""The Protokoll tab: the audit log, filtered and paged (newest first), and the chain check.

Pages are read by keyset from the service (never the whole log); the count is capped.
Events hold ids only: the viewer shows exactly what is stored and looks nothing up.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kimdesk.domain.enums import AuditAction
from kimdesk.services import audit_log
from kimdesk.services.audit_log import AuditFilter, AuditPage, ChainReport
from kimdesk.ui.views.audit_table_model import ID_ROLE, AuditTableModel
from kimdesk.ui.views.reports_common import alive, error_text, show_status
from kimdesk.ui.worker import run_async

FILTER_DELAY_MS = 250
MAX_PROBLEMS_SHOWN = 8


class AuditLogPanel(QWidget):
    """Filters (action, record type, date range, record id), a paged table, 'Kette prüfen'."""

    def __init__(self, page_size: int = audit_log.PAGE_SIZE) -> None:
        super().__init__()
        self.vault: Any = None
        self.page_size = page_size
        self.current: AuditPage | None = None
        self._cursors: list[int | None] = [None]  # before_seq of each page shown so far
        self._total: int | None = None
        self._generation = 0
        self._filter_generation = 0  # bumped whenever the filter (or vault) changes
        self.model = AuditTableModel()
        self.action = QComboBox()
        self.action.setObjectName("auditAction")
        self.action.addItem(self.tr("Alle Aktionen"), None)
        for act in AuditAction:
            self.action.addItem(audit_log.action_label(act), act.value)
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntity")
        self.entity.setEditable(True)
        self.entity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.entity.addItem(self.tr("Alle Datensatzarten"), "")
        for code, name in audit_log.ENTITY_LABELS.items():
            self.entity.addItem(f"{name} ({code})", code)
        self.use_from = QCheckBox(self.tr("ab"))
        self.use_from.setObjectName("auditUseFrom")
        self.date_from = self._date_edit("auditFrom")
        self.use_to = QCheckBox(self.tr("bis"))
        self.use_to.setObjectName("auditUseTo")
        self.date_to = self._date_edit("auditTo")
        self.record = QLineEdit()
        self.record.setObjectName("auditRecord")
        self.record.setClearButtonEnabled(True)
        self.record.setPlaceholderText(self.tr("Datensatz-ID"))
        self.reset_button = QPushButton(self.tr("Filter zurücksetzen"))
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setToolTip(self.tr("Doppelklick: nur Einträge zu dieser Datensatz-ID"))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in enumerate((70, 150, 110, 150, 170)):
            self.table.setColumnWidth(col, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.newer_button = QPushButton(self.tr("◀ Neuere"))
        self.newer_button.setObjectName("auditNewer")
        self.older_button = QPushButton(self.tr("Ältere ▶"))
        self.older_button.setObjectName("auditOlder")
        self.position = QLabel()
        self.position.setObjectName("auditPosition")
        self.check_button = QPushButton(self.tr("Kette prüfen"))
        self.check_button.setObjectName("auditCheck")
        self.check_button.setToolTip(self.tr(
            "Prüft jeden Eintrag der Hash-Kette: ob Einträge verändert, entfernt oder "
            "umsortiert wurden."))
        self.check_result = QLabel()
        self.check_result.setObjectName("auditCheckResult")
        self.check_result.setWordWrap(True)
        self.check_result.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(FILTER_DELAY_MS)
        self._build()
        self._connect()
        self.set_vault(None)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        return edit

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.action)
        filters.addWidget(self.entity, 1)
        filters.addWidget(self.use_from)
        filters.addWidget(self.date_from)
        filters.addWidget(self.use_to)
        filters.addWidget(self.date_to)
        filters.addWidget(self.record, 1)
        filters.addWidget(self.reset_button)
        paging = QHBoxLayout()
        paging.addWidget(self.newer_button)
        paging.addWidget(self.older_button)
        paging.addWidget(self.position, 1)
        paging.addWidget(self.check_button)
        note = QLabel(self.tr("Das Protokoll speichert nur Kennungen (IDs), nie Namen oder "
                              "Inhalte. Zeiten in Ortszeit."))
        note.setStyleSheet("QLabel { color: #44525c; }")
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addLayout(paging)
        layout.addWidget(self.check_result)

    def _connect(self) -> None:
        self.timer.timeout.connect(self.reload)
        for combo in (self.action, self.entity):
            combo.currentIndexChanged.connect(lambda _i: self.timer.start())
        line = self.entity.lineEdit()
        if line is not None:
            line.textEdited.connect(lambda _t: self.timer.start())
        for box in (self.use_from, self.use_to):
            box.toggled.connect(lambda _on: self._dates_changed())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        self.record.textChanged.connect(lambda _t: self.timer.start())
        self.reset_button.clicked.connect(self.reset_filters)
        self.newer_button.clicked.connect(self.newer)
        self.older_button.clicked.connect(self.older)
        self.check_button.clicked.connect(self.check_chain)
        self.table.doubleClicked.connect(self._filter_by_record)

    def _dates_changed(self) -> None:
        self.date_from.setEnabled(self.use_from.isChecked())
        self.date_to.setEnabled(self.use_to.isChecked())
        self.timer.start()

    # -- filters --------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        """The filter the widgets describe."""
        text = self.entity.currentText().strip()
        known = self.entity.findText(text)
        entity = (self.entity.itemData(known) or None) if known >= 0 else (text or None)
        since: date | None = self.date_from.date().toPython() if self.use_from.isChecked() \
            else None  # type: ignore[assignment]
        until: date | None = self.date_to.date().toPython() if self.use_to.isChecked() \
            else None  # type: ignore[assignment]
        action = self.action.currentData()
        return AuditFilter(AuditAction(action) if action else None, entity or None, since,
                           until, self.record.text().strip() or None)

    def reset_filters(self) -> None:
        """Show every event again."""
        for w in (self.action, self.entity, self.use_from, self.use_to, self.record):
            w.blockSignals(True)
        self.action.setCurrentIndex(0)
        self.entity.setCurrentIndex(0)
        self.entity.setEditText(self.entity.itemText(0))
        self.use_from.setChecked(False)
        self.use_to.setChecked(False)
        self.record.clear()
        for w in (self.action, self.entity, self.use_from, self.use_to, self.record):
            w.blockSignals(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self.reload()

    def _filter_by_record(self, index: Any) -> None:
        record_id = index.data(ID_ROLE)
        if record_id:
            self.record.setText(str(record_id))
            self.timer.stop()
            self.reload()

    # -- loading --------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """Show the log of ``vault``; None (locked) clears the table and the check result."""
        self.vault = vault
        self._generation += 1
        self._filter_generation += 1
        self.timer.stop()
        self.current, self._cursors, self._total = None, [None], None
        self.model.set_events([])
        self.position.clear()
        self.check_result.clear()
        for w in (self.action, self.entity, self.use_from, self.use_to, self.record,
                  self.reset_button, self.check_button):
            w.setEnabled(vault is not None)
        self.date_from.setEnabled(vault is not None and self.use_from.isChecked())
        self.date_to.setEnabled(vault is not None and self.use_to.isChecked())
        self._enable_paging()
        if vault is not None:
            self.reload()

    def reload(self) -> None:
        """Start again at the newest matching event and recount."""
        self.timer.stop()
        if self.vault is None:
            return
        self._cursors = [None]
        self._total = None
        self._filter_generation += 1
        self._load_page(None)
        self._count()

    def older(self) -> None:
        """The next page of older events."""
        if self.current is not None and self.current.older_than is not None:
            self._cursors.append(self.current.older_than)
            self._load_page(self.current.older_than)

    def newer(self) -> None:
        """Back to the previous (newer) page."""
        if len(self._cursors) > 1:
            self._cursors.pop()
            self._load_page(self._cursors[-1])

    def _load_page(self, before: int | None) -> None:
        self._generation += 1
        generation, vault, filters = self._generation, self.vault, self.filters()

        def done(page: AuditPage) -> None:
            if generation != self._generation or not alive(self):
                return
            self.current = page
            self.model.set_events(page.events)
            self._enable_paging()
            self._show_position()

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                show_status(self.position, error_text(err), error=True)

        run_async(lambda: audit_log.page(vault, filters, before_seq=before,
                                         limit=self.page_size), done, failed)

    def _count(self) -> None:
        generation, vault, filters = self._filter_generation, self.vault, self.filters()

        def done(total: int) -> None:
            if generation == self._filter_generation and alive(self):
                self._total = total
                self._show_position()

        run_async(lambda: audit_log.count(vault, filters), done, lambda _e: None)

    def _enable_paging(self) -> None:
        self.newer_button.setEnabled(self.vault is not None and len(self._cursors) > 1)
        self.older_button.setEnabled(self.vault is not None and self.current is not None
                                     and self.current.has_more)

    def _show_position(self) -> None:
        shown = self.model.rowCount()
        if self.current is None:
            return
        first = (len(self._cursors) - 1) * self.page_size + 1
        if shown == 0:
            text = self.tr("Keine Einträge für diese Filter.")
        else:
            text = self.tr("Einträge {a}–{b}").format(a=first, b=first + shown - 1)
            if self._total is not None:
                total = (self.tr("mehr als {n}").format(n=f"{audit_log.COUNT_CAP:,}".replace(
                    ",", ".")) if self._total > audit_log.COUNT_CAP
                    else f"{self._total:,}".replace(",", "."))
                text += self.tr(" von {total}").format(total=total)
        show_status(self.position, text)

    # -- chain check ----------------------------------------------------------------------

    def check_chain(self) -> None:
        """Verify the whole hash chain off the GUI thread and show a clear verdict."""
        if self.vault is None:
            return
        vault = self.vault
        self.check_button.setEnabled(False)
        show_status(self.check_result, self.tr("Die Protokollkette wird geprüft …"))

        def done(report: ChainReport) -> None:
            if not alive(self) or self.vault is not vault:
                return
            self.check_button.setEnabled(True)
            n = f"{report.checked:,}".replace(",", ".")
            if report.ok:
                show_status(self.check_result, self.tr(
                    "✔ Protokollkette in Ordnung: {n} Einträge geprüft, nichts verändert, "
                    "entfernt oder umsortiert.").format(n=n), ok=True)
                return
            lines = [audit_log.problem_text(p) for p in report.problems[:MAX_PROBLEMS_SHOWN]]
            more = len(report.problems) - len(lines)
            if more > 0:
                lines.append(self.tr("… und {n} weitere Befunde.").format(n=more))
            show_status(self.check_result, self.tr(
                "✖ Protokollkette beschädigt: {k} Befund(e) bei {n} Einträgen. Das Protokoll "
                "wurde außerhalb von KIMdesk verändert; bitte die*den Datenschutzbeauftragte*n "
                "informieren.").format(k=len(report.problems), n=n) + "\n" + "\n".join(lines),
                error=True)

        def failed(err: BaseException) -> None:
            if alive(self) and self.vault is vault:
                self.check_button.setEnabled(True)
                show_status(self.check_result, error_text(err), error=True)

        run_async(lambda: audit_log.check_chain(vault), done, failed)
