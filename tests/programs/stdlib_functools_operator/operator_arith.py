# operator: the arithmetic, bitwise and unary functions and their dunder aliases
import operator as op

print(op.add(2, 3), op.sub(2, 3), op.mul(4, 5), op.truediv(7, 2), op.floordiv(7, 2), op.mod(-7, 3))
print(op.pow(2, 10), op.pow(2.0, -1), op.lshift(1, 70), op.rshift(-9, 1))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.and_({1, 2}, {2, 3}))
print(op.neg(5), op.pos(-5), op.abs(-2.5), op.invert(5), op.inv(0), op.neg(-2**70))
print(op.add("ab", "cd"), op.mul("ab", 3), op.add([1], [2]), op.mod("%s-%s", (1, 2)))
print(op.index(7), op.index(True), op.truth([]), op.truth("x"), op.not_(0), op.not_([1]))
print(op.__add__(1, 2), op.__neg__(3), op.__not__(1), op.__and__(6, 3), op.__inv__(1), op.__invert__(2))
print(op.__mul__ is op.mul, op.add.__name__, op.not_.__name__)
for f, args in [(op.truediv, (1, 0)), (op.floordiv, (1, 0)), (op.mod, (1, 0))]:
    try:
        f(*args)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for f, args in [(op.add, (1, "a")), (op.neg, ("a",)), (op.invert, (1.5,)), (op.index, (1.5,)),
                (op.abs, ("s",)), (op.add, (1,)), (op.neg, ()), (op.neg, (1, 2)), (op.pow, (2, 3, 4)),
                (op.matmul, (1, 2)), (op.lshift, (1, -1))]:
    try:
        f(*args)
    except (TypeError, ValueError) as e:
        print(f.__name__, type(e).__name__, e)
try:
    op.add(a=1, b=2)
except TypeError as e:
    print(type(e).__name__, e)

class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + o)
    def __radd__(self, o):
        return Num(o + self.v * 10)
    def __neg__(self):
        return "negated"
    def __index__(self):
        return self.v
    def __matmul__(self, o):
        return ("matmul", self.v, o)
    def __bool__(self):
        return self.v != 0
print(op.add(Num(1), 2).v, op.add(2, Num(1)).v, op.neg(Num(1)), op.index(Num(9)), op.matmul(Num(2), 3))
print(op.truth(Num(0)), op.not_(Num(0)), op.lshift(1, op.index(Num(4))))
print(list(map(op.mul, [1, 2, 3], [4, 5, 6])), sum(map(op.neg, range(5))))
