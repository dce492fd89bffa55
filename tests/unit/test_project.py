"""Project-wide rules: layers, translations complete and current, resources shipped."""

from __future__ import annotations

import importlib.resources
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_layer_contracts_hold():
    """ui -> services -> db -> text, and nothing below ui imports Qt (import-linter)."""
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Contracts: 3 kept, 0 broken" in done.stdout


def test_translations_are_complete_and_compiled():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import translations
    finally:
        sys.path.pop(0)
    assert translations.problems() == []


def test_resources_ship_with_the_package():
    root = importlib.resources.files("crm_desktop.resources")
    for name in ("fonts/Vazirmatn-Regular.ttf", "fonts/OFL.txt", "translations/crm_desktop_fa.qm",
                 "translations/crm_desktop_fa.ts", "styles/app.qss", "icons/app.svg"):
        assert root.joinpath(name).is_file(), name


def test_pure_python_catalogue_reads_the_same_translations():
    from crm_desktop.text import i18n
    from crm_desktop.text.messages import QT_TRANSLATE_NOOP

    assert i18n.translate("HomePage", "People", lang="fa") == "اشخاص"
    text = QT_TRANSLATE_NOOP("Errors", "The {entity} with number {id} no longer exists.")
    assert i18n.render(text, {"entity": "x", "id": 42}, lang="fa", digits="persian") == "x با شماره ۴۲ دیگر وجود ندارد."
    assert i18n.render(text, {"entity": "x", "id": 42}, lang="en", digits="latin") == \
        "The x with number 42 no longer exists."


def test_every_package_folder_is_listed_in_pyproject():
    import tomllib

    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "crm_desktop").rglob("__init__.py")}
    assert found | {"crm_desktop.resources"} == declared
