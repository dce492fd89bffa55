"""The screenshots command renders every area in both languages, and the pictures are not empty."""

from __future__ import annotations

from PySide6.QtGui import QImage

from crm_desktop.ui.main_window import areas
from crm_desktop.ui.screenshots import SIZE, render_screenshots


def _distinct_colours(image: QImage) -> int:
    step = 16
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


def test_every_area_in_both_languages(qapp, tmp_path):
    written = render_screenshots(tmp_path / "shots", ["fa", "en"], contacts=60)
    names = {p.name for p in written}
    for lang in ("fa", "en"):
        for area in areas():
            assert any(name.startswith(f"{lang}-{area.key}") for name in names)
    assert {"fa-customers-list.png", "fa-customers-person.png", "en-customers-company.png",
            "fa-quick-search.png"} <= names  # the list and a rich profile, in both languages
    assert {f"{lang}-{shot}.png" for lang in ("fa", "en") for shot in (
        "my_day-today", "my_day-workload", "calendar-month", "calendar-week", "calendar-day",
        "activities-log-call-form", "activities-new-meeting-form", "activities-complete-form",
        "reminders-popup")} <= names  # the today view and calendar, the forms, a reminder
    for path in written:
        image = QImage(str(path))
        if not path.stem.endswith(("-form", "quick-search", "-duplicates", "-popup")):  # dialogs: their own size
            assert (image.width(), image.height()) == SIZE, path.name
        assert _distinct_colours(image) > 8, f"{path.name} looks blank"


def test_persian_pictures_are_mirrored(qapp, tmp_path):
    fa, en = render_screenshots(tmp_path / "fa", ["fa"], contacts=10)[0], render_screenshots(
        tmp_path / "en", ["en"], contacts=10)[0]
    sidebar = QImage(str(fa)).pixelColor(SIZE[0] - 20, SIZE[1] // 2), QImage(str(en)).pixelColor(20, SIZE[1] // 2)
    assert sidebar[0] == sidebar[1]  # the navy navigation sits on the right in Persian, left in English
    assert sidebar[0].blue() > sidebar[0].red()
