"""The client profile: ``ClientProfile(vault, client_id, parent=None)`` with its tabs."""

from kimdesk.ui.profile.profile import ClientProfile

__all__ = ["ClientProfile"]
