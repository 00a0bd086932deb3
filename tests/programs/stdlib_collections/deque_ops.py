from collections import deque

a = deque([1, 2, 3])
b = deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != (1, 2, 3))
print(deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]), deque([2]) > deque([1, 9]))
try:
    a < [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    deque([1, "a"]) < deque([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
print(a + b, a * 2, 3 * deque("ab"), a * 0, a * -1)
try:
    a + [4]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "x"
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += [7, 8]
print(c, a, c is a)
c *= 2
print(a)
c += c
print(a, len(a))
a.extend(a)
print(len(a))
r = deque([1])
r.append(r)
print(r)
s = deque()
s.append([s])
print(s, repr(deque([deque([1])])))
x = deque([1, 2])
y = x.copy()
y.append(3)
print(x, y, x.__copy__())
print(bool(deque()), bool(deque([0])), len(deque(range(33))))
print(sorted(deque([3, 1, 2])), max(deque([3, 9, 2])), sum(deque([1, 2, 3])))
print(list(enumerate(deque("ab"))), "-".join(deque(["p", "q"])))
try:
    deque.append(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
for bad in (lambda: x.append(), lambda: x.append(1, 2), lambda: x.pop(1), lambda: x.count()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
