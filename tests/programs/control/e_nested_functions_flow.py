# Control flow across nested function calls: early returns, return inside loops inside try, generator short-circuit.
def find_pair(nums, target):
    seen = {}
    for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
    return None
print(find_pair([2, 7, 11, 15], 9), find_pair([1, 2], 10), find_pair([3, 3], 6))
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return r, c
    return "none"
print(first_negative([[1, 2], [3, -4], [-5]]), first_negative([[1]]))
def classify(n):
    if n < 0:
        return "neg"
    if n == 0:
        return "zero"
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            return "composite"
    return "prime" if n > 1 else "unit"
print([classify(n) for n in (-3, 0, 1, 2, 9, 13, 25, 29)])
def search(tree, key, path=()):
    if isinstance(tree, dict):
        for k, sub in tree.items():
            if k == key:
                return path + (k,)
            found = search(sub, key, path + (k,))
            if found:
                return found
    return None
tree = {"a": {"b": {"c": 1}, "d": {"e": {"f": 2}}}}
print(search(tree, "f"), search(tree, "c"), search(tree, "z"))
evaluated = []
def check(v):
    evaluated.append(v)
    return v > 2
print(any(check(v) for v in [1, 2, 3, 4, 5]), evaluated)
evaluated.clear()
print(all(check(v) for v in [3, 4, 1, 5]), evaluated)
def loop_with_else(items):
    for it in items:
        if it is None:
            break
    else:
        return "complete"
    return "interrupted"
print(loop_with_else([1, 2]), loop_with_else([1, None, 2]), loop_with_else([]))
