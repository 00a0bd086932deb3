# copy.copy of built-in values: immutables come back as they are, containers are new.
import copy

for v in [None, 1, 2**100, 1.5, True, "text", b"bytes", (1, 2), frozenset([1]),
          range(3), len, copy.copy, int, Ellipsis, NotImplemented, slice(1, 2)]:
    c = copy.copy(v)
    print(type(c).__name__, c is v, c == v)

lst = [1, [2, 3], {"a": 4}]
c = copy.copy(lst)
print(c, c is lst, c == lst, c[1] is lst[1], c[2] is lst[2])
c.append(5)
c[1].append(99)
print(lst, c)

d = {"k": [1], "j": 2}
c = copy.copy(d)
print(c, c is d, c["k"] is d["k"])
c["new"] = 1
print(sorted(d), sorted(c))

s = {1, 2, 3}
c = copy.copy(s)
print(sorted(c), c is s, c == s)

ba = bytearray(b"abc")
c = copy.copy(ba)
c[0] = 65
print(ba, c)

t = (1, [2])
empty = ()
print(copy.copy(t) is t, copy.copy(empty) is empty)

# bound methods copy to an equal method on the same object
class K:
    def m(self):
        return "m of K"

k = K()
mc = copy.copy(k.m)
print(mc(), mc.__self__ is k, mc == k.m)

# classes and functions are returned as is
print(copy.copy(K) is K, copy.deepcopy(K) is K)
def f():
    return 1
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(len) is len)

print(copy.Error is copy.error, issubclass(copy.Error, Exception))
print(sorted(copy.__all__))
