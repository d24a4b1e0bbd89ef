"""The main window: navigation on the left, one view at a time, menus and shortcuts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QStyle,
    QWidget,
)

from kimdesk.ui.settings_store import Settings
from kimdesk.services import search
from kimdesk.ui.dialogs.letterhead import LetterheadDialog
from kimdesk.ui.dialogs.retention_dialog import RetentionDialog
from kimdesk.ui.dialogs.transfer_dialog import TransferExportDialog, TransferImportDialog
from kimdesk.ui.profile import ClientProfile
from kimdesk.ui.views.appointments_view import AppointmentsView
from kimdesk.ui.views.clients_view import ClientsView
from kimdesk.ui.views.deadlines_view import DeadlinesView
from kimdesk.ui.views.today_panel import TodayPanel
from kimdesk.ui.views.reports_view import ReportsView
from kimdesk.ui.views.referrals_view import ReferralsView


class MainWindow(QMainWindow):
    """Shows the views of an unlocked vault; emits requests the controller carries out."""

    lock_requested = Signal()
    passphrase_requested = Signal()
    settings_requested = Signal()
    new_vault_requested = Signal()
    open_vault_requested = Signal()
    backup_requested = Signal()
    quit_requested = Signal()
    client_opened = Signal(str)

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        self.setWindowTitle("KIMdesk")
        self.resize(1200, 760)
        self.vault: Any = None
        self.today_view = TodayPanel()
        self.clients_view = ClientsView(self.settings)
        self.appointments_view = AppointmentsView()
        self.referrals_view = ReferralsView()
        self.deadlines_view = DeadlinesView(self.settings)
        self.reports_view = ReportsView()
        self.views: list[tuple[str, QWidget]] = [
            (self.tr("Heute"), self.today_view),
            (self.tr("Klient*innen"), self.clients_view),
            (self.tr("Termine"), self.appointments_view),
            (self.tr("Vermittlungen"), self.referrals_view),
            (self.tr("Fristen"), self.deadlines_view),
            (self.tr("Berichte"), self.reports_view),
        ]
        self.profile: ClientProfile | None = None
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMaximumWidth(220)
        self.stack = QStackedWidget()
        icons = [QStyle.StandardPixmap.SP_DialogYesButton, QStyle.StandardPixmap.SP_DirHomeIcon,
                 QStyle.StandardPixmap.SP_FileDialogDetailedView,
                 QStyle.StandardPixmap.SP_ArrowForward, QStyle.StandardPixmap.SP_MessageBoxWarning,
                 QStyle.StandardPixmap.SP_FileDialogContentsView]
        for (title, view), icon in zip(self.views, icons, strict=True):
            QListWidgetItem(self.style().standardIcon(icon), title, self.nav)
            self.stack.addWidget(view)
        self.locked_page = QLabel(self.tr("Der Tresor ist gesperrt."))
        self.locked_page.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.locked_page)
        self.nav.currentRowChanged.connect(self.show_view)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        self._build_menus()
        self._connect_views()
        self.vault_label = QLabel()
        self.statusBar().addPermanentWidget(self.vault_label)
        self.set_vault(None)

    def _connect_views(self) -> None:
        for view in (self.today_view, self.clients_view, self.appointments_view,
                     self.referrals_view, self.deadlines_view):
            view.client_requested.connect(self.open_client)
        self.clients_view.new_client_requested.connect(self.new_client)
        self.reports_view.data_changed.connect(self._clients_changed_elsewhere)
        self.appointments_view.appointments_changed.connect(self.today_view.refresh)
        self.today_view.appointment_requested.connect(self._edit_appointment)
        self.today_view.show_appointments_requested.connect(lambda: self.show_view(2))
        self.today_view.show_deadlines_requested.connect(lambda: self.show_view(4))

    def show_view(self, row: int) -> None:
        """Switch to the view in navigation row ``row`` (closing an open profile)."""
        self.close_profile()
        self.nav.setCurrentRow(row)
        self.stack.setCurrentIndex(row)

    def _edit_appointment(self, appointment_id: str) -> None:
        self.show_view(2)
        self.appointments_view.edit(appointment_id)

    def _action(self, text: str, shortcut: QKeySequence | str | None, slot: Any) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work wherever the focus is in the window
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        self.new_client_action = self._action(self.tr("Neue*r Klient*in…"),
                                              QKeySequence.StandardKey.New, self.new_client)
        file_menu.addAction(self.new_client_action)
        self.import_action = self._action(self.tr("Klient*innen importieren…"), None,
                                          self.import_clients)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Neuen Tresor anlegen…"), None,
                                         self.new_vault_requested))
        file_menu.addAction(self._action(self.tr("Tresor öffnen…"), QKeySequence.StandardKey.Open,
                                         self.open_vault_requested))
        self.backup_action = self._action(self.tr("Sicherung erstellen…"), None,
                                          self.backup_requested)
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        self.lock_action = self._action(self.tr("Sperren"), "Ctrl+L", self.lock_requested)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self._action(self.tr("Beenden"), QKeySequence.StandardKey.Quit,
                                         self.quit_requested))
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        for row, (title, _view) in enumerate(self.views):
            view_menu.addAction(self._action(title, f"Ctrl+{row + 1}",
                                             lambda _=False, r=row: self.nav.setCurrentRow(r)))
        extras = self.menuBar().addMenu(self.tr("E&xtras"))
        self.passphrase_action = self._action(self.tr("Passphrase ändern…"), None,
                                              self.passphrase_requested)
        extras.addAction(self.passphrase_action)
        self.vault_actions = [
            self._action(self.tr("Briefkopf der Organisation…"), None,
                         lambda: self._open(LetterheadDialog)),
            self._action(self.tr("Löschfristen und fällige Löschungen…"), None,
                         lambda: self._open(RetentionDialog, changes_clients=True)),
            self._action(self.tr("Datenübertragung: Paket exportieren…"), None,
                         lambda: self._open(TransferExportDialog)),
            self._action(self.tr("Datenübertragung: Paket importieren…"), None,
                         lambda: self._open(TransferImportDialog, changes_clients=True)),
        ]
        extras.addSeparator()
        for action in self.vault_actions:
            extras.addAction(action)
        extras.addSeparator()
        extras.addAction(self._action(self.tr("Einstellungen…"), QKeySequence.StandardKey.Preferences,
                                      self.settings_requested))
        help_menu = self.menuBar().addMenu(self.tr("&Hilfe"))
        from kimdesk.ui.dialogs.about import show_about

        help_menu.addAction(self._action(self.tr("Über KIMdesk"), None, lambda: show_about(self)))

    def set_vault(self, vault: Any) -> None:
        """Fill every view from ``vault``, or clear them all when None (locked)."""
        if vault is None and self.profile is not None:
            self.profile.set_vault(None)
            self.close_profile(refresh=False)
        self.vault = vault
        for _title, view in self.views:
            view.set_vault(vault)  # type: ignore[attr-defined]
        unlocked = vault is not None
        self.nav.setEnabled(unlocked)
        for action in (self.lock_action, self.passphrase_action, self.backup_action,
                       self.new_client_action, self.import_action, *self.vault_actions):
            action.setEnabled(unlocked)
        if unlocked:
            self.nav.setCurrentRow(max(0, self.nav.currentRow()))
            self.stack.setCurrentIndex(self.nav.currentRow())
            self.vault_label.setText(self.tr("Tresor: {name}").format(name=vault.path.name))
            self.setWindowTitle(f"KIMdesk – {vault.path.name}")
        else:
            self.stack.setCurrentWidget(self.locked_page)
            self.vault_label.setText(self.tr("gesperrt"))
            self.setWindowTitle("KIMdesk")

    def new_client(self) -> None:
        """Ctrl+N: the new-client dialog (with its duplicate check)."""
        if self.vault is None:
            return
        from kimdesk.ui.dialogs.new_client import NewClientDialog

        dialog = NewClientDialog(self.vault, self)
        dialog.created.connect(lambda cid: (self.clients_view.refresh(), self.open_client(cid)))
        dialog.open_existing.connect(self.open_client)
        dialog.open()

    def _open(self, dialog_class: Any, *, changes_clients: bool = False) -> None:
        if self.vault is None:
            return
        dialog = dialog_class(self.vault, parent=self)
        if changes_clients:  # deletions and merges: rebuild the search index, reload views
            dialog.finished.connect(self._clients_changed_elsewhere)
        dialog.open()

    def _clients_changed_elsewhere(self, *_args: object) -> None:
        if self.vault is not None:
            search.forget_index(self.vault)
            self.set_vault(self.vault)

    def import_clients(self) -> None:
        """Import clients from a CSV or Excel list (all or nothing)."""
        if self.vault is None:
            return
        from kimdesk.ui.dialogs.import_clients import ImportClientsDialog

        dialog = ImportClientsDialog(self.vault, self)
        dialog.imported.connect(lambda _n: self.clients_view.refresh())
        dialog.open()

    def open_client(self, client_id: str) -> None:
        """Show one client's profile (Esc returns to where the user came from)."""
        if self.vault is None:
            return
        self.close_profile(refresh=False)
        self.profile = ClientProfile(self.vault, client_id, self)
        self.profile.closed.connect(self.close_profile)
        self.profile.open_client.connect(self.open_client)
        self.stack.addWidget(self.profile)
        self.stack.setCurrentWidget(self.profile)
        self.client_opened.emit(client_id)

    def close_profile(self, refresh: bool = True) -> None:
        """Leave the profile and return to the navigation's current view."""
        profile, self.profile = self.profile, None
        if profile is None:
            return
        self.stack.removeWidget(profile)
        profile.deleteLater()
        if self.vault is not None:
            self.stack.setCurrentIndex(max(0, self.nav.currentRow()))
            if refresh:
                self.clients_view.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.quit_requested.emit()
        event.accept()
