"""One repository instance per noun of the domain."""

from __future__ import annotations

from kimdesk.data import schema as t
from kimdesk.data.repositories.base import Repository
from kimdesk.domain import models as m

CLIENTS = Repository(m.Client, t.ClientRow)
HOUSEHOLD = Repository(m.HouseholdLink, t.HouseholdLinkRow)
RESIDENCE = Repository(m.ResidenceStatus, t.ResidenceStatusRow)
LEGAL_AREAS = Repository(m.LegalAreaPeriod, t.LegalAreaPeriodRow)
CONSENTS = Repository(m.Consent, t.ConsentRow)
CASES = Repository(m.Case, t.CaseRow)
PHASES = Repository(m.PhaseChange, t.PhaseChangeRow)
ASSESSMENTS = Repository(m.Assessment, t.AssessmentRow)
GOALS = Repository(m.Goal, t.GoalRow, exclude=("steps",))
GOAL_STEPS = Repository(m.GoalStep, t.GoalStepRow)
NOTES = Repository(m.CaseNote, t.CaseNoteRow)
FACTORS = Repository(m.Factor, t.FactorRow)
AGENCIES = Repository(m.Agency, t.AgencyRow)
APPOINTMENTS = Repository(m.Appointment, t.AppointmentRow)
REFERRALS = Repository(m.Referral, t.ReferralRow)
REFERRAL_EVENTS = Repository(m.ReferralEvent, t.ReferralEventRow)
COUNSELLORS = Repository(m.Counsellor, t.CounsellorRow)
