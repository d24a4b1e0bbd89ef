"""What every part of a profile shares: the vault, the client, the undo stack, change news.

Undo/redo: each edit is carried out through a service first (so a ValidationError can
be shown at the field), then pushed as a ``ServiceCommand`` whose undo and redo call
services again – every replay is one more audited write, never a silent change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kimdesk.services.validation import ValidationError

# what changed (keys of ProfileContext.changed)
CLIENT, RESIDENCE, CHANCEN, LEGAL, HOUSEHOLD, CONSENTS, CASE, NOTES = (
    "client", "residence", "chancen", "legal", "household", "consents", "case", "notes")


class ProfileContext(QObject):
    """The shared state of one open profile."""

    changed = Signal(object)  # frozenset[str] of the keys above
    message = Signal(str, bool)  # text, is_error
    show_tab = Signal(str)  # tab key to bring to front after undo/redo

    def __init__(self, vault: Any, client_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.client_id = client_id
        self.undo_stack = QUndoStack(self)
        self.summary: Any = None  # services.profile.ProfileSummary, kept by the profile

    def notify(self, keys: Iterable[str]) -> None:
        """Tell every tab and the header that ``keys`` changed in the vault."""
        self.changed.emit(frozenset(keys))

    def record(self, text: str, redo: Callable[[], object], undo: Callable[[], object],
               keys: Iterable[str], tab: str) -> None:
        """Push an edit that has already been carried out; undo/redo replay it via services."""
        self.undo_stack.push(ServiceCommand(self, text, redo, undo, frozenset(keys), tab))

    def fail(self, err: BaseException) -> None:
        """Report an error that belongs to no single field."""
        if isinstance(err, ValidationError):
            text = " ".join(e.message for e in err.errors)
        else:
            text = str(err) or type(err).__name__
        self.message.emit(text, True)

    def info(self, text: str) -> None:
        """Report a short success message."""
        self.message.emit(text, False)


class ServiceCommand(QUndoCommand):
    """One undoable edit; its first redo (on push) does nothing – the edit is already done."""

    def __init__(self, ctx: ProfileContext, text: str, redo: Callable[[], object],
                 undo: Callable[[], object], keys: frozenset[str], tab: str) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._redo = redo
        self._undo = undo
        self._keys = keys
        self._tab = tab
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            self._ctx.notify(self._keys)
            return
        self._replay(self._redo)

    def undo(self) -> None:
        self._replay(self._undo)

    def _replay(self, fn: Callable[[], object]) -> None:
        try:
            fn()
        except Exception as err:  # stale data or a locked vault: say so, drop the command
            self._ctx.fail(err)
            self.setObsolete(True)
        self._ctx.show_tab.emit(self._tab)
        self._ctx.notify(self._keys)


class ProfileTab(QWidget):
    """A tab of the profile: loads its data lazily on first show, reloads on change news."""

    keys: frozenset[str] = frozenset()

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.loaded = False
        self.stale = False
        ctx.changed.connect(self._on_changed)

    def ensure_loaded(self) -> None:
        """Load (or refresh stale data) before the tab is shown."""
        if not self.loaded or self.stale:
            self.reload()

    def reload(self) -> None:
        """Load the tab's data now."""
        try:
            self.load()
        except Exception as err:  # a tab that cannot load says so instead of crashing
            self.ctx.fail(err)
        self.loaded = True
        self.stale = False

    def load(self) -> None:
        """Fetch the data through one or a few service calls and show it."""
        raise NotImplementedError

    def _on_changed(self, keys: frozenset[str]) -> None:
        if not self.loaded or not (keys & self.keys):
            return
        if self.isVisible():
            self.reload()
        else:
            self.stale = True

    def focus_first(self) -> None:
        """Put the keyboard focus on the tab's first useful widget."""
        self.focusNextChild()
