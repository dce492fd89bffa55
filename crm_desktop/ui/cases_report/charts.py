"""The Complaints report's charts, on the Funnel report's :class:`Chart` (Vazirmatn registered with
matplotlib, which shapes Persian itself; numbers in the user's digits; mirrored in a right-to-left
window: names on the right, bars growing leftwards, time running right to left, legends read from
the right)."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from matplotlib.ticker import FuncFormatter, MaxNLocator
from PySide6.QtCore import QCoreApplication

from crm_desktop.services.cases.stats import BacklogPoint, SatisfactionRow, SlaCompliance, TimeRow, TopRow
from crm_desktop.services.cases.volume_forecast import RECENT_WEEKS, CategoryForecast
from crm_desktop.ui.cases_report.report_data import hours_text, score_text
from crm_desktop.ui.funnel_report.charts import BLUE, GREEN, GREY, INK, RED, Chart, decimal_text, percent_text

translate = QCoreApplication.translate
ORANGE, PALE, GRID = "#e8710a", "#c9d1dc", "#edf0f5"
MOST_BARS = 12  # groups drawn; the table lists them all


def day_label(chart: Chart, day: dt.date) -> str:
    """"5 Farvardin" over "1403" (or "5 March" over "2024"), in the user's calendar and digits."""
    head, _, year = chart.fmt.date(day, "long").rpartition(" ")
    return f"{head}\n{year}"


def spread(count: int, most: int = 7) -> list[int]:
    """At most ``most`` indexes spread evenly over 0..count-1, the last one included."""
    if count <= most:
        return list(range(count))
    every = math.ceil((count - 1) / (most - 1))
    picked = list(range(count - 1, -1, -every))[::-1]
    return picked if picked[0] < every / 2 or len(picked) >= most else [0, *picked]


class ReportChart(Chart):
    def _counts_axis(self, axis) -> None:
        axis.set_major_locator(MaxNLocator(nbins=5, integer=True))
        axis.set_major_formatter(FuncFormatter(lambda value, _pos: decimal_text(self.fmt, value)))

    def _legend_below(self, ax, columns: int = 3) -> None:
        """A legend under the plot, read from the right (marker after the words) in right-to-left."""
        handles, labels = ax.get_legend_handles_labels()
        if self.rtl:
            handles, labels = handles[::-1], labels[::-1]
        self.figure_.legend(handles, labels, loc="outside lower center", ncols=columns, fontsize=8.5, frameon=False,
                            markerfirst=not self.rtl)

    def _nothing(self, text: str) -> None:
        self._empty(self._axes(), text)
        self.draw_idle()


class TimesChart(ReportChart):
    """Average working time to the first response and to the resolution per group, as two panels of
    horizontal bars (the first response first in reading order) with the median marked on each bar
    (the page says so above the chart)."""

    def show_rows(self, rows: Sequence[TimeRow]) -> None:
        shown = [r for r in rows if r.responded or r.resolved][:MOST_BARS]
        if not shown:
            self._nothing(translate("CasesReport", "No case opened in this period was answered yet."))
            return
        self.figure_.clear()
        left, right = (self._plain(ax) for ax in self.figure_.subplots(1, 2))
        first, second = (right, left) if self.rtl else (left, right)
        names = [r.label for r in shown]
        self._panel(first, names, [r.avg_response_minutes for r in shown], [r.median_response_minutes for r in shown],
                    BLUE, translate("CasesReport", "Average first response"), True)
        self._panel(second, names, [r.avg_resolution_minutes for r in shown],
                    [r.median_resolution_minutes for r in shown], GREEN, translate("CasesReport", "Average resolution"),
                    False)
        self.draw_idle()

    def _panel(self, ax, names: list[str], averages: list[float | None], medians: list[float | None], colour: str,
               title: str, named: bool) -> None:
        rows = list(range(len(names)))
        hours = [(a or 0) / 60 for a in averages]
        middle = [m / 60 if m is not None else math.nan for m in medians]
        ax.barh(rows, hours, height=0.6, color=colour, alpha=0.85)
        ax.plot(middle, rows, linestyle="none", marker="|", markersize=13, markeredgewidth=2, color=INK)
        most = max([*hours, *(m for m in middle if not math.isnan(m)), 1 / 60])
        for i, average in enumerate(averages):
            if average is not None:
                end = hours[i] if math.isnan(middle[i]) else max(hours[i], middle[i])  # clear of the median mark
                ax.text(end + most * 0.03, i, hours_text(self.fmt, average), ha="right" if self.rtl else "left",
                        va="center", fontsize=8.5, color=INK)
        ax.set_yticks(rows, names if named else [""] * len(rows))
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.set_xlim(0, most * 1.35)
        ax.xaxis.set_major_locator(MaxNLocator(nbins=4))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: decimal_text(self.fmt, round(value, 1))))
        ax.set_xlabel(translate("CasesReport", "Working hours"), color=GREY, fontsize=9)
        ax.xaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        ax.set_title(title, fontsize=10.5, color=INK)


class SlaChart(ReportChart):
    """Per target (first response, resolution): met, breached and still running deadlines as one
    stacked bar, with the share met on time beside it."""

    def show_sla(self, sla: SlaCompliance) -> None:
        rows = [(translate("CasesReport", "First response"), sla.response_met, sla.response_breached,
                 sla.response_pending, sla.response_percent),
                (translate("CasesReport", "Resolution"), sla.resolution_met, sla.resolution_breached,
                 sla.resolution_pending, sla.resolution_percent)]
        totals = [met + late + running for _, met, late, running, _ in rows]
        if not any(totals):
            self._nothing(translate("CasesReport", "No case opened in this period had an SLA deadline."))
            return
        ax = self._axes()
        most, ys, lefts = max(totals), [0, 1], [0, 0]
        for index, name, colour in ((1, translate("CasesReport", "Met"), GREEN),
                                    (2, translate("CasesReport", "Breached"), RED),
                                    (3, translate("CasesReport", "Still running"), PALE)):
            values = [row[index] for row in rows]
            ax.barh(ys, values, left=lefts, height=0.5, color=colour, label=name)
            for y, value, left in zip(ys, values, lefts, strict=True):
                if value and value >= most * 0.06:
                    ax.text(left + value / 2, y, self.fmt.number(value), ha="center", va="center", fontsize=9,
                            color=INK if colour == PALE else "white", fontweight="bold")
            lefts = [left + value for left, value in zip(lefts, values, strict=True)]
        for y, total, (*_, percent) in zip(ys, totals, rows, strict=True):
            if percent is not None:  # something was judged (not only deadlines still running)
                met = percent_text(self.fmt, percent / 100)
                ax.text(total + most * 0.02, y, translate("CasesReport", "{percent} on time").format(percent=met),
                        ha="right" if self.rtl else "left", va="center", fontsize=9, color=INK)
        ax.set_yticks(ys, [row[0] for row in rows])
        ax.set_ylim(1.6, -0.6)
        ax.set_xlim(0, most * 1.3)
        self._counts_axis(ax.xaxis)
        ax.xaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        self._legend_below(ax)
        ax.set_title(translate("CasesReport", "SLA deadlines met and breached"), fontsize=11, color=INK)
        self.draw_idle()


class BacklogChart(ReportChart):
    """Open cases at the end of each day (or week) of the period, as a line."""

    def show_points(self, points: Sequence[BacklogPoint], step: str) -> None:
        if not points:
            self._nothing(translate("CasesReport", "No days in this period."))
            return
        ax = self._axes()
        xs, ys = list(range(len(points))), [p.open for p in points]
        ax.fill_between(xs, ys, color=BLUE, alpha=0.08, linewidth=0)
        ax.plot(xs, ys, color=BLUE, linewidth=1.8, marker="o" if len(xs) <= 40 else None, markersize=3.5)
        ax.text(xs[-1], ys[-1], f" {self.fmt.number(ys[-1])} ", ha="left" if self.rtl else "right", va="bottom",
                fontsize=9, color=INK, fontweight="bold")
        ticks = spread(len(points))
        ax.set_xticks(ticks, [day_label(self, points[i].day) for i in ticks])
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlim(-0.5, len(xs) - 0.5)
        ax.set_ylim(0, max([*ys, 1]) * 1.18)
        self._counts_axis(ax.yaxis)
        ax.yaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        title = translate("CasesReport", "Open cases at the end of each week") if step == "week" else \
            translate("CasesReport", "Open cases at the end of each day")
        ax.set_title(title, fontsize=11, color=INK)
        self.draw_idle()


class SatisfactionChart(ReportChart):
    """The customers' average score (1 to 5) per person or category, with how many rated."""

    def show_rows(self, rows: Sequence[SatisfactionRow]) -> None:
        shown = [r for r in rows if r.average is not None][:MOST_BARS]
        if not shown:
            self._nothing(translate("CasesReport", "No customer rated a case opened in this period."))
            return
        ax = self._axes()
        ys = list(range(len(shown)))
        colours = [GREEN if r.average >= 4 else (ORANGE if r.average >= 3 else RED) for r in shown]
        ax.barh(ys, [r.average for r in shown], height=0.6, color=colours, alpha=0.85)
        for y, row in zip(ys, shown, strict=True):
            text = translate("CasesReport", "{score} \u00b7 {count} ratings").format(
                score=score_text(self.fmt, row.average), count=self.fmt.number(row.count))
            ax.text(row.average + 0.08, y, text, ha="right" if self.rtl else "left", va="center", fontsize=8.5,
                    color=INK)
        ax.set_yticks(ys, [r.label for r in shown])
        ax.set_ylim(len(ys) - 0.5, -0.5)
        ax.set_xlim(0, 6.6)
        ax.set_xticks([1, 2, 3, 4, 5], [self.fmt.number(n) for n in range(1, 6)])
        ax.xaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        ax.set_title(translate("CasesReport", "Average satisfaction ({low} to {high})").format(
            low=self.fmt.number(1), high=self.fmt.number(5)), fontsize=11, color=INK)
        self.draw_idle()


class TopChart(ReportChart):
    """The categories or products with the most complaints, most on top, with their share."""

    def show_rows(self, rows: Sequence[TopRow], what: str) -> None:
        shown = list(rows)[:MOST_BARS]
        if not shown:
            self._nothing(translate("CasesReport", "No complaint was opened in this period.") if what == "categories"
                          else translate("CasesReport", "No complaint opened in this period names a product."))
            return
        ax = self._axes()
        self._count_bars(ax, [r.label for r in shown], [r.count for r in shown], [r.share for r in shown], ORANGE)
        title = translate("CasesReport", "Categories with the most complaints") if what == "categories" else \
            translate("CasesReport", "Products with the most complaints")
        ax.set_title(title, fontsize=11, color=INK)
        self.draw_idle()


class VolumeChart(ReportChart):
    """A category's cases per week over the last year, this week so far, the average of the recent
    weeks the forecast starts from, and the forecast weeks as a dashed line."""

    def show_forecast(self, row: CategoryForecast, history_weeks: Sequence[dt.date],
                      forecast_weeks: Sequence[dt.date]) -> None:
        if not (any(row.history) or row.this_week):
            self._nothing(translate("CasesReport", "No case was opened in the last year."))
            return
        ax = self._axes()
        n = len(row.history)
        ahead = list(range(n, n + len(row.forecast)))
        ax.plot(range(n), row.history, color=BLUE, linewidth=1.5, label=translate("CasesReport", "Cases per week"))
        ax.plot([n - RECENT_WEEKS, n - 1], [row.recent_mean] * 2, color=GREEN, linewidth=2.2,
                label=translate("CasesReport", "Average of the last {weeks} weeks").format(
                    weeks=self.fmt.number(RECENT_WEEKS)))
        ax.plot([n - 1, *ahead], [row.history[-1], *row.forecast], color=ORANGE, linewidth=1.8, linestyle="--",
                marker="o", markersize=4, label=translate("CasesReport", "Forecast"))
        ax.plot([n], [row.this_week], linestyle="none", marker="o", markersize=6, markerfacecolor="white",
                markeredgecolor=BLUE, label=translate("CasesReport", "This week so far"))
        ax.axvline(n - 0.5, color=GREY, linewidth=0.8, linestyle=":")
        weeks = [*history_weeks, *forecast_weeks]
        ticks = [*range(0, n, 13), n]
        ax.set_xticks(ticks, [day_label(self, weeks[i]) for i in ticks])
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlim(-0.5, n + len(ahead) - 0.5)
        ax.set_ylim(0, max([*row.history, *row.forecast, row.this_week, 1]) * 1.15)
        self._counts_axis(ax.yaxis)
        ax.yaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        self._legend_below(ax, columns=4)
        ax.set_title(translate("CasesReport", "{category}: cases per week, and the next {weeks} weeks").format(
            category=row.label, weeks=self.fmt.number(len(row.forecast))), fontsize=11, color=INK)
        self.draw_idle()
