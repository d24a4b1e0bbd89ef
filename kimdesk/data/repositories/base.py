"""A generic repository for records whose domain type maps one-to-one onto a row."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from kimdesk.data.convert import to_columns, to_domain
from kimdesk.data.schema import Base

D = TypeVar("D")
R = TypeVar("R", bound=Base)


class RecordNotFound(LookupError):
    """No record with that id."""


class Repository(Generic[D, R]):
    """get / add / update / delete / list for one domain type and its row type."""

    def __init__(self, domain: type[D], row: type[R], *, exclude: tuple[str, ...] = ()) -> None:
        self.domain = domain
        self.row = row
        self.exclude = exclude
        self._columns = set(row.__table__.columns.keys())  # type: ignore[attr-defined]

    def _values(self, obj: D) -> dict[str, Any]:
        values = {k: v for k, v in to_columns(obj, exclude=self.exclude).items() if k in self._columns}
        if "updated_at" in self._columns:
            values["updated_at"] = datetime.now(UTC)
        return values

    def to_domain(self, row: R, **extra: Any) -> D:
        """Convert one row."""
        return to_domain(self.domain, row, **extra)

    def get(self, s: Session, id_: str) -> D:
        """The record with ``id_``; RecordNotFound otherwise."""
        row = s.get(self.row, id_)
        if row is None:
            raise RecordNotFound(f"{self.domain.__name__} {id_} nicht gefunden")
        return self.to_domain(row)

    def add(self, s: Session, obj: D) -> None:
        """Insert ``obj``."""
        s.add(self.row(**self._values(obj)))
        s.flush()

    def update(self, s: Session, obj: D) -> None:
        """Overwrite the stored record with ``obj`` (matched by id)."""
        row = s.get(self.row, obj.id)  # type: ignore[attr-defined]
        if row is None:
            raise RecordNotFound(f"{self.domain.__name__} nicht gefunden")
        for key, value in self._values(obj).items():
            setattr(row, key, value)
        s.flush()

    def delete(self, s: Session, id_: str) -> None:
        """Remove the record (children go with it by cascade)."""
        row = s.get(self.row, id_)
        if row is not None:
            s.delete(row)
            s.flush()

    def where(self, s: Session, *criteria: Any, order_by: Sequence[Any] = ()) -> list[D]:
        """Every record matching ``criteria``, in ``order_by`` order."""
        stmt = select(self.row).where(*criteria).order_by(*order_by)
        return [self.to_domain(r) for r in s.scalars(stmt)]


def bulk_add(s: Session, repo: Repository[Any, Any], objects: Sequence[Any]) -> None:
    """Insert many records in one statement (the demo generator and importers use it)."""
    if objects:
        s.execute(repo.row.__table__.insert(), [repo._values(o) for o in objects])
