from collections import deque

d = deque(maxlen=3)
print(d, d.maxlen)
for i in range(6):
    d.append(i)
    print(d)
d.appendleft(-1)
print(d)
d.extend([10, 11])
print(d)
d.extendleft([20, 21])
print(d)
print(deque([1, 2, 3, 4, 5], 2))
print(deque([1, 2], maxlen=None), deque([1, 2]).maxlen)
z = deque([1, 2, 3], maxlen=0)
z.append(4)
z.extend(range(100))
print(z, len(z))
try:
    d.insert(0, 99)
except IndexError as e:
    print(type(e).__name__, e)
for bad in (-1, "a", 2.0):
    try:
        deque(maxlen=bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    deque([], 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque(x=1)
except TypeError as e:
    print(type(e).__name__, e)
m = deque([1, 2], maxlen=3)
print(m * 2, 2 * m, m + deque([7, 8, 9]))
m *= 3
print(m)
c = m.copy()
c.append(100)
print(c, m, c.maxlen)
print(deque(range(10), maxlen=4) == deque([6, 7, 8, 9]))
