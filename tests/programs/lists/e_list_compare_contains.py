# List equality and ordering (element-wise, then length), membership with == and identity, count/index with mixed types.
print([1, 2] == [1, 2], [1, 2] == [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] < [1, [2, 4]], [[]] > [], [1.0, 2] == [1, 2.0], [True] == [1], ["a"] < ["b"], [None] == [None])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
print([1, "a"] == [1, 2], [1, "a"] != [1, 2], [[1]] == [[1]], [[1]] is [[1]])
nan = float("nan")
lst = [nan, 1]
print(nan in lst, lst.count(nan), lst.index(nan), [nan] == [nan], [float("nan")] == [float("nan")])
class Always:
    def __eq__(self, o):
        return True
print(Always() in [1, 2], 5 in [Always()], [1, 2].count(Always()), [3, 4].index(Always()))
class Never:
    def __eq__(self, o):
        return False
n = Never()
print(n in [n], [n].count(n), [n] == [n], n == n, [n].index(n))
mixed = [1, 1.0, True, "1", (1,), [1]]
print(mixed.count(1), mixed.index(True), mixed.index("1"), [1] in mixed, (1,) in mixed, 2 in mixed)
print(max([[1, 2], [1, 2, 3], [0, 9]]), min([[], [0], [-1]]), sorted([[2], [1, 5], [1]]))
a = [1, 2, 3]
print(a == a[:], a is a[:], a == list(a), a == tuple(a), list(a) == [*a], a * 2 == a + a)
