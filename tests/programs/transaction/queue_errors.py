# TransactionQueue: the first exception a call raises stops the queue and comes out of
# run(); the queue can be used again afterwards; calls before the failing one keep their
# effects; BaseException subclasses too.
from _tq import TransactionQueue


class Box:
    __slots__ = ("items",)

    def __init__(self):
        self.items = 0


def ok(box):
    box.items += 1


def fail(message):
    raise ValueError(message)


for segments in (1, 2, 4):
    tq = TransactionQueue()
    box = Box()
    tq.add(fail, "boom %d" % segments)
    try:
        tq.run(segments)
    except ValueError as e:
        print(segments, "ValueError", e)
    tq.add(ok, box)
    tq.add(ok, box)
    tq.run(segments)
    print("  again", box.items)

tq = TransactionQueue()
tq.add(lambda: (_ for _ in ()).throw(KeyError("k")))
try:
    tq.run(2)
except KeyError as e:
    print("KeyError", e)

class Stop(BaseException):
    pass

def stop():
    raise Stop("halt")

tq.add(stop)
try:
    tq.run(2)
except Stop as e:
    print("Stop", e)
