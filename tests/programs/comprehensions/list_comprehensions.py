# List comprehensions: nesting, conditions, scoping.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([x if x % 2 else -x for x in range(6)])
print([(x, y) for x in range(3) for y in range(x)])
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i, row in enumerate(matrix)], [x for row in matrix for x in row if x % 2])
print([[row[i] for row in matrix] for i in range(3)])
words = ["apple", "Banana", "cherry", "date", "Elderberry"]
print([w.lower() for w in words if len(w) > 4], [w[0] for w in words], [len(w) for w in words])
x = "outer"
print([x for x in "abc"], x)
n = 10
print([n * i for i in range(3)])
print([i for i in range(3) for i in "ab"])
print([c for c in "hello" if c not in "aeiou"])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([y for y in [[1, 2], [], [3]] if y])
nested = [[[i, j, k] for k in range(2)] for j in range(2) for i in range(1)]
print(nested)
fns = [lambda v, m=m: v * m for m in range(3)]
print([f(10) for f in fns])
print([sum(range(i)) for i in range(6)], [str(i) * i for i in range(4)])
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    total = sum(v for v in vals)
print(C.doubled, C.total)
def gen_squares(limit):
    return [k for k in (i * i for i in range(limit)) if k % 2 == 0]
print(gen_squares(10))
try:
    [undefined_var for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [1 / (i - 2) for i in range(5)]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
