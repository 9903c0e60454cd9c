"""The frozen program's entry point: the same ``ropa`` command as the development install."""

import sys

from ropa.cli import main

if __name__ == "__main__":
    sys.exit(main())
