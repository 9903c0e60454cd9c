"""The packaging recipes, checked without building: one version, licence metadata, desktop files."""

from __future__ import annotations

import ast
import configparser
import re
import tomllib
import xml.etree.ElementTree as ET
from datetime import datetime
from pathlib import Path

from ropa import __version__
from ropa.domain.model import Register

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_the_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ropa.__version__"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "VERSION := $(shell sed -n 's/^__version__ = " in makefile and "dist/ropa_$(VERSION)_amd64.deb" in makefile
    assert (ROOT / "ropa" / "__init__.py").read_text(encoding="utf-8").count("__version__ = ") == 1


def test_export_covers_name_the_version(demo_register: Register) -> None:
    from ropa.exports.tables import Formatter, cover_rows
    from ropa.i18n import Translator

    for language, label in {"en": "Exported with", "fr": "Exporté avec", "de": "Exportiert mit"}.items():
        rows = dict(cover_rows(demo_register, Formatter(demo_register, Translator(language)), digest="x", exported_at=datetime(2026, 1, 1)))
        assert rows[label] == f"ropa {__version__}"


def test_licence_metadata_is_spdx_with_license_files() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert isinstance(project["license"], str) and project["license"] == "LicenseRef-Proprietary"
    assert all((ROOT / name).is_file() for name in project["license-files"])
    runtime = " ".join(project["dependencies"]).lower()
    assert "pyinstaller" not in runtime and "pytest" not in runtime and "mypy" not in runtime
    assert any(dep.startswith("pyinstaller") for dep in project["optional-dependencies"]["packaging"])


def test_desktop_entry_and_mime_type_agree(demo_file: Path) -> None:
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / "ropa.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "/opt/ropa/ropa gui %f" and desktop["Icon"] == "ropa"
    assert desktop["MimeType"] == "application/x-ropa-register;"
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "ropa-mime.xml").getroot().find("m:mime-type", ns)
    assert mime is not None and mime.get("type") == "application/x-ropa-register"
    assert mime.find("m:glob", ns).get("pattern") == "*.ropa"  # type: ignore[union-attr]
    outer = mime.find("m:magic/m:match", ns)
    inner = outer.find("m:match", ns)  # type: ignore[union-attr]
    header = demo_file.read_bytes()[:100]  # the magic matches a real register's header
    assert header.startswith(outer.get("value").replace("\\000", "\0").encode())  # type: ignore[union-attr]
    offset = int(inner.get("offset"))  # type: ignore[union-attr, arg-type]
    assert header[offset : offset + 4] == inner.get("value").encode()  # type: ignore[union-attr]


def test_the_spec_names_only_files_that_exist() -> None:
    spec = (ROOT / "packaging" / "ropa.spec").read_text(encoding="utf-8")
    ast.parse(spec)
    for name in re.findall(r'ROOT / "packaging" / "([^"]+)"', spec):
        assert (ROOT / "packaging" / name).exists(), name
    for icon in re.findall(r'"(ropa\.(?:ico|icns)|hicolor/[^"]+\.png)"', spec):
        assert (ROOT / "resources" / "icons" / icon).is_file(), icon
    sizes = sorted(int(p.parent.parent.name.split("x")[0]) for p in (ROOT / "resources/icons/hicolor").glob("*/apps/ropa.png"))
    assert sizes[0] == 16 and sizes[-1] == 512 and (ROOT / "resources/icons/ropa.svg").is_file()


SPEC_PROGRAMS = {"ropa", "ropa-gui"}  # the EXE names in packaging/ropa.spec


def test_the_spec_makes_the_programs_the_recipes_start() -> None:
    spec = (ROOT / "packaging" / "ropa.spec").read_text(encoding="utf-8")
    assert set(re.findall(r'name="(ropa(?:-gui)?)"', spec)) == SPEC_PROGRAMS


def test_inno_setup_script_names_existing_files_and_the_association() -> None:
    script = (ROOT / "packaging" / "windows" / "ropa.iss").read_text(encoding="utf-8")
    here = ROOT / "packaging" / "windows"
    sections = set(re.findall(r"^\[(\w+)\]", script, re.M))
    assert {"Setup", "Files", "Icons", "Registry", "Tasks", "Languages", "Code"} <= sections
    for key in ("SetupIconFile", "LicenseFile"):
        value = re.search(rf"^{key}=(.+)$", script, re.M).group(1)  # type: ignore[union-attr]
        assert (here / value.replace("\\", "/")).resolve().is_file(), key
    sources = re.findall(r'^Source: "([^"]+)"', script, re.M)
    assert sources == ["..\\..\\dist\\ropa\\*"]  # the spec's COLLECT(name="ropa") in --distpath dist
    assert (here / "../../dist").resolve() == ROOT / "dist"
    programs = set(re.findall(r"\{app\}\\\\?([\w-]+)\.exe", script))
    assert programs and programs <= SPEC_PROGRAMS
    assert 'Subkey: "Software\\Classes\\.ropa"; ValueType: string; ValueName: ""; ValueData: "ropa.register"' in script
    assert '"""{app}\\ropa-gui.exe"" ""%1"""' in script
    for language in ("french", "dutch", "german"):
        assert f"{language}.AddToPath=" in script and f"{language}.RegisterType=" in script


def test_macos_info_plist_declares_the_register_document_type() -> None:
    import plistlib

    with open(ROOT / "packaging" / "macos" / "Info.plist", "rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleExecutable"] in SPEC_PROGRAMS
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()
    kind = plist["UTExportedTypeDeclarations"][0]
    assert kind["UTTypeTagSpecification"]["public.filename-extension"] == ["ropa"]
    assert kind["UTTypeTagSpecification"]["public.mime-type"] == ["application/x-ropa-register"]
    document = plist["CFBundleDocumentTypes"][0]
    assert document["LSItemContentTypes"] == [kind["UTTypeIdentifier"]] and document["CFBundleTypeRole"] == "Editor"


def test_ci_workflow_builds_on_windows_and_macos_with_existing_paths() -> None:
    import yaml

    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "package.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    systems = job["strategy"]["matrix"]["os"]
    assert any(s.startswith("windows") for s in systems) and any(s.startswith("macos") for s in systems)
    scripts = "\n".join(step.get("run", "") for step in job["steps"])
    named = set(re.findall(r"\b(packaging[/\\][\w./\\-]+|resources/[\w./*-]+)", scripts))
    assert "packaging/ropa.spec" in named
    for path in named:
        matches = list(ROOT.glob(path.replace("\\", "/")))
        assert matches, path
