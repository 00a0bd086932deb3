from collections import deque

d = deque(range(7))
for n in (1, 2, -1, -3, 0, 7, 15, -22):
    d.rotate(n)
    print(n, d)
d.rotate()
print(d)
e = deque()
e.rotate(5)
print(e)
one = deque([1])
one.rotate(-3)
print(one)
d.reverse()
print(d)
d2 = deque([1, 2, 3, 4])
d2.reverse()
print(d2)
d3 = deque()
d3.reverse()
print(d3)
try:
    d.rotate("a")
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.rotate(1.5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.rotate(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.rotate(n=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
# rotate after wrap-around of the ring buffer
r = deque()
for i in range(12):
    r.append(i)
for i in range(5):
    r.popleft()
    r.append(100 + i)
r.rotate(3)
print(r)
r.rotate(-8)
print(r, r[0], r[-1])
