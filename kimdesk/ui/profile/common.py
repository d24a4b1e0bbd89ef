"""Small building blocks shared by the profile tabs: date fields, field errors, tables."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache
from typing import Any, Generic, TypeVar

from babel import Locale
from PySide6.QtCore import (
    QAbstractTableModel, QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QTableView, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ClosureReason, GoalStatus, NoteType
from kimdesk.domain.labels import label as _domain_label
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

RED = "#b3261e"
ORANGE = "#8a5300"
GREEN = "#1e6b34"
MUTED = "#5f6368"
INVALID_STYLE = f'*[invalid="true"] {{ border: 1px solid {RED}; border-radius: 2px; }}'


# -- text direction ---------------------------------------------------------------------------

def is_rtl(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left (Arabic, Hebrew…)."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def follow_text_direction(edit: QLineEdit | QPlainTextEdit) -> None:
    """Lay the field out right-to-left whenever its text starts in a right-to-left script."""
    def update() -> None:
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()[:200]
        wanted = (Qt.LayoutDirection.RightToLeft if is_rtl(text)
                  else Qt.LayoutDirection.LeftToRight)
        if edit.layoutDirection() != wanted:
            edit.setLayoutDirection(wanted)

    edit.textChanged.connect(update)
    update()


# -- dates ------------------------------------------------------------------------------------

_EXTRA_FORMATS = ("dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd", "ddMMyyyy")


class DateField(QLineEdit):
    """An optional date typed as TT.MM.JJJJ (empty = no date); ``allow_year`` accepts '1990'."""

    def __init__(self, parent: QWidget | None = None, *, allow_year: bool = False) -> None:
        super().__init__(parent)
        self.allow_year = allow_year
        self.setPlaceholderText(QCoreApplication.translate("ClientProfile", "TT.MM.JJJJ"))
        self.setMaximumWidth(130)
        self.setClearButtonEnabled(True)

    def set_date(self, day: date | None, *, year_only: bool = False) -> None:
        """Show ``day`` (only its year when ``year_only``)."""
        self.setText(format_date(day, year_only=year_only))

    def parsed(self) -> tuple[date | None, str | None]:
        """(date, None) or (None, German error message) for the current text."""
        return parse_date(self.text(), allow_year=self.allow_year)


def parse_date(text: str, *, allow_year: bool = False) -> tuple[date | None, str | None]:
    """Parse a typed date (UI locale, TT.MM.JJJJ or ISO); empty text is no date."""
    text = text.strip()
    if not text:
        return None, None
    if allow_year and text.isdigit() and len(text) == 4:
        return date(int(text), 1, 1), None
    locale_fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in locale_fmt:
        locale_fmt = locale_fmt.replace("yy", "yyyy")
    for fmt in (locale_fmt, *_EXTRA_FORMATS):
        q = QDate.fromString(text, fmt)
        if q.isValid() and q.year() >= 1000:
            return date(q.year(), q.month(), q.day()), None
    return None, QCoreApplication.translate(
        "ClientProfile", "Kein gültiges Datum – bitte als TT.MM.JJJJ eingeben.")


# -- field errors -----------------------------------------------------------------------------

def error_label() -> QLabel:
    """A red, wrapping label shown under a field while it has an error."""
    lab = QLabel()
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {RED};")
    lab.setObjectName("fieldError")
    lab.hide()
    return lab


def with_error(widget: QWidget, err: QLabel) -> QWidget:
    """A column of ``widget`` with its error label underneath (for form rows)."""
    box = QWidget()
    col = QVBoxLayout(box)
    col.setContentsMargins(0, 0, 0, 0)
    col.setSpacing(2)
    col.addWidget(widget)
    col.addWidget(err)
    return box


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Draw (or remove) the red border of an invalid field."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class FieldErrors:
    """Maps service field names to widgets and their error labels; shows errors at the field."""

    def __init__(self) -> None:
        self._fields: dict[str, tuple[tuple[QWidget, ...], QLabel]] = {}

    def register(self, name: str, err: QLabel, *widgets: QWidget) -> None:
        """``name`` is the field of ValidationError; ``widgets`` get the red border."""
        self._fields[name] = (widgets, err)

    def label(self, name: str) -> QLabel:
        """The error label of a registered field."""
        return self._fields[name][1]

    def clear(self) -> None:
        """Hide every error."""
        for widgets, err in self._fields.values():
            err.clear()
            err.hide()
            for w in widgets:
                set_invalid(w, False)

    def show(self, errors: Iterable[FieldError]) -> list[FieldError]:
        """Show each error at its field, focus the first; returns errors with no field here."""
        self.clear()
        unplaced: list[FieldError] = []
        first: QWidget | None = None
        texts: dict[str, list[str]] = {}
        for e in errors:
            if e.field not in self._fields:
                unplaced.append(e)
                continue
            texts.setdefault(e.field, []).append(e.message)
        for name, messages in texts.items():
            widgets, err = self._fields[name]
            err.setText("\n".join(dict.fromkeys(messages)))
            err.show()
            for w in widgets:
                set_invalid(w, True)
            if first is None and widgets:
                first = widgets[0]
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        return unplaced

    def messages(self) -> dict[str, str]:
        """The error texts now shown, by field (for tests and screen readers)."""
        return {k: v[1].text() for k, v in self._fields.items() if v[1].text()}


# -- tables -----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Column(Generic[T]):
    """One column of a RowsModel: header text and how a row shows in it."""

    header: str
    text: Callable[[T], str]
    color: Callable[[T], str | None] | None = None
    align_leading: bool = True


class RowsModel(QAbstractTableModel, Generic[T]):
    """A read-only table over plain rows handed in by ``set_rows``; data() never queries."""

    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[T] = []
        self._cache: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: Iterable[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = list(rows)
        self._cache.clear()
        self.endResetModel()

    def row_at(self, row: int) -> T | None:
        """The row object shown in ``row``."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        col = self.columns[index.column()]
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            key = (index.row(), index.column())
            if key not in self._cache:
                self._cache[key] = col.text(row)
            return self._cache[key]
        if role == Qt.ItemDataRole.ForegroundRole and col.color is not None:
            color = col.color(row)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.TextAlignmentRole and col.align_leading:
            return int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        return None


def table_view(model: QAbstractTableModel, name: str) -> QTableView:
    """A read-only, row-selecting table for ``model``."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setTabKeyNavigation(False)
    return view


def fit_columns(view: QTableView, widths: Sequence[int]) -> None:
    """Set the first column widths (the last one stretches)."""
    for i, w in enumerate(widths):
        view.setColumnWidth(i, w)


def selected_row(view: QTableView) -> int:
    """The selected row of ``view`` or -1."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    return rows[0].row() if rows else -1


# -- combos and names -------------------------------------------------------------------------

# domain.labels.LABELS is keyed by StrEnum members, and members of different enums with the
# same value are equal there ("phone", "accompaniment", "in_progress", "other"), so one label
# overwrites the other. Until it is keyed by type, the profile names these itself.
_OWN_LABELS: dict[tuple[type, str], str] = {
    (NoteType, "phone"): "Telefonat",
    (NoteType, "accompaniment"): "Begleitung",
    (NoteType, "consultation"): "Beratung",
    (GoalStatus, "in_progress"): "in Arbeit",
    (ClosureReason, "other"): "Sonstiges",
}


def label(value: StrEnum | None) -> str:
    """German label of an enum value ('' for None), right even where enum values collide."""
    if value is None:
        return ""
    return _OWN_LABELS.get((type(value), value.value)) or _domain_label(value)


class EnumCombo(QComboBox):
    """A combo box whose item data are enum members (Qt hands StrEnums back as plain str)."""

    def __init__(self, enum: type[StrEnum], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enum = enum

    def itemData(self, index: int, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802
        value = super().itemData(index, role)
        return self.enum(value) if role == Qt.ItemDataRole.UserRole and value else value

    def currentData(self, role: int = Qt.ItemDataRole.UserRole) -> Any:  # noqa: N802
        return self.itemData(self.currentIndex(), role) if self.currentIndex() >= 0 else None


def enum_combo(values: Iterable[StrEnum], *, empty: str | None = None,
               labels: dict[Any, str] | None = None) -> EnumCombo:
    """A combo box of enum values with their German labels (optionally a first empty entry)."""
    items = list(values)
    box = EnumCombo(type(items[0]))
    if empty is not None:
        box.addItem(empty, None)
    for v in items:
        box.addItem((labels or {}).get(v) or label(v), v.value)
    return box


def compact(box: QComboBox, chars: int = 14) -> QComboBox:
    """Let a combo with long entries shrink (its popup still shows them in full)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def select_data(box: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (the first one when missing)."""
    i = box.findData(value)
    box.setCurrentIndex(max(i, 0))


_LANGUAGE_FALLBACK = {
    "de": {"kmr": "Kurdisch (Kurmandschi)", "ckb": "Kurdisch (Sorani)", "fa": "Persisch (Farsi)",
           "fa_AF": "Dari", "prs": "Dari"},
    "en": {"kmr": "Kurdish (Kurmanji)", "ckb": "Kurdish (Sorani)", "fa": "Persian (Farsi)",
           "fa_AF": "Dari", "prs": "Dari"},
}
COMMON_LANGUAGES = ("ar", "fa", "fa_AF", "ps", "uk", "ru", "tr", "kmr", "ckb", "ti", "so",
                    "fr", "en", "de", "sq", "ro", "pl", "es", "it", "am", "ur", "bn", "ku")


def _ui_lang() -> str:
    return "de" if QLocale().language() == QLocale.Language.German else "en"


@cache
def _languages(lang: str) -> dict[str, str]:
    return dict(Locale.parse(lang).languages)


def language_name(code: str) -> str:
    """The name of a language code in the UI language ('ti' -> 'Tigrinya', 'kmr' -> …)."""
    lang = _ui_lang()
    return _LANGUAGE_FALLBACK[lang].get(code) or _languages(lang).get(code) or code


@cache
def _countries(lang: str) -> list[tuple[str, str]]:
    names = Locale.parse(lang).territories
    return sorted(((code, name) for code, name in names.items()
                   if len(code) == 2 and code.isalpha() and code not in ("ZZ", "QO", "EU", "EZ",
                                                                          "UN", "XA", "XB")),
                  key=lambda x: x[1])


def country_choices() -> list[tuple[str, str]]:
    """(ISO code, country name) pairs sorted by name, in the UI language."""
    return _countries(_ui_lang())


def language_choices() -> list[tuple[str, str]]:
    """(code, language name) for the languages clients commonly speak, sorted by name."""
    return sorted(((c, language_name(c)) for c in COMMON_LANGUAGES), key=lambda x: x[1])


# -- questions --------------------------------------------------------------------------------

def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask a yes/no question (tests replace this function)."""
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def heading(text: str) -> QLabel:
    """A bold section heading."""
    lab = QLabel(text)
    font = lab.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    lab.setFont(font)
    return lab


def muted(text: str = "") -> QLabel:
    """A grey, wrapping hint label."""
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setStyleSheet(f"color: {MUTED};")
    return lab


def days_text(days: int | None) -> str:
    """'noch 12 Tage', 'heute letzter Tag', 'seit 3 Tagen abgelaufen' or ''."""
    if days is None:
        return ""
    if days > 1:
        return QCoreApplication.translate("ClientProfile", "noch {n} Tage").format(n=days)
    if days == 1:
        return QCoreApplication.translate("ClientProfile", "noch 1 Tag")
    if days == 0:
        return QCoreApplication.translate("ClientProfile", "heute letzter Tag")
    if days == -1:
        return QCoreApplication.translate("ClientProfile", "seit 1 Tag abgelaufen")
    return QCoreApplication.translate("ClientProfile",
                                      "seit {n} Tagen abgelaufen").format(n=-days)


def deadline_color(days: int | None, warn: int = 56) -> str | None:
    """Red when expired or within two weeks, orange within ``warn`` days, else None."""
    if days is None:
        return None
    if days < 14:
        return RED
    if days <= warn:
        return ORANGE
    return None


def chancen_color(days: int | None) -> str:
    """The §104c clock: red within 90 days (the §25a/§25b application takes time), orange
    within 270, else green."""
    if days is None or days < 90:
        return RED
    return ORANGE if days < 270 else GREEN
