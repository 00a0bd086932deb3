# list/tuple/dict/set/frozenset/str/bytes/bytearray constructors from various iterables.
src = "hello"
print(list(src), tuple(src), sorted(set(src)), sorted(frozenset(src)), dict.fromkeys(src))
print(list(range(3)), tuple(range(3)), set(range(3)), frozenset(range(3)))
print(dict([(1, "a"), (2, "b")]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(zip("ab", "xy")), dict())
print(list({"k1": 1, "k2": 2}), list({"k1": 1}.values()), list({"k1": 1}.items()))
print(str(), list(), tuple(), dict(), set(), frozenset(), bytes(), bytearray())
print(bytes([72, 105]), bytes("hi", "utf-8"), bytes(2), bytearray(b"ab"), bytes(bytearray(b"cd")))
print(list(map(int, "123")), tuple(x * 2 for x in range(3)), set(c for c in "aab" if c != "b"))
print(list((1, 2)), tuple([3, 4]), list(dict(a=1)), list(b"AB"), list(bytearray(b"\x00\xff")))
gen = (i for i in range(3))
print(list(gen), list(gen))
d = dict([["a", 1], ("b", 2), "cd"])
print(d)
nested = list([[1, 2]] * 2)
nested[0].append(3)
print(nested)
copy = list(nested)
print(copy is nested, copy == nested, copy[0] is nested[0])
for bad in [lambda: list(5), lambda: dict([1]), lambda: set([[]]), lambda: tuple(None), lambda: dict(a=1, **{"a": 2})]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
