"""The client profile: header, eight tabs, undo/redo, keyboard, print and referral buttons.

``ClientProfile(vault, client_id, parent=None)``; signals ``closed`` (Esc / Zurück) and
``open_client(str)`` (a relative was double-clicked). Opening it records one VIEW in the
audit log; every tab loads its data when first shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QToolButton, QVBoxLayout, QWidget,
)

from kimdesk.services import profile as profile_service
from kimdesk.ui.profile.common import GREEN, INVALID_STYLE, RED
from kimdesk.ui.profile.context import (
    CASE, CHANCEN, CLIENT, CONSENTS, RESIDENCE, ProfileContext, ProfileTab,
)
from kimdesk.ui.profile.header import ProfileHeader
from kimdesk.ui.profile.tab_case import CaseTab
from kimdesk.ui.profile.tab_closure import ClosureTab
from kimdesk.ui.profile.tab_consents import ConsentsTab
from kimdesk.ui.profile.tab_household import HouseholdTab
from kimdesk.ui.profile.tab_legal import LegalAreasTab
from kimdesk.ui.profile.tab_notes import NotesTab
from kimdesk.ui.profile.tab_personal import PersonalTab
from kimdesk.ui.profile.tab_residence import ResidenceTab

PRINT_FORM = "kimdesk.ui.dialogs.print_form"
REFERRAL_EDITOR = "kimdesk.ui.dialogs.referral_editor"
HEADER_KEYS = frozenset({CLIENT, RESIDENCE, CHANCEN, CASE, CONSENTS})


def _available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def ask_unsaved(parent: QWidget) -> str:
    """'save', 'discard' or 'cancel' for unsaved personal data (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question,
                      QCoreApplication.translate("ClientProfile", "Ungespeicherte Änderungen"),
                      QCoreApplication.translate(
                          "ClientProfile", "Die persönlichen Daten wurden geändert. Speichern?"),
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                      | QMessageBox.StandardButton.Cancel, parent)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(
                QMessageBox.StandardButton(answer), "cancel")


class ClientProfile(QWidget):
    """Everything about one client, on eight tabs; Esc goes back."""

    closed = Signal()
    open_client = Signal(str)

    def __init__(self, vault: Any, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientProfile")
        self.setStyleSheet(INVALID_STYLE)
        self.ctx = ProfileContext(vault, client_id, self)
        self.client_id = client_id
        self._dialogs: list[QWidget] = []
        summary = profile_service.summary(vault, client_id, record_view=True)  # audited VIEW
        self.ctx.summary = summary

        self.header = ProfileHeader()
        self.header.consents_clicked.connect(lambda: self.show_tab("consents"))
        self.back_button = QPushButton(self.tr("← Zurück"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(self.tr("Zurück zur Liste (Esc)"))
        self.back_button.clicked.connect(self.go_back)
        self.undo_action = QAction(self.tr("Rückgängig"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.ctx.undo_stack.undo)
        self.redo_action = QAction(self.tr("Wiederholen"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(self.ctx.undo_stack.redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.ctx.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.ctx.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.ctx.undo_stack.undoTextChanged.connect(
            lambda t: self.undo_action.setToolTip(
                self.tr("Rückgängig: {t} (Strg+Z)").format(t=t)))
        self.ctx.undo_stack.redoTextChanged.connect(
            lambda t: self.redo_action.setToolTip(
                self.tr("Wiederholen: {t} (Strg+Umschalt+Z)").format(t=t)))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        undo_button, redo_button = QToolButton(), QToolButton()
        undo_button.setDefaultAction(self.undo_action)
        redo_button.setDefaultAction(self.redo_action)
        self.print_button = QPushButton(self.tr("Formular drucken…"))
        self.print_button.setObjectName("printForm")
        self.print_button.clicked.connect(self.print_form)
        self.referral_button = QPushButton(self.tr("Vermittlung anlegen…"))
        self.referral_button.setObjectName("newReferral")
        self.referral_button.clicked.connect(self.new_referral)
        for button, module, missing in (
                (self.print_button, PRINT_FORM,
                 self.tr("Der Formulardruck ist in dieser Version noch nicht verfügbar.")),
                (self.referral_button, REFERRAL_EDITOR,
                 self.tr("Vermittlungen lassen sich in dieser Version noch nicht anlegen."))):
            if not _available(module):
                button.setEnabled(False)
                button.setToolTip(missing)
        self.message = QLabel()
        self.message.setObjectName("profileMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.hide)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("profileTabs")
        self.personal = PersonalTab(self.ctx)
        self.residence = ResidenceTab(self.ctx)
        self.legal = LegalAreasTab(self.ctx)
        self.household = HouseholdTab(self.ctx)
        self.consents = ConsentsTab(self.ctx)
        self.case = CaseTab(self.ctx)
        self.notes = NotesTab(self.ctx)
        self.closure = ClosureTab(self.ctx)
        self.tab_by_key: dict[str, ProfileTab] = {
            "personal": self.personal, "residence": self.residence, "legal": self.legal,
            "household": self.household, "consents": self.consents, "case": self.case,
            "notes": self.notes, "closure": self.closure,
        }
        for tab, title in (
                (self.personal, self.tr("&Persönliche Daten")),
                (self.residence, self.tr("A&ufenthalt")),
                (self.legal, self.tr("&Rechtskreise")),
                (self.household, self.tr("Haushalt && &Familie")),
                (self.consents, self.tr("&Einwilligungen")),
                (self.case, self.tr("Fa&ll")),
                (self.notes, self.tr("&Notizen")),
                (self.closure, self.tr("A&bschluss"))):
            self.tabs.addTab(tab, title)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.household.open_client.connect(self.open_client)

        self.header.add_buttons([undo_button, redo_button],
                                [self.print_button, self.referral_button])
        top = QHBoxLayout()
        top.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addSpacing(8)
        top.addWidget(self.header, 1)
        col = QVBoxLayout(self)
        col.addLayout(top)
        col.addWidget(self.message)
        col.addWidget(self.tabs, 1)

        self.ctx.changed.connect(self._changed)
        self.ctx.show_tab.connect(self.show_tab)
        self.ctx.message.connect(self._show_message)
        self._shortcuts()
        self.header.set_summary(summary, date.today())
        self.setWindowTitle(summary.client.display_name)
        self.personal.ensure_loaded()

    # -- keyboard ---------------------------------------------------------------------------

    def _shortcuts(self) -> None:
        def bind(keys: tuple[str, ...], slot: Any) -> None:
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(slot)

        bind(("Esc",), self.go_back)
        bind(("Ctrl+S",), self.save)
        bind(("Ctrl+Tab", "Ctrl+PgDown"), lambda: self._step_tab(1))
        bind(("Ctrl+Shift+Tab", "Ctrl+Backtab", "Ctrl+PgUp"), lambda: self._step_tab(-1))

    def _step_tab(self, delta: int) -> None:
        self.tabs.setCurrentIndex((self.tabs.currentIndex() + delta) % self.tabs.count())
        self.tabs.currentWidget().setFocus()

    def save(self) -> bool:
        """Ctrl+S: store the personal data (and a changed assessment)."""
        ok = True
        if self.personal.loaded and self.personal.dirty:
            ok = self.personal.save()
            if not ok:
                self.show_tab("personal")
        if self.case.loaded and self.case.assessment.save_button.isEnabled():
            ok = self.case.assessment.save() and ok
        return ok

    def go_back(self) -> None:
        """Esc: leave the profile (asks first about unsaved personal data)."""
        if self.personal.dirty:
            answer = ask_unsaved(self)
            if answer == "cancel" or (answer == "save" and not self.personal.save()):
                self.show_tab("personal")
                return
        self.closed.emit()

    # -- tabs -------------------------------------------------------------------------------

    def show_tab(self, key: str) -> None:
        """Bring the tab ``key`` ('personal', 'residence', … 'closure') to the front."""
        tab = self.tab_by_key.get(key)
        if tab is not None:
            self.tabs.setCurrentWidget(tab)

    def _tab_changed(self, index: int) -> None:
        tab = self.tabs.widget(index)
        if isinstance(tab, ProfileTab):
            tab.ensure_loaded()

    def _changed(self, keys: frozenset[str]) -> None:
        if keys & HEADER_KEYS:
            try:
                summary = profile_service.summary(self.ctx.vault, self.client_id)
            except Exception as err:  # the vault was locked meanwhile
                self._show_message(str(err), True)
                return
            self.ctx.summary = summary
            self.header.set_summary(summary, date.today())
            self.setWindowTitle(summary.client.display_name)

    def _show_message(self, text: str, error: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {RED if error else GREEN}; font-weight: bold;")
        self.message.show()
        self._message_timer.start(15000 if error else 5000)

    # -- other dialogs ----------------------------------------------------------------------

    def print_form(self) -> QWidget | None:
        """Open the print dialog of the forms (when that part is installed)."""
        if not _available(PRINT_FORM):
            return None
        module = importlib.import_module(PRINT_FORM)
        dialog = module.PrintFormDialog(self.ctx.vault, client_id=self.client_id, parent=self)
        return self._keep(dialog)

    def new_referral(self) -> QWidget | None:
        """Open the referral editor for this client (when that part is installed)."""
        if not _available(REFERRAL_EDITOR):
            return None
        module = importlib.import_module(REFERRAL_EDITOR)
        dialog = module.ReferralEditor(self.ctx.vault, self.client_id, self)
        saved = getattr(dialog, "saved", None)
        if saved is not None:
            saved.connect(lambda *_: self.ctx.notify({CONSENTS}))
        return self._keep(dialog)

    def _keep(self, dialog: QWidget) -> QWidget:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        finished = dialog.finished  # type: ignore[attr-defined]
        finished.connect(lambda *_: self.ctx.notify({CONSENTS}))
        dialog.open()  # type: ignore[attr-defined]
        return dialog

    # -- lock -------------------------------------------------------------------------------

    def set_vault(self, vault: Any) -> None:
        """None (the vault was locked): forget everything shown and close the profile."""
        if vault is None:
            self.ctx.undo_stack.clear()
            for tab in self.tab_by_key.values():
                tab.setEnabled(False)
            self.ctx.vault = None
            self.closed.emit()
