"""The shape of a settings tab that is one form (Preferences, Reminders): labelled fields at their
natural width, a note under them, and the tab's one button at the bottom on the far side."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from crm_desktop.ui.widgets.common import label


def settings_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    form.setHorizontalSpacing(18)
    form.setVerticalSpacing(10)
    return form


def lay_out_form_tab(tab: QWidget, form: QFormLayout, note: str, button: QPushButton) -> None:
    """``tab`` laid out: ``form``, the ``note`` under it, and ``button`` (the primary one) at the bottom."""
    button.setObjectName("primary")
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    buttons.addWidget(button)
    layout = QVBoxLayout(tab)
    layout.setContentsMargins(20, 18, 20, 18)
    layout.addLayout(form)
    layout.addWidget(label(note, "note", wrap=True))
    layout.addStretch(1)
    layout.addLayout(buttons)


__all__ = ["lay_out_form_tab", "settings_form"]
