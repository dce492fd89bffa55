"""The text package is the bottom layer: standard library and itself only."""

import ast
import sys
from pathlib import Path

import crm_desktop.text

PACKAGE_DIR = Path(crm_desktop.text.__file__).parent


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_text_modules_import_only_the_standard_library_and_the_package():
    offenders = {}
    for path in sorted(PACKAGE_DIR.glob("*.py")):
        bad = {
            name
            for name in _imported_modules(path)
            if name.split(".")[0] not in sys.stdlib_module_names
            and name != "__future__"
            and not name.startswith("crm_desktop.text")
        }
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_modules_stay_small():
    mine = ["digits", "normalize", "phone", "national_code", "jalali", "dates", "money",
            "collation"]  # fmt: skip
    for name in mine:
        lines = (PACKAGE_DIR / f"{name}.py").read_text(encoding="utf-8").count("\n")
        assert lines < 400, name
