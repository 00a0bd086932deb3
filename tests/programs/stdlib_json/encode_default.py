# default= and JSONEncoder subclasses; objects converted by default are encoded again.
import json

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

def default(o):
    print("  default", type(o).__name__)
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=default))
print(json.dumps({"p": Point(0, Point(5, 6))}, default=default, indent=1))
try:
    json.dumps([1, object()], default=default)
except TypeError as e:
    print(type(e).__name__, e)

class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"a": Point(1, 2)}, cls=Enc))
print(Enc(sort_keys=True).encode({"b": Point(3, 4), "a": 0}))
try:
    json.dumps(Enc, cls=Enc)
except TypeError as e:
    print(type(e).__name__, e)

# default returning something that again needs default
class Wrapper:
    def __init__(self, inner):
        self.inner = inner

print(json.dumps(Wrapper(Wrapper(Wrapper(7))), default=lambda o: o.inner))

# default returning the object itself is a cycle
class Same:
    pass
try:
    json.dumps(Same(), default=lambda o: o)
except ValueError as e:
    print(type(e).__name__, e)

# default may return str, numbers, None
for result in ["s", 1, 2.5, None, True, [None]]:
    print(json.dumps([Same()], default=lambda o: result))

# an encoder with a default passed as keyword
enc = json.JSONEncoder(default=lambda o: "<%s>" % type(o).__name__)
print(enc.encode([Same(), {"k": Same()}]))
print(list(enc.iterencode({"k": Same()})))
