"""Long jobs (loading a large register, exporting) on a worker thread, so the window never freezes.

A ``Job`` runs a plain function on ``QThreadPool``; the function gets the job to report progress and
to poll ``cancelled()``. Results come back through Qt signals, which Qt queues to the GUI thread.
Worker functions must not touch widgets; they may use the register store (each call opens its own
session and connection).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ropa.errors import RopaError

# Jobs started and not finished yet; keeps the Python objects alive while Qt runs them.
_RUNNING: set[Job] = set()
_RUNNING_LOCK = threading.Lock()


class JobSignals(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the function's return value
    failed = Signal(str)  # one plain sentence
    cancelled = Signal()
    ended = Signal()  # after any of finished / failed / cancelled

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job: Job | None = job
        # Queued to the GUI thread (this object lives there): the job stays referenced until every
        # signal it sent has been delivered.
        self.ended.connect(self._release)

    def _release(self) -> None:
        with _RUNNING_LOCK:
            _RUNNING.discard(self._job)  # type: ignore[arg-type]
        self._job = None


class Job(QRunnable):
    """One function run on a worker thread, with progress reporting and cooperative cancellation."""

    def __init__(self, function: Callable[[Job], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.function = function
        self.signals = JobSignals(self)
        self._cancel = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop; it stops at its next ``cancelled()`` check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def is_done(self) -> bool:
        return self._done.is_set()

    def report(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        failure: str | None = None
        result: Any = None
        try:
            result = self.function(self)
        except RopaError as exc:
            failure = str(exc)
        except Exception as exc:  # noqa: BLE001 - a worker must report, never die silently
            if os.environ.get("ROPA_DEBUG"):
                import traceback

                traceback.print_exc()
            failure = QCoreApplication.translate("Jobs", "internal error (%1)").replace(
                "%1", f"{type(exc).__name__}: {exc}"
            )
        self._done.set()
        if self.cancelled():
            self.signals.cancelled.emit()
        elif failure is not None:
            self.signals.failed.emit(failure)
        else:
            self.signals.finished.emit(result)
        self.signals.ended.emit()


def start(job: Job, pool: QThreadPool | None = None) -> Job:
    """Run ``job`` on ``pool`` (the global pool by default) and keep it alive until it ends."""
    with _RUNNING_LOCK:
        _RUNNING.add(job)
    (pool or QThreadPool.globalInstance()).start(job)
    return job


def running() -> int:
    with _RUNNING_LOCK:
        return len(_RUNNING)


def wait_all(timeout_ms: int = 30000) -> bool:
    """Wait for every job (used when closing a register and in tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
