# Inline caches of the object model under change: methods, class values, dunders,
# __init__ and __new__ reassigned on a class (or a base) after the sites are warm.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def get(self):
        return self.x

    label = "v"


class W(V):
    pass


def run(n, cls):
    acc = cls(0)
    out = []
    for i in range(n):
        acc = acc + cls(i)
        out.append((acc.get(), acc.label))
    return out[-1]


print(run(5, V), run(5, W))
V.__add__ = lambda self, o: V(self.x * 10 + o.x)
print(run(5, V), run(5, W))
V.get = lambda self: -self.x
V.label = "changed"
print(run(5, V), run(5, W))
W.__add__ = lambda self, o: NotImplemented
try:
    run(3, W)
except TypeError as e:
    print(type(e).__name__, e)
V.__radd__ = lambda self, o: V(1000 + o.x + self.x)
print((W(1) + V(2)).x, (V(2) + W(1)).x)
W.__radd__ = lambda self, o: W(100 + o.x + self.x)
print((V(2) + W(1)).x, type(V(2) + W(1)).__name__)
del W.__add__, W.__radd__
print(run(3, W), (V(2) + W(1)).x)
x = V(1)
x += V(2)
print(x.x)
V.__iadd__ = lambda self, o: "iadd"
x += V(2)
print(x)

