# Copying instances of user classes: __dict__ state, shallow vs deep.
import copy

class Point:
    def __init__(self, x, y):
        print("  __init__ called")
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, [2, 3])
c = copy.copy(p)
print(c, c is p, type(c).__name__, c.y is p.y)
d = copy.deepcopy(p)
print(d, d.y is p.y, d.y == p.y)
d.y.append(4)
print(p, d)

class Empty:
    pass
e = copy.copy(Empty())
print(type(e).__name__, e.__dict__)

# attributes added after construction are copied too
p.extra = {"k": "v"}
c = copy.deepcopy(p)
print(c.extra, c.extra is p.extra)

# class attributes are not copied into the instance
class Counter:
    count = 0
    def __init__(self):
        self.items = []
c = copy.copy(Counter())
print(c.__dict__, c.count)

# instances inside containers, and containers inside instances
class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def walk(self):
        return [self.value] + [v for ch in self.children for v in ch.walk()]

tree = Node(1, [Node(2), Node(3, [Node(4)])])
tree.children[1].parent = tree
t2 = copy.deepcopy(tree)
print(t2.walk(), t2 is tree, t2.children[1].parent is t2)
t2.children[0].value = 20
print(tree.walk(), t2.walk())

# subclasses of list and dict keep their class and their attributes
class MyList(list):
    pass
class MyDict(dict):
    pass
ml = MyList([1, [2]])
ml.tag = "t"
c = copy.copy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
c = copy.deepcopy(ml)
print(type(c).__name__, c, c.tag, c[1] is ml[1])
md = MyDict(a=[1])
c = copy.deepcopy(md)
print(type(c).__name__, c, c["a"] is md["a"])
