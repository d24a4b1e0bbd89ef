"""The Auskunft tab (Art. 15 GDPR): pick a client, see what is stored, save JSON or PDF."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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

from kimdesk.services import access_export, forms
from kimdesk.services.access_export import AccessReport
from kimdesk.ui.views.reports_client_picker import ClientPicker
from kimdesk.ui.views.reports_common import (
    alive,
    ask_save_path,
    error_text,
    export_in_background,
    show_status,
)
from kimdesk.ui.worker import run_async


class AccessTab(QWidget):
    """Everything stored about one client; ``exported(path)``, ``erased(client_id)``."""

    exported = Signal(str)
    erased = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.client_id: str | None = None
        self.client_label = ""
        self.report: AccessReport | None = None
        self._generation = 0
        self.picker = ClientPicker("accessPicker")
        self.summary = QLabel()
        self.summary.setObjectName("accessSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.sections = QTableWidget(0, 2)
        self.sections.setObjectName("accessSections")
        self.sections.setHorizontalHeaderLabels([self.tr("Bereich"), self.tr("Datensätze")])
        self.sections.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sections.verticalHeader().hide()
        self.sections.verticalHeader().setDefaultSectionSize(22)
        self.sections.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.language = QComboBox()
        self.language.setObjectName("accessLanguage")
        for lang in forms.form_languages():
            self.language.addItem(f"{lang.german_name} – {lang.native_name}"
                                  if lang.native_name != lang.german_name else lang.german_name,
                                  lang.code)
        self.json_button = QPushButton(self.tr("Als JSON speichern …"))
        self.json_button.setObjectName("accessJson")
        self.pdf_button = QPushButton(self.tr("Als PDF speichern …"))
        self.pdf_button.setObjectName("accessPdf")
        self.erase_button = QPushButton(self.tr("Auf Antrag löschen (Art. 17) …"))
        self.erase_button.setObjectName("accessErase")
        self.status = QLabel()
        self.status.setObjectName("accessStatus")
        self.status.setWordWrap(True)
        intro = QLabel(self.tr(
            "Auskunft nach Art. 15 DSGVO: alle gespeicherten Datensätze der Person mit Zwecken, "
            "Empfängern, Speicherdauer und Herkunft. JSON ist die vollständige, maschinenlesbare "
            "Fassung; das PDF ist das Auskunftsschreiben (Deutsch neben der gewählten Sprache)."))
        intro.setWordWrap(True)
        intro.setStyleSheet("QLabel { color: #44525c; }")

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.summary)
        rl.addWidget(self.sections, 1)
        pdf_row = QHBoxLayout()
        pdf_row.addWidget(QLabel(self.tr("Sprache des PDF:")))
        pdf_row.addWidget(self.language, 1)
        rl.addLayout(pdf_row)
        buttons = QHBoxLayout()
        buttons.addWidget(self.erase_button)
        buttons.addStretch(1)
        buttons.addWidget(self.json_button)
        buttons.addWidget(self.pdf_button)
        rl.addLayout(buttons)
        rl.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([320, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)

        self.picker.chosen.connect(self.load)
        self.picker.cleared.connect(lambda: self.load(None, ""))
        self.json_button.clicked.connect(lambda: self.save(".json"))
        self.pdf_button.clicked.connect(lambda: self.save(".pdf"))
        self.erase_button.clicked.connect(self.erase)
        self.set_vault(None)

    def set_vault(self, vault: Any) -> None:
        """Use ``vault``; None (locked) clears everything."""
        self.vault = vault
        self.picker.set_vault(vault)
        self.load(None, "")
        self.status.clear()

    def load(self, client_id: str | None, client_label: str = "") -> None:
        """Collect what is stored about ``client_id`` (None clears)."""
        self._generation += 1
        self.client_id, self.client_label, self.report = client_id, client_label, None
        self._show(None, None)
        if client_id is None or self.vault is None:
            return
        generation, vault = self._generation, self.vault

        def work() -> tuple[AccessReport, str]:
            report = access_export.build(vault, client_id)
            client = forms.get_client_quietly(vault, client_id)
            return report, forms.default_language(client)

        def done(result: tuple[AccessReport, str]) -> None:
            if generation == self._generation and alive(self):
                self.report = result[0]
                self._show(result[0], result[1])

        def failed(err: BaseException) -> None:
            if generation == self._generation and alive(self):
                show_status(self.status, error_text(err), error=True)

        self.status.clear()
        run_async(work, done, failed)

    def _show(self, report: AccessReport | None, lang: str | None) -> None:
        ready = report is not None
        self.json_button.setEnabled(ready)
        pdf = ready and access_export.pdf_available()
        self.pdf_button.setEnabled(pdf)
        self.language.setEnabled(pdf)
        self.pdf_button.setToolTip("" if access_export.pdf_available() else self.tr(
            "Das Auskunftsschreiben als PDF ist in dieser Version noch nicht verfügbar."))
        self.erase_button.setEnabled(ready)
        if report is None:
            self.summary.setText(self.tr("Links eine Klient*in wählen."))
            self.sections.setRowCount(0)
            return
        doc = report.document
        self.summary.setText(self.tr(
            "{records} Datensätze, {events} Protokolleinträge, {recipients} Empfänger. "
            "Speicherdauer: {state}").format(
            records=report.total, events=len(doc["protokoll"]["eintraege"]),
            recipients=len(doc["empfaenger"]), state=doc["speicherdauer"]["stand"]))
        rows = [(part["bezeichnung"], str(len(part["datensaetze"])))
                for part in doc["daten"].values()]
        self.sections.setRowCount(len(rows))
        for r, (name, n) in enumerate(rows):
            self.sections.setItem(r, 0, QTableWidgetItem(name))
            number = QTableWidgetItem(n)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.sections.setItem(r, 1, number)
        if lang:
            index = self.language.findData(lang)
            if index >= 0:
                self.language.setCurrentIndex(index)

    def save(self, suffix: str) -> None:
        """Ask where to save, then write the access report (audited as an export)."""
        if self.vault is None or self.client_id is None:
            return
        vault, client_id = self.vault, self.client_id
        lang = self.language.currentData() if suffix == ".pdf" else None
        name = "Auskunft_Art15" + (f"_{lang}" if lang else "") + suffix
        path = ask_save_path(self, self.tr("Auskunft speichern"), name)
        if path is None:
            return
        export_in_background(
            self, path, lambda: access_export.export(vault, client_id, path, lang=lang),
            self.tr("Gespeichert: {path}"))

    def erase(self) -> None:
        """Open the erasure dialog (Art. 17) for the chosen client."""
        if self.vault is None or self.client_id is None:
            return
        from kimdesk.ui.dialogs.retention_dialog import ErasureDialog

        client_id = self.client_id
        dialog = ErasureDialog(self.vault, client_id, self.client_label.split(" · ")[0], self)
        dialog.erased.connect(lambda _cid: self._erased(client_id))
        dialog.open()

    def _erased(self, client_id: str) -> None:
        self.picker.set_vault(self.vault)
        self.load(None, "")
        show_status(self.status, self.tr("Die Klient*in wurde gelöscht."), ok=True)
        self.erased.emit(client_id)
