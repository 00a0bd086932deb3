import heapq

class Task:
    def __init__(self, pri, name):
        self.pri = pri
        self.name = name
    def __lt__(self, other):
        return self.pri < other.pri
    def __repr__(self):
        return f"Task({self.pri}, {self.name!r})"

h = []
for i, p in enumerate([3, 1, 4, 1, 5, 9, 2, 6, 5, 3]):
    heapq.heappush(h, Task(p, f"t{i}"))
print(h)
print([heapq.heappop(h).name for _ in range(len(h))])
pq = []
for i, (p, name) in enumerate([(2, "b"), (1, "a"), (2, "c"), (1, "d"), (0, "e")]):
    heapq.heappush(pq, (p, i, name))
print([heapq.heappop(pq) for _ in range(5)])
calls = []
class Loud:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        calls.append((self.v, other.v))
        return self.v < other.v
items = [Loud(v) for v in [4, 2, 6, 1]]
heapq.heapify(items)
print([x.v for x in items], calls)
class NoLt:
    pass
try:
    heapq.heappush([NoLt()], NoLt())
except TypeError as e:
    print(type(e).__name__, e)
class Shrink:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
hh = []
hh.extend([Shrink(1, hh), Shrink(2, hh)])
try:
    heapq.heappush(hh, Shrink(0, hh))
except RuntimeError as e:
    print(type(e).__name__, e)
class Bad:
    def __lt__(self, other):
        raise ValueError("no compare")
try:
    heapq.heappush([Bad()], Bad())
except ValueError as e:
    print(type(e).__name__, e)
def heapsort(xs):
    h = []
    for x in xs:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([5.5, -1, 3, 2.25, 0, 10]))
