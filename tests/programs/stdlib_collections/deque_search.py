from collections import deque

d = deque([1, 2, 3, 2, 1, 2])
print(d.count(2), d.count(9), d.count(1))
print(d.index(2), d.index(2, 2), d.index(2, 4), d.index(1, -2))
for args in ((9,), (2, 6), (3, 0, 2), (1, 1, -1)):
    try:
        print(d.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    d.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.index(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
d.remove(2)
print(d)
try:
    d.remove(42)
except ValueError as e:
    print(type(e).__name__, e)
d.insert(0, "first")
d.insert(100, "last")
d.insert(-1, "before last")
d.insert(2, "mid")
d.insert(-100, "very first")
print(d)
try:
    d.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.insert("x", 1)
except TypeError as e:
    print(type(e).__name__, e)
print("mid" in d, "nope" in d)
for key in (20, -20):
    try:
        d[key]
    except IndexError as e:
        print(type(e).__name__, e)
for key in ("a", slice(1, 2)):
    try:
        d[key]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    d[50] = 1
except IndexError as e:
    print(type(e).__name__, e)
try:
    del d[50]
except IndexError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 1
print(d[Idx()])
