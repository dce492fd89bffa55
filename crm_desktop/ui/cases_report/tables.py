"""The Complaints report's tables: the columns of each (rows are the services' dataclasses, shown
through the Funnel report's read-only :class:`ReportTableModel`)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.cases.stats import SlaCompliance
from crm_desktop.services.cases.volume_forecast import CategoryForecast, VolumeForecast
from crm_desktop.services.formatting import Formatter
from crm_desktop.ui.cases_report.report_data import DASH, count_text, hours_text, score_text
from crm_desktop.ui.funnel_report.charts import percent_text
from crm_desktop.ui.funnel_report.tables import Column

translate = QCoreApplication.translate


def grouping_names() -> dict[str, str]:
    """The groupings of the times and satisfaction tables, as the selectors offer them."""
    return {"person": translate("CasesReport", "Person"), "team": translate("CasesReport", "Team"),
            "category": translate("CasesReport", "Category"), "channel": translate("CasesReport", "Channel")}


def method_names() -> dict[str, str]:
    return {"seasonal": translate("CasesReport", "Seasonal"), "average": translate("CasesReport", "Average")}


def time_columns(fmt: Formatter, grouping: str) -> list[Column]:
    """Per person / team / category / channel: cases, and average and median working time to the
    first response and to the resolution."""
    number = fmt.number
    return [
        Column(grouping_names()[grouping], lambda r: r.label),
        Column(translate("CasesReport", "Cases"), lambda r: number(r.count), True),
        Column(translate("CasesReport", "Answered"), lambda r: number(r.responded), True),
        Column(translate("CasesReport", "Avg. response"), lambda r: hours_text(fmt, r.avg_response_minutes), True),
        Column(translate("CasesReport", "Median response"),
               lambda r: hours_text(fmt, r.median_response_minutes), True),
        Column(translate("CasesReport", "Resolved"), lambda r: number(r.resolved), True),
        Column(translate("CasesReport", "Avg. resolution"),
               lambda r: hours_text(fmt, r.avg_resolution_minutes), True),
        Column(translate("CasesReport", "Median resolution"),
               lambda r: hours_text(fmt, r.median_resolution_minutes), True),
    ]


@dataclass(frozen=True)
class SlaRow:
    """One target (first response or resolution) of the SLA table."""

    name: str
    met: int
    breached: int
    pending: int
    percent: float | None


def sla_rows(sla: SlaCompliance) -> list[SlaRow]:
    return [SlaRow(translate("CasesReport", "First response"), sla.response_met, sla.response_breached,
                   sla.response_pending, sla.response_percent),
            SlaRow(translate("CasesReport", "Resolution"), sla.resolution_met, sla.resolution_breached,
                   sla.resolution_pending, sla.resolution_percent)]


def sla_columns(fmt: Formatter) -> list[Column]:
    number = fmt.number
    return [
        Column(translate("CasesReport", "Deadline"), lambda r: r.name),
        Column(translate("CasesReport", "Met"), lambda r: number(r.met), True),
        Column(translate("CasesReport", "Breached"), lambda r: number(r.breached), True),
        Column(translate("CasesReport", "Still running"), lambda r: number(r.pending), True),
        Column(translate("CasesReport", "Met on time"),
               lambda r: percent_text(fmt, None if r.percent is None else r.percent / 100), True),
    ]


def satisfaction_columns(fmt: Formatter, grouping: str) -> list[Column]:
    return [
        Column(grouping_names()[grouping], lambda r: r.label),
        Column(translate("CasesReport", "Average score"), lambda r: score_text(fmt, r.average), True),
        Column(translate("CasesReport", "Ratings"), lambda r: fmt.number(r.count), True),
    ]


def top_columns(fmt: Formatter, what: str) -> list[Column]:
    """``what``: "categories" or "products"."""
    title = translate("CasesReport", "Category") if what == "categories" else translate("CasesReport", "Product")
    return [
        Column(title, lambda r: r.label),
        Column(translate("CasesReport", "Complaints"), lambda r: fmt.number(r.count), True),
        Column(translate("CasesReport", "Share"), lambda r: percent_text(fmt, r.share), True),
    ]


def forecast_rows(outlook: VolumeForecast) -> list[CategoryForecast]:
    """All categories together first, then each category."""
    return [outlook.total, *outlook.categories]


def forecast_columns(fmt: Formatter, outlook: VolumeForecast) -> list[Column]:
    """Category, how it was forecast, its recent weekly average, this week so far, then one column per
    forecast week (named by the week's first day)."""
    methods = method_names()
    columns = [
        Column(translate("CasesReport", "Category"), lambda r: r.label),
        Column(translate("CasesReport", "Method"), lambda r: methods.get(r.method, r.method)),
        Column(translate("CasesReport", "Weekly average"), lambda r: count_text(fmt, r.recent_mean), True),
        Column(translate("CasesReport", "This week so far"), lambda r: fmt.number(r.this_week), True),
    ]
    for k, first in enumerate(outlook.forecast_weeks):
        title = translate("CasesReport", "Week of {day}").format(day=fmt.date(first))
        columns.append(Column(title, lambda r, k=k: count_text(fmt, r.forecast[k]) if k < len(r.forecast) else DASH,
                              True))
    return columns
