# The interpreter's inline fast paths (float + - *, small-int + -, comparisons, list and
# tuple subscripts, unpacking) must leave instances of subclasses to their own methods.
class F(float):
    def __add__(self, other):
        return "F.__add__"
    def __mul__(self, other):
        return "F.__mul__"
    def __lt__(self, other):
        return "F.__lt__"
    def __rsub__(self, other):
        return "F.__rsub__"

class G(float):
    pass

f = F(1.5)
print(f + 2.0, f * 3.0, f - 0.5, 2.0 - f, f < 3.0, 3.0 > f)
print(1.0 + f, f + 1, 1 + f)
x = F(2.0)
x += 1.0
print(x)
x = F(2.0)
x *= 2
print(x)
g = G(2.5)
print(g + 1.0, type(g + 1.0).__name__, g * g, g - 1, g < 3.0, g == 2.5)

class T(tuple):
    pass

class L(list):
    def __iter__(self):
        return iter([10, 20])
    def __getitem__(self, i):
        return ("L.__getitem__", i)
    def __setitem__(self, i, v):
        print("L.__setitem__", i, v)

t = T((1, 2))
a, b = t
print(a, b, t[0], t[-1])
l = L([1, 2, 3])
a, b = l
print(a, b, l[0], l[5])
l[1] = "v"
print(list.__getitem__(l, 1))

for (p, q), r in [((1, 2), 3), ([4, 5], 6)]:
    print(p + q + r, p * 1.5 - q, r < p)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
