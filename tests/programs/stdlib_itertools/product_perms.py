# product and permutations: CPython's order, repeat=, r=, edge cases
from itertools import product, permutations

print(list(product("ab", [1, 2])))
print(list(product()))
print(list(product([])), list(product("ab", [])))
print(list(product("01", repeat=3)))
print(list(product("ab", repeat=0)))
print(list(product([1, 2], "x", repeat=2)))
print(len(list(product(range(3), range(4), range(5)))))
print(sum(1 for _ in product(range(10), repeat=4)))
def gen():
    print("  gen consumed")
    yield 1
    yield 2
p = product(gen(), "ab")
print("made")
print(next(p), list(p))
for f in [lambda: product(1), lambda: product([1], repeat=-1), lambda: product([1], x=1),
          lambda: product([1], repeat="a"), lambda: product([1], repeat=1, x=2)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

print(list(permutations("abc")))
print(list(permutations(range(4), 2)))
print(list(permutations("ab", 0)), list(permutations("ab", 3)), list(permutations([])))
print(list(permutations([1, 1, 2])))
print(len(list(permutations(range(6)))), len(list(permutations(range(7), 3))))
print(list(permutations(iterable="xy", r=None)))
print(list(permutations([], 0)), list(permutations([], 1)))
for f in [lambda: permutations(), lambda: permutations([1], -1), lambda: permutations([1], "a"),
          lambda: permutations(1), lambda: permutations([1], 1, 2), lambda: permutations([1], 1.0)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ps = permutations("abc", 2)
print(next(ps), next(ps), list(ps), list(ps))
