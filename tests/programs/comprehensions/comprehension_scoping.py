# Comprehension scope: own scope for the loop variable, closures over it, class bodies.
i = "module i"
squares = [i * i for i in range(4)]
print(squares, i)

def make():
    return [lambda: i for i in range(3)]
print([f() for f in make()])

def make_fixed():
    return [(lambda j: lambda: j)(i) for i in range(3)]
print([f() for f in make_fixed()])

def outer():
    factor = 3
    return [x * factor for x in range(4)]
print(outer())

def counter_in_comp():
    total = 0
    def add(v):
        nonlocal total
        total += v
        return total
    running = [add(v) for v in [5, 10, 15]]
    return running, total
print(counter_in_comp())

class Config:
    base = 10
    items = [1, 2, 3]
    scaled = [x * 2 for x in items]  # 'items' is read in the class scope (first iterable)
    try:
        broken = [x * base for x in items]
    except NameError as e:
        error = f"{type(e).__name__}: {e}"
print(Config.scaled, Config.error)

data = {"a": [1, 2], "b": [3]}
flat = [(k, v) for k, vs in data.items() for v in vs]
print(flat)
result = [y for x in range(3) if (y := x * 10) > 0]
print(result, y)
print([[j for j in range(i)] for i in range(4)])
print({k: [v for v in range(k)] for k in range(3)})
