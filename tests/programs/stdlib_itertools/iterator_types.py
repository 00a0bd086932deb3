# the itertools classes: types, isinstance, reprs, the iterator protocol, errors on misuse
import itertools

objs = [itertools.count(), itertools.cycle("a"), itertools.repeat(1), itertools.accumulate([1]),
        itertools.chain(), itertools.compress("", ""), itertools.dropwhile(None, []),
        itertools.takewhile(None, []), itertools.filterfalse(None, []), itertools.starmap(None, []),
        itertools.islice([], 1), itertools.pairwise([]), itertools.zip_longest(), itertools.groupby([]),
        itertools.product(), itertools.permutations([]), itertools.combinations([], 1),
        itertools.combinations_with_replacement([], 1)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t is getattr(itertools, t.__name__), isinstance(o, t),
          iter(o) is o, hasattr(o, "__next__"), repr(t))
print(sorted(n for n in dir(itertools) if not n.startswith("_")))
print(repr(itertools.repeat("a", 2)), str(itertools.count(3, 2)))
print(next(iter(itertools.repeat(5))), next(itertools.count(1)))
print(itertools.chain.__name__, callable(itertools.chain.from_iterable))
try:
    itertools.count()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(itertools.chain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    itertools.count() + 1
except TypeError as e:
    print(type(e).__name__, e)
for o in [itertools.chain("ab"), itertools.islice("abc", 2), itertools.product("ab")]:
    print(list(o), list(o), next(o, "done"))
print(sum(itertools.islice(itertools.count(), 1000)))
print(max(itertools.accumulate(range(100))), min(itertools.chain([5], [3], [9])))
print(sorted(itertools.chain("dca", "b")), tuple(itertools.repeat(0, 3)), set(itertools.islice(itertools.cycle([1, 2]), 9)))
print(dict(itertools.zip_longest("ab", [1])), "".join(itertools.chain.from_iterable(["ab", "cd"])))
