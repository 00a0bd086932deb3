# sorted/list.sort: stability, key, reverse, multi-pass sorting.
records = [("alice", 30, "NY"), ("bob", 25, "LA"), ("carol", 30, "LA"), ("dave", 25, "NY"),
           ("eve", 35, "SF"), ("frank", 30, "SF"), ("grace", 25, "LA")]
print([r[0] for r in sorted(records, key=lambda r: r[1])])
print([r[0] for r in sorted(records, key=lambda r: r[1], reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: r[2])])
# multi-pass: sort by secondary key first, then by primary; stability keeps the secondary order
by_city = sorted(records, key=lambda r: r[2])
by_age_then_city = sorted(by_city, key=lambda r: r[1])
print([(r[1], r[2], r[0]) for r in by_age_then_city])
print([r[0] for r in sorted(records, key=lambda r: (r[2], -r[1]))])
# reverse=True keeps equal elements in original order (it is not sort-then-reverse)
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(list(reversed(sorted(pairs, key=lambda p: p[0]))))
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: (x % 2, x)), max(nums, key=abs), min(nums, key=abs))
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted([]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([1, 2, 3], key=key), calls)
try:
    sorted([1, 2], key=lambda x: "a" if x == 1 else 0)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 101 for i in range(100)]
s = sorted(big)
print(s[:10], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted([2.5, 1, True, -0.5]), sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
