from collections import deque

d = deque([1, 2, 3, 4])
print(list(reversed(d)), [x * 2 for x in d])
it = iter(d)
print(next(it), it.__length_hint__())
print(list(it))
ops = [
    ("append", lambda q: q.append(9)), ("appendleft", lambda q: q.appendleft(9)),
    ("pop", lambda q: q.pop()), ("popleft", lambda q: q.popleft()),
    ("extend", lambda q: q.extend([7])), ("extend empty", lambda q: q.extend([])),
    ("rotate", lambda q: q.rotate(1)), ("clear", lambda q: q.clear()),
    ("reverse", lambda q: q.reverse()), ("setitem", lambda q: q.__setitem__(0, 5)),
    ("delitem", lambda q: q.__delitem__(1)), ("insert", lambda q: q.insert(1, 5)),
    ("remove", lambda q: q.remove(2)),
]
for name, op in ops:
    for rev in (False, True):
        q = deque([1, 2, 3, 4])
        it = reversed(q) if rev else iter(q)
        next(it)
        op(q)
        try:
            print(name, rev, next(it), list(it))
        except RuntimeError as e:
            print(name, rev, type(e).__name__, e)
q = deque([1])
it = iter(q)
print(next(it), next(it, "done"))
q.append(2)
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print(type(e).__name__, e, len(q))
class Eq:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.append(0)
        return False
q = deque([1, 2, 3])
for meth in ("count", "index", "remove", "__contains__"):
    try:
        getattr(q, meth)(Eq(q))
    except (RuntimeError, IndexError) as e:
        print(meth, type(e).__name__, e)
