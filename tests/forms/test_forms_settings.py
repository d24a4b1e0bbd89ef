"""Vault settings used by the forms: letterhead, retention period; in-memory page images."""

from __future__ import annotations

from pathlib import Path

import pytest

from kimdesk.data.repositories import audit as audit_repo
from kimdesk.data.schema import Setting
from kimdesk.domain.enums import AuditAction
from kimdesk.domain.letterhead import Letterhead
from kimdesk.forms.raster import page_count, render_pages
from kimdesk.services import demo, forms, settings
from kimdesk.services.validation import ValidationError


def _logo(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "logo.png"
    Image.new("RGB", (200, 80), (0, 90, 160)).save(path)
    return path


def test_letterhead_round_trip_is_cleaned_and_audited(vault, tmp_path: Path) -> None:
    assert settings.get_letterhead(vault) == Letterhead()
    assert forms.letterhead_missing(vault)
    stored = settings.set_letterhead(vault, Letterhead(
        name="  Diakonie\u202e Musterland ", address="Am Markt 1\r\n59999 Musterstadt",
        logo_path=str(_logo(tmp_path)), email="kim@example.org", church_law="DSG-EKD"))
    assert stored.name == "Diakonie Musterland"
    assert settings.get_letterhead(vault) == stored
    assert stored.address_line == "Am Markt 1, 59999 Musterstadt"
    assert not forms.letterhead_missing(vault)
    with vault.session() as s:
        events = audit_repo.events(s, action=AuditAction.UPDATE)
    assert [(e.entity, e.entity_id) for e in events][:1] == [("settings", "letterhead")]


@pytest.mark.parametrize(("field", "value", "message"), [
    ("logo_path", "/gibt/es/nicht.png", "gibt es nicht"),
    ("logo_path", "/etc/hostname", "PNG"),
    ("email", "kein-at-zeichen", "@"),
    ("name", "x" * 201, "zu lang"),
])
def test_letterhead_validation_names_the_field(vault, field: str, value: str,
                                               message: str) -> None:
    with pytest.raises(ValidationError) as err:
        settings.set_letterhead(vault, Letterhead(**{field: value}))
    assert [e.field for e in err.value.errors] == [field]
    assert message in err.value.errors[0].message


def test_retention_years_default_store_and_bad_values(vault) -> None:
    assert settings.retention_years(vault) == settings.DEFAULT_RETENTION_YEARS
    settings.set_retention_years(vault, 2)
    assert settings.retention_years(vault) == 2
    with pytest.raises(ValidationError):
        settings.set_retention_years(vault, 0)
    with vault.session(write=True) as s:  # a damaged value never breaks a form
        s.merge(Setting(key=settings.RETENTION_KEY, value="{kaputt"))
    assert settings.retention_years(vault) == settings.DEFAULT_RETENTION_YEARS
    assert settings.get_setting(vault, "unbekannt", {"a": 1}) == {"a": 1}


def test_forms_print_the_stored_letterhead_and_render_in_memory(vault, tmp_path: Path) -> None:
    demo.generate(vault, clients=3, seed=2)
    settings.set_letterhead(vault, Letterhead(name="Migrationsdienst Musterland",
                                              logo_path=str(_logo(tmp_path))))
    settings.set_retention_years(vault, 7)
    client = forms.gallery_client(vault)
    rendered = forms.render_form(vault, "consent", client_id=client.id, lang="fa")
    assert page_count(rendered.pdf) >= 2
    pages = render_pages(rendered.pdf, dpi=50, first=0, count=1)
    assert len(pages) == 1 and abs(pages[0].width - 595 * 50 / 72) < 3
    assert len(pages[0].pixels) == pages[0].stride * pages[0].height
    from tests.forms import pdftools as pt

    path = tmp_path / "c.pdf"
    path.write_bytes(rendered.pdf)
    text = " ".join(w.text for w in pt.words(path))
    assert "Migrationsdienst Musterland" in text
    assert "Löschfrist in Jahren nach dem Ende der Beratung: 7" in text
    assert not list(tmp_path.glob("*.tmp*"))
