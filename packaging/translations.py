"""Keep the Qt Linguist catalogues in step with the code.

    python packaging/translations.py update          # extract strings into resources/translations/*.ts
    python packaging/translations.py apply fa F.json # set translations from {"Context": {"source": "text"}}
    python packaging/translations.py release         # compile .ts -> .qm (shipped in the package)
    python packaging/translations.py check           # fail if anything is stale or untranslated

English is the source language; its catalogue holds finished identity translations (and the
plural forms). Persian must be complete: ``check`` lists every unfinished message.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fa", "en")


def _tool(name: str) -> str:
    exe = Path(sys.executable).with_name(f"pyside6-{name}")
    found = shutil.which(str(exe)) or shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it ships with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crm_desktop").rglob("*.py"))


def ts_path(lang: str, folder: Path = TRANSLATIONS) -> Path:
    return folder / f"crm_desktop_{lang}.ts"


def run_lupdate(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        subprocess.run([_tool("lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-source-language", "en", "-target-language", lang, "-ts", str(ts_path(lang, folder))],
                       cwd=ROOT, check=True, capture_output=True)


def _messages(path: Path):
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def fill_english(path: Path) -> None:
    """English translations are the source text (both plural forms for %n messages)."""
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = translation.findall("numerusform")
                singular = source.replace("%n", "%n").replace("(s)", "")
                for form, text in zip(forms, (singular, source), strict=False):
                    form.text = text
            else:
                translation.text = source
    _write(tree, path)


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def apply(lang: str, table: dict[str, dict[str, str | list[str]]]) -> int:
    path = ts_path(lang)
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = wanted.get(message.findtext("source") or "")
            if text is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = [text] if isinstance(text, str) else list(text)
                for old in list(translation):
                    translation.remove(old)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
            count += 1
    _write(tree, path)
    return count


def release(folder: Path = TRANSLATIONS, out: Path = TRANSLATIONS) -> None:
    for lang in LANGUAGES:
        subprocess.run([_tool("lrelease"), str(ts_path(lang, folder)), "-qm", str(out / f"crm_desktop_{lang}.qm")],
                       check=True, capture_output=True)


def keys(path: Path) -> set[tuple[str, str]]:
    return {(name, message.findtext("source") or "") for name, message in _messages(path)}


def unfinished(path: Path) -> list[tuple[str, str]]:
    found = []
    for name, message in _messages(path):
        translation = message.find("translation")
        texts = [f.text for f in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(t and t.strip() for t in texts):
            found.append((name, message.findtext("source") or ""))
    return found


def problems() -> list[str]:
    """Everything that is out of date or untranslated, as readable lines (empty = all good)."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        run_lupdate(fresh)
        for lang in LANGUAGES:
            missing = keys(ts_path(lang, fresh)) - keys(ts_path(lang))
            stale = keys(ts_path(lang)) - keys(ts_path(lang, fresh))
            found += [f"{lang}: not extracted yet: {c} / {s!r}" for c, s in sorted(missing)]
            found += [f"{lang}: no longer in the code: {c} / {s!r}" for c, s in sorted(stale)]
            found += [f"{lang}: untranslated: {c} / {s!r}" for c, s in unfinished(ts_path(lang))]
        release(TRANSLATIONS, fresh)
        for lang in LANGUAGES:
            shipped = TRANSLATIONS / f"crm_desktop_{lang}.qm"
            if not shipped.exists() or shipped.read_bytes() != (fresh / f"crm_desktop_{lang}.qm").read_bytes():
                found.append(f"{lang}: {shipped.name} is older than the .ts (run: release)")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        run_lupdate(TRANSLATIONS)
        fill_english(ts_path("en"))
        print(f"{len(unfinished(ts_path('fa')))} Persian messages need a translation")
    elif command == "apply":
        table = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{apply(argv[1], table)} messages translated")
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        print("\n".join(found) if found else "translations are complete and current")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
