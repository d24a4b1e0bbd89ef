"""The head of a profile: the name in Latin and original script, file number, title, phase."""

from __future__ import annotations

import html
import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kimdesk.services.profile import ProfileSummary
from kimdesk.ui.formatting import format_date
from kimdesk.ui.profile.common import RED, chancen_color, days_text, deadline_color, is_rtl, label


def _keep_together(text: str) -> str:
    """Rich text whose spaces (outside tags) do not break: short facts stay on one line."""
    return re.sub(r" (?![^<]*>)", "&nbsp;", text)


def _age(born: date | None, today: date) -> int | None:
    if born is None:
        return None
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class ProfileHeader(QWidget):
    """Shows who the profile belongs to and where their case stands."""

    consents_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLabel()
        self.name.setObjectName("profileName")
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setMinimumWidth(80)  # a very long name is clipped (full text in the tooltip)
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.original = QLabel()
        self.original.setObjectName("profileOriginalName")
        self.original.setTextFormat(Qt.TextFormat.PlainText)
        self.original.setMinimumWidth(60)
        self.original.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        ofont = self.original.font()
        ofont.setPointSizeF(ofont.pointSizeF() * 1.6)
        self.original.setFont(ofont)
        self.facts = QLabel()
        self.facts.setObjectName("profileFacts")
        self.facts.setTextFormat(Qt.TextFormat.RichText)
        self.facts.setWordWrap(True)
        self.facts.linkActivated.connect(lambda _l: self.consents_clicked.emit())
        self.names_row = QHBoxLayout()
        self.names_row.setSpacing(18)
        self.names_row.addWidget(self.name)
        self.names_row.addWidget(self.original)
        self.names_row.addStretch(1)
        self.facts_row = QHBoxLayout()
        self.facts_row.addWidget(self.facts, 1)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(4)
        col.addLayout(self.names_row)
        col.addLayout(self.facts_row)

    def add_buttons(self, beside_names: list[QWidget], beside_facts: list[QWidget]) -> None:
        """Put action buttons at the right end of the name row and of the facts row."""
        for w in beside_names:
            self.names_row.addWidget(w, 0, Qt.AlignmentFlag.AlignTop)
        for w in beside_facts:
            self.facts_row.addWidget(w, 0, Qt.AlignmentFlag.AlignTop)

    def set_summary(self, s: ProfileSummary, today: date) -> None:
        """Show the summary of the client."""
        c = s.client
        self.name.setText(c.display_name or self.tr("(ohne lateinischen Namen)"))
        self.name.setToolTip(c.display_name)
        original = c.original_name
        self.original.setText(original)
        self.original.setToolTip(self.tr("Name in Originalschrift: {n}").format(n=original))
        self.original.setVisible(bool(original))
        # an Arabic-script name reads from the right: give it right-to-left layout
        self.original.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(original)
                                         else Qt.LayoutDirection.LeftToRight)
        parts = [self.tr("Aktenzeichen: <b>{n}</b>").format(n=html.escape(c.file_number or "–"))]
        age = _age(c.birth_date, today)
        born = format_date(c.birth_date, year_only=c.birth_year_only)
        parts.append(self.tr("geb. {d} ({age} J.)").format(d=born, age=age)
                     if born and age is not None else self.tr("Geburtsdatum unbekannt"))
        parts = [_keep_together(x) for x in parts]
        parts.append(self._residence_text(s))
        parts.append(_keep_together(self._case_text(s)))
        if s.consent_gaps:
            what = (self.tr("Einwilligung fehlt")
                    if any(g.purpose is not None for g in s.consent_gaps)
                    else self.tr("Schweigepflichtentbindung fehlt"))
            parts.append(_keep_together(f"<a href='consents' style='color:{RED}'><b>⚠ {what}"
                                        "</b></a>"))
        self.facts.setText("&nbsp;&nbsp;·&nbsp;&nbsp; ".join(parts))
        self.facts.setToolTip("\n".join(g.message for g in s.consent_gaps))
        self.facts.setAccessibleDescription(self.plain_facts())

    def plain_facts(self) -> str:
        """The facts line as plain text (for screen readers and tests)."""
        return QTextDocumentFragment.fromHtml(self.facts.text()).toPlainText().replace("\xa0", " ")

    def _case_text(self, s: ProfileSummary) -> str:
        case = s.case
        if case is None:
            return self.tr("noch kein Fall eröffnet")
        if case.is_open:
            return self.tr("Fall: <b>{p}</b>").format(p=label(case.phase))
        return self.tr("Fall abgeschlossen am {d}").format(d=format_date(case.closed_on))

    def _residence_text(self, s: ProfileSummary) -> str:
        st = s.current_status
        if st is None:
            return self.tr("<span style='color:{c}'>Kein Aufenthaltstitel erfasst</span>").format(
                c=RED)
        text = self.tr("Aufenthalt: <b>{t}</b>").format(t=html.escape(label(st.title)))
        clock = s.chancen_clock
        if clock is not None:
            color = chancen_color(clock.days_left)
            return text + self.tr(", 18 Monate enden am {d} <span style='color:{c}'><b>({left})"
                                  "</b></span>").format(d=format_date(clock.end), c=color,
                                                        left=_keep_together(
                                                            days_text(clock.days_left)))
        if st.valid_until is None:
            return text
        until = self.tr(", gültig bis {d}").format(d=format_date(st.valid_until))
        left = _keep_together(f"({days_text(s.status_days_left)})")
        color = deadline_color(s.status_days_left)
        if color:
            left = f"<span style='color:{color}'><b>{left}</b></span>"
        return f"{text}{until} {left}"
