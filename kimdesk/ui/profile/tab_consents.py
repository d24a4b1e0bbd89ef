"""Einwilligungen: consents per purpose, releases per recipient, what is missing (in red)."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QRadioButton, QVBoxLayout, QWidget,
)

from kimdesk.domain.enums import ConsentKind, ConsentPurpose
from kimdesk.domain.ids import new_id
from kimdesk.domain.models import Agency, Consent
from kimdesk.services import agencies, consents
from kimdesk.services.consents import ConsentOverview
from kimdesk.services.validation import FieldError
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import (
    label,
    GREEN, ORANGE, RED, Column, DateField, RowsModel, compact, confirm, enum_combo, fit_columns,
    heading, language_choices, select_data, selected_row, table_view,
)
from kimdesk.ui.profile.context import CONSENTS, ProfileContext, ProfileTab
from kimdesk.ui.profile.form_dialog import FormDialog

STATE_TEXT = {"valid": QT_TRANSLATE_NOOP("ConsentsTab", "gültig"),
              "withdrawn": QT_TRANSLATE_NOOP("ConsentsTab", "widerrufen"),
              "expired": QT_TRANSLATE_NOOP("ConsentsTab", "abgelaufen"),
              "pending": QT_TRANSLATE_NOOP("ConsentsTab", "noch nicht wirksam")}
STATE_COLOR = {"valid": GREEN, "withdrawn": RED, "expired": RED, "pending": ORANGE}


class ConsentDialog(FormDialog):
    """A consent for a purpose or a release from confidentiality for a named recipient."""

    def __init__(self, draft: Consent, offices: list[Agency], save: Callable[[Consent], None],
                 parent: QWidget | None) -> None:
        super().__init__(self.tr("Schweigepflichtentbindung erfassen")
                         if draft.kind == ConsentKind.RELEASE
                         else self.tr("Einwilligung erfassen"), save, parent)
        self.draft = draft
        self.purpose_kind = QRadioButton(self.tr("Einwilligung für einen Zweck"))
        self.release_kind = QRadioButton(self.tr("Schweigepflichtentbindung für eine Stelle"))
        kinds = QWidget()
        krow = QVBoxLayout(kinds)
        krow.setContentsMargins(0, 0, 0, 0)
        krow.addWidget(self.purpose_kind)
        krow.addWidget(self.release_kind)
        self.purpose = enum_combo(ConsentPurpose)
        select_data(self.purpose, draft.purpose)
        self.recipient = compact(QComboBox(), 30)
        self.recipient.setEditable(True)
        self.recipient.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.recipient.addItem("", None)
        for a in offices:
            self.recipient.addItem(a.name, a.id)
        i = self.recipient.findData(draft.recipient_agency_id) if draft.recipient_agency_id else -1
        self.recipient.setCurrentIndex(max(i, 0))
        self.scope = QLineEdit(draft.scope)
        self.scope.setPlaceholderText(self.tr("z. B. aufenthaltsrechtliche Angelegenheiten"))
        self.granted = DateField()
        self.granted.set_date(draft.granted_on)
        self.expires = DateField()
        self.expires.set_date(draft.expires_on)
        self.language = QComboBox()
        for code, name in language_choices():
            self.language.addItem(name, code)
        select_data(self.language, draft.form_language)
        self.row(self.tr("Art"), kinds)
        self.row(self.tr("Zweck"), self.purpose, "purpose")
        self.row(self.tr("Empfänger"), self.recipient, "recipient_name")
        self.row(self.tr("Umfang"), self.scope, "scope")
        self.row(self.tr("Erteilt am"), self.granted, "granted_on")
        self.row(self.tr("Gültig bis"), self.expires, "expires_on")
        self.row(self.tr("Sprache des Formulars"), self.language)
        self.purpose_kind.toggled.connect(self._kind_changed)
        (self.release_kind if draft.kind == ConsentKind.RELEASE
         else self.purpose_kind).setChecked(True)
        self._kind_changed()

    def _kind_changed(self) -> None:
        purpose = self.purpose_kind.isChecked()
        self.purpose.setEnabled(purpose)
        self.recipient.setEnabled(not purpose)

    def build(self) -> tuple[Consent, list[FieldError]]:
        """The consent as entered."""
        errors: list[FieldError] = []
        granted, problem = self.granted.parsed()
        if problem:
            errors.append(FieldError("granted_on", problem))
        expires, problem = self.expires.parsed()
        if problem:
            errors.append(FieldError("expires_on", problem))
        release = self.release_kind.isChecked()
        name = self.recipient.currentText().strip()
        i = self.recipient.findText(name) if name else -1
        return Consent(
            self.draft.id, self.draft.client_id,
            ConsentKind.RELEASE if release else ConsentKind.PURPOSE,
            None if release else self.purpose.currentData(),
            (self.recipient.itemData(i) if i > 0 else None) if release else None,
            name if release else "", self.scope.text(), granted, expires, None,
            self.language.currentData() or "de",
        ), errors


class ConsentsTab(ProfileTab):
    """The consents with their state; gaps on top in red with a link to fix them."""

    keys = frozenset({CONSENTS})

    def __init__(self, ctx: ProfileContext) -> None:
        super().__init__(ctx)
        self.dialog: ConsentDialog | None = None
        self.overview: ConsentOverview | None = None
        today = date.today()
        self.gaps = QLabel()
        self.gaps.setObjectName("consentGaps")
        self.gaps.setTextFormat(Qt.TextFormat.RichText)
        self.gaps.setWordWrap(True)
        self.gaps.linkActivated.connect(self._fix_gap)
        names = lambda: self.overview.agency_names if self.overview else {}  # noqa: E731
        self.model: RowsModel[Consent] = RowsModel([
            Column(self.tr("Art"), lambda c: self.tr("Schweigepflichtentbindung")
                   if c.kind == ConsentKind.RELEASE else self.tr("Einwilligung")),
            Column(self.tr("Zweck / Empfänger"), lambda c: label(c.purpose)
                   if c.kind == ConsentKind.PURPOSE
                   else c.recipient_name or names().get(c.recipient_agency_id or "", "")),
            Column(self.tr("Umfang"), lambda c: c.scope.replace("\n", " ")[:200]),
            Column(self.tr("erteilt am"), lambda c: format_date(c.granted_on)),
            Column(self.tr("gültig bis"), lambda c: format_date(c.expires_on)
                   or self.tr("unbefristet")),
            Column(self.tr("widerrufen am"), lambda c: format_date(c.withdrawn_on)),
            Column(self.tr("Status"), lambda c: self.tr(STATE_TEXT[consents.state_of(c, today)]),
                   lambda c: STATE_COLOR[consents.state_of(c, today)]),
        ], self)
        self.table = table_view(self.model, "consentTable")
        fit_columns(self.table, (170, 280, 220, 90, 90, 100))
        self.add_purpose = QPushButton(self.tr("Einwilligung erfassen…"))
        self.add_purpose.setObjectName("addConsent")
        self.add_purpose.clicked.connect(lambda: self.add_consent(ConsentKind.PURPOSE))
        self.add_release = QPushButton(self.tr("Schweigepflichtentbindung erfassen…"))
        self.add_release.setObjectName("addRelease")
        self.add_release.clicked.connect(lambda: self.add_consent(ConsentKind.RELEASE))
        self.withdraw_button = QPushButton(self.tr("Widerrufen…"))
        self.withdraw_button.setObjectName("withdrawConsent")
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        row = QHBoxLayout()
        row.addWidget(heading(self.tr("Einwilligungen und Schweigepflichtentbindungen")))
        row.addStretch(1)
        row.addWidget(self.add_purpose)
        row.addWidget(self.add_release)
        row.addWidget(self.withdraw_button)
        col = QVBoxLayout(self)
        col.addWidget(self.gaps)
        col.addLayout(row)
        col.addWidget(self.table, 1)

    def load(self) -> None:
        """Consents, the agencies they name and the gaps (one service call)."""
        self.overview = consents.overview(self.ctx.vault, self.ctx.client_id)
        self.model.set_rows(self.overview.consents)
        lines = []
        for gap in self.overview.gaps:
            color = RED if gap.severe else ORANGE
            link = ""
            if gap.severe and gap.purpose is not None:
                link = f" <a href='purpose:{gap.purpose.value}'>{self.tr('Jetzt erfassen…')}</a>"
            elif gap.severe and gap.agency_id:
                link = f" <a href='release:{gap.agency_id}'>{self.tr('Jetzt erfassen…')}</a>"
            mark = "✖" if gap.severe else "⚠"
            lines.append(f"<span style='color:{color}'>{mark} <b>{html.escape(gap.message)}"
                         f"</b></span>{link}")
        if not lines:
            lines.append(f"<span style='color:{GREEN}'>✔ "
                         + self.tr("Einwilligung in das Fallmanagement liegt vor; für alle "
                                   "laufenden Vermittlungen gibt es eine gültige "
                                   "Schweigepflichtentbindung.") + "</span>")
        self.gaps.setText("<br>".join(lines))
        self.withdraw_button.setEnabled(bool(self.overview.consents))

    def _fix_gap(self, href: str) -> None:
        kind, _, value = href.partition(":")
        if kind == "purpose":
            self.add_consent(ConsentKind.PURPOSE, purpose=ConsentPurpose(value))
        elif kind == "release":
            self.add_consent(ConsentKind.RELEASE, agency_id=value)

    def add_consent(self, kind: ConsentKind, *, purpose: ConsentPurpose | None = None,
                    agency_id: str | None = None) -> ConsentDialog:
        """Open the dialog for a new consent or release (returned for tests)."""
        vault = self.ctx.vault
        draft = Consent(new_id(), self.ctx.client_id, kind,
                        (purpose or ConsentPurpose.CASE_MANAGEMENT)
                        if kind == ConsentKind.PURPOSE else None,
                        recipient_agency_id=agency_id, granted_on=date.today())

        def save(consent: Consent) -> None:
            stored = consents.add_consent(vault, consent)

            def undo() -> None:
                now = {c.id: c for c in consents.consents_of(vault, stored.client_id)}
                if stored.id in now and now[stored.id].withdrawn_on is not None:
                    raise ValueError(self.tr("Die Einwilligung wurde inzwischen widerrufen; der "
                                             "Widerruf bleibt dokumentiert."))
                consents.delete_consent(vault, stored)

            self.ctx.record(self.tr("Einwilligung erfassen"),
                            redo=lambda: consents.restore_consent(vault, stored), undo=undo,
                            keys={CONSENTS}, tab="consents")

        self.dialog = ConsentDialog(draft, agencies.list_agencies(vault), save, self)
        self.dialog.open()
        return self.dialog

    def withdraw_selected(self) -> bool:
        """Withdraw the selected consent as of today, after asking (not undoable)."""
        consent = self.model.row_at(selected_row(self.table))
        if consent is None:
            self.ctx.fail(ValueError(self.tr("Bitte zuerst eine Einwilligung auswählen.")))
            return False
        if consent.withdrawn_on is not None:
            self.ctx.fail(ValueError(self.tr("Diese Einwilligung ist bereits widerrufen.")))
            return False
        if not confirm(self, self.tr("Einwilligung widerrufen"),
                       self.tr("Den Widerruf mit dem heutigen Datum erfassen? Ein Widerruf ist "
                               "eine Erklärung der Klient*in und lässt sich nicht rückgängig "
                               "machen; danach ist eine neue Einwilligung nötig.")):
            return False
        try:
            consents.withdraw_consent(self.ctx.vault, consent)
        except Exception as err:
            self.ctx.fail(err)
            return False
        self.ctx.info(self.tr("Widerruf erfasst."))
        self.ctx.notify({CONSENTS})
        return True
