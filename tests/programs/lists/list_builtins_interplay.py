# Lists with builtins: min/max/sum/any/all/zip/enumerate/reversed/map/filter.
scores = [88, 92, 79, 93, 85, 92]
print(min(scores), max(scores), sum(scores), sum(scores) / len(scores), sum(scores, 1000))
print(scores.index(max(scores)), sorted(set(scores)), len(scores), any(s > 90 for s in scores), all(s > 80 for s in scores))
print(list(enumerate(scores, start=1))[:3], list(zip(scores, "abcdef"))[:2], list(zip(scores, [1, 2])))
print(list(reversed(scores)), list(map(lambda s: s // 10, scores)), list(filter(lambda s: s % 2, scores)))
print(list(map(lambda a, b: a - b, scores, scores[1:])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(max([], default="empty"), min([], default=None), max([3, 1], key=lambda x: -x), max("b", "a", "c"))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(any([]), all([]), any([0, 0.0, ""]), all([1, "x", [0]]))
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
people = sorted(zip(ages, names))
print(people, dict(zip(names, ages)), [n for _, n in people])
unzipped = list(zip(*people))
print(unzipped)
r = reversed([1, 2, 3])
print(next(r), list(r), list(r))
e = enumerate(["x", "y"])
print(next(e), next(e), next(e, "done"))
print(list(range(10))[::3], list(range(10, 0, -3)), len(range(0, 100, 7)), range(0, 100, 7)[-1])
print(sum(x * x for x in range(10)), min((len(n), n) for n in names), max(enumerate(scores), key=lambda p: p[1]))
