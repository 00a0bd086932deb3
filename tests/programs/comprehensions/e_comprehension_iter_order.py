# Evaluation order in comprehensions: the first iterable is evaluated eagerly, the rest lazily per item.
log = []
def it(name, n):
    log.append("iter " + name)
    return range(n)
def cond(v):
    log.append(f"cond {v}")
    return v % 2 == 0
g = (a * 10 + b for a in it("outer", 2) for b in it("inner", 2) if cond(b))
print(log)
print(list(g))
print(log)
log.clear()
res = {k: log.append(("v", k)) or k for k in it("dict", 2) if log.append(("c", k)) is None}
print(res, log)
log.clear()
def key(v):
    log.append(("k", v))
    return v
def val(v):
    log.append(("v", v))
    return v
d = {key(i): val(i) for i in range(2)}
print(d, log)
log.clear()
d2 = {key("a"): val(1), key("b"): val(2)}
print(d2, log)
e = iter([1, 2, 3])
print([x for x in e if x < 2], list(e))
gen_outer = (x for x in [1, 2])
lst = [1, 2]
gen2 = (x for x in lst)
lst.append(3)
lst = [9]
print(list(gen2))
try:
    (x for x in 5)
except TypeError as ex:
    print(type(ex).__name__, ex)
gen3 = (1 / x for x in [1, 0])
print(next(gen3))
try:
    next(gen3)
except ZeroDivisionError as ex:
    print(type(ex).__name__, ex)
print(next(gen3, "exhausted"))
print([(i, j) for i in range(3) if i for j in range(i) if j != 1], [i for i in range(5) for _ in range(i % 2)])
print(sorted({c for c in "mississippi"}), {len(w): w for w in "a bb cc ddd e".split()})
print(sum(1 for _ in range(10)), list(zip(*[(1, "a"), (2, "b")])), [list(r) for r in zip(*[[1, 2], [3, 4]])])
