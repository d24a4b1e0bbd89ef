"""The Fallrekonstruktion tab: pick a client, preview the anonymised history, save it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services import reconstruction
from kimdesk.services.reconstruction import NOTE, Reconstruction, day_text
from kimdesk.ui.views.reports_client_picker import ClientPicker
from kimdesk.ui.views.reports_common import (
    alive,
    ask_save_path,
    error_text,
    export_in_background,
    show_status,
)
from kimdesk.ui.worker import run_async


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(22)
    table.horizontalHeader().setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c == 0 and text.startswith("Tag"):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class ReconstructionTab(QWidget):
    """Anonymised case history of one client; ``exported(path)`` after saving."""

    exported = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.client_id: str | None = None
        self.rec: Reconstruction | None = None
        self._generation = 0
        self.picker = ClientPicker("reconstructionPicker")
        self.summary = QLabel()
        self.summary.setObjectName("reconstructionSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.timeline = _table("reconstructionTimeline",
                               [self.tr("Tag"), self.tr("Bereich"), self.tr("Ereignis")])
        self.timeline.setColumnWidth(0, 80)
        self.timeline.setColumnWidth(1, 130)
        self.factors = _table("reconstructionFactors",
                              [self.tr("Fall"), self.tr("Art"), self.tr("Faktor / Ziel")])
        self.factors.setColumnWidth(0, 50)
        self.factors.setColumnWidth(1, 130)
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"))
        self.pdf_button.setObjectName("reconstructionPdf")
        self.json_button = QPushButton(self.tr("Als JSON speichern …"))
        self.json_button.setObjectName("reconstructionJson")
        self.status = QLabel()
        self.status.setObjectName("reconstructionStatus")
        self.status.setWordWrap(True)
        note = QLabel(NOTE)
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: #44525c; }")

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        rl.addWidget(self.timeline, 3)
        rl.addWidget(QLabel(self.tr("Ziele und förderliche/hemmende Faktoren")))
        rl.addWidget(self.factors, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.pdf_button)
        rl.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

        self.picker.chosen.connect(lambda cid, _label: self.load(cid))
        self.picker.cleared.connect(lambda: self.load(None))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.json_button.clicked.connect(lambda: self.save(".json"))
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) clears the search and the preview."""
        self.vault = vault
        self.picker.set_vault(vault)
        self.load(None)
        self.status.clear()

    def load(self, client_id: str | None) -> None:
        """Build the anonymised reconstruction of ``client_id`` (None clears)."""
        self._generation += 1
        self.client_id, self.rec = client_id, None
        self._show(None)
        if client_id is None or self.vault is None:
            return
        generation, vault = self._generation, self.vault

        def done(rec: Reconstruction) -> None:
            if generation == self._generation and alive(self):
                self.rec = rec
                self._show(rec)

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                show_status(self.status, error_text(err), error=True)

        self.status.clear()
        run_async(lambda: reconstruction.build(vault, client_id), done, failed)

    def _show(self, rec: Reconstruction | None) -> None:
        self.pdf_button.setEnabled(rec is not None)
        self.json_button.setEnabled(rec is not None)
        if rec is None:
            self.summary.setText(self.tr("Links eine Klient*in wählen. Die Vorschau zeigt genau "
                                         "das, was exportiert wird."))
            _fill(self.timeline, [])
            _fill(self.factors, [])
            return
        self.summary.setText(self.tr(
            "Kennung {code} · Altersgruppe beim Erstkontakt: {age} · Staatsangehörigkeit: "
            "{nat} · Fälle: {cases}").format(code=rec.code, age=rec.age_band,
                                             nat=", ".join(rec.nationalities) or "–",
                                             cases=rec.cases))
        _fill(self.timeline, [(day_text(e.day), e.area, e.text) for e in rec.timeline])
        rows = [(str(g.case), self.tr("Ziel"), f"{g.life_area}: {g.status}") for g in rec.goals]
        rows += [(str(f.case), f.kind, f.label) for f in rec.factors]
        _fill(self.factors, rows)

    def save(self, suffix: str) -> None:
        """Ask where to save, then write the shown reconstruction (audited)."""
        if self.vault is None or self.rec is None or self.client_id is None:
            return
        rec, vault, client_id = self.rec, self.vault, self.client_id
        path = ask_save_path(self, self.tr("Fallrekonstruktion speichern"),
                             reconstruction.suggested_filename(rec, suffix))
        if path is None:
            return
        export_in_background(
            self, path, lambda: reconstruction.export(vault, client_id, path, rec=rec),
            self.tr("Gespeichert: {path}"))
