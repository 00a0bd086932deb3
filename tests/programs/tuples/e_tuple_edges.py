# Tuples: singleton syntax, packing/unpacking, comparisons, hashing, methods, concatenation errors.
t = 1,
u = ()
print(t, u, type(t).__name__, len(t), (1) == 1, (1,) == 1, tuple(), tuple("ab"), tuple([1, [2]]))
a, b, *c = range(5)
print(a, b, c, type(c).__name__)
*d, e = "xyz"
print(d, e)
f, (g, h), i = 1, (2, 3), 4
print(f, g, h, i)
for bad in ["ab", "abcd"]:
    try:
        x, y, z = bad
    except ValueError as ex:
        print(type(ex).__name__, ex)
try:
    x, y = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    p, *q, r = [1]
except ValueError as ex:
    print(type(ex).__name__, ex)
print((1, 2) < (1, 2, 3), (1, 2) < (1, 3), (2,) > (1, 9), (1, "a") < (1, "b"), () < (0,))
try:
    (1, "a") < (1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    hash((1, [2]))
except TypeError as ex:
    print(type(ex).__name__, ex)
t3 = (1, 2, 3, 2, 1)
print(t3.count(2), t3.index(2), t3.index(2, 2), t3.index(1, -1), t3[::-2], t3 * 2, 0 * t3, t3 + (4,))
try:
    t3.index(9)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    t3 + [4]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    t3[0] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    t3[10]
except IndexError as ex:
    print(type(ex).__name__, ex)
m = ([1], 2)
m[0].append(3)
print(m)
try:
    m[0] += [4]
except TypeError as ex:
    print(type(ex).__name__, ex)
print(m)
print(repr((1,)), repr(((),)), str(("a", 'b"')), (1, 2) == [1, 2], 2 in (1, 2), tuple(x for x in "ab"))
print(max((1, 5), (1, 2)), sorted([(2, "b"), (1, "z"), (2, "a")]), tuple(reversed((1, 2, 3))))
print(tuple.__name__, (1, 2).__len__(), (1, 2).__getitem__(-1), (1, 2).__contains__(3), (1,).__add__((2,)))
