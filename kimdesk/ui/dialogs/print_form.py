"""Print a client form: pick form and language, look at the pages, print or save as PDF.

The PDF is built and rendered to page images in memory (pypdfium2); no temporary file
is written. Printing paints the page images onto a QPrinter; saving writes the PDF only
where the user chooses. Every print and every save is recorded in the audit log.

Open it from anywhere with a client at hand::

    PrintFormDialog(vault, client_id=client.id, appointment_id=appt.id, parent=self).exec()
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from kimdesk.forms.fonts import MissingFontError
from kimdesk.forms.raster import PageImage, page_count, render_pages
from kimdesk.services import forms
from kimdesk.services.vaults import VaultError
from kimdesk.ui.worker import run_async

PREVIEW_DPI = 80.0
PRINT_DPI_MAX = 300
_QT_FORMATS = {"RGB": QImage.Format.Format_RGB888, "RGBA": QImage.Format.Format_RGBA8888,
               "RGBX": QImage.Format.Format_RGBX8888}


def to_qimage(page: PageImage) -> QImage:
    """A deep-copied QImage of a rendered page."""
    fmt = _QT_FORMATS.get(page.mode, QImage.Format.Format_RGB888)
    return QImage(page.pixels, page.width, page.height, page.stride, fmt).copy()


class PrintFormDialog(QDialog):
    """Choose a form and a language for one client; preview, print or save it."""

    def __init__(self, vault: Any, *, client_id: str, appointment_id: str | None = None,
                 referral_id: str | None = None, kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printFormDialog")
        self.setWindowTitle(self.tr("Formular drucken"))
        self.vault = vault
        self.client_id = client_id
        self.client = forms.get_client_quietly(vault, client_id)
        self.rendered: forms.FormPdf | None = None
        self.page_images: list[QImage] = []
        self._generation = 0
        self._busy = False

        self.kind = QComboBox(objectName="formKind")
        for k in forms.KINDS:
            self.kind.addItem(forms.title_of(k).de, k)
        self.language = QComboBox(objectName="formLanguage")
        for lang in forms.form_languages():
            text = (self.tr("Deutsch (nur Deutsch)") if lang.code == "de"
                    else f"{lang.german_name} – {lang.native_name}")
            self.language.addItem(text, lang.code)
        self.appointment = QComboBox(objectName="formAppointment")
        for choice in forms.appointment_choices(vault, client_id):
            self.appointment.addItem(choice.label, choice.id)
        self.referral = QComboBox(objectName="formReferral")
        for choice in forms.referral_choices(vault, client_id):
            self.referral.addItem(choice.label, choice.id)
        for box in (self.kind, self.language, self.appointment, self.referral):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(18)
        self.kind.setMinimumContentsLength(28)
        for box in (self.appointment, self.referral):
            box.setPlaceholderText(self.tr("keine gespeichert"))
            box.setEnabled(box.count() > 0)
        self._preselect(kind, appointment_id, referral_id)

        self.status = QLabel(objectName="formStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setMinimumWidth(260)
        self.letterhead_button = QPushButton(self.tr("Briefkopf bearbeiten…"),
                                             objectName="letterheadButton")
        self.letterhead_button.clicked.connect(self.edit_letterhead)

        form = QFormLayout()
        form.addRow(self.tr("Formular:"), self.kind)
        form.addRow(self.tr("Sprache neben Deutsch:"), self.language)
        form.addRow(self.tr("Termin:"), self.appointment)
        form.addRow(self.tr("Vermittlung:"), self.referral)
        self._form = form
        side_box = QWidget(objectName="printFormChoices")
        side_box.setMaximumWidth(420)
        side = QVBoxLayout(side_box)
        side.setContentsMargins(0, 0, 0, 0)
        side.addLayout(form)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.letterhead_button)

        self.pages = QWidget(objectName="previewPages")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(12)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.preview = QScrollArea(objectName="preview")
        self.preview.setWidget(self.pages)
        self.preview.setWidgetResizable(True)
        self.preview.setMinimumSize(QSize(int(8.27 * PREVIEW_DPI) + 40, 560))
        self.pages.setStyleSheet("QWidget#previewPages { background: #8a8f96; }")
        self.preview.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("Drucken…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.save_button = self.buttons.addButton(self.tr("Als PDF speichern…"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("saveButton")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Schließen"))
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button.clicked.connect(self.save_dialog)

        top = QHBoxLayout()
        top.addWidget(side_box, 0)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.buttons)

        self._timer = QTimer(self, singleShot=True, interval=60)
        self._timer.timeout.connect(self.refresh)
        for box in (self.kind, self.language, self.appointment, self.referral):
            box.currentIndexChanged.connect(self._changed)
        self._update_rows()
        self._set_actions_enabled(False)
        self._timer.start()

    # -- choices ---------------------------------------------------------------------------
    def _preselect(self, kind: str | None, appointment_id: str | None,
                   referral_id: str | None) -> None:
        start = kind or ("appointment" if appointment_id else
                         "referral" if referral_id else "consent")
        self.kind.setCurrentIndex(max(0, self.kind.findData(start)))
        lang = forms.default_language(self.client)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        if appointment_id:
            self.appointment.setCurrentIndex(max(0, self.appointment.findData(appointment_id)))
        else:
            chosen = forms.default_appointment_id(self.vault, self.client_id)
            self.appointment.setCurrentIndex(max(0, self.appointment.findData(chosen)))
        if referral_id:
            self.referral.setCurrentIndex(max(0, self.referral.findData(referral_id)))

    def current_kind(self) -> str:
        """The chosen form kind ('consent', 'goals', ...)."""
        return str(self.kind.currentData())

    def current_language(self) -> str:
        """The chosen language beside German."""
        return str(self.language.currentData())

    def _update_rows(self) -> None:
        need = forms.needs(self.current_kind())
        self._form.setRowVisible(self.appointment, need == "appointment")
        self._form.setRowVisible(self.referral, need == "referral")

    def _changed(self) -> None:
        self._update_rows()
        self._set_actions_enabled(False)
        self._timer.start()

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # -- preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Render the chosen form in the background and show its pages."""
        self._generation += 1
        generation = self._generation
        kind, lang = self.current_kind(), self.current_language()
        need = forms.needs(kind)
        appointment = self.appointment.currentData() if need == "appointment" else None
        referral = self.referral.currentData() if need == "referral" else None
        self._busy = True
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Vorschau wird erstellt …"))
        vault, client_id = self.vault, self.client_id

        def work() -> tuple[forms.FormPdf, list[PageImage]]:
            rendered = forms.render_form(vault, kind, client_id=client_id, lang=lang,
                                         appointment_id=appointment, referral_id=referral)
            return rendered, render_pages(rendered.pdf, dpi=PREVIEW_DPI)

        run_async(work, lambda result: self._shown(generation, result),
                  lambda err: self._failed(generation, err))

    def _shown(self, generation: int, result: tuple[forms.FormPdf, list[PageImage]]) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._busy = False
        self.rendered, images = result
        self.page_images = [to_qimage(p) for p in images]
        self._fill_pages()
        notes = [self.tr("1 Seite") if len(images) == 1
                 else self.tr("%1 Seiten").replace("%1", str(len(images)))]
        if self.rendered.lang != "de":
            notes.append(self.tr("Übersetzung geprüft")
                         if forms.translation_reviewed(self.rendered.lang)
                         else self.tr("Übersetzung noch nicht von Muttersprachler*innen geprüft"))
        if self.rendered.missing_translation:
            notes.append(self.tr("Einige Texte sind noch nicht übersetzt; dort steht der "
                                 "deutsche Text (mit * markiert)."))
        if self.rendered.clipped:
            notes.append(self.tr("Sehr lange Texte sind gekürzt."))
        if forms.letterhead_missing(self.vault):
            notes.append(self.tr("Noch kein Briefkopf eingestellt."))
        self.status.setText("\n".join(notes))
        self._set_actions_enabled(True)

    def _failed(self, generation: int, err: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self._busy = False
        self.rendered = None
        self.page_images = []
        self._fill_pages()
        if isinstance(err, MissingFontError):
            text = self.tr("Für diese Sprache fehlt eine Schrift. ") + str(err)
        elif isinstance(err, (forms.FormError, VaultError)):
            text = str(err)
        else:
            text = self.tr("Das Formular konnte nicht erstellt werden: ") + str(err)
        self.status.setStyleSheet("color: #b00020;")
        self.status.setText(text)

    def _fill_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for i, image in enumerate(self.page_images, 1):
            label = QLabel(objectName=f"previewPage{i}")
            label.setPixmap(QPixmap.fromImage(image))
            label.setFixedSize(image.size())
            label.setStyleSheet("background: white; border: 1px solid #555;")
            self.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)

    def is_busy(self) -> bool:
        """True while the preview is being built."""
        return self._busy or self._timer.isActive()

    # -- print and save --------------------------------------------------------------------
    def print_dialog(self) -> None:
        """Ask for a printer (Qt print dialog) and print the form."""
        if self.rendered is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(forms.title_of(self.rendered.kind).de)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)  # the form brings its own margins
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Paint every page onto ``printer``, one page at a time; audit the print."""
        rendered = self.rendered
        if rendered is None:
            return False
        dpi = min(PRINT_DPI_MAX, max(150, printer.resolution()))
        painter = QPainter()
        if not painter.begin(printer):
            self._warn(self.tr("Der Drucker konnte nicht geöffnet werden."))
            return False
        try:
            for index in range(page_count(rendered.pdf)):
                if index:
                    printer.newPage()
                page = render_pages(rendered.pdf, dpi=dpi, first=index, count=1)[0]
                image = to_qimage(page)
                target = painter.viewport()
                scale = min(target.width() / image.width(), target.height() / image.height())
                w, h = image.width() * scale, image.height() * scale
                painter.drawImage(QRectF((target.width() - w) / 2, 0, w, h), image)
        finally:
            painter.end()
        forms.record_output(self.vault, client_id=self.client_id, kind=rendered.kind,
                            exported=False)
        return True

    def save_dialog(self) -> None:
        """Ask where to save the PDF and save it there."""
        if self.rendered is None:
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = forms.suggested_filename(self.rendered.kind, self.rendered.lang, self.client)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Als PDF speichern"),
                                              str(Path(folder) / name), self.tr("PDF (*.pdf)"))
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        """Write the PDF to ``path`` and audit the export."""
        if self.rendered is None:
            return False
        try:
            forms.export_form(self.vault, self.rendered, path, client_id=self.client_id)
        except VaultError as err:
            self._warn(str(err))
            return False
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Gespeichert: %1").replace("%1", str(path)))
        return True

    def edit_letterhead(self) -> None:
        """Open the letterhead settings; show the form again with the new letterhead."""
        from kimdesk.ui.dialogs.letterhead import LetterheadDialog

        if LetterheadDialog(self.vault, parent=self).exec() == QDialog.DialogCode.Accepted:
            self._changed()

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.windowTitle(), text)
