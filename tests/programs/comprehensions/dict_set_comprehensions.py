# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(20)}, {len(w) for w in ["a", "bb", "cc", "ddd"]})
print({(x, y): x * y for x in range(3) for y in range(3) if x <= y})
word = "abracadabra"
print({c: word.count(c) for c in sorted(set(word))})
print(sorted({c.upper() for c in word}))
print({i: [j for j in range(i)] for i in range(4)})
print({i: {j for j in range(i)} for i in range(3)})
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 4)}
print(nested)
print({k: v for k, v in [("x", 1), ("x", 2), ("y", 3)]})
print({x: y for x, y in enumerate("hi")}, {n for n in range(10) if n & 1})
keys = ["a", "b"]
print({k: i for i, k in enumerate(keys)}, {k: None for k in keys}.keys())
counts = {}
print({w: counts.setdefault(w, len(counts)) for w in "to be or not to be".split()}, counts)
try:
    {[x]: x for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
print({x for x in []}, {x: x for x in ()}, type({x for x in []}).__name__)
