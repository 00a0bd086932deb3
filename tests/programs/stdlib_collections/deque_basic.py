from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, len(d), bool(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5])
d.extendleft("ab")
print(d)
print(d[0], d[-1], d[3], d[-2])
d[1] = "A"
print(d)
del d[0]
print(d)
del d[-1]
print(d)
print(list(d), tuple(d))
print(3 in d, 99 in d, "A" in d)
d.clear()
print(d, len(d))
for i in range(20):
    d.append(i)
    if i % 3 == 0:
        d.popleft()
print(d, len(d))
print(deque(range(5)), deque("xyz"), deque((1, 2)), deque({7: 1}))
print(deque(iterable=[1, 2]))
e = deque([1, 2, 3])
e.__init__([9, 8])
print(e)
print(deque.__name__, deque.__module__, type(iter(e)).__name__, type(reversed(e)).__name__)
try:
    deque().pop()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    deque().popleft()
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    deque(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    hash(deque())
except TypeError as ex:
    print(type(ex).__name__, ex)
big = deque()
for i in range(1000):
    big.appendleft(i)
    big.append(-i)
print(len(big), big[0], big[-1], big[500], sum(big))
while len(big) > 3:
    big.pop()
    big.popleft()
print(big)
