# Slicing in loops, as fannkuch does: prefix reversal by slice assignment, copies, negative
# steps, extended-slice assignment and deletion, and slices of tuples and strs.
def flips(perm):
    perm = perm[:]
    n = 0
    k = perm[0]
    while k:
        perm[:k + 1] = perm[k::-1]
        n += 1
        k = perm[0]
    return n, perm

for p in ([3, 1, 2, 0], [1, 0], [4, 3, 2, 1, 0], [2, 4, 1, 0, 3]):
    print(p, flips(p))

x = list(range(10))
print(x[2:8:3], x[8:2:-2], x[::-3], x[-3:], x[:-7], x[100:], x[-100:2], x[5:5])
y = x[:]
y[::2] = [0] * 5
print(y, x == y, x[:] is x)
y[1:9] = []
print(y)
y[1:1] = "abc"
print(y)
y[:2] = (7, 8, 9)
print(y)
z = list(range(12))
del z[::4]
print(z)
del z[5:1:-2]
print(z)
try:
    z[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    z[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    z["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    z[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)

class Idx:
    def __index__(self):
        return 3
print(z[Idx():], z[:Idx()], (1, 2, 3, 4, 5)[Idx()::-1], "abcdefgh"[1:Idx():2])
big = 10 ** 30
print(z[-big:big], z[big:], z[:-big], z[::big], z[::-big])
w = [0, 1, 2, 3]
w[:] = w
print(w)
w[1:3] = w
print(w)
total = 0
for i in range(200):
    seq = list(range(i % 9))
    seq[:len(seq) // 2] = seq[len(seq) // 2 - 1::-1] if seq else []
    total += sum(seq[::2]) - len(seq[1::3])
print(total)
