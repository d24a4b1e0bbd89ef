"""PDF pages to pixels in memory (pypdfium2), for the preview and for printing.

No file is written: the PDF bytes are handed to PDFium directly. PDFium is not thread
safe, so every call holds one process-wide lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class PageImage:
    """One page as 8-bit pixels, row by row (``stride`` bytes per row); ``mode`` RGB/RGBA/RGBX."""

    width: int
    height: int
    stride: int
    pixels: bytes
    mode: str = "RGB"


def page_count(pdf: bytes) -> int:
    """How many pages the PDF has."""
    with _LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            return len(doc)
        finally:
            doc.close()


def render_pages(pdf: bytes, *, dpi: float = 96.0, first: int = 0,
                 count: int | None = None) -> list[PageImage]:
    """Render pages [first, first+count) of the PDF at ``dpi`` to images."""
    images: list[PageImage] = []
    with _LOCK:
        doc = pdfium.PdfDocument(pdf)
        try:
            last = len(doc) if count is None else min(len(doc), first + count)
            for index in range(first, last):
                page = doc[index]
                try:
                    bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)
                    images.append(PageImage(bitmap.width, bitmap.height, bitmap.stride,
                                            bytes(bitmap.buffer), str(bitmap.mode)))
                    bitmap.close()
                finally:
                    page.close()
        finally:
            doc.close()
    return images
