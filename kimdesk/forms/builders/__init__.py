"""One builder per form kind: ``build(data, composer) -> list of flowables``."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable

from kimdesk.forms.blocks import Composer
from kimdesk.forms.data import FormData

Builder = Callable[[FormData, Composer], list[Flowable]]


def builder(kind: str) -> Builder:
    """The builder of one form kind (imported on first use)."""
    from importlib import import_module

    if kind not in KINDS:
        raise ValueError(f"Unbekannte Formularart „{kind}“; bekannt: {', '.join(KINDS)}")
    return import_module(f"kimdesk.forms.builders.{kind}").build  # type: ignore[no-any-return]


KINDS: tuple[str, ...] = ("consent", "release", "appointment", "referral", "goals", "checklist",
                          "access")
