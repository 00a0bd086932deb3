# del on names, items, attributes; pass; Ellipsis as placeholder.
a = 1
b = [1, 2, 3, 4]
d = {"x": 1, "y": 2}

class Obj:
    pass

o = Obj()
o.attr = 5
o.other = 6

del a
try:
    print(a)
except NameError as e:
    print(type(e).__name__, e)

del b[0], b[-1]
print(b)
del d["x"]
print(d)
try:
    del d["missing"]
except KeyError as e:
    print(type(e).__name__, e)

del o.attr
print(hasattr(o, "attr"), o.other)
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)

x, y = 1, 2
del x, y
print("x" in globals(), "y" in globals())

def f():
    pass

def g():
    ...

print(f(), g(), ... is Ellipsis, repr(...))

for i in range(3):
    pass
print("loop var kept:", i)

def local_del():
    v = 10
    del v
    try:
        return v
    except UnboundLocalError as e:
        return type(e).__name__ + ": " + str(e)

print(local_del())
lst = list(range(10))
del lst[2:8:2]
print(lst)
