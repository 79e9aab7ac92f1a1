"""A PDF shown inside the app: pages one under another, zoom to the window's width or a percentage.

Pages are rendered when they scroll into view, so a long register opens as fast as a slip.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.i18n import _, ngettext
from gui.pdf_render import POINTS_PER_INCH, PdfPages
from gui.widgets.buttons import action_button

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
PAGE_GAP = 12
PAGE_MARGIN = 16


class PdfPreviewWidget(QWidget):
    """``set_pdf(data)`` shows a document; ``zoom`` is 1.0 at the paper's real size on this screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._labels: list[QLabel] = []
        self._shown_scale: dict[int, float] = {}
        self._fit_width = True
        self._zoom = 1.0
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.setInterval(0)
        self._render_timer.timeout.connect(self._render_visible)
        self._build_toolbar()
        self._build_pages_area()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._toolbar)
        layout.addWidget(self.scroll_area, 1)
        self._update_zoom_label()

    def _build_toolbar(self) -> None:
        self.fit_width_button = action_button(self, _("Fit &width"), self.fit_width,
                                              tip=_("Make the page as wide as the window"))
        self.fit_width_button.setCheckable(True)
        self.fit_width_button.setChecked(True)
        self.actual_size_button = action_button(self, _("&100%"), lambda: self.set_zoom(1.0),
                                                tip=_("The paper's real size"))
        self.zoom_out_button = action_button(self, "−", self.zoom_out, tip=_("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = action_button(self, "+", self.zoom_in, tip=_("Zoom in (Ctrl++)"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(button.fontMetrics().horizontalAdvance("+") * 4 + 16)
        self.zoom_label = QLabel(self)
        self.pages_label = QLabel(self)
        self._toolbar = QHBoxLayout()
        for widget in (self.fit_width_button, self.actual_size_button, self.zoom_out_button, self.zoom_in_button,
                       self.zoom_label):
            self._toolbar.addWidget(widget)
        self._toolbar.addStretch(1)
        self._toolbar.addWidget(self.pages_label)

    def _build_pages_area(self) -> None:
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pdf_scroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setStyleSheet("QScrollArea#pdf_scroll, #pdf_pages { background: #8a8f96; }")
        self.pages_widget = QWidget()
        self.pages_widget.setObjectName("pdf_pages")
        self._pages_layout = QVBoxLayout(self.pages_widget)
        self._pages_layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
        self._pages_layout.setSpacing(PAGE_GAP)
        self._pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll_area.setWidget(self.pages_widget)
        self.scroll_area.verticalScrollBar().valueChanged.connect(self._schedule_render)

    # -- the document ------------------------------------------------------------------------

    def set_pdf(self, data: bytes) -> None:
        """Show *data* (a whole PDF file) from its first page."""
        self.clear()
        self._pages = PdfPages(data)
        for _index in range(len(self._pages)):
            label = QLabel(self.pages_widget)
            label.setStyleSheet("background: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        count = len(self._pages)
        self.pages_label.setText(ngettext("{count} page", "{count} pages", count).format(count=count))
        self._apply_scale()

    def clear(self) -> None:
        for label in self._labels:
            label.deleteLater()
        self._labels, self._shown_scale = [], {}
        if self._pages is not None:
            self._pages.close()
            self._pages = None
        self.pages_label.setText("")

    def page_count(self) -> int:
        return len(self._labels)

    def page_image(self, index: int) -> QImage:
        """Page *index* as shown now (rendered first if it has not scrolled into view yet)."""
        self._render(index)
        return self._labels[index].pixmap().toImage()

    # -- zoom ----------------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self._zoom

    @property
    def is_fit_width(self) -> bool:
        return self._fit_width

    def fit_width(self) -> None:
        self._fit_width = True
        self._apply_scale()

    def set_zoom(self, zoom: float) -> None:
        self._fit_width = False
        self._zoom = max(ZOOM_STEPS[0], min(zoom, ZOOM_STEPS[-1]))
        self._apply_scale()

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 0.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 0.01), ZOOM_STEPS[0]))

    def _screen_scale(self) -> float:
        """Pixels per point at 100 %: the paper's real size on this screen."""
        return self.logicalDpiX() / POINTS_PER_INCH

    def _fitted_zoom(self) -> float:
        if self._pages is None or not len(self._pages):
            return 1.0
        widest = max(self._pages.page_size(i).width() for i in range(len(self._pages)))
        scroll_bar = self.scroll_area.verticalScrollBar().sizeHint().width()
        room = self.scroll_area.viewport().width() - 2 * PAGE_MARGIN - scroll_bar
        return max(room, 100) / (widest * self._screen_scale())

    def _apply_scale(self) -> None:
        if self._fit_width:
            self._zoom = self._fitted_zoom()
        self.fit_width_button.setChecked(self._fit_width)
        self._update_zoom_label()
        if self._pages is None:
            return
        scale = self._zoom * self._screen_scale()
        for index, label in enumerate(self._labels):
            size = self._pages.page_size(index)
            label.setFixedSize(QSize(round(size.width() * scale), round(size.height() * scale)))
            if self._shown_scale.get(index) not in (None, scale):  # a stale size would show cropped
                label.clear()
                del self._shown_scale[index]
        self._schedule_render()

    def _update_zoom_label(self) -> None:
        self.zoom_label.setText(f"{round(self._zoom * 100)} %")

    # -- rendering -------------------------------------------------------------------------------

    def _schedule_render(self) -> None:
        self._render_timer.start()

    def _render_visible(self) -> None:
        viewport = self.scroll_area.viewport()
        visible = QRect(-self.pages_widget.x(), -self.pages_widget.y(), viewport.width(), viewport.height())
        for index, label in enumerate(self._labels):
            if label.geometry().intersects(visible.adjusted(0, -viewport.height(), 0, viewport.height())):
                self._render(index)

    def _render(self, index: int) -> None:
        if self._pages is None:
            return
        scale = self._zoom * self._screen_scale()
        if self._shown_scale.get(index) == scale:
            return
        ratio = self.devicePixelRatioF()
        image = self._pages.render(index, scale * ratio)
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self._labels[index].setPixmap(pixmap)
        self._shown_scale[index] = scale

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fit_width:
            self._apply_scale()
        else:
            self._schedule_render()
