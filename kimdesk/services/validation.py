"""Validation of user input: each problem names its field and says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MAX_NAME = 200
MAX_TEXT = 2_000_000  # about 1 MB of notes is fine; beyond that something went wrong


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    message: str


class ValidationError(ValueError):
    """One or more fields are invalid; ``errors`` lists them for the form."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in errors))
        self.errors = errors


class Checker:
    """Collects field errors; ``raise_if_any`` ends validation."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def fail(self, field: str, message: str) -> None:
        """Record one error."""
        self.errors.append(FieldError(field, message))

    def required(self, field: str, value: str, label: str) -> None:
        """The value must not be blank."""
        if not value or not value.strip():
            self.fail(field, f"{label} ist ein Pflichtfeld.")

    def max_len(self, field: str, value: str, limit: int, label: str) -> None:
        """The value must not exceed ``limit`` characters."""
        if value and len(value) > limit:
            self.fail(field, f"{label} ist zu lang (höchstens {limit} Zeichen).")

    def not_future(self, field: str, value: date | None, today: date, label: str) -> None:
        """A date that cannot lie in the future (birth, granted on)."""
        if value is not None and value > today:
            self.fail(field, f"{label} darf nicht in der Zukunft liegen.")

    def order(self, field: str, start: date | None, end: date | None, label: str) -> None:
        """``end`` must come after ``start`` when both are given."""
        if start is not None and end is not None and end < start:
            self.fail(field, f"{label} muss nach dem Beginn liegen.")

    def raise_if_any(self) -> None:
        """Raise ValidationError when anything failed."""
        if self.errors:
            raise ValidationError(self.errors)
