# operator: the in-place functions (iadd ... ixor, iconcat) on mutable and immutable values
import operator as op

lst = [1]
r = op.iadd(lst, [2])
print(r, r is lst, lst)
t = (1,)
r = op.iadd(t, (2,))
print(r, r is t, t)
print(op.isub(5, 3), op.imul("ab", 2), op.itruediv(1, 4), op.ifloordiv(9, 4), op.imod(9, 4))
print(op.ipow(3, 3), op.ilshift(1, 3), op.irshift(16, 2), op.iand(7, 3), op.ior(4, 1), op.ixor(5, 1))
s = {1, 2}
r = op.ior(s, {3})
print(r is s, sorted(s), sorted(op.iand(s, {1, 3})), sorted(op.ixor({1}, {2})), sorted(op.isub({1, 2}, {1})))
m = [0]
r = op.imul(m, 3)
print(r is m, m)
d = {"a": 1}
r = op.ior(d, {"b": 2})
print(r is d, d)
lst2 = [1]
r = op.iconcat(lst2, (2, 3))
print(r is lst2, lst2)
print(op.iconcat("a", "b"), op.__iadd__(1, 2), op.__iconcat__([1], [2]))

class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, other):
        print("  __iadd__", other)
        self.items.append(other)
        return self
    def __add__(self, other):
        return "plain add"
a = Acc()
print(op.iadd(a, 5) is a, a.items, op.add(a, 1))
class OnlyAdd:
    def __add__(self, other):
        return "fallback add"
print(op.iadd(OnlyAdd(), 1))
for f, args in [(op.iadd, (1, "a")), (op.iconcat, (1, [2])), (op.itruediv, (1, 0)), (op.iadd, (1,)),
                (op.imatmul, (1, 2))]:
    try:
        f(*args)
    except (TypeError, ZeroDivisionError) as e:
        print(f.__name__, type(e).__name__, e)
print([n for n in dir(op) if n.startswith("i") and not n.startswith("is")])
