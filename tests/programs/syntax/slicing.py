# Slicing with steps, negative indices, slice assignment and deletion.
s = list(range(10))
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[100:], s[-100:2], s[5:2], s[::-3])
print("hello world"[::-1], "hello"[1:4], "abcdef"[::2])
print((1, 2, 3, 4, 5)[1::3])
print(b"abcdef"[1:5:2])

sl = slice(1, 8, 3)
print(s[sl], sl.start, sl.stop, sl.step)
print(slice(None, 5).indices(10), slice(-3, None).indices(10), slice(None, None, -1).indices(4))

# slice assignment
t = list(range(6))
t[1:3] = ["a", "b", "c", "d"]
print(t)
t[::2] = [0, 0, 0, 0]
print(t)
t[2:2] = [99]
print(t)
t[-2:] = []
print(t)
t[:] = "xyz"
print(t)

try:
    t[::2] = [1, 2, 3, 4]
except ValueError as e:
    print(type(e).__name__, e)

# deletion
u = list(range(10))
del u[::3]
print(u)
del u[1:3]
print(u)
del u[-1]
print(u)
del u[:]
print(u)

# step zero
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)

# index errors on single items but not slices
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
print(s[10:20])
try:
    "abc"[5]
except IndexError as e:
    print(type(e).__name__, e)
