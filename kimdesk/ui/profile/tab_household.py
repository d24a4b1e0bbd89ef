"""Haushalt & Familie: relatives with their relation; link one found by name search."""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import RelationKind
from kimdesk.domain.models import HouseholdLink
from kimdesk.services import household, search
from kimdesk.services.household import Relative
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    Column, RowsModel, confirm, enum_combo, fit_columns, follow_text_direction, heading, muted,
    selected_row, table_view,
)
from kimdesk.ui.profile.context import HOUSEHOLD, ProfileContext, ProfileTab
from kimdesk.ui.profile.form_dialog import FormDialog
from kimdesk.ui.worker import run_async

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class LinkDialog(FormDialog):
    """Find a client by name (any script or spelling) and say how they are related."""

    def __init__(self, vault: Any, client_id: str, save: Callable[[tuple[str, RelationKind,
                                                                             bool]], None],
                 parent: QWidget | None) -> None:
        super().__init__(self.tr("Angehörige*n verknüpfen"), save, parent)
        self.vault = vault
        self.client_id = client_id
        self._seq = 0
        self.setMinimumWidth(680)
        self.query = QLineEdit()
        self.query.setObjectName("relativeQuery")
        self.query.setPlaceholderText(self.tr("Name, Aktenzeichen oder Geburtsdatum"))
        follow_text_direction(self.query)
        self.results = QListWidget()
        self.results.setObjectName("relativeResults")
        self.results.setMinimumHeight(180)
        self.results.itemDoubleClicked.connect(lambda _i: self.accept())
        self.relation = enum_combo(RelationKind)
        self.same_household = QCheckBox(self.tr("lebt im selben Haushalt"))
        self.same_household.setChecked(True)
        self.row(self.tr("Suchen"), self.query)
        self.row(self.tr("Person"), self.results, "relative")
        self.row(self.tr("ist für diese Person"), self.relation, "relation")
        self.row("", self.same_household)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self.timer.start())

    def search(self) -> None:
        """Look the query up in the search index (built off the GUI thread the first time)."""
        self.timer.stop()
        text = self.query.text().strip()
        self._seq += 1
        seq = self._seq
        if len(text) < 2 or not self.isVisible():
            self.results.clear()
            return
        vault = self.vault
        if search.has_index(vault):  # a lookup in memory takes milliseconds
            try:
                rows = search.search_clients(vault, text, limit=30)
            except Exception as err:  # the vault was locked meanwhile
                self.show_errors([FieldError("relative", str(err))])
                rows = []
            self._show(seq, rows)
            return
        # collect Qt garbage here: a collection inside the worker thread would delete
        # widgets from the wrong thread
        gc.collect()
        run_async(lambda: search.index_for(vault), lambda _index: self._search_again(seq),
                  lambda _err: self._show(seq, []))

    def done(self, result: int) -> None:
        """Closing stops a pending search."""
        self.timer.stop()
        self._seq += 1
        super().done(result)

    def _search_again(self, seq: int) -> None:
        if seq == self._seq and self.isVisible():
            self.search()

    def _show(self, seq: int, rows: list[Any]) -> None:
        if seq != self._seq:
            return
        self.results.clear()
        for r in rows:
            if r.id == self.client_id:
                continue
            born = format_date(r.birth_date, year_only=r.birth_year_only)
            # the original name is isolated so right-to-left text does not reorder its neighbours
            original = f"\u2068{r.original_name}\u2069" if r.original_name else ""
            parts = [r.family_name + (f", {r.given_names}" if r.given_names else ""),
                     original, born, r.file_number]
            item = QListWidgetItem("  ·  ".join(p for p in parts if p))
            item.setData(ID_ROLE, r.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def build(self) -> tuple[tuple[str, RelationKind, bool], list[FieldError]]:
        """(relative id, relation, same household)."""
        item = self.results.currentItem()
        if item is None:
            return ("", RelationKind.OTHER, False), [
                FieldError("relative", self.tr("Bitte eine Person aus der Trefferliste wählen."))]
        return (item.data(ID_ROLE), self.relation.currentData(),
                self.same_household.isChecked()), []


class HouseholdTab(ProfileTab):
    """Relatives seen from this client; double-click opens the relative's profile."""

    keys = frozenset({HOUSEHOLD})
    open_client = Signal(str)

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.dialog: LinkDialog | None = None
        self.model: RowsModel[Relative] = RowsModel([
            Column(self.tr("Beziehung"), lambda r: label(r.relation)),
            Column(self.tr("Name"), lambda r: r.client.display_name),
            Column(self.tr("Originalschrift"), lambda r: r.client.original_name),
            Column(self.tr("Geburtsdatum"), lambda r: format_date(
                r.client.birth_date, year_only=r.client.birth_year_only)),
            Column(self.tr("Haushalt"), lambda r: self.tr("gleicher Haushalt")
                   if r.same_household else self.tr("anderer Haushalt")),
            Column(self.tr("Aktenzeichen"), lambda r: r.client.file_number),
        ], self)
        self.table = table_view(self.model, "householdTable")
        fit_columns(self.table, (120, 220, 200, 110, 140))
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.empty = muted(self.tr("Noch keine Angehörigen verknüpft. Angehörige, die selbst "
                                   "beraten werden, lassen sich hier mit ihrem Profil verbinden."))
        self.link_button = QPushButton(self.tr("Angehörige*n verknüpfen…"))
        self.link_button.setObjectName("linkRelative")
        self.link_button.clicked.connect(self.add_link)
        self.open_button = QPushButton(self.tr("Profil öffnen"))
        self.open_button.clicked.connect(lambda: self._open(selected_row(self.table)))
        self.unlink_button = QPushButton(self.tr("Verknüpfung lösen…"))
        self.unlink_button.clicked.connect(self.remove_link)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Angehörige")))
        row.addStretch(1)
        row.addWidget(self.open_button)
        row.addWidget(self.unlink_button)
        row.addWidget(self.link_button)
        col = QVBoxLayout(self)
        col.addLayout(row)
        col.addWidget(self.table, 1)
        col.addWidget(self.empty)
        col.addWidget(QLabel(self.tr("Doppelklick oder Eingabetaste öffnet das Profil der "
                                     "Angehörigen.")))
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self.table)
            enter.setContext(Qt.ShortcutContext.WidgetShortcut)
            enter.activated.connect(lambda: self._open(selected_row(self.table)))

    def load(self) -> None:
        """The relatives (one service call)."""
        rows = household.relatives(self.ctx.vault, self.ctx.client_id)
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        for b in (self.open_button, self.unlink_button):
            b.setEnabled(bool(rows))

    def _open(self, row: int) -> None:
        rel = self.model.row_at(row)
        if rel is not None:
            self.open_client.emit(rel.client.id)

    def add_link(self) -> LinkDialog:
        """Open the search-and-link dialog (returned for tests)."""
        vault, me = self.ctx.vault, self.ctx.client_id

        def save(choice: tuple[str, RelationKind, bool]) -> None:
            relative_id, relation, same = choice
            made = household.link(vault, me, relative_id, relation, same_household=same)
            self.ctx.record(self.tr("Angehörige*n verknüpfen"),
                            redo=lambda: household.restore_link(vault, made),
                            undo=lambda: household.unlink(vault, made.id),
                            keys={HOUSEHOLD}, tab="household")

        self.dialog = LinkDialog(vault, me, save, self)
        self.dialog.open()
        return self.dialog

    def remove_link(self) -> None:
        """Remove the selected link after asking (undoable)."""
        rel = self.model.row_at(selected_row(self.table))
        if rel is None:
            return
        if not confirm(self, self.tr("Verknüpfung lösen"),
                       self.tr("Die Verknüpfung mit {name} lösen? Beide Profile bleiben "
                               "erhalten.").format(name=rel.client.display_name)):
            return
        vault = self.ctx.vault
        try:
            stored: HouseholdLink = household.get_link(vault, rel.link_id)
            household.unlink(vault, rel.link_id)
        except Exception as err:
            self.ctx.fail(err)
            return
        self.ctx.record(self.tr("Verknüpfung lösen"),
                        redo=lambda: household.unlink(vault, stored.id),
                        undo=lambda: household.restore_link(vault, stored),
                        keys={HOUSEHOLD}, tab="household")
