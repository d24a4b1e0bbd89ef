"""Per-user settings through QSettings. Never personal data: paths, sizes, preferences."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_AUTOLOCK_MIN = 5
DEFAULT_DEADLINE_WEEKS = 8


class Settings:
    """Typed access to the few values KIMdesk remembers between runs."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = qsettings or QSettings("KIMdesk", "KIMdesk")

    @property
    def last_vault(self) -> Path | None:
        value = self._s.value("vault/last", "")
        return Path(str(value)) if value else None

    @last_vault.setter
    def last_vault(self, path: Path | None) -> None:
        self._s.setValue("vault/last", str(path) if path else "")

    @property
    def autolock_minutes(self) -> int:
        try:
            return max(0, int(self._s.value("security/autolock_min", DEFAULT_AUTOLOCK_MIN)))
        except (TypeError, ValueError):
            return DEFAULT_AUTOLOCK_MIN

    @autolock_minutes.setter
    def autolock_minutes(self, minutes: int) -> None:
        self._s.setValue("security/autolock_min", int(minutes))

    @property
    def language(self) -> str:
        return str(self._s.value("ui/language", "de"))

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("ui/language", code)

    @property
    def deadline_window_weeks(self) -> int:
        """How many weeks ahead the Fristen view looks (default 8)."""
        try:
            return min(52, max(1, int(self._s.value("deadlines/window_weeks",
                                                    DEFAULT_DEADLINE_WEEKS))))
        except (TypeError, ValueError):
            return DEFAULT_DEADLINE_WEEKS

    @deadline_window_weeks.setter
    def deadline_window_weeks(self, weeks: int) -> None:
        self._s.setValue("deadlines/window_weeks", int(weeks))

    def state(self, key: str) -> QByteArray | None:
        """A saved widget state (geometry, header) or None."""
        value = self._s.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        """Remember a widget state."""
        self._s.setValue(f"state/{key}", value)

    def sync(self) -> None:
        """Write to disk now."""
        self._s.sync()
