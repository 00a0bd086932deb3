# operator.itemgetter, attrgetter, methodcaller: results, reprs, use as sort keys, errors
import operator
from operator import itemgetter, attrgetter, methodcaller

rows = [("bob", 30, "x"), ("amy", 25, "y"), ("cal", 30, "a")]
print(itemgetter(1)(rows[0]), itemgetter(0, 2)(rows[1]), itemgetter(slice(1, None))(rows[2]))
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(1, 0)))
print(itemgetter("k")({"k": 5}), list(map(itemgetter(-1), ["ab", "cd"])))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(1, 2))))
print(type(itemgetter(1)).__name__, type(itemgetter(1)).__module__, callable(itemgetter(0)))
for f in [lambda: itemgetter(), lambda: itemgetter(1, x=2), lambda: itemgetter(1)(),
          lambda: itemgetter(1)([1], x=1), lambda: itemgetter(5)([1]), lambda: itemgetter("a")({}),
          lambda: itemgetter(0, 9)([1]), lambda: itemgetter(0)(5)]:
    try:
        f()
    except (TypeError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting="hi", *, punct="!"):
        return greeting + " " + self.name + punct
t = P("top", P("mid", P("leaf")))
print(attrgetter("name")(t), attrgetter("child.name")(t), attrgetter("child.child.name")(t))
print(attrgetter("name", "child.name")(t))
print(sorted([P("b"), P("a"), P("c")], key=attrgetter("name"))[0].name)
print(repr(attrgetter("a")), repr(attrgetter("a", "b.c")))
for f in [lambda: attrgetter(), lambda: attrgetter(1), lambda: attrgetter("nope")(t),
          lambda: attrgetter("child.nope")(t), lambda: attrgetter("name")(), lambda: attrgetter("a", x=1)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

print(methodcaller("greet")(t), methodcaller("greet", "yo")(t), methodcaller("greet", punct="?")(t))
print(methodcaller("upper")("abc"), methodcaller("split", ",", 1)("a,b,c"), methodcaller("count", "a")("banana"))
print(repr(methodcaller("f")), repr(methodcaller("f", 1, "x")), repr(methodcaller("f", 2, k=3)))
print(list(map(methodcaller("strip"), [" a ", "b "])))
for f in [lambda: methodcaller(), lambda: methodcaller(1), lambda: methodcaller("f")(1, 2),
          lambda: methodcaller("nope")(t), lambda: methodcaller("greet", 1, 2, 3)(t)]:
    try:
        f()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(isinstance(itemgetter(1), operator.itemgetter), type(attrgetter("a")) is operator.attrgetter)
