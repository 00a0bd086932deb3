# An uncaught exception whose traceback crosses plain calls, a bound method, a generator
# and sorted's key function (a call made by native code), printed by the top level.


class Ranker:
    def __init__(self, bad):
        self.bad = bad

    def rank(self, x):
        return check(x, self.bad)


def check(x, bad):
    if x == bad:
        raise KeyError(x)
    return -x


def ranked(items, ranker):
    for x in sorted(items, key=ranker.rank):
        yield x


def collect(items, bad):
    out = []
    for x in ranked(items, Ranker(bad)):
        out.append(x)
    return out


def outer(bad):
    print("collect", collect([3, 1, 2], 99))
    return collect([3, 1, 2], bad)


print("start")
outer(2)
print("not reached")
