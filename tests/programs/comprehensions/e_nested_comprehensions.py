# Nested comprehensions: matrix operations, flattening with conditions at several levels, dict/set inside list.
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in m] for i in range(3)])
print([[m[i][j] * (i == j) for j in range(3)] for i in range(3)])
print([x for row in m for x in row if x % 2 if x > 2])
print([[x for x in row if x % 2 == 0] for row in m])
print({i: [j for j in range(i)] for i in range(4)})
print([{k: v for k, v in zip("abc", row)} for row in m])
print({x % 3: {y for y in range(x)} for x in range(4, 7)})
print(sum([x * y for x in range(4) for y in range(4) if x != y]))
words = ["apple", "banana", "cherry"]
print({w: {c: w.count(c) for c in sorted(set(w))} for w in words if len(w) > 5})
print([(i, j, k) for i in range(3) for j in range(i, 3) for k in range(j, 3) if i + j + k == 4])
mult = [[i * j for j in range(1, 5)] for i in range(1, 5)]
for row in mult:
    print(" ".join(f"{v:3}" for v in row))
print([[c for c in w if c in "aeiou"] for w in words], [len([c for c in w if c not in "aeiou"]) for w in words])
flat = [y for x in [[1, [2]], [[3], 4]] for y in (x if isinstance(x, list) else [x])]
print(flat)
print(list(zip(*[[r * 3 + c for c in range(3)] for r in range(2)])))
print([[[k for k in range(j)] for j in range(i)] for i in range(3)])
