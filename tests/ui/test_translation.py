"""German is the default UI language; English comes from the shipped Qt translation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from kimdesk.app import translations_dir
from kimdesk.ui.main_window import MainWindow


def test_german_by_default(qtbot, settings) -> None:
    window = MainWindow(settings)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(6)] == [
        "Heute", "Klient*innen", "Termine", "Vermittlungen", "Fristen", "Berichte"]


def test_english_translation_is_complete_enough_to_load(qtbot, settings) -> None:
    translator = QTranslator()
    assert translator.load("kimdesk_en", str(translations_dir()))
    QCoreApplication.installTranslator(translator)
    try:
        window = MainWindow(settings)
        qtbot.addWidget(window)
        assert [window.nav.item(i).text() for i in range(6)] == [
            "Today", "Clients", "Appointments", "Referrals", "Deadlines", "Reports"]
        model = window.clients_view.model
        assert model.headerData(0, Qt.Orientation.Horizontal) == "Family name"
    finally:
        QCoreApplication.removeTranslator(translator)
