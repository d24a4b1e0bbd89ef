"""Run slow work (key derivation, index building) off the GUI thread.

While any task runs, Python's cyclic garbage collector is paused: a collection
triggered by allocations in a worker thread could otherwise destroy Qt widgets
from that thread and crash the application. The GUI thread collects once the last
task has finished.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """A callable run on the global thread pool; connect ``signals`` before ``start``."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as err:  # reported to the GUI thread, never swallowed
            err.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.failed.emit(err)
        else:
            self.signals.done.emit(result)


_running: set[Task] = set()
_gc_lock = threading.Lock()
_gc_paused = 0


def _pause_gc() -> None:
    global _gc_paused
    with _gc_lock:
        _gc_paused += 1
        gc.disable()


def _resume_gc() -> None:
    global _gc_paused
    with _gc_lock:
        _gc_paused = max(0, _gc_paused - 1)
        if _gc_paused == 0:
            gc.enable()
            gc.collect()  # on the GUI thread: safe for Qt objects


def run_async(fn: Callable[[], Any], on_done: Callable[[Any], None],
              on_error: Callable[[BaseException], None]) -> Task:
    """Run ``fn`` in the background; the callbacks run on the GUI thread."""
    task = Task(fn)
    task.setAutoDelete(False)
    _running.add(task)

    def finish(cb: Callable[[Any], None]) -> Callable[[Any], None]:
        def inner(value: Any) -> None:
            _running.discard(task)
            _resume_gc()
            cb(value)
        return inner

    task.signals.done.connect(finish(on_done))
    task.signals.failed.connect(finish(on_error))
    _pause_gc()
    QThreadPool.globalInstance().start(task)
    return task
