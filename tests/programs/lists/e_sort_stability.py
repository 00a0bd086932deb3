# list.sort / sorted: stability with key and reverse, errors, and mutation during sort.
recs = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 2), ("eve", 1), ("fay", 2), ("gus", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -r[1]))
by_name = sorted(recs, reverse=True)
print(by_name, sorted(by_name, key=lambda r: r[1]))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=str.lower, reverse=True), sorted(words, key=len))
x = [3, 1, 2]
print(x.sort(), x, x.sort(reverse=True), x)
n = [5, -3, 2, -8, 0, 7, -1]
n.sort(key=abs)
print(n)
n.sort(key=lambda v: (v % 2, v))
print(n)
try:
    [3, "a", 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].sort(lambda v: v)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, None, 2])
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(9), K(2)]), min(K(5), K(4)))
lst = [3, 2, 1]
def bad_key(v):
    lst.append(v)
    return v
try:
    lst.sort(key=bad_key)
    print(lst)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([]), sorted([1]), sorted((3, 1, 2)), sorted("cab"), sorted({3: 1, 1: 2}), sorted({2, 1}.union({0})))
print(sorted([[2, 1], [1, 2], [1, 1, 0], []]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted([0.5, -1, True, 2 ** 65, -2.5]), sorted(range(10), key=lambda i: i % 3))
data = list(range(20))
data.sort(key=lambda v: v // 5, reverse=True)
print(data)
print(sorted(["b", "a"], key=None), sorted([1, 2, 3], reverse=0), sorted([2, 1], reverse=1))
