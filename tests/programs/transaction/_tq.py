# The transaction module in stmvm (both builds); under CPython, which has no pypystm, a
# serial stand-in with the same API, so that both give the same output.
try:
    import pypystm
except ImportError:
    class TransactionQueue:
        def __init__(self):
            self._pending = []

        def add(self, f, *args, **kwds):
            self._pending.append((f, args, kwds))

        def run(self, nb_segments=0):
            while self._pending:
                f, args, kwds = self._pending.pop(0)
                f(*args, **kwds)

    _default = TransactionQueue()

    def add(f, *args, **kwds):
        _default.add(f, *args, **kwds)

    def run(nb_segments=0):
        _default.run(nb_segments)
else:
    from transaction import TransactionQueue, add, run
