# The transaction module, named and shaped as pypy-stm's: parallelism without visible
# threads. TransactionQueue().add(f, *args, **kwds) queues a call; run() runs every queued
# call, each inside `with atomic:`, on a pool of threads (one per segment), so that the
# program behaves as if the calls ran one after the other, in some order. Calls may add
# more calls while it runs. The first exception a call raises stops the queue: the other
# workers finish the call they are in, and run() raises it.
#
# Why per-worker queues: one shared list popped by every worker would be written by every
# transaction, and its write-write conflicts would serialise the calls. Each worker owns a
# list (the calls are dealt round-robin at the start; a call added while running goes to
# the adding worker's list) and takes from another worker's only when its own is empty.
# A worker with nothing to do marks itself idle (in its own object) and polls; the run ends
# when every worker is idle and every list is empty.
#
# In stmvm-nostm (getsegmentlimit() == 1), and whenever one segment is asked for, the calls
# run one after the other in the calling thread.
import threading
import time
from pypystm import atomic, getsegmentlimit

__all__ = ["TransactionQueue", "add", "run"]

_worker = threading.local()


class _Worker:
    __slots__ = ("queue", "idle")

    def __init__(self, queue):
        self.queue = queue
        self.idle = False


class TransactionQueue:
    def __init__(self):
        self._pending = []
        self._workers = None
        self._error = None

    def add(self, f, *args, **kwds):
        """Queue f(*args, **kwds), to run inside `with atomic:` by run()."""
        item = (f, args, kwds)
        workers = self._workers
        if workers is None:
            self._pending.append(item)
            return
        index = getattr(_worker, "index", None)
        if index is None or getattr(_worker, "queue", None) is not self:
            index = 0
        w = workers[index]
        with atomic:
            w.queue.append(item)
            w.idle = False

    def run(self, nb_segments=0):
        """Run every queued call (and those they add); raise the first exception one raised."""
        if self._workers is not None:
            raise RuntimeError("TransactionQueue.run() is already running")
        n = nb_segments if nb_segments > 0 else getsegmentlimit()
        if n <= 1:
            self._run_serially()
        else:
            self._run_parallel(n)
        error, self._error = self._error, None
        if error is not None:
            raise error

    def _run_serially(self):
        pending = self._pending
        while pending and self._error is None:
            f, args, kwds = pending.pop(0)
            self._call(f, args, kwds)

    def _run_parallel(self, n):
        pending, self._pending = self._pending, []
        self._workers = [_Worker(pending[i::n]) for i in range(n)]
        try:
            threads = [threading.Thread(target=self._work, args=(i,)) for i in range(n)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        finally:
            leftover = [item for w in self._workers for item in w.queue]
            self._workers = None
            if self._error is None:
                self._pending.extend(leftover)

    def _work(self, index):
        _worker.index = index
        _worker.queue = self
        me = self._workers[index]
        while self._error is None:
            item = self._next(me, index)
            if item is not None:
                self._call(*item)
            elif self._all_idle():
                return
            else:
                time.sleep(0.0002)

    def _next(self, me, index):
        with atomic:
            if me.queue:
                me.idle = False
                return me.queue.pop()
            workers = self._workers
            for k in range(1, len(workers)):
                other = workers[(index + k) % len(workers)]
                if other.queue:
                    me.idle = False
                    return other.queue.pop(0)
            me.idle = True
            return None

    def _all_idle(self):
        with atomic:
            for w in self._workers:
                if w.queue or not w.idle:
                    return False
            return True

    def _call(self, f, args, kwds):
        try:
            with atomic:
                f(*args, **kwds)
        except BaseException as e:
            with atomic:
                if self._error is None:
                    self._error = e


_default = TransactionQueue()


def add(f, *args, **kwds):
    """Queue f(*args, **kwds) in the module's default TransactionQueue."""
    _default.add(f, *args, **kwds)


def run(nb_segments=0):
    """Run the module's default TransactionQueue."""
    _default.run(nb_segments)
