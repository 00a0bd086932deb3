# list methods with odd arguments: insert/pop/index/remove bounds, extend with iterables, clear, copy.
a = [1, 2, 3]
a.insert(-1, "m")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
for bad in [10, -10]:
    try:
        a.pop(bad)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
b = [5, 3, 5, 1, 5]
print(b.index(5), b.index(5, 1), b.index(5, -1), b.index(5, 1, 3), b.count(5), b.count("5"))
for args in [(7,), (5, 3, 4), (1, -1)]:
    try:
        b.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
b.remove(5)
print(b)
try:
    b.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
c = []
c.extend(range(3))
c.extend("ab")
c.extend({"k": 1})
c.extend((x * x for x in range(3)))
c += (9,)
print(c)
try:
    c.extend(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    c + (1,)
except TypeError as e:
    print(type(e).__name__, e)
d = c.copy()
d.clear()
print(len(c), d, c[:2])
e = [1, 2]
e.extend(e)
print(e)
e *= 2
print(e)
e *= 0
print(e, [0] * -1, [[]] * 3, [1, 2] * True)
f = [[0] * 2] * 2
f[0][0] = 1
print(f)
try:
    a[5] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del a[-10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["1"]
except TypeError as e:
    print(type(e).__name__, e)
g = [3, 1, 2]
g.reverse()
print(g, list(reversed(g)), g[::-1] == list(reversed(g)), [1, 2] == [1, 2.0], [1] < [1, 0])
print(list(), list("xy"), list({1: 2}), list(range(0)), [*range(3), *"ab"])
