"""The Fristen view on a real vault: a title expiring in three weeks shows and opens its client."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QLocale

from kimdesk.domain.enums import ResidenceTitle
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import ResidenceStatus
from kimdesk.services import cases, clients, residence
from kimdesk.services.deadlines import DeadlineKind
from kimdesk.ui.views.deadlines_model import COL_KIND, COL_WHEN
from kimdesk.ui.views.deadlines_view import DeadlinesView


@pytest.fixture(autouse=True)
def german():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    yield
    QLocale.setDefault(before)


def test_expiring_title_appears_and_opens_the_client(qtbot, vault, settings) -> None:
    client = clients.create_client(vault, clients.new_client(family_name="Haidari",
                                                             given_names="Zahra"))
    cases.open_case(vault, client.id)
    view = DeadlinesView(settings)
    qtbot.addWidget(view)
    view.set_vault(vault)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    assert view.model.rowCount() == 0
    assert "Keine Fristen" in view.summary.text()

    today = date.today()
    residence.add_status(vault, ResidenceStatus(
        new_id(), client.id, ResidenceTitle.DULDUNG, valid_from=today - timedelta(days=160),
        valid_until=today + timedelta(days=21)))
    residence.add_status(vault, ResidenceStatus(
        new_id(), clients.create_client(vault, clients.new_client(family_name="Ohne",
                                                                   given_names="Fall")).id,
        ResidenceTitle.DULDUNG, valid_from=today - timedelta(days=160),
        valid_until=today + timedelta(days=20)))  # no open case: not listed
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.model.rowCount() == 1
    item = view.model.row_at(0)
    assert (item.kind, item.client_name) == (DeadlineKind.RESIDENCE, "Haidari, Zahra")
    assert view.model.index(0, COL_WHEN).data() == "in 21 Tagen"
    assert view.model.index(0, COL_KIND).data() == "Aufenthaltstitel läuft ab"
    with qtbot.waitSignal(view.client_requested) as sig:
        view.table.activated.emit(view.model.index(0, 0))
    assert sig.args == [client.id]

    # a two-week window (remembered in the settings) no longer reaches it
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.weeks.setValue(2)
    assert settings.deadline_window_weeks == 2
    assert view.model.rowCount() == 0
    assert DeadlinesView(settings).weeks.value() == 2

    view.set_vault(None)
    assert view.model.rowCount() == 0 and view.summary.text() == ""
