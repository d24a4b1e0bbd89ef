"""The organisation's letterhead and data-protection contacts, as printed on every form."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Letterhead:
    """Who the counselling organisation is; set once per vault under Einstellungen.

    ``address`` may span several lines. ``logo_path`` points to a PNG or JPEG on this
    computer (an empty string prints no logo). ``church_law`` names the church data
    protection law the organisation falls under (``KDG``, ``DSG-EKD``) or is empty.
    """

    name: str = ""
    address: str = ""
    logo_path: str = ""
    phone: str = ""
    email: str = ""
    dpo_contact: str = ""
    supervisory_authority: str = ""
    church_law: str = ""

    @property
    def is_empty(self) -> bool:
        """True when nothing has been set yet."""
        return not (self.name or self.address or self.logo_path)

    @property
    def address_line(self) -> str:
        """The address on one line (line breaks become commas)."""
        return ", ".join(p.strip() for p in self.address.splitlines() if p.strip())
