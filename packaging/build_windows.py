"""Build the Windows installer: icon, frozen app (PyInstaller), installer (Inno Setup).

    python packaging/build_windows.py            # on Windows, with pyinstaller and iscc on PATH

Steps: render resources/icons/app.svg to build/crm-desktop.ico (Qt's ICO writer), compile the
translations, freeze with packaging/crm_desktop.spec, then run Inno Setup on installer.iss.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def render_icon(target: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QIcon

    app = QGuiApplication.instance() or QGuiApplication([])
    icon = QIcon(str(ROOT / "resources" / "icons" / "app.svg"))
    target.parent.mkdir(parents=True, exist_ok=True)
    if not icon.pixmap(256, 256).save(str(target), "ICO"):
        raise SystemExit(f"could not write {target}")
    del app
    return target


def main() -> int:
    from crm_desktop import __version__

    render_icon(ROOT / "build" / "crm-desktop.ico")
    subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "release"], check=True)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(ROOT / "dist"),
                    "--workpath", str(ROOT / "build" / "pyinstaller"), str(ROOT / "packaging" / "crm_desktop.spec")],
                   check=True, cwd=ROOT)
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup (iscc) not found: the app folder is in dist/CRM Desktop; no installer built.")
        return 0
    subprocess.run([iscc, f"/DAppVersion={__version__}", str(ROOT / "packaging" / "installer.iss")], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
