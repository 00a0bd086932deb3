# Slice assignment and deletion, extended slices and their ValueError messages.
a = list(range(10))
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[-2:] = []
print(a)
a[::2] = "ABCD"
print(a)
a[8:2:-2] = [0, 0, 0]
print(a)
a[:] = range(5)
print(a)
a[10:20] = [9]
print(a)
a[-100:1] = ["front"]
print(a)
a[3:1] = ["mid"]
print(a)
for rhs in [[1], [1, 2, 3, 4], []]:
    b = list(range(6))
    try:
        b[::2] = rhs
        print(b)
    except ValueError as e:
        print(type(e).__name__, e)
b = list(range(6))
try:
    b[::-1] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[1:3] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[::2] = 5
except TypeError as e:
    print(type(e).__name__, e)
b[::1] = [7, 8]
print(b)
c = list(range(10))
del c[::3]
print(c)
del c[::-2]
print(c)
del c[1:100]
print(c)
del c[5:]
print(c)
c = list(range(8))
del c[-1:-5:-1]
print(c)
c[:] = c
print(c)
c[1:2] = c
print(c)
d = [1, 2, 3]
d[0:0] = d
print(d)
d[len(d):] = (7, 8)
print(d)
d[::-1] = d
print(d)
try:
    "abc"[0:1] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del (1, 2)[0:1]
except TypeError as e:
    print(type(e).__name__, e)
