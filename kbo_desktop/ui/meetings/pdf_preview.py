"""Showing, saving and printing a packet PDF inside the program.

:class:`PdfPreview` is a :class:`QPdfView` that owns the document it shows,
loaded from bytes through a :class:`QBuffer` (no temporary file to clean up).
Saving writes beside the target and renames, so a full disk or a crash never
leaves half a PDF where the chair expects the packet. Printing rasterises each
page with :meth:`QPdfDocument.render` into the printer's painter, because Qt
has no vector path from a PDF to a printer; :func:`render_pdf_to_printer` is
separate from the dialog so it runs in a test with a PDF-file printer.
"""

from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

#: Pages are rasterised for printing at no more than this many dots per inch:
#: sharp for Thai text on office printers, and an A4 page stays ~35 MB of pixels.
PRINT_DPI_CAP = 300


class PdfPreview(QPdfView):
    """A multi-page PDF view that owns its document, filled from bytes."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)  # type: ignore[arg-type]  # the stub misses the default None
        # Not a child of the view: QPdfView crashes when a loaded child document
        # is destroyed after the view's own destructor has run (Qt 6.12), so
        # the document lives as long as this Python object instead.
        self._document = QPdfDocument()
        self._buffer: QBuffer | None = None
        self._data = b""
        self.setDocument(self._document)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def pdf_document(self) -> QPdfDocument:
        return self._document

    def set_pdf(self, data: bytes) -> bool:
        """Show the PDF in ``data``; False (and an empty view) if Qt cannot read it."""
        self.clear()
        buffer = QBuffer(self._document)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads from it lazily: keep it alive
        self._document.load(buffer)
        if self._document.status() != QPdfDocument.Status.Ready:
            log.warning("the packet PDF could not be read: %s", self._document.error())
            self.clear()
            return False
        self._data = bytes(data)
        return True

    def clear(self) -> None:
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self._data = b""

    def pdf_bytes(self) -> bytes:
        """The PDF shown now (empty when none)."""
        return self._data

    def page_count(self) -> int:
        return self._document.pageCount() if self._data else 0


def write_pdf_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` all at once: a new file beside the target,
    flushed to disk, then renamed over it, so an existing file survives a
    failed write. (Opened with ``"xb"`` rather than ``mkstemp`` so the PDF gets
    the user's usual permissions, not owner-only ones.)

    Raises:
        OSError: the folder cannot be written (the target is left untouched).
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.partial")
    try:
        with open(temporary, "xb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def render_pdf_to_printer(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of ``document`` on ``printer``; returns the pages printed.

    Each page is fitted to the printer's paper (the packet has its own
    margins, so the printer prints full page), centred, and rendered at the
    printer's resolution capped at :data:`PRINT_DPI_CAP`.
    """
    pages = document.pageCount()
    if pages == 0:
        return 0
    first = document.pagePointSize(0)
    printer.setFullPage(True)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QSizeF(first.width(), first.height()), QPageSize.Unit.Point),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not start a page")
    try:
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        for page in range(pages):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            target = _fit(points, QRectF(printer.pageRect(QPrinter.Unit.DevicePixel)))
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            painter.drawImage(target, image)
    finally:
        painter.end()
    log.info("printed %d pages", pages)
    return pages


def _fit(points: QSizeF, area: QRectF) -> QRectF:
    """The largest rectangle of the page's shape centred in ``area``."""
    if points.width() <= 0 or points.height() <= 0:
        return area
    scale = min(area.width() / points.width(), area.height() / points.height())
    width, height = points.width() * scale, points.height() * scale
    return QRectF(
        area.x() + (area.width() - width) / 2,
        area.y() + (area.height() - height) / 2,
        width,
        height,
    )
