"""Notizen: the timeline of case notes, search as you type, Textbausteine for new notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QListView, QMenu, QPlainTextEdit, QPushButton,
    QSplitter, QTextEdit, QToolButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import NoteType
from kimdesk.domain.models import Case, CaseNote
from kimdesk.services import cases, note_templates
from kimdesk.services.validation import ValidationError
from kimdesk.ui.profile.common import (
    FieldErrors, confirm, enum_combo, error_label, heading, muted, select_data,
)
from kimdesk.ui.profile.context import CASE, NOTES, ProfileContext, ProfileTab
from kimdesk.ui.profile.notes_model import HIGHLIGHT, NoteDelegate, NotesModel

LINE_LIMIT = 1000  # the detail pane breaks longer lines: Qt lays out one huge line very slowly
MAX_MARKS = 1000


def display_text(text: str, limit: int = LINE_LIMIT) -> str:
    """``text`` with over-long lines broken (at a space where possible) for fast layout."""
    if len(text) <= limit and "\n" not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", limit // 2, limit)
            cut = limit if cut < 0 else cut + 1
            out.append(line[:cut])
            line = line[cut:]
        out.append(line)
    return "\n".join(out)


class NotesTab(ProfileTab):
    """Timeline on the left, the selected note in full on the right, a new note below."""

    keys = frozenset({NOTES, CASE})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.case: Case | None = None
        self.cases_by_id: dict[str, Case] = {}
        self.notes: list[CaseNote] = []
        self.errors = FieldErrors()
        # search
        self.search = QLineEdit()
        self.search.setObjectName("noteSearch")
        self.search.setPlaceholderText(self.tr("In Notizen suchen …"))
        self.search.setClearButtonEnabled(True)
        self.count = muted()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self.timer.start())
        # timeline
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setObjectName("noteList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(NoteDelegate(self.model, self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.list.selectionModel().currentChanged.connect(lambda cur, _p: self.show_note(cur.row()))
        # detail
        self.detail_head = QLabel()
        self.detail_head.setObjectName("noteHead")
        self.detail_head.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QPlainTextEdit()
        self.detail.setObjectName("noteDetail")
        self.detail.setReadOnly(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                            | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.delete_button = QPushButton(self.tr("Notiz löschen…"))
        self.delete_button.setObjectName("deleteNote")
        self.delete_button.clicked.connect(self.delete_selected)
        # composer
        self.note_type = enum_combo(NoteType)
        self.note_type.setObjectName("noteType")
        self.template_button = QToolButton()
        self.template_button.setObjectName("noteTemplates")
        self.template_button.setText(self.tr("Textbaustein einfügen"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.template_button)
        for t in note_templates.templates():
            action = QAction(t.title, menu)
            action.triggered.connect(lambda _=False, key=t.key: self.insert_template(key))
            menu.addAction(action)
        self.template_button.setMenu(menu)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(self.tr("Neue Notiz … (Strg+Eingabe speichert)"))
        self.editor.setTabChangesFocus(True)
        editor_err = error_label()
        self.errors.register("text", editor_err, self.editor)
        self.save_button = QPushButton(self.tr("Notiz speichern"))
        self.save_button.setObjectName("saveNote")
        self.save_button.clicked.connect(self.add_note)
        for key in ("Ctrl+Return", "Ctrl+Enter"):
            sc = QShortcut(QKeySequence(key), self.editor)
            sc.setContext(Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(self.add_note)
        self.no_case = muted(self.tr("Notizen gehören zu einem Fall: bitte zuerst im Reiter "
                                     "„Fall“ einen Fall eröffnen."))

        # layout
        left = QWidget()
        lcol = QVBoxLayout(left)
        lcol.setContentsMargins(0, 0, 0, 0)
        srow = QHBoxLayout()
        srow.addWidget(self.search, 1)
        srow.addWidget(self.count)
        lcol.addLayout(srow)
        lcol.addWidget(self.list, 1)
        right = QWidget()
        rcol = QVBoxLayout(right)
        rcol.setContentsMargins(0, 0, 0, 0)
        hrow = QHBoxLayout()
        hrow.addWidget(self.detail_head, 1)
        hrow.addWidget(self.delete_button)
        rcol.addLayout(hrow)
        rcol.addWidget(self.detail, 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(left)
        top.addWidget(right)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 3)
        top.setChildrenCollapsible(False)
        composer = QWidget()
        ccol = QVBoxLayout(composer)
        ccol.setContentsMargins(0, 0, 0, 0)
        crow = QHBoxLayout()
        crow.addWidget(heading(self.tr("Neue Notiz")))
        crow.addWidget(QLabel(self.tr("Art:")))
        crow.addWidget(self.note_type)
        crow.addWidget(self.template_button)
        crow.addStretch(1)
        crow.addWidget(self.save_button)
        ccol.addLayout(crow)
        ccol.addWidget(self.no_case)
        ccol.addWidget(self.editor, 1)
        ccol.addWidget(editor_err)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(composer)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        col = QVBoxLayout(self)
        col.addWidget(split)
        self.show_note(-1)

    # -- data -------------------------------------------------------------------------------

    def load(self) -> None:
        """All notes of the client and the case new notes go to (two service calls)."""
        vault, cid = self.ctx.vault, self.ctx.client_id
        all_cases = cases.cases_of(vault, cid)
        self.cases_by_id = {c.id: c for c in all_cases}
        self.case = cases.current_case(all_cases)
        self.notes = cases.notes_of_client(vault, cid)
        keep = self.current_note()
        self.model.set_notes(self.notes)
        self._after_filter(keep.id if keep else None)
        has_case = self.case is not None
        self.no_case.setVisible(not has_case)
        for w in (self.editor, self.save_button, self.note_type, self.template_button):
            w.setEnabled(has_case)

    def apply_filter(self) -> None:
        """Narrow the timeline to the notes containing the search text."""
        keep = self.current_note()
        self.model.set_filter(self.search.text())
        self._after_filter(keep.id if keep else None)

    def _after_filter(self, keep_id: str | None) -> None:
        total, shown = len(self.model.all), len(self.model.visible)
        if self.model.query:
            self.count.setText(self.tr("{n} von {t}").format(n=shown, t=total))
        else:
            self.count.setText(self.tr("{t} Notizen").format(t=total) if total != 1
                               else self.tr("1 Notiz"))
        row = self.model.row_of(keep_id) if keep_id else -1
        if row < 0 and shown:
            row = 0
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.show_note(row)
        else:
            self.show_note(-1)

    def current_note(self) -> CaseNote | None:
        """The note shown in the detail pane."""
        return self.model.note_at(self.list.currentIndex().row())

    def show_note(self, row: int) -> None:
        """Show the full text of the note in ``row`` with the search matches marked."""
        note = self.model.note_at(row)
        self.delete_button.setEnabled(note is not None)
        if note is None:
            self.detail_head.setText(self.tr("Keine Notiz ausgewählt") if self.model.all
                                     else self.tr("Noch keine Notizen"))
            self.detail.setPlainText("")
            return
        self.detail_head.setText(f"{self.model.visible[row].header} · "
                                 + self.tr("{n} Zeichen").format(n=f"{len(note.text):,}"
                                                                 .replace(",", ".")))
        self.detail.setPlainText(display_text(note.text))
        self._mark(self.model.query)

    def _mark(self, query: str) -> None:
        marks: list[QTextEdit.ExtraSelection] = []
        if query:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(HIGHLIGHT))
            doc = self.detail.document()
            cursor = doc.find(query)
            first = None
            while not cursor.isNull() and len(marks) < MAX_MARKS:
                sel = QTextEdit.ExtraSelection()
                sel.cursor = cursor
                sel.format = fmt
                marks.append(sel)
                first = first or cursor
                cursor = doc.find(query, cursor)
            if first is not None:
                view = self.detail.textCursor()
                view.setPosition(first.selectionStart())
                self.detail.setTextCursor(view)
                self.detail.ensureCursorVisible()
        self.detail.setExtraSelections(marks)

    # -- writing ----------------------------------------------------------------------------

    def insert_template(self, key: str) -> None:
        """Insert a Textbaustein at the cursor of the new note and take over its note type."""
        template = note_templates.by_key(key)
        self.editor.insertPlainText(note_templates.render(template, date.today()))
        select_data(self.note_type, template.note_type)
        self.editor.setFocus()

    def add_note(self) -> bool:
        """Store the new note (undoable)."""
        case, vault = self.case, self.ctx.vault
        if case is None:
            return False
        try:
            note = cases.add_note(vault, case, self.editor.toPlainText(),
                                  self.note_type.currentData())
        except ValidationError as err:
            self.errors.show(err.errors)
            return False
        self.errors.clear()
        self.editor.clear()
        self.ctx.record(self.tr("Notiz hinzufügen"),
                        redo=lambda: cases.restore_note(vault, case, note),
                        undo=lambda: cases.delete_note(vault, case, note.id),
                        keys={NOTES}, tab="notes")
        row = self.model.row_of(note.id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        return True

    def delete_selected(self) -> bool:
        """Delete the selected note after asking (undoable)."""
        note, vault = self.current_note(), self.ctx.vault
        if note is None:
            return False
        owner = self.cases_by_id.get(note.case_id)
        if owner is None:
            return False
        if not confirm(self, self.tr("Notiz löschen"),
                       self.tr("Diese Notiz vom {d} wirklich löschen?").format(
                           d=note.written_at.astimezone().strftime("%d.%m.%Y"))):
            return False
        try:
            cases.delete_note(vault, owner, note.id)
        except Exception as err:
            self.ctx.fail(err)
            return False
        self.ctx.record(self.tr("Notiz löschen"),
                        redo=lambda: cases.delete_note(vault, owner, note.id),
                        undo=lambda: cases.restore_note(vault, owner, note),
                        keys={NOTES}, tab="notes")
        return True
