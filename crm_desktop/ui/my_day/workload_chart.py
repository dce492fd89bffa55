"""Activities done per person in each of the last weeks or months, as bars side by side per period —
on the reports' :class:`Chart` (Vazirmatn, Persian shaped by matplotlib, the user's digits; mirrored
in a right-to-left window: time running right to left, counts on the right, the legend read from the
right). Periods are named in the user's calendar ("Azar\\n1404", a week by its first day)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.activities import workload
from crm_desktop.services.activities.workload import CompletedSeries, PersonSeries
from crm_desktop.ui.cases_report.charts import GRID, ReportChart
from crm_desktop.ui.funnel_report.charts import INK

translate = QCoreApplication.translate
COLOURS = ("#1f6feb", "#1a9e5a", "#e8710a", "#8e44ad", "#d93025", "#0f9aa8", "#b58900", "#9aa3b2")
MOST_PEOPLE = len(COLOURS)  # the busiest ones; the rest drawn together as "Others"


def period_tick(chart: ReportChart, period: workload.Period, calendar: str) -> str:
    """"Azar" over "1404" (a week: "8 Azar" over "1404")."""
    prefs = chart.fmt.prefs
    text = workload.period_label(period, calendar, lang=prefs.language, digits=prefs.digits)
    head, _, year = text.rpartition(" ")
    return f"{head}\n{year}" if head else text


def shown_people(people: list[PersonSeries]) -> list[PersonSeries]:
    """At most :data:`MOST_PEOPLE` series: the busiest people, then the others summed (order kept)."""
    if len(people) <= MOST_PEOPLE:
        return people
    busiest = sorted(people, key=lambda p: -p.total)[:MOST_PEOPLE - 1]
    kept = [p for p in people if p in busiest]
    rest = [p for p in people if p not in busiest]
    summed = [sum(counts) for counts in zip(*(p.counts for p in rest), strict=True)]
    others = PersonSeries(None, translate("Workload", "Others"), summed)
    return [*kept, others]


class WorkloadChart(ReportChart):
    def show_series(self, series: CompletedSeries, calendar: str) -> None:
        people = shown_people(series.people)
        if not series.periods or not any(series.totals):
            self._nothing(translate("Workload", "Nothing was done in these periods yet."))
            return
        ax = self._axes()
        count = max(len(people), 1)
        width = min(0.8 / count, 0.3)
        xs = list(range(len(series.periods)))
        most = max([max(p.counts) for p in people] + [1])
        for k, person in enumerate(people):
            offset = (k - (count - 1) / 2) * width
            positions = [x + offset for x in xs]
            ax.bar(positions, person.counts, width * 0.92, color=COLOURS[k % len(COLOURS)], label=person.name)
            if len(xs) * count <= 40:
                for x, value in zip(positions, person.counts, strict=True):
                    if value:
                        ax.text(x, value + most * 0.015, self.fmt.number(value), ha="center", va="bottom",
                                fontsize=7.5, color=INK)
        ax.set_xticks(xs, [period_tick(self, p, calendar) for p in series.periods])
        ax.tick_params(axis="x", labelsize=8)
        ax.set_xlim(-0.6, len(xs) - 0.4)
        ax.set_ylim(0, most * 1.15)
        self._counts_axis(ax.yaxis)
        ax.yaxis.grid(True, color=GRID)
        ax.set_axisbelow(True)
        self._start_side(ax)
        self._legend_below(ax, columns=min(count, 4))
        title = translate("Workload", "Activities done per person each week") if series.unit == "week" else \
            translate("Workload", "Activities done per person each month")
        ax.set_title(title, fontsize=11, color=INK)
        self.draw_idle()
