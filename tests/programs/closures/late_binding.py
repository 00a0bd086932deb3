# Cells are shared: late binding in loops, and rebinding after closure creation.
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
i = 100
print([f() for f in funcs])

def make_funcs():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = "rebound"
    return out
print([f() for f in make_funcs()])

def make_funcs_bound():
    return [(lambda k: (lambda: k))(j) for j in range(3)]
print([f() for f in make_funcs_bound()])

def shared_cell():
    x = 1
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = shared_cell()
print(g())
s(42)
print(g())

def outer():
    val = "before"
    def show():
        return val
    val = "after"
    return show
print(outer()())

def closure_over_param(n):
    return lambda: n * 2
fs = [closure_over_param(n) for n in (1, 2, 3)]
print([f() for f in fs])

def never_assigned():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = "now set"
    return inner()
print(never_assigned())
