"""The funnel report's charts: matplotlib figures in Qt canvases, one figure per chart, redrawn when
the data changes.

Persian labels are drawn with the bundled Vazirmatn font, which is registered with matplotlib once;
matplotlib (>= 3.11) shapes Persian/Arabic text itself, so labels go in as they are. Numbers on the
axes follow the user's digits and money unit (``Formatter``). In a right-to-left window the charts
mirror: category labels on the right, bars growing leftwards, months running right to left.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib import font_manager
from matplotlib import rcParams
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QSizePolicy, QWidget

from crm_desktop.services.formatting import Formatter
from crm_desktop.services.funnel.forecast import ForecastMonth
from crm_desktop.services.funnel.metrics import LostShare, SourceReturn, StageConversion
from crm_desktop.text.money import UNIT_WORDS
from crm_desktop.ui.fonts import FONT_FILES
from crm_desktop.ui.resources import resource_path

translate = QCoreApplication.translate
FONT_FAMILY = "Vazirmatn"
BLUE, LIGHT_BLUE, GREEN, RED, GREY, INK = "#1f6feb", "#9cc1fa", "#1a9e5a", "#d93025", "#9aa3b2", "#1d2433"
_registered: list[str] = []


def register_fonts() -> str:
    """Make the bundled Vazirmatn known to matplotlib (once) and the charts' default family."""
    if not _registered:
        for name in FONT_FILES:
            path = resource_path("fonts", name)
            if path.exists():
                font_manager.fontManager.addfont(str(path))
        _registered.append(FONT_FAMILY)
        rcParams["font.family"] = [FONT_FAMILY, "DejaVu Sans"]
        rcParams["axes.unicode_minus"] = False  # keep the money formatter's own minus sign
    return _registered[0]


# --- numbers on the axes ---------------------------------------------------------------------------

def decimal_text(fmt: Formatter, value: float) -> str:
    """A plain figure (one decimal at most) in the user's digits and separators."""
    if abs(value - round(value)) < 1e-9:
        return fmt.number(int(round(value)))
    text = f"{value:,.1f}"
    if fmt.prefs.digits != "latin":
        text = text.replace(",", "\u066c").replace(".", "\u066b")
    return fmt.digits(text)


def percent_text(fmt: Formatter, ratio: float | None) -> str:
    if ratio is None:
        return "\u2014"
    return translate("FunnelReport", "{percent}%").format(percent=decimal_text(fmt, round(ratio * 100)))


def money_scale(fmt: Formatter, largest_rials: float) -> tuple[float, str]:
    """(Rials per axis unit, the axis caption): amounts shown in thousands / millions / billions of the
    user's money unit, so the ticks stay short ("12" with "Billion Toman" under the axis)."""
    unit = fmt.prefs.money_unit
    rials_per_unit = 10 if unit == "toman" else 1
    words = UNIT_WORDS.get(fmt.prefs.language, UNIT_WORDS["en"])[unit]
    largest = largest_rials / rials_per_unit
    for size, caption in ((1e9, translate("FunnelChart", "Billion {unit}")),
                          (1e6, translate("FunnelChart", "Million {unit}")),
                          (1e3, translate("FunnelChart", "Thousand {unit}"))):
        if largest >= size:
            return size * rials_per_unit, caption.format(unit=words)
    return float(rials_per_unit), words


# --- the canvas ------------------------------------------------------------------------------------

class Chart(FigureCanvasQTAgg):
    """One figure in a Qt widget; ``show_*`` of the subclasses clear it and draw the new data."""

    def __init__(self, fmt: Formatter, rtl: bool, parent: QWidget | None = None, *, height: float = 3.2) -> None:
        register_fonts()
        self.figure_ = Figure(figsize=(6.0, height), dpi=96, layout="constrained", facecolor="white")
        super().__init__(self.figure_)
        self.setParent(parent)
        self.fmt, self.rtl = fmt, rtl
        self.setMinimumHeight(int(height * 72))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _axes(self):
        self.figure_.clear()
        return self._plain(self.figure_.add_subplot())

    @staticmethod
    def _plain(ax):
        """The charts' look on one axes: no frame, no tick marks, no grid."""
        for side in ("top", "right", "left", "bottom"):
            ax.spines[side].set_visible(False)
        ax.tick_params(colors=INK, labelsize=9, length=0)
        ax.grid(False)
        return ax

    def _empty(self, ax, text: str) -> None:
        ax.set_axis_off()
        ax.text(0.5, 0.5, text, ha="center", va="center", color=GREY, fontsize=11, transform=ax.transAxes)

    def _value_axis(self, axis, largest_rials: float) -> None:
        """Money ticks on ``axis`` (ax.xaxis or ax.yaxis) in the user's digits and unit."""
        size, caption = money_scale(self.fmt, largest_rials)
        axis.set_major_formatter(FuncFormatter(lambda value, _pos: decimal_text(self.fmt, value / size)))
        axis.set_major_locator(MaxNLocator(nbins=5, steps=[1, 2, 2.5, 5, 10]))
        axis.set_label_text(caption, color=GREY, fontsize=9)

    def _start_side(self, ax) -> None:
        """Mirror for right-to-left: the y axis (stage / reason names, or amounts) on the right and the
        x axis running right to left (bars grow leftwards, months run right to left)."""
        if not self.rtl:
            return
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.yaxis.set_label_position("right")

    def _count_bars(self, ax, names: Sequence[str], counts: Sequence[int], shares: Sequence[float | None],
                    colour: str) -> None:
        """Horizontal bars of counts in the given order from the top, each with "count \u00b7 share"
        beside it, mirrored for right-to-left."""
        rows = list(range(len(names)))
        ax.barh(rows, counts, height=0.6, color=colour, alpha=0.8)
        most = max([*counts, 1])
        for i, (count, share) in enumerate(zip(counts, shares, strict=True)):
            ax.text(count + most * 0.02, i, f"{self.fmt.number(count)} \u00b7 {percent_text(self.fmt, share)}",
                    ha="right" if self.rtl else "left", va="center", fontsize=8.5, color=INK)
        ax.set_yticks(rows, names)
        ax.set_ylim(len(names) - 0.5, -0.5)
        ax.set_xlim(0, most * 1.35)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: decimal_text(self.fmt, value)))
        ax.xaxis.grid(True, color="#edf0f5")
        ax.set_axisbelow(True)
        self._start_side(ax)

    def texts(self) -> list[str]:
        """Every piece of text in the figure (titles, tick labels, annotations): for tests."""
        self.draw()
        return [t.get_text() for t in self.figure_.findobj(Text) if t.get_text()]


class FunnelChart(Chart):
    """Deals entering each open stage as centred horizontal bars, first stage on top: the funnel
    narrows as deals drop out; each bar says how many came in and what share went on."""

    def show_stages(self, stages: Sequence[StageConversion]) -> None:
        ax = self._axes()
        if not stages or not any(s.entered for s in stages):
            self._empty(ax, translate("FunnelChart", "No deal entered the funnel in this period."))
            self.draw_idle()
            return
        widest = max(s.entered for s in stages)
        rows = list(range(len(stages)))
        colours = [BLUE if i == 0 else LIGHT_BLUE for i in rows]
        ax.barh(rows, [s.entered for s in stages], left=[-s.entered / 2 for s in stages], height=0.72,
                color=colours)
        for i, s in enumerate(stages):
            ax.text(0, i, self.fmt.number(s.entered), ha="center", va="center", fontsize=10, fontweight="bold",
                    color="white" if s.entered > widest * 0.18 else INK)
            went_on = translate("FunnelChart", "{percent} went on").format(percent=percent_text(self.fmt, s.rate))
            edge = max(s.entered, widest * 0.18) / 2 + widest * 0.03
            ax.text(edge, i, went_on if s.entered else "", ha="right" if self.rtl else "left",
                    va="center", fontsize=8.5, color=GREY)
        ax.set_yticks(rows, [s.name for s in stages])
        ax.set_ylim(len(stages) - 0.5, -0.5)  # first stage on top
        ax.set_xlim(-widest * 0.5 - widest * 0.02, widest * 0.5 + widest * 0.45)
        ax.set_xticks([])
        self._start_side(ax)
        ax.set_title(translate("FunnelChart", "Deals entering each stage"), fontsize=11, color=INK)
        self.draw_idle()


class ForecastChart(Chart):
    """Per month of expected close: weighted open amount and what was already won, as bars side by
    side, with the month's target as a line."""

    def show_months(self, months: Sequence[ForecastMonth]) -> None:
        ax = self._axes()
        dated = [m for m in months if m.key is not None]
        if not dated:
            self._empty(ax, translate("FunnelChart", "No open deal has an expected close date."))
            self.draw_idle()
            return
        xs = list(range(len(dated)))
        width = 0.38
        ax.bar([x - width / 2 for x in xs], [m.weighted for m in dated], width, color=BLUE,
               label=translate("FunnelChart", "Weighted forecast"))
        ax.bar([x + width / 2 for x in xs], [m.won for m in dated], width, color=GREEN,
               label=translate("FunnelChart", "Won"))
        goals = [m.target if m.target is not None else math.nan for m in dated]
        if any(m.target is not None for m in dated):
            ax.plot(xs, goals, color=RED, marker="o", markersize=4, linewidth=1.6, linestyle="--",
                    label=translate("FunnelChart", "Target"))
        largest = max([m.weighted for m in dated] + [m.won for m in dated] + [m.target or 0 for m in dated] + [1])
        self._value_axis(ax.yaxis, largest)
        ax.set_xticks(xs, [m.label.replace(" ", "\n", 1) for m in dated])
        ax.tick_params(axis="x", labelsize=8)
        ax.yaxis.grid(True, color="#edf0f5")
        ax.set_axisbelow(True)
        self._start_side(ax)
        ax.legend(loc="upper left" if self.rtl else "upper right", fontsize=8, frameon=False)
        ax.set_title(translate("FunnelChart", "Forecast and target per month"), fontsize=11, color=INK)
        self.draw_idle()


class LostReasonsChart(Chart):
    """Lost deals per reason as horizontal bars, the most frequent on top, with their share."""

    def show_reasons(self, reasons: Sequence[LostShare]) -> None:
        ax = self._axes()
        if not reasons:
            self._empty(ax, translate("FunnelChart", "No deal was lost in this period."))
            self.draw_idle()
            return
        self._count_bars(ax, [r.name for r in reasons], [r.deals for r in reasons], [r.share for r in reasons], RED)
        ax.set_title(translate("FunnelChart", "Why deals were lost"), fontsize=11, color=INK)
        self.draw_idle()


class SourceChart(Chart):
    """Per source: what its won deals brought against what it cost, as bars side by side."""

    def show_sources(self, sources: Sequence[SourceReturn]) -> None:
        ax = self._axes()
        shown = [s for s in sources if s.won_amount or s.cost][:8]
        if not shown:
            self._empty(ax, translate("FunnelChart", "No source won a deal or cost anything in this period."))
            self.draw_idle()
            return
        xs = list(range(len(shown)))
        width = 0.38
        ax.bar([x - width / 2 for x in xs], [s.won_amount for s in shown], width, color=GREEN,
               label=translate("FunnelChart", "Won amount"))
        ax.bar([x + width / 2 for x in xs], [s.cost for s in shown], width, color=GREY,
               label=translate("FunnelChart", "Cost"))
        self._value_axis(ax.yaxis, max([s.won_amount for s in shown] + [s.cost for s in shown] + [1]))
        ax.set_xticks(xs, [s.name for s in shown])
        ax.tick_params(axis="x", labelsize=8, labelrotation=20 if len(shown) > 4 else 0)
        ax.yaxis.grid(True, color="#edf0f5")
        ax.set_axisbelow(True)
        self._start_side(ax)
        ax.legend(loc="upper left" if self.rtl else "upper right", fontsize=8, frameon=False)
        ax.set_title(translate("FunnelChart", "What each source brought and cost"), fontsize=11, color=INK)
        self.draw_idle()
