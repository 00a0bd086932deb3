# Set algebra laws verified on small int sets, frozenset hashing as dict keys, and set iteration mutation errors.
A = {1, 2, 3, 4}
B = {3, 4, 5}
C = {4, 5, 6, 7}
print(A | (B & C) == (A | B) & (A | C), A & (B | C) == (A & B) | (A & C))
print(A - (B | C) == (A - B) & (A - C), A ^ B == (A - B) | (B - A), (A ^ B) ^ B == A)
print(A <= A | B, A & B <= A, not (A < A), A - A == set(), A | set() == A, A & set() == set())
print(sorted(A ^ B ^ C), sorted((A | B | C) - (A & B & C)), len(A | B | C))
power = [frozenset()]
for x in [1, 2, 3]:
    power += [s | {x} for s in power]
print(len(power), sorted(sorted(s) for s in power))
index = {s: len(s) for s in power}
print(index[frozenset({1, 3})], index[frozenset()], frozenset([3, 1]) in index)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
t = {1, 2, 3}
for x in list(t):
    t.discard(x)
print(t)
evens = set(range(0, 20, 2))
threes = set(range(0, 20, 3))
print(sorted(evens & threes), sorted(evens - threes)[:4], len(evens | threes), sorted(evens ^ threes)[-3:])
print({x for x in range(10)} == set(range(10)), set() == frozenset(), {1} < {1, 2} > {2}, {1, 2} > {1} < {1, 3})
print(min(A), max(C), sum(B), sorted(A, reverse=True), any(x > 6 for x in C), all(x > 0 for x in A))
u = set()
u.add((1, 2))
u.add((1, 2))
u.add(frozenset({1}))
print(len(u), (1, 2) in u, frozenset([1]) in u, {1} in [u] if False else "-")
try:
    u.add({1})
except TypeError as e:
    print(type(e).__name__, e)
print(set("abc") == set("cab"), len(set("mississippi")), sorted(set("mississippi")))
