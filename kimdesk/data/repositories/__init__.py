"""Repositories: queries and writes per noun, taking a Session, returning domain objects."""
