# Mutating lists while iterating, list identity under augmented assignment, nested lists and aliasing.
a = [1, 2, 3, 4, 5, 6]
for x in a:
    if x % 2 == 0:
        a.remove(x)
print(a)
b = [1, 2, 3]
seen = []
for x in b:
    seen.append(x)
    if len(b) < 6:
        b.append(x * 10)
print(seen, b)
c = list(range(10))
for i in range(len(c) - 1, -1, -1):
    if c[i] % 3 == 0:
        del c[i]
print(c)
d = [1, 2, 3]
alias = d
d += [4]
print(alias, alias is d)
d = d + [5]
print(alias, alias is d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e, t)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
shared = [[0] * 3] * 3
shared[1][1] = 5
print(grid, shared)
e = [1, 2, 3]
it = iter(e)
next(it)
e.insert(0, 0)
print(next(it), list(it))
f = [3, 1, 2]
g = f[:]
g.sort()
print(f, g, f == sorted(g, key=f.index))
h = [1, 2, 3, 4]
h[1:3] = h[1:3][::-1]
print(h)
nested = [1, [2, [3, [4]]]]
copy = nested[:]
copy[1][1][0] = "changed"
print(nested, copy is nested, copy[1] is nested[1])
lst = []
lst.append(lst)
print(lst, len(lst), lst[0] is lst, lst == lst)
m = [0, 1, 2]
m[m[0]] = 5
print(m)
n = [1, 2, 3]
n[-1:] = n[:1]
print(n, n.pop(n.index(2)), n)
r = list(range(5))
while r:
    r.pop(0)
    if len(r) == 2:
        r.clear()
print(r, [] == r, not r)
