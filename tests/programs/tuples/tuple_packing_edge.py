# Tuple packing edge cases and tuple-producing builtins.
def f():
    return 1, 2,
print(f(), type(f()).__name__)
x = 1,
y = (1)
z = ()
print(x, y, z, len(z))
print(divmod(7, 2), tuple(enumerate("ab")), tuple(zip((1, 2), "ab")), tuple(reversed((1, 2, 3))))
big = tuple(range(1000))
print(len(big), big[500], big[-1], sum(big), big[998:], 999 in big, 1000 in big)
print(tuple(x * x for x in range(5)), tuple(map(str, (1, 2))), tuple(filter(None, (0, 1, 2))))
t = (1, 2, 3)
t2 = t
t += (4,)
print(t, t2)
print(t * 2, 0 * t, t[::2], t[1:-1], t[5:])
print(tuple.__name__, isinstance((), tuple), (1, 2).__len__(), (1, 2).__getitem__(1))
a = ("a", ["list inside"])
b = ("a", ["list inside"])
print(a == b, a is b)
for item in (("k1", 1), ("k2", 2)):
    key, val = item
    print(key, val)
print(sorted(((3, "c"), (1, "a"), (2, "b")), reverse=True))
print(str((1, "a", 2.5)), repr(("x",)), str(((),)))
print(min((5, 1), (5, 0)), max((), (0,)), (1, 2, 3) > (1, 2), (1, 2) > (1, 2))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2) < (1, "x")
except TypeError as e:
    print(type(e).__name__, e)
