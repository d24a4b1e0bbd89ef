"""The list of referrals (open ones by default; overdue follow-ups first) with its actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
    QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import GoalStatus, LegalArea, ReferralStatus
from kimdesk.domain.labels import label
from kimdesk.services import agencies, referral_gate, referral_queries, referrals
from kimdesk.services.referral_queries import ReferralListRow
from kimdesk.services.referrals import OPEN_STATUSES, TransitionError
from kimdesk.services.validation import ValidationError
from kimdesk.ui.dialogs.referral_client_picker import ClientPickerDialog
from kimdesk.ui.dialogs.referral_consent import gated, open_print_form
from kimdesk.ui.dialogs.referral_editor import ReferralEditor
from kimdesk.ui.dialogs.referral_status import FollowUpDialog, StatusDialog
from kimdesk.ui.formatting import format_date
from kimdesk.ui.views.referrals_format import number_text
from kimdesk.ui.views.referrals_table_model import ReferralTableModel

LIMIT = 5000
ALL_OPEN = "open"


class ReferralsOpenPanel(QWidget):
    """Filters, the referral table, the history of the selected one and the actions."""

    client_requested = Signal(str)
    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.model = ReferralTableModel()
        self.agency_filter = QComboBox()
        self.agency_filter.setObjectName("agencyFilter")
        self.agency_filter.setMinimumWidth(260)
        self.area_filter = QComboBox()
        self.area_filter.setObjectName("areaFilter")
        self.area_filter.addItem(self.tr("Alle Rechtskreise"), "")
        for area in LegalArea:
            self.area_filter.addItem(label(area), area.value)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Alle offenen"), ALL_OPEN)
        for status in ReferralStatus:
            self.status_filter.addItem(label(status), status.value)
        self.new_button = QPushButton(self.tr("Neue Vermittlung…"))
        self.new_button.setObjectName("newReferral")
        self.summary = QLabel()
        self.summary.setObjectName("referralSummary")
        self.table = QTableView()
        self.table.setObjectName("referralTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 105, 190, 125, 290, 80)):
            self.table.setColumnWidth(col, width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("referralDetail")
        self.history = QTextBrowser()
        self.history.setObjectName("referralHistory")
        self.advance_button = QPushButton(self.tr("Status ändern…"))
        self.follow_up_button = QPushButton(self.tr("Wiedervorlage…"))
        self.print_button = QPushButton(self.tr("Drucken…"))
        self.client_button = QPushButton(self.tr("Klient*in öffnen"))
        self._build()
        self.new_button.clicked.connect(self.new_referral)
        self.advance_button.clicked.connect(self.advance_selected)
        self.follow_up_button.clicked.connect(self.edit_follow_up)
        self.print_button.clicked.connect(self.print_selected)
        self.client_button.clicked.connect(self.open_client)
        self.table.doubleClicked.connect(lambda _i: self.advance_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        for combo in (self.agency_filter, self.area_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.set_vault(None)

    def _build(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Stelle:")))
        filters.addWidget(self.agency_filter)
        filters.addWidget(QLabel(self.tr("Rechtskreis:")))
        filters.addWidget(self.area_filter)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.new_button)
        actions = QHBoxLayout()
        for b in (self.advance_button, self.follow_up_button, self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.client_button)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(actions)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.detail)
        lower.addWidget(self.history)
        lower.setSizes([600, 580])
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([470, 190])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    # -- loading ---------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """Show the referrals of ``vault``; None clears everything (locked)."""
        self.vault = vault
        if vault is None:
            self.model.set_rows([])
            for combo in (self.agency_filter, self.area_filter, self.status_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            self.agency_filter.blockSignals(True)
            self.agency_filter.clear()
            self.agency_filter.blockSignals(False)
            self.summary.clear()
            self.detail.clear()
            self.history.clear()
            self._enable_actions(None)
            return
        self.reload_agencies()
        self.refresh()

    def reload_agencies(self) -> None:
        """Refill the agency filter from the directory, keeping the choice."""
        if self.vault is None:
            return
        keep = self.agency_filter.currentData()
        self.agency_filter.blockSignals(True)
        self.agency_filter.clear()
        self.agency_filter.addItem(self.tr("Alle Stellen"), "")
        for a in agencies.list_agencies(self.vault):
            self.agency_filter.addItem(a.name, a.id)
        self.agency_filter.setCurrentIndex(max(0, self.agency_filter.findData(keep or "")))
        self.agency_filter.blockSignals(False)

    def _filters(self) -> dict[str, Any]:
        area = self.area_filter.currentData()
        return {"agency_id": self.agency_filter.currentData() or None,
                "legal_area": LegalArea(area) if area else None}

    def refresh(self) -> None:
        """Query again with the current filters, keeping the selected referral."""
        if self.vault is None:
            return
        selected = self.selected()
        status = self.status_filter.currentData()
        statuses = OPEN_STATUSES if status == ALL_OPEN else (ReferralStatus(status),)
        rows = referral_queries.referral_rows(self.vault, statuses=statuses, limit=LIMIT,
                                              **self._filters())
        self.model.set_rows(rows)
        counts, overdue = referral_queries.status_counts(self.vault, **self._filters())
        shown = sum(counts.get(s, 0) for s in statuses)
        parts = [self.tr("<b>{n} Vermittlungen</b>").format(n=number_text(shown))]
        if overdue and status == ALL_OPEN:
            parts.append(self.tr("<span style='color:#a61b1b'><b>{n} mit überfälliger "
                                 "Wiedervorlage</b></span>").format(n=number_text(overdue)))
        if status == ALL_OPEN:
            parts += [f"{label(s)}: {number_text(counts.get(s, 0))}" for s in OPEN_STATUSES]
        if len(rows) >= LIMIT:
            parts.append(self.tr("es werden die ersten {n} gezeigt – bitte filtern")
                         .format(n=number_text(LIMIT)))
        self.summary.setText("  ·  ".join(parts))
        row = self.model.row_of(selected.id) if selected else -1
        self.table.selectRow(row if row >= 0 else 0)
        self._show_detail()

    def selected(self) -> ReferralListRow | None:
        """The referral selected in the table."""
        return self.model.row_at(self.table.currentIndex().row())

    def _enable_actions(self, row: ReferralListRow | None) -> None:
        is_open = row is not None and row.status in OPEN_STATUSES
        self.advance_button.setEnabled(is_open)
        self.follow_up_button.setEnabled(is_open)
        self.print_button.setEnabled(row is not None)
        self.client_button.setEnabled(row is not None)
        self.new_button.setEnabled(self.vault is not None)

    def _show_detail(self) -> None:
        row = self.selected()
        self._enable_actions(row)
        if row is None or self.vault is None:
            self.detail.setHtml(f"<p>{self.tr('Keine Vermittlung ausgewählt.')}</p>")
            self.history.clear()
            return
        esc = _escape
        html = [f"<p><b>{esc(row.client_name)}</b> {esc(row.file_number)} → "
                f"<b>{esc(row.agency_name)}</b><br>",
                f"{self.tr('Status')}: {esc(label(row.status))} · "
                f"{self.tr('angelegt am')} {format_date(row.created_at.astimezone().date())}"]
        if row.follow_up_on and row.status in OPEN_STATUSES:
            html.append(f" · {self.tr('Wiedervorlage')}: {format_date(row.follow_up_on)}")
        goal = referral_queries.goal_title(self.vault, row.goal_id)
        if goal:
            html.append(f"<br>{self.tr('Ziel')}: {esc(goal[0])} ({esc(label(goal[1]))})")
        html.append(f"</p><p>{self.tr('Anlass')}: {esc(row.reason).replace(chr(10), '<br>')}</p>")
        if row.outcome:
            html.append(f"<p><b>{self.tr('Ergebnis')}:</b> "
                        f"{esc(row.outcome).replace(chr(10), '<br>')}</p>")
        if row.status in OPEN_STATUSES:
            check = referral_gate.check_release(self.vault, row.client_id, row.agency_id)
            color = "#1b6e2a" if check.ok else "#a61b1b"
            html.append(f"<p style='color:{color}'>{'✔' if check.ok else '⚠'} "
                        f"{esc(check.message)}</p>")
        self.detail.setHtml("".join(html))
        events = [f"<p><b>{self.tr('Verlauf')}</b></p><table cellspacing='0' cellpadding='2'>"]
        for event in reversed(referrals.history(self.vault, row.id)):
            when = event.at.astimezone().strftime("%d.%m.%Y %H:%M")
            events.append(f"<tr><td valign='top'>{when}&nbsp;</td>"
                          f"<td><b>{esc(label(event.to_status))}</b>"
                          + (f" – {esc(event.note)}" if event.note else "") + "</td></tr>")
        events.append("</table>")
        self.history.setHtml("".join(events))

    # -- actions ---------------------------------------------------------------------------

    def new_referral(self) -> None:
        """Pick a client, then open the referral editor for them."""
        picker = ClientPickerDialog(self.vault, self)
        if picker.exec() != QDialog.DialogCode.Accepted or not picker.client_id:
            return
        self.open_editor(picker.client_id)

    def open_editor(self, client_id: str) -> ReferralEditor:
        """Open ``ReferralEditor`` for ``client_id`` (agency preselected from the filter)."""
        editor = ReferralEditor(self.vault, client_id, self)
        if self.agency_filter.currentData():
            editor.select_agency(self.agency_filter.currentData())
        editor.saved.connect(lambda _id: self._after_change())
        editor.exec()
        return editor

    def advance_selected(self) -> None:
        """Ask for the next status and note, then apply it (through the consent gate)."""
        row = self.selected()
        if row is None or row.status not in OPEN_STATUSES:
            return
        dialog = StatusDialog(self.vault, row, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply_advance(row, dialog.status(), dialog.note_text(), dialog.goal_status(),
                           dialog.follow_up.value())

    def apply_advance(self, row: ReferralListRow, to: ReferralStatus, note: str,
                      goal_status: GoalStatus | None, follow_up: date | None) -> bool:
        """Move ``row`` to ``to``; the gate and errors are shown to the counsellor."""
        try:
            result = gated(self.vault, self, lambda: referrals.advance(
                self.vault, row.id, to, note, goal_status=goal_status, follow_up_on=follow_up),
                referral_id=row.id)
        except (TransitionError, ValidationError) as err:
            QMessageBox.warning(self, self.tr("Status nicht geändert"), str(
                "\n".join(e.message for e in err.errors) if isinstance(err, ValidationError)
                else err))
            return False
        if result is not None:
            self._after_change()
        return result is not None

    def edit_follow_up(self) -> None:
        """Change the follow-up date of the selected referral."""
        row = self.selected()
        if row is None:
            return
        dialog = FollowUpDialog(row, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            referrals.set_follow_up(self.vault, row.id, dialog.value())
            self._after_change()

    def print_selected(self) -> None:
        """Print the referral letter, only with a valid release for the recipient."""
        row = self.selected()
        if row is None:
            return
        ok = gated(self.vault, self, lambda: referral_gate.require_release(
            self.vault, row.client_id, row.agency_id, action="gedruckt"), action="gedruckt",
            referral_id=row.id)
        if ok is not None:
            open_print_form(self.vault, client_id=row.client_id, form="referral",
                            referral_id=row.id, parent=self)
        self._show_detail()

    def open_client(self) -> None:
        """Ask the main window to open the selected client's profile."""
        row = self.selected()
        if row is not None:
            self.client_requested.emit(row.client_id)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
