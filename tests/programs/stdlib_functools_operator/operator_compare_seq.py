# operator: comparisons, identity, containers (getitem/setitem/delitem, contains, countOf,
# indexOf, concat, length_hint) and call
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne("a", "a"), op.gt(3, 2), op.ge(1, 2))
print(op.lt("a", "b"), op.eq([1], [1]), op.lt((1, 2), (1, 3)), op.ge({1, 2}, {1}))
print(op.is_(None, None), op.is_([], []), op.is_not(1, None), op.__eq__(2, 2), op.__lt__(2, 1))
try:
    op.lt(1, "a")
except TypeError as e:
    print(type(e).__name__, e)

class R:
    def __eq__(self, o):
        return "custom"
    def __lt__(self, o):
        return 42
print(op.eq(R(), 1), op.lt(R(), 1))

d = {"a": 1}
lst = [10, 20, 30, 40]
print(op.getitem(lst, 1), op.getitem(lst, slice(1, 3)), op.getitem(d, "a"), op.getitem("abc", -1))
op.setitem(lst, 0, 99)
op.setitem(d, "b", 2)
op.delitem(lst, slice(1, 2))
op.delitem(d, "a")
print(lst, d, op.__getitem__(lst, 0))
for f, args in [(op.getitem, (lst, 10)), (op.getitem, (d, "zz")), (op.delitem, (d, "zz")),
                (op.setitem, ((1,), 0, 1)), (op.getitem, (5, 0)), (op.setitem, (lst,))]:
    try:
        f(*args)
    except (IndexError, KeyError, TypeError) as e:
        print(f.__name__, type(e).__name__, e)

print(op.contains([1, 2], 2), op.contains("abc", "bc"), op.contains({"k": 1}, "k"), op.__contains__(range(3), 5))
print(op.countOf([1, 2, 1, 1.0, True], 1), op.countOf("banana", "a"), op.countOf([], 1))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter([0, 1, 2]), 2))
nan = float("nan")
print(op.countOf([nan, nan], nan), op.indexOf([1, nan], nan))
try:
    op.indexOf([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
print(op.concat([1], [2]), op.concat("a", "b"), op.concat((1,), (2,)), op.__concat__("x", "y"))
for args in [(1, 2), ([1], (2,)), ({}, {})]:
    try:
        op.concat(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(op.length_hint([1, 2, 3]), op.length_hint(iter([1, 2])), op.length_hint(5), op.length_hint(5, 9))
print(op.length_hint(iter(range(10))), op.length_hint((x for x in []), 3))
class H:
    def __length_hint__(self):
        return 4
class Bad:
    def __length_hint__(self):
        return -1
print(op.length_hint(H()))
for args in [(1, "a"), (Bad(),), (1, 2, 3)]:
    try:
        op.length_hint(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(op.call(len, [1, 2]), op.call(dict, a=1), op.call(max, 1, 5, 3))
try:
    op.call()
except TypeError as e:
    print(type(e).__name__, e)
