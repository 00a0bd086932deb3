# Attributes of code objects: argument counts and the names of locals, cells and free variables.
def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    x = a + b
    return x


def outer(p):
    q = p * 2

    def inner(r):
        return p + q + r

    return inner


for fn in (f, outer, outer(1), lambda: None):
    c = fn.__code__
    print(c.co_name, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_nlocals)
    print("  varnames", c.co_varnames)
    print("  cellvars", c.co_cellvars, "freevars", c.co_freevars)
