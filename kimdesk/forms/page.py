"""Page geometry of every form: A4 with margins for letterhead, running head and footer."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4

PAGE = A4
MARGIN_X = 48.0
MARGIN_TOP = 42.0
MARGIN_BOTTOM = 64.0
WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
