"""KIMdesk: offline, encrypted case management for KIM counsellors in NRW."""

__version__ = "0.1.0"
