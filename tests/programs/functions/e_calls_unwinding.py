# Exceptions leaving plain calls, bound methods and calls made by natives (sorted's key,
# map, a generator's body) at several depths: handled at the right level, with the right
# traceback entries (their lines), and the call depth restored afterwards.
import sys


def tb_lines(e):
    lines = []
    tb = e.__traceback__
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    return lines


def leaf(x):
    if x == 3:
        raise ValueError("bad %d" % x)
    return x * 2


def middle(x):
    return leaf(x) + 1


class Box:
    def __init__(self, n):
        self.n = n

    def get(self, x):
        return middle(x + self.n)


def via_sorted(items):
    return sorted(items, key=middle)


def gen(items):
    for x in items:
        yield middle(x)


def depth():
    return 1 + depth() if True else 0


for label, fn in [("plain", lambda: middle(3)), ("method", lambda: Box(1).get(2)),
                  ("sorted", lambda: via_sorted([5, 4, 3])), ("map", lambda: list(map(middle, [1, 3]))),
                  ("generator", lambda: sum(gen([1, 2, 3])))]:
    try:
        print(label, fn())
    except ValueError as e:
        print(label, type(e).__name__, e, tb_lines(e)[1:])

print(middle(4), Box(2).get(0), via_sorted([2, 1]), list(gen([0, 1])))


def recurse(n):
    if n == 0:
        return 0
    return recurse(n - 1) + 1


for attempt in range(2):
    try:
        depth()
    except RecursionError as e:
        print("attempt", attempt, type(e).__name__, e)
    print(recurse(500))


def handler_in_middle(x):
    try:
        return middle(x)
    except ValueError as e:
        return "caught in handler_in_middle: %s" % e
    finally:
        print("finally", x)


print(handler_in_middle(3), handler_in_middle(1))
print(sys.getrecursionlimit())
