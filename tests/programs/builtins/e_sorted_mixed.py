# sorted/list.sort with incomparable types, key errors, reverse stability, and sorting custom objects.
for data in [[3, "a"], [None, 1], [1, [1]], [(1, 2), (1, "x")], [{1}, {2}, {3}], [{"a": 1}, {"b": 2}]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
print(sorted([{3}, {1, 2, 3}, {1}]), sorted([[3], [1, 2], [1]]), sorted([(2,), (1, 5), ()]))
def bad_key(x):
    if x == 3:
        raise ValueError("key failed on 3")
    return x
try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v, tag):
        self.v, self.tag = v, tag
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"{self.v}{self.tag}"
items = [Cmp(2, "a"), Cmp(1, "b"), Cmp(2, "c"), Cmp(1, "d"), Cmp(3, "e")]
print(sorted(items), sorted(items, reverse=True))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return f"G{self.v}"
print(sorted([OnlyGt(3), OnlyGt(1), OnlyGt(2)]))
class NoCmp:
    pass
try:
    sorted([NoCmp(), NoCmp()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([NoCmp()]) != [], sorted([], key=lambda x: 1 / 0), sorted([5], key=lambda x: 1 / 0) if False else "single")
words = "The quick brown fox Jumps over the lazy Dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w.lower())))
print(sorted(sorted(words, key=str.lower), key=len, reverse=True))
nums = [3.5, -1, 2, True, -0.0, 0, 10 ** 20]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, key=lambda n: -n))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs))
lst = [5, 2, 9]
res = lst.sort()
print(res, lst, sorted(lst) is lst, sorted(lst) == lst)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("bca", reverse=True), sorted(b"bca"), sorted({"z": 1, "a": 2}.items()), sorted(range(5, 0, -2)))
