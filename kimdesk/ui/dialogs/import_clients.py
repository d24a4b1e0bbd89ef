"""Datei → Klient*innen importieren: pick a CSV/Excel list, map its columns, dry run, import.

The file is read by ``kimdesk.services.client_import`` (all or nothing, duplicates
reported). "Importieren" is enabled only after a dry run of the current file and
mapping that found nothing blocking; the import itself checks everything again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimdesk.services.client_import import ImportReport, Preview, import_clients, preview_file
from kimdesk.services.import_columns import FIELDS, Mapping, mapping_problems
from kimdesk.services.import_reader import TableError
from kimdesk.ui.worker import run_async

PREVIEW_ROWS = 8
REPORT_LIMIT = 1000
_COLOURS = {"error": "#b03a2e", "duplicate": "#9a6700", "note": "#555555", "ok": "#1e7e34"}


class _Relay(QObject):
    """Carries progress from the worker thread to the GUI thread."""

    changed = Signal(int, int)


class ImportClientsDialog(QDialog):
    """Import clients from a CSV or Excel list into ``vault``; emits ``imported(count)``."""

    imported = Signal(int)

    def __init__(self, vault: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.path: Path | None = None
        self.preview: Preview | None = None
        self.report: ImportReport | None = None
        self._checked: tuple[object, ...] | None = None  # what the last clean dry run covered
        self._busy = False
        self.setWindowTitle(self.tr("Klient*innen importieren"))
        self.resize(980, 720)
        self._relay = _Relay(self)

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("CSV- oder Excel-Datei (.csv, .xlsx) wählen"))
        self.choose_button = QPushButton(self.tr("Datei wählen…"))
        self.choose_button.clicked.connect(self._choose_file)
        self.sheet_label = QLabel(self.tr("Tabellenblatt:"))
        self.sheet_combo = QComboBox()
        self.sheet_combo.currentTextChanged.connect(self._sheet_changed)
        self.info_label = QLabel()
        self.info_label.setObjectName("importFileInfo")
        self.info_label.setStyleSheet("color: #555;")
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet_combo)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Spalte in der Datei"), self.tr("Feld in KIMdesk")])
        self._setup_table(self.mapping_table)
        head = self.mapping_table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.mapping_combos: list[QComboBox] = []

        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setObjectName("importPreview")
        self._setup_table(self.preview_table)
        self.preview_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.preview_table.horizontalHeader().setStretchLastSection(True)

        self.summary_label = QLabel(self._not_checked_yet())
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.report_table = QTableWidget(0, 2)
        self.report_table.setObjectName("importReport")
        self.report_table.setHorizontalHeaderLabels([self.tr("Zeile"), self.tr("Meldung")])
        self._setup_table(self.report_table)
        self.report_table.setWordWrap(True)
        self.report_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.report_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.report_table.horizontalHeader().sectionResized.connect(
            lambda *_: self.report_table.resizeRowsToContents())

        self.allow_duplicates = QCheckBox(
            self.tr("Wahrscheinliche Dubletten trotzdem importieren"))
        self.allow_duplicates.setObjectName("allowDuplicates")
        self.allow_duplicates.toggled.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(10)
        self.progress.hide()
        self.dry_run_button = QPushButton(self.tr("Probelauf"))
        self.dry_run_button.setObjectName("dryRun")
        self.dry_run_button.clicked.connect(lambda: self._run(dry_run=True))
        self.import_button = QPushButton(self.tr("Importieren"))
        self.import_button.setObjectName("importNow")
        self.import_button.clicked.connect(lambda: self._run(dry_run=False))
        self.close_button = QPushButton(self.tr("Schließen"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.allow_duplicates)
        buttons.addStretch(1)
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)

        mapping_box = self._group(self.tr("Zuordnung der Spalten"), self.mapping_table)
        preview_box = self._group(self.tr("Vorschau der ersten Zeilen"), self.preview_table)
        report_box = QGroupBox(self.tr("Ergebnis"))
        report_layout = QVBoxLayout(report_box)
        report_layout.addWidget(self.summary_label)
        report_layout.addWidget(self.report_table, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(mapping_box)
        top.addWidget(preview_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        body = QSplitter(Qt.Orientation.Vertical)
        body.addWidget(top)
        body.addWidget(report_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([400, 260])
        top.setSizes([380, 570])
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.info_label)
        layout.addWidget(body, 1)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self._relay.changed.connect(self._progress)
        self._show_sheets(())
        self._update_buttons()

    # ---- building blocks --------------------------------------------------

    @staticmethod
    def _setup_table(table: QTableWidget) -> None:
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)

    @staticmethod
    def _group(title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.addWidget(widget, 0, 0)
        return box

    def field_labels(self) -> dict[str, str]:
        """The import fields with their German (translatable) labels."""
        labels = {
            "family_name": self.tr("Nachname"), "given_names": self.tr("Vorname(n)"),
            "name_original": self.tr("Name (Originalschrift)"),
            "family_name_original": self.tr("Nachname (Originalschrift)"),
            "given_names_original": self.tr("Vorname(n) (Originalschrift)"),
            "birth_date": self.tr("Geburtsdatum"),
            "nationality": self.tr("Staatsangehörigkeit"), "phone": self.tr("Telefon"),
            "languages": self.tr("Sprachen"), "file_number": self.tr("Aktenzeichen"),
        }
        return {f.key: labels.get(f.key, f.label) for f in FIELDS}

    # ---- file and preview -------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Liste mit Klient*innen öffnen"), str(Path.home()),
            self.tr("Tabellen (*.csv *.txt *.xlsx *.xlsm);;Alle Dateien (*)"))
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path, sheet: str | None = None) -> bool:
        """Read the headings and first rows of ``path`` and guess the mapping."""
        self.path = Path(path)
        self.file_edit.setText(str(self.path))
        self.report = None
        self._checked = None
        try:
            self.preview = preview_file(self.path, sheet=sheet, rows=PREVIEW_ROWS)
        except TableError as err:
            self.preview = None
            self._fill_mapping(None)
            self._fill_preview(None)
            self._show_sheets(())
            self.info_label.clear()
            self._show_summary(str(err), "error")
            self.report_table.setRowCount(0)
            self._update_buttons()
            return False
        info = self.preview.info
        self._show_sheets(info.sheets, info.sheet)
        if info.kind == "csv":
            sep = {";": self.tr("Semikolon"), ",": self.tr("Komma"), "\t": self.tr("Tabulator"),
                   "|": self.tr("senkrechter Strich")}.get(info.delimiter, info.delimiter)
            self.info_label.setText(self.tr("CSV, Zeichenkodierung {0}, getrennt durch {1}")
                                    .format(info.encoding.upper(), sep))
        else:
            self.info_label.setText(self.tr("Excel, Tabellenblatt „{0}“").format(info.sheet))
        self._fill_mapping(self.preview)
        self._fill_preview(self.preview)
        self.report_table.setRowCount(0)
        if not self.preview.headings:
            self._show_summary(self.tr("Die Datei enthält keine Zeilen."), "error")
            self._update_buttons()
        else:
            self._mapping_changed()
        return True

    def _show_sheets(self, sheets: tuple[str, ...], current: str = "") -> None:
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        self.sheet_combo.addItems(list(sheets))
        self.sheet_combo.setCurrentText(current)
        self.sheet_combo.blockSignals(False)
        self.sheet_combo.setVisible(len(sheets) > 1)
        self.sheet_label.setVisible(len(sheets) > 1)

    def _sheet_changed(self, name: str) -> None:
        if self.path is not None and name:
            self.load_file(self.path, sheet=name)

    def _fill_mapping(self, preview: Preview | None) -> None:
        self.mapping_combos = []
        headings = preview.headings if preview else ()
        self.mapping_table.setRowCount(len(headings))
        labels = self.field_labels()
        for i, heading in enumerate(headings):
            name = QTableWidgetItem(heading or self.tr("Spalte {0}").format(i + 1))
            examples = [r[i] for r in (preview.rows if preview else ()) if i < len(r) and r[i]]
            name.setToolTip(self.tr("Beispiele: {0}").format(", ".join(examples[:3])))
            self.mapping_table.setItem(i, 0, name)
            combo = QComboBox()
            combo.addItem(self.tr("– nicht importieren –"), None)
            for key, label in labels.items():
                combo.addItem(label, key)
            guessed = preview.mapping[i] if preview and i < len(preview.mapping) else None
            combo.setCurrentIndex(max(0, combo.findData(guessed)) if guessed else 0)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(i, 1, combo)
            self.mapping_combos.append(combo)
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(0, min(self.mapping_table.columnWidth(0), 200))

    def _fill_preview(self, preview: Preview | None) -> None:
        headings = preview.headings if preview else ()
        rows = preview.rows if preview else ()
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(headings))
        self.preview_table.setRowCount(len(rows))
        self._label_preview_columns()
        for r, row in enumerate(rows):
            for c, value in enumerate(row[:len(headings)]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.preview_table.setItem(r, c, item)
        self.preview_table.resizeColumnsToContents()
        for c in range(self.preview_table.columnCount()):
            self.preview_table.setColumnWidth(c, min(self.preview_table.columnWidth(c), 220))

    def _label_preview_columns(self) -> None:
        """Headings of the preview: the file's heading and, below, the field it goes to."""
        if self.preview is None:
            return
        labels = self.field_labels()
        mapping = self.mapping()
        titles = []
        for i, heading in enumerate(self.preview.headings):
            key = mapping[i] if i < len(mapping) else None
            target = labels[key] if key else self.tr("nicht importiert")
            titles.append(f"{heading or i + 1}\n→ {target}")
        self.preview_table.setHorizontalHeaderLabels(titles)

    def mapping(self) -> Mapping:
        """The field chosen for each column of the file (None = not imported)."""
        return tuple(c.currentData() for c in self.mapping_combos)

    def set_mapping(self, column: int, key: str | None) -> None:
        """Choose the field of one column (as the user would in its combo box)."""
        combo = self.mapping_combos[column]
        combo.setCurrentIndex(max(0, combo.findData(key)) if key else 0)

    def _mapping_changed(self) -> None:
        self._label_preview_columns()
        problems = mapping_problems(self.mapping())
        if problems:
            self._show_summary(" ".join(problems), "error")
        elif self.report is None:
            self._show_summary(self._not_checked_yet(), "note")
        self._update_buttons()

    # ---- running ------------------------------------------------------------

    def _state(self) -> tuple[object, ...]:
        return (self.path, self.sheet_combo.currentText(), self.mapping())

    def _update_buttons(self) -> None:
        ready = self.preview is not None and bool(self.preview.headings) and not mapping_problems(
            self.mapping())
        self.dry_run_button.setEnabled(ready and not self._busy)
        report = self.report
        checked = (report is not None and report.dry_run and self._checked == self._state()
                   and not report.errors and report.rows > 0
                   and (not report.duplicates or self.allow_duplicates.isChecked()))
        self.import_button.setEnabled(bool(ready and checked and not self._busy))
        self.choose_button.setEnabled(not self._busy)
        self.close_button.setEnabled(not self._busy)

    def _run(self, *, dry_run: bool) -> None:
        if self.path is None or self._busy:
            return
        vault, path, mapping = self.vault, self.path, self.mapping()
        has_sheets = self.preview is not None and bool(self.preview.info.sheets)
        sheet = self.sheet_combo.currentText() if has_sheets else None
        allow = self.allow_duplicates.isChecked()
        state = self._state()
        emit = self._relay.changed.emit
        self._set_busy(True)

        def work() -> ImportReport:
            return import_clients(vault, path, mapping=mapping, sheet=sheet, dry_run=dry_run,
                                  allow_duplicates=allow, progress=emit)

        def done(report: ImportReport) -> None:
            self._set_busy(False)
            self._checked = state if dry_run else None
            self.show_report(report)
            if report.imported:
                self.imported.emit(report.imported)

        def failed(err: BaseException) -> None:
            self._set_busy(False)
            self._show_summary(self.tr("Der Import ist fehlgeschlagen: {0}").format(err), "error")
            self._update_buttons()

        run_async(work, done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        for w in (self.mapping_table, self.sheet_combo, self.allow_duplicates):
            w.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self._update_buttons()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    # ---- the report ---------------------------------------------------------

    def show_report(self, report: ImportReport) -> None:
        """Show the summary and every finding of ``report`` (errors first in colour)."""
        self.report = report
        if report.imported:
            kind = "ok"
        elif report.errors:
            kind = "error"
        elif report.duplicates and not report.allow_duplicates:
            kind = "duplicate"
        else:
            kind = "ok"
        self._show_summary(report.summary(), kind)
        found = ([(p, "error", "") for p in report.errors]
                 + [(p, "duplicate", self.tr("Dublette? ")) for p in report.duplicates]
                 + [(p, "note", self.tr("Hinweis: ")) for p in report.notes])
        found.sort(key=lambda f: f[0].line or 0)
        shown = found[:REPORT_LIMIT]
        self.report_table.setRowCount(len(shown) + (len(found) > REPORT_LIMIT))
        for r, (problem, what, prefix) in enumerate(shown):
            line = QTableWidgetItem("" if problem.line is None else str(problem.line))
            line.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QTableWidgetItem(prefix + problem.message)
            text.setToolTip(problem.message)
            text.setForeground(QBrush(QColor(_COLOURS[what])))
            self.report_table.setItem(r, 0, line)
            self.report_table.setItem(r, 1, text)
        if len(found) > REPORT_LIMIT:
            self.report_table.setItem(len(shown), 1, QTableWidgetItem(
                self.tr("… und {0} weitere Meldungen").format(len(found) - REPORT_LIMIT)))
        self.report_table.resizeRowsToContents()
        QTimer.singleShot(0, self.report_table.resizeRowsToContents)  # after the scroll bar
        self._update_buttons()

    def _not_checked_yet(self) -> str:
        return self.tr("Noch kein Probelauf. Importiert wird nur, wenn keine Zeile fehlerhaft "
                       "ist – alles oder nichts.")

    def _show_summary(self, text: str, kind: str) -> None:
        self.summary_label.setText(text)
        self.summary_label.setStyleSheet(f"font-weight: bold; color: {_COLOURS[kind]};")

    def reject(self) -> None:
        """Close, but never while an import is running."""
        if not self._busy:
            super().reject()
