# enumerate, zip, map, filter, reversed, sorted, iter, next, range, all, any.
names = ["ann", "bob", "cy"]
ages = [31, 25, 40]
print(list(enumerate(names)), list(enumerate(names, 10)), list(enumerate("")))
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()), list(zip(names)))
print(list(zip(range(5), "ab")), dict(zip(names, ages)))
print(list(map(str.upper, names)), list(map(lambda a, b: f"{a}={b}", names, ages)), list(map(abs, [-1, 2, -3])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda a: a > 30, ages)))
print(list(reversed(names)), list(reversed(range(3))), list(reversed((1, 2))), "".join(reversed("abc")))
print(sorted(names, key=len), sorted(ages, reverse=True), sorted("bca"), sorted({3: 1, 1: 2}))
it = iter(names)
print(next(it), next(it), next(it), next(it, "default"))
print(all([]), any([]), all([1, True, "x"]), any([0, None, ""]), all(x > 20 for x in ages), any(n == "cy" for n in names))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], [4, 5])
print(list(z), list(z))
e = enumerate("ab")
print(iter(e) is e, next(e), list(e))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__)
try:
    reversed({1, 2})
except TypeError as err:
    print(type(err).__name__, err)
try:
    next(iter([]))
except StopIteration as err:
    print("StopIteration", err.args)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return self.n - i
print(list(reversed(Countdown(3))), list(Countdown(3)), sorted(Countdown(4)))
