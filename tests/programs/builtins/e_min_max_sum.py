# min/max with key, default and iterables vs. arguments; sum with start values of several types.
print(max([3, 1, 4, 1, 5]), min("hello"), max(3, 1, 4), min((2, "b"), (2, "a")), max([1, 2], [1, 2, 0]))
print(max([], default="empty"), min((), default=None), max([7], default=0), min(iter([]), default=-1))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "kiwi"], key=len), max("a", "B", key=str.lower))
print(max([1, -5, 3], key=abs), min([1, -5, 3], key=lambda v: -v), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max([(1, "x"), (1, "y"), (0, "z")], key=lambda t: t[0]), min([2, 1, 1.0, True], key=lambda v: v))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=0), lambda: min([1, "a"]),
             lambda: max([1], key=1), lambda: max(1, 2, bad=1), lambda: min(5, key=len)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(101)), sum([], 5), sum(iter([1.5, 2.5])), sum([True, True, False]), sum([1, 2.5, 2 ** 70]))
print(sum([2 ** 64, -(2 ** 64), 1]), sum(x * x for x in range(10)), sum({1: "a", 2: "b"}), sum([1e100, 1.0, -1e100]))
for call in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([1, "a"]), lambda: sum(5), lambda: sum([[1]]),
             lambda: sum([bytearray(b"x")], bytearray())]:
    try:
        print(call())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=100), sum(start=[], iterable=[[1]]) if False else "kw-ok")
class V:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return V(self.v + (o.v if isinstance(o, V) else o))
    __radd__ = __add__
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return f"V({self.v})"
print(sum([V(1), V(2)]), sum([V(1)], V(10)), max(V(3), V(9), V(1)), min([V(3), V(2)]))
print(max(range(10), key=lambda i: i % 4), min(range(1, 10), key=lambda i: (i % 3, -i)))
vals = [3, 1, 3, 2, 3]
print(max(range(len(vals)), key=vals.__getitem__), min(enumerate("hello"), key=lambda p: p[1]))
print(max("abc", "abd", "ab"), min([[], [0], [-1, 5]]), max(map(int, "3141592")), min(filter(None, [0, 4, 0, 2])))
