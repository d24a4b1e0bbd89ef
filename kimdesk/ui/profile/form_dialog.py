"""A small form dialog whose OK button saves through a service and shows errors at the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget,
)

from kimdesk.services.validation import FieldError, ValidationError
from kimdesk.ui.profile.common import INVALID_STYLE, FieldErrors, error_label, with_error


class FormDialog(QDialog):
    """Subclasses add rows with ``row`` and implement ``build``; ``save`` gets the result."""

    def __init__(self, title: str, save: Callable[[Any], None], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self._save = save
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Speichern"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        col = QVBoxLayout(self)
        col.addLayout(self.form)
        col.addWidget(self.general_error)
        col.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def row(self, text: str, widget: QWidget, field: str | None = None,
            *marked: QWidget) -> None:
        """Add a labelled row; with ``field`` its errors show underneath."""
        if field is None:
            self.form.addRow(text, widget)
            return
        err = error_label()
        self.form.addRow(text, with_error(widget, err))
        self.errors.register(field, err, *(marked or (widget,)))

    def note(self, text: str) -> QLabel:
        """Add a full-width hint."""
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow(lab)
        return lab

    def build(self) -> tuple[Any, list[FieldError]]:
        """The edited object and the errors found in the form itself."""
        raise NotImplementedError

    def show_errors(self, errors: list[FieldError]) -> None:
        """Show ``errors`` at their fields (the rest under the form)."""
        rest = self.errors.show(errors)
        self.general_error.setText(" ".join(e.message for e in rest))
        self.general_error.setVisible(bool(rest))
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def accept(self) -> None:
        """Save through the service; stay open with the errors when it refuses."""
        obj, local = self.build()
        if local:
            self.show_errors(local)
            return
        try:
            self._save(obj)
        except ValidationError as err:
            self.show_errors(err.errors)
            return
        except ValueError as err:
            self.show_errors([FieldError("", str(err))])
            return
        super().accept()
