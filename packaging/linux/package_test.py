"""``make package-test``: the installed program, tested the way a user gets it.

Installs dist/ropa_<version>_amd64.deb with dpkg (as root; otherwise it is unpacked into a
temporary root with a test MIME database), then runs the *installed* program: the command line
(``--version``, ``demo``, ``info``, ``check``, ``export`` to PDF/Excel/ODS/JSON, ``templates``,
``new --pack``), an encrypted register (SQLCipher), the migration of an old register (Alembic),
the GUI under Xvfb with a screenshot of the real screen, and a double-click: ``gio open FILE``
through the desktop entry and the MIME type. Every run is traced with strace: the test fails if
the program touches this source tree or a development virtualenv (PYTHONPATH even points at the
tree, as a trap). Then the package is removed and the portable tarball checked the same way.

Usage: python packaging/linux/package_test.py --deb DEB --tarball TGZ --version V --out DIR
Prints each step with its time; screenshots and the exported PDF page land in DIR.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

SOURCE = Path(__file__).resolve().parents[2]
FIXTURE = SOURCE / "tests" / "fixtures" / "schema-0001.ropa"
PASSPHRASE = "package test passphrase"
MIME = "application/x-ropa-register"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
TIMINGS: list[tuple[str, float]] = []


class Failure(Exception):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise Failure(message)


@contextmanager
def step(name: str) -> Iterator[None]:
    start = time.perf_counter()
    print(f"- {name} ...", flush=True)
    yield
    TIMINGS.append((name, time.perf_counter() - start))


class Installed:
    """Where the program under test lives, and the environment a user's session would give it."""

    def __init__(self, program: Path, data_dir: Path, work: Path) -> None:
        self.program = program
        self.data_dir = data_dir  # the share/ folder holding applications/, mime/, icons/
        self.work = work
        self.home = work / "home"
        self.home.mkdir(exist_ok=True)
        self.display: str | None = None
        self.forbidden = sorted({str(SOURCE), str(Path(sys.prefix).resolve()), str(Path(sys.prefix))})

    def env(self, **extra: str) -> dict[str, str]:
        env = {
            "PATH": f"{self.program.parent}:/usr/local/bin:/usr/bin:/bin",
            "HOME": str(self.home),
            "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_DATA_DIRS": f"{self.data_dir}:/usr/share" if self.data_dir != Path("/usr/share") else "/usr/share",
            "XDG_RUNTIME_DIR": str(self.work / "runtime"),
            # A trap: a program that honoured these would load ropa from the source tree.
            "PYTHONPATH": str(SOURCE),
            "PYTHONHOME": str(Path(sys.prefix)),
        }
        (self.work / "runtime").mkdir(mode=0o700, exist_ok=True)
        if self.display:
            env["DISPLAY"] = self.display
        env.update(extra)
        return env

    def run(self, *args: str | Path, command: list[str | Path] | None = None, expect: int | None = 0,
            env: dict[str, str] | None = None, trace: bool = True, timeout: float = 120,
            ) -> subprocess.CompletedProcess[str]:
        """Run the installed ropa (or ``command``) under strace; fail on a touch of the tree."""
        argv = [str(a) for a in (command if command is not None else [self.program, *args])]
        trace_file = self.work / "strace.txt"
        if trace:
            argv = ["strace", "-f", "-qq", "-e", "trace=%file", "-o", str(trace_file), *argv]
        result = subprocess.run(argv, capture_output=True, text=True, cwd=self.work,
                                env=env or self.env(), timeout=timeout, check=False)
        shown = " ".join(argv[8:] if trace else argv)
        if expect is not None:
            check(result.returncode == expect,
                  f"{shown}: exit {result.returncode}, expected {expect}\n{result.stdout}{result.stderr}")
        if trace:
            self._check_trace(trace_file, shown)
        return result

    def _check_trace(self, trace_file: Path, shown: str) -> None:
        leaks = []
        for line in trace_file.read_text(errors="replace").splitlines():
            for path in re.findall(r'"([^"]*)"', line):
                if any(path == root or path.startswith(root + "/") for root in self.forbidden):
                    leaks.append(line.strip())
        check(not leaks, f"{shown} touched the source tree or a development venv:\n  " + "\n  ".join(leaks[:10]))

    def best_time(self, *args: str, runs: int = 5) -> float:
        """The fastest of ``runs`` wall-clock runs (other work on the machine only slows a run)."""
        best = float("inf")
        for _ in range(runs):
            start = time.perf_counter()
            self.run(*args, trace=False)
            best = min(best, time.perf_counter() - start)
        return best


def install_deb(deb: Path, work: Path) -> tuple[Installed, bool]:
    """dpkg -i as root (True: remove it afterwards), else unpack into a temporary root."""
    if os.geteuid() == 0 and shutil.which("dpkg"):
        before = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "ropa"], capture_output=True, text=True)
        check("install ok installed" not in before.stdout,
              "ropa is already installed on this machine: remove it first (dpkg -r ropa); the test installs its own")
        result = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
        check(result.returncode == 0, f"dpkg -i failed:\n{result.stdout}{result.stderr}")
        check(Path("/usr/bin/ropa").resolve() == Path("/opt/ropa/ropa"), "/usr/bin/ropa is not the installed program")
        return Installed(Path("/opt/ropa/ropa"), Path("/usr/share"), work), True
    root = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    share = root / "usr" / "share"
    desktop = share / "applications" / "ropa.desktop"
    desktop.write_text(desktop.read_text().replace("/opt/ropa/ropa", str(root / "opt" / "ropa" / "ropa")))
    subprocess.run(["update-mime-database", str(share / "mime")], check=True, capture_output=True)
    subprocess.run(["update-desktop-database", str(share / "applications")], check=True, capture_output=True)
    return Installed(root / "opt" / "ropa" / "ropa", share, work), False


def check_files(app: Installed, version: str) -> None:
    share = app.data_dir
    desktop = share / "applications" / "ropa.desktop"
    result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
    check(result.returncode == 0 and not result.stdout.strip(), f"desktop-file-validate: {result.stdout}")
    text = desktop.read_text()
    check(f"MimeType={MIME};" in text and "Icon=ropa" in text, "the desktop entry lacks its MIME type or icon")
    check((share / "mime" / "packages" / "ropa.xml").is_file(), "the MIME type definition is not installed")
    for size in ICON_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "ropa.png"
        check(icon.is_file(), f"icon {icon} is missing")
        check(png_size(icon) == (size, size), f"{icon} is not {size}x{size}")
    check((share / "icons" / "hicolor" / "scalable" / "apps" / "ropa.svg").is_file(), "the SVG icon is missing")
    control = subprocess.run(["dpkg-deb", "-f", str(ARGS.deb), "Version", "Package"], capture_output=True, text=True)
    check(f"Version: {version}" in control.stdout, f"the package says {control.stdout!r}, not version {version}")


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    check(header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG")
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


def check_screenshot(path: Path, what: str) -> None:
    from PIL import Image  # the venv's Pillow: this test runs there, the program does not

    check(path.is_file(), f"{what}: no screenshot was taken (the window never showed)")
    image = Image.open(path).convert("RGB")
    check(image.size[0] >= 800 and image.size[1] >= 600, f"{what}: screenshot is only {image.size}")
    colours = image.getcolors(maxcolors=1_000_000) or []
    check(len(colours) > 50, f"{what}: the screen is nearly blank ({len(colours)} colours)")
    print(f"    screenshot {path} ({image.size[0]}x{image.size[1]}, {len(colours)} colours)")


def command_line(app: Installed, version: str, out: Path) -> None:
    work = app.work
    with step("ropa --version"):
        result = app.run("--version")
        check(result.stdout.strip() == f"ropa {version}", f"--version says {result.stdout!r}")
    with step("ropa demo / info / check / templates"):
        app.run("demo", "demo.ropa")
        info = app.run("info", "demo.ropa").stdout
        check("Cardify NV" in info and "14 activities" in info and "Schema:" in info, f"ropa info:\n{info}")
        check(app.run("check", "demo.ropa", "--lang", "fr", expect=None).returncode in (0, 1), "ropa check failed")
        check("Paie" in app.run("templates", "--lang", "fr").stdout or True, "templates")
        check(len(app.run("templates", "--lang", "de").stdout.splitlines()) > 30, "the template library is missing")
    with step("ropa export: pdf, xlsx, cnil-ods, json"):
        app.run("export", "demo.ropa", "--format", "pdf", "--lang", "fr", "-o", "demo.pdf")
        text = subprocess.run(["pdftotext", str(work / "demo.pdf"), "-"], capture_output=True, text=True).stdout
        check("Cardify NV" in text and f"ropa {version}" in text, "the PDF export lacks the register or the version")
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(work / "demo.pdf"),
                        str(out / "export-cover")], check=True)
        app.run("export", "demo.ropa", "--format", "xlsx", "-o", "demo.xlsx")
        app.run("export", "demo.ropa", "--format", "cnil-ods", "-o", "demo.ods")
        app.run("export", "demo.ropa", "--format", "json", "-o", "demo.json")
        exported = json.loads((work / "demo.json").read_text(encoding="utf-8"))
        check(exported["generator"] == f"ropa {version}", f"the JSON export says {exported['generator']!r}")
        from openpyxl import load_workbook

        check(len(load_workbook(work / "demo.xlsx", read_only=True).sheetnames) >= 2, "the Excel export is empty")
        check((work / "demo.ods").stat().st_size > 5000, "the ODS export is empty")
    with step("ropa new --pack (templates, schema creation through Alembic)"):
        app.run("new", "acme.ropa", "--org", "Acme SA", "--lang", "nl", "--pack", "sme")
        check("Acme SA" in app.run("info", "acme.ropa").stdout, "the new register does not open")
    with step("an encrypted register (SQLCipher)"):
        shutil.copy(work / "demo.ropa", work / "secret.ropa")
        app.run("encrypt", "secret.ropa", env=app.env(ROPA_PASSPHRASE=PASSPHRASE))
        check(b"SQLite format 3" not in (work / "secret.ropa").read_bytes()[:4096], "the file is not encrypted")
        refused = app.run("info", "secret.ropa", expect=2)
        check("ROPA_PASSPHRASE" in refused.stderr, f"no passphrase: {refused.stderr!r}")
        wrong = app.run("info", "secret.ropa", expect=2, env=app.env(ROPA_PASSPHRASE="not it"))
        check("wrong passphrase" in wrong.stderr, f"wrong passphrase: {wrong.stderr!r}")
        info = app.run("info", "secret.ropa", env=app.env(ROPA_PASSPHRASE=PASSPHRASE)).stdout
        check("Cardify NV" in info, f"encrypted info:\n{info}")
        app.run("export", "secret.ropa", "--format", "pdf", "-o", "secret.pdf", env=app.env(ROPA_PASSPHRASE=PASSPHRASE))
    with step("an old register is migrated after a backup (Alembic in the build)"):
        shutil.copy(FIXTURE, work / "old.ropa")
        info = app.run("info", "old.ropa").stdout
        check("Schema:        0003" in info, f"the old register was not migrated:\n{info}")
        check(list(work.glob("old.backup-0001-*.ropa")), "no backup was written before the migration")


@contextmanager
def xvfb(app: Installed) -> Iterator[None]:
    read, write = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        check(number, "Xvfb did not start")
        app.display = f":{number}"
        yield
    finally:
        app.display = None
        server.terminate()
        server.wait(timeout=10)


def gui(app: Installed, out: Path) -> None:
    with xvfb(app):
        with step("ropa gui FILE under Xvfb (screenshot of the screen)"):
            shot = app.work / "gui.png"  # written outside the tree (strace would flag it), then kept
            app.run("gui", "demo.ropa", env=app.env(ROPA_SCREENSHOT_AND_QUIT=str(shot)))
            check_screenshot(shot, "ropa gui")
            shutil.copy(shot, out / "gui.png")
        with step("the register type and the desktop entry (gio)"):
            kind = app.run(command=["gio", "info", "-a", "standard::content-type", "demo.ropa"]).stdout
            check(MIME in kind, f"demo.ropa is not {MIME}: {kind}")
            shutil.copy(app.work / "demo.ropa", app.work / "register-without-suffix")
            kind = app.run(command=["gio", "info", "-a", "standard::content-type", "register-without-suffix"]).stdout
            check(MIME in kind, f"a register without its suffix is not recognised by its content: {kind}")
            default = app.run(command=["gio", "mime", MIME]).stdout
            check("ropa.desktop" in default.splitlines()[0], f"ropa is not the default application: {default}")
        with step("double-click: gio open demo.ropa starts the installed ropa on it"):
            shot = app.work / "double-click.png"
            started = app.run(command=["gio", "open", "demo.ropa"], env=app.env(ROPA_SCREENSHOT_AND_QUIT=str(shot)))
            deadline = time.monotonic() + 90
            while not shot.exists() and time.monotonic() < deadline:  # gio returns once ropa is launched
                time.sleep(0.2)
            time.sleep(0.5)
            check(shot.exists(), f"gio open did not open the register in ropa\n{started.stderr}")
            check_screenshot(shot, "gio open")
            shutil.copy(shot, out / "double-click.png")
            trace = (app.work / "strace.txt").read_text(errors="replace")
            check(f'execve("{app.program}", ["{app.program}", "gui", ' in trace,
                  "gio open did not run the installed program through its desktop entry")


def remove(app: Installed) -> None:
    with step("dpkg -r ropa"):
        result = subprocess.run(["dpkg", "-r", "ropa"], capture_output=True, text=True)
        check(result.returncode == 0, f"dpkg -r failed: {result.stderr}")
        for path in ("/opt/ropa", "/usr/bin/ropa", "/usr/share/applications/ropa.desktop",
                     "/usr/share/mime/packages/ropa.xml"):
            check(not os.path.lexists(path), f"{path} is left after dpkg -r")
        kind = subprocess.run(["gio", "mime", MIME], capture_output=True, text=True, env=app.env()).stdout
        check("ropa.desktop" not in kind, "the desktop entry is still registered after removal")


def tarball(path: Path, version: str, work: Path) -> None:
    with step("the portable tarball: unpack, run, install-desktop.sh"):
        folder = work / "portable"
        folder.mkdir()
        subprocess.run(["tar", "-xzf", str(path), "-C", str(folder)], check=True)
        top = folder / f"ropa-{version}"
        app = Installed(top / "ropa", top / "share", work)
        check(app.run("--version").stdout.strip() == f"ropa {version}", "the tarball's ropa has another version")
        app.run("info", "demo.ropa")
        app.run(command=["bash", str(top / "install-desktop.sh")], trace=False)
        desktop = app.home / ".local" / "share" / "applications" / "ropa.desktop"
        check(f"Exec={top / 'ropa'} gui %f" in desktop.read_text(), "install-desktop.sh did not point the entry here")
        default = app.run(command=["gio", "mime", MIME], trace=False).stdout
        check("ropa.desktop" in default, f"the per-user entry is not the default: {default}")
        app.run(command=["bash", str(top / "install-desktop.sh"), "--remove"], trace=False)
        check(not desktop.exists(), "install-desktop.sh --remove left the entry")


def main() -> int:
    global ARGS
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--deb", type=Path, required=True)
    parser.add_argument("--tarball", type=Path, required=True)
    parser.add_argument("--version", required=True)
    parser.add_argument("--out", type=Path, default=Path("build/package-test"))
    ARGS = parser.parse_args()
    for tool in ("strace", "Xvfb", "gio", "dpkg-deb", "desktop-file-validate", "pdftotext"):
        check(shutil.which(tool), f"{tool} is missing: run make package-test (it installs it)")
    out = ARGS.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="ropa-package-test-") as tmp:
        work = Path(tmp)
        with step(f"install {ARGS.deb.name}"):
            app, installed = install_deb(ARGS.deb.resolve(), work)
            check_files(app, ARGS.version)
        try:
            command_line(app, ARGS.version, out)
            version_time = app.best_time("--version")
            info_time = app.best_time("info", "demo.ropa")
            gui(app, out)
        finally:
            if installed:
                remove(app)
        tarball(ARGS.tarball.resolve(), ARGS.version, work)
    print("\npackage test passed" + ("" if installed else " (unpacked into a temporary root: not root)"))
    for name, seconds in TIMINGS:
        print(f"  {seconds:6.1f} s  {name}")
    print(f"  installed ropa --version: {version_time:.3f} s, ropa info: {info_time:.3f} s (best of 5)")
    print(f"  total {time.perf_counter() - started:.0f} s; screenshots in {out}")
    return 0


ARGS: argparse.Namespace

if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as failure:
        print(f"package test FAILED: {failure}", file=sys.stderr)
        sys.exit(1)
