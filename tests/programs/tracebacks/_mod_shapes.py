# Helper module for imported_module_traceback.py (not a standalone program).
PI = 3.14159

def _square(side):
    return side * side

def _circle(radius):
    return PI * radius * radius

_SHAPES = {"square": _square, "circle": _circle}

def known():
    return list(_SHAPES)

def area(kind, size):
    try:
        fn = _SHAPES[kind]
    except KeyError:
        raise ValueError(f"unknown shape {kind!r}") from None
    return fn(size)
