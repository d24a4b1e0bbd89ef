"""Domain types of KIMdesk: plain dataclasses and enums, no database, no Qt."""
