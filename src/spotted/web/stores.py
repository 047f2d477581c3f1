"""Store connections for a server that answers requests on many threads.

A `Store` holds one SQLite connection that one thread at a time may use. `StorePool` lends
each request a store of its own and takes it back afterwards, opening another only when all
are busy. In read-only mode every connection is put in SQLite's `query_only` mode, so no
request, whatever its path, can change the file.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from queue import Empty, SimpleQueue

from spotted.store import Store


class StorePool:
    """In: the store's path and whether writes are allowed. Out: `borrow()`, a store per caller.

    Raises `StoreNotFound` at once when the file does not exist.
    """

    def __init__(self, path: str | Path, *, writable: bool = False):
        self.path = Path(path)
        self.writable = writable
        self._idle: SimpleQueue[Store] = SimpleQueue()
        self._idle.put(self._open())  # fails early on a missing or too new store

    def _open(self) -> Store:
        store = Store(self.path, create=False)
        if not self.writable:
            store.conn.execute("PRAGMA query_only = ON")
        return store

    @contextmanager
    def borrow(self) -> Iterator[Store]:
        """A store for this caller alone until the `with` block ends."""
        try:
            store = self._idle.get_nowait()
        except Empty:
            store = self._open()
        try:
            yield store
        finally:
            self._idle.put(store)

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().close()
            except Empty:
                return
