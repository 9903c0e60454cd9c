"""Memory helpers for loading large registers."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Hundreds of thousands of small immutable objects: the cyclic GC would rescan them many times
    while they are created and find nothing to free, so it is paused while they are made."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
