# pypystm.atomic where it exists (stmvm); under CPython a lock-based stand-in, so that both
# give the same output.
try:
    from pypystm import atomic
except ImportError:
    import threading

    class _Atomic:
        def __init__(self):
            self._lock = threading.RLock()

        def __enter__(self):
            self._lock.acquire()

        def __exit__(self, *exc):
            self._lock.release()

    atomic = _Atomic()
