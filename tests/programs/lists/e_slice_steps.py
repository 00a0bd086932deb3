# Slicing with every step sign and out-of-range bounds, on lists, strings and tuples.
a = list(range(10))
for sl in [(None, None, -1), (None, None, 2), (None, None, -3), (8, 2, -2), (2, 8, -1), (-1, -11, -1),
           (-100, 100, 3), (100, -100, -3), (5, None, -1), (None, 5, -1), (-3, None), (None, -3), (3, 3),
           (7, 2), (-2, -1), (1, -1, 4), (0, 0, -1), (-11, 1), (11, 0, -4)]:
    s = slice(*sl)
    print(sl, a[s], "".join("abcdefghij"[s]), tuple(a)[s] == tuple(a[s]), s.indices(10))
try:
    a[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    "abc"[1:2:0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a["x":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a[1.0:2]
except TypeError as e:
    print(type(e).__name__, e)
big = 10 ** 30
print(a[-big:big], a[big:], a[:-big], a[::big], a[::-big], a[big::-1][:3])
print(a[True:3], a[False::True + 1], range(10)[::-2], range(10)[2:-2:3], list(range(10)[big:]))
print(slice(1, 2).indices(0), slice(None, None, -1).indices(0), slice(-5, None).indices(3))
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(slice(3), slice(1, 2), slice(1, 2, 3), slice(None), slice(3).stop, slice(1, 2, 3).step, slice("a", [1]))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
try:
    hash(slice(1, 2))
    print("hashable slice")
except TypeError as e:
    print(type(e).__name__, e)
s = "hello"
print(s[::-1], s[-1::-2], s[4:0:-1], s[10:], s[-10:2], s[1:-1], s[:], s[5:5], s[::5])
t = (1, 2, 3, 4)
print(t[::-1], t[1::2], t[-2:], t[:-5], t[3:0:-2])
