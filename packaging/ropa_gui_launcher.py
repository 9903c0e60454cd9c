"""The windowed program of the Windows and macOS builds (Start menu, Finder, double-click on a
register): ``ropa gui [FILE]``. macOS hands files over as open-document events (QFileOpenEvent,
handled by ui.app), and may add a ``-psn_...`` argument that is not a file."""

import sys

from ropa.cli import main

if __name__ == "__main__":
    files = [arg for arg in sys.argv[1:] if not arg.startswith("-psn_")]
    sys.exit(main(["gui", *files[:1]]))
