"""The agency directory (Stellenverzeichnis): search, create, edit, delete, CSV in and out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QMessageBox, QPushButton, QSplitter, QTableView, QTextBrowser, QVBoxLayout, QWidget,
)

from kimdesk.domain.labels import label
from kimdesk.domain.models import Agency
from kimdesk.services import agencies, agency_csv, vaults
from kimdesk.services.agencies import AgencyInUse
from kimdesk.services.agency_csv import AgencyImportError
from kimdesk.ui.dialogs.agency_editor import AgencyEditor
from kimdesk.ui.views.agencies_table_model import SEARCH_ROLE, AgencyTableModel
from kimdesk.ui.views.referrals_format import languages_text, number_text


class AgenciesView(QWidget):
    """``AgenciesView()``; emits ``changed`` after every edit or import."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.vault: Any = None
        self.model = AgencyTableModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(SEARCH_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit()
        self.search.setObjectName("agencySearch")
        self.search.setPlaceholderText(self.tr("Suchen: Name, Art, Ort, Ansprechperson, Sprache…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setObjectName("agencyTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for col, width in enumerate((300, 160, 80, 130, 170, 120)):
            self.table.setColumnWidth(col, width)
        self.detail = QTextBrowser()
        self.detail.setObjectName("agencyDetail")
        self.summary = QLabel()
        self.new_button = QPushButton(self.tr("Neue Stelle…"))
        self.edit_button = QPushButton(self.tr("Bearbeiten…"))
        self.delete_button = QPushButton(self.tr("Löschen…"))
        self.import_button = QPushButton(self.tr("CSV importieren…"))
        self.export_button = QPushButton(self.tr("CSV exportieren…"))
        self._build()
        self.new_button.clicked.connect(self.new_agency)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_csv)
        self.export_button.clicked.connect(self.export_csv)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.set_vault(None)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        for b in (self.new_button, self.edit_button, self.delete_button):
            top.addWidget(b)
        top.addSpacing(16)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([840, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def set_vault(self, vault: Any) -> None:
        """Show the directory of ``vault``; None clears it (locked)."""
        self.vault = vault
        for b in (self.new_button, self.import_button, self.export_button):
            b.setEnabled(vault is not None)
        if vault is None:
            self.model.set_rows([])
            self.summary.clear()
            self.detail.clear()
            self.search.clear()
            self._show_detail()
            return
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        """Reload the directory, keeping (or moving to) the selection."""
        if self.vault is None:
            return
        keep = select_id or (self.selected().id if self.selected() else None)
        rows = agencies.list_agencies(self.vault)
        self.model.set_rows(rows)
        self.summary.setText(self.tr("{n} Stellen im Verzeichnis").format(n=number_text(len(rows))))
        row = self.model.row_of(keep) if keep else -1
        index = self.proxy.mapFromSource(self.model.index(max(row, 0), 0))
        if index.isValid():
            self.table.selectRow(index.row())
        self._show_detail()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip().casefold())

    def selected(self) -> Agency | None:
        """The agency selected in the table."""
        index = self.proxy.mapToSource(self.table.currentIndex())
        return self.model.agency_at(index.row()) if index.isValid() else None

    def _show_detail(self) -> None:
        a = self.selected()
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(a is not None)
        if a is None:
            self.detail.setHtml(f"<p>{self.tr('Keine Stelle ausgewählt.')}</p>")
            return

        def esc(t: str) -> str:
            return t.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>")

        place = " ".join(x for x in (a.postal_code, a.city) if x)
        lines = [f"<h3>{esc(a.name)}</h3><p>{esc(label(a.kind))}"
                 + (f" · {esc(label(a.legal_area))}" if a.legal_area else "") + "</p><p>"]
        lines += [f"{esc(x)}<br>" for x in (a.street, place) if x]
        lines.append("</p><p>")
        for title, value in ((self.tr("Ansprechperson"), a.contact_person),
                             (self.tr("Telefon"), a.phone), (self.tr("E-Mail"), a.email)):
            if value:
                lines.append(f"<b>{title}:</b> {esc(value)}<br>")
        lines.append("</p>")
        if a.opening_hours:
            lines.append(f"<p><b>{self.tr('Öffnungszeiten')}:</b><br>{esc(a.opening_hours)}</p>")
        if a.languages:
            lines.append(f"<p><b>{self.tr('Sprachen')}:</b> "
                         f"{esc(languages_text(a.languages))}</p>")
        if a.notes:
            lines.append(f"<p><b>{self.tr('Notizen')}:</b><br>{esc(a.notes)}</p>")
        self.detail.setHtml("".join(lines))

    def new_agency(self) -> None:
        """Add an entry."""
        self._edit(None)

    def edit_selected(self) -> None:
        """Edit the selected entry."""
        if self.selected() is not None:
            self._edit(self.selected())

    def _edit(self, agency: Agency | None) -> None:
        editor = AgencyEditor(self.vault, agency, self)
        if editor.exec() == QDialog.DialogCode.Accepted and editor.agency is not None:
            self.refresh(editor.agency.id)
            self.changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected entry after asking; refused while records use it."""
        a = self.selected()
        if a is None:
            return
        answer = QMessageBox.question(self, self.tr("Stelle löschen"), self.tr(
            "„{name}“ aus dem Verzeichnis löschen?").format(name=a.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            agencies.delete_agency(self.vault, a.id)
        except AgencyInUse as err:
            QMessageBox.warning(self, self.tr("Stelle löschen"), str(err))
            return
        self.refresh()
        self.changed.emit()

    def import_csv(self, path: str | None = None) -> bool:
        """Import a CSV directory (all or nothing); problems are listed by line."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Stellenverzeichnis importieren"),
                                                  "", self.tr("CSV-Dateien (*.csv *.txt)"))
        if not path:
            return False
        try:
            result = agency_csv.import_csv(self.vault, Path(path))
        except AgencyImportError as err:
            lines = "\n".join(self.tr("Zeile {n}: {why}").format(n=n, why=why)
                              for n, why in err.problems[:25])
            more = (self.tr("\n… und {n} weitere").format(n=len(err.problems) - 25)
                    if len(err.problems) > 25 else "")
            QMessageBox.warning(self, self.tr("Nichts importiert"), self.tr(
                "Die Datei wurde nicht importiert, weil sie Fehler enthält. Bitte korrigieren "
                "und erneut importieren:\n\n") + lines + more)
            return False
        except (OSError, vaults.VaultError) as err:
            QMessageBox.warning(self, self.tr("Nichts importiert"), str(err))
            return False
        QMessageBox.information(self, self.tr("Import abgeschlossen"), self.tr(
            "{added} Stellen neu aufgenommen, {updated} aktualisiert.").format(
                added=result.added, updated=result.updated))
        self.refresh()
        self.changed.emit()
        return True

    def export_csv(self, path: str | None = None) -> bool:
        """Export the directory as Excel-ready CSV (UTF-8 with BOM, semicolons)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Stellenverzeichnis exportieren"),
                                                  "stellenverzeichnis.csv",
                                                  self.tr("CSV-Dateien (*.csv)"))
        if not path:
            return False
        try:
            n = agency_csv.export_csv(self.vault, Path(path))
        except (OSError, vaults.VaultError) as err:
            QMessageBox.warning(self, self.tr("Export fehlgeschlagen"), str(err))
            return False
        QMessageBox.information(self, self.tr("Export abgeschlossen"), self.tr(
            "{n} Stellen exportiert nach {path}.").format(n=n, path=path))
        return True
