"""The customer of an activity: the complaint form's picker (phone or name, Persian-aware, an
unknown phone offered as a new customer) with a ``picked`` signal and keys for typing fast: Down
goes from the search to the matches, Enter takes the highlighted (or the only) match."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from crm_desktop.services.activities.checks import ActivityInput, check, check_new, prepared
from crm_desktop.services.cases import customers
from crm_desktop.services.errors import FieldError, ValidationError
from crm_desktop.ui.cases.customer_picker import CustomerPicker
from crm_desktop.ui.context import AppContext

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CustomerField(CustomerPicker):
    """``picked`` fires when a customer is chosen or the choice is cleared."""

    picked = Signal()
    _ready = False  # no signal for the choice the field starts with

    def __init__(self, ctx: AppContext, contact_id: int | None = None, organization_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, contact_id, organization_id, parent)
        self._ready = True
        self.input.installEventFilter(self)
        self.matches.installEventFilter(self)

    def choose(self, contact_id: int | None, organization_id: int | None, name: str) -> None:
        super().choose(contact_id, organization_id, name)
        if self._ready:
            self.picked.emit()

    def clear_choice(self) -> None:
        super().clear_choice()
        if self._ready:
            self.picked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()
        if watched is self.input:
            if key == Qt.Key.Key_Down:
                self.settle()
                if self.matches.isVisibleTo(self) and self.matches.count():
                    self.matches.setCurrentRow(0)
                    self.matches.setFocus()
                    return True
            elif key in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.settle()
                if self.matches.isVisibleTo(self) and self.matches.count() == 1:
                    self._picked(self.matches.item(0))
                    return True
        elif watched is self.matches:
            if key in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                item = self.matches.currentItem() or self.matches.item(0)
                if item is not None:
                    self._picked(item)
                return True  # taken here: the form must not read it as "next field" or "save"
            if key == Qt.Key.Key_Up and self.matches.currentRow() <= 0:
                self.input.setFocus()
                return True
        return False

    def has_customer(self) -> bool:
        return self.chosen is not None or self.new_customer() is not None

    def create_new(self) -> tuple[int | None, int | None]:
        """Add the unknown caller now (call after every other check passed); a bad number raises a
        ValidationError on ``contact_id``."""
        phone, name = self.new_customer()
        try:
            person = customers.quick_create(phone, name)
        except ValidationError as failure:
            raise ValidationError([FieldError("contact_id", e.text, e.params) for e in failure.errors]) from failure
        self.choose(person.id, None, person.display_name)
        return person.id, None

    def add_if_new(self, data: ActivityInput, *, editing: bool = False) -> None:
        """An unknown caller typed here is added now, once every other check of ``data`` passed (a refused
        activity adds nobody), and ``data`` names them; a chosen customer is left as it is. The checks
        are the service's own for the write that follows: a new activity's (``prepared``: a done one
        with no subject takes its kind's name), or an edit's (``editing``)."""
        if self.new_customer() is None:
            return
        found = check(data) if editing else check_new(prepared(data))
        errors = [e for e in found if e.field not in ("contact_id", "organization_id")]
        if errors:
            raise ValidationError(errors)
        data.contact_id, data.organization_id = self.create_new()
