# nonlocal and cells: shared cells between closures, rebinding in loops, nonlocal across levels, errors.
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get(), get.__closure__[0].cell_contents)
def levels():  # nonlocal reaches through an intermediate function
    x = "L1"
    def mid():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        return inner
    f = mid()
    f()
    return x, f()
print(levels())
def loop_cells():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    i = "after loop"
    return [f() for f in fs]
print(loop_cells())
def accumulate():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
acc = accumulate()
print([acc(n) for n in (1, 2, 3, 4)])
def unbound_free():
    def inner():
        return later
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    later = 1
    return inner()
print(unbound_free())
def deleted_cell():
    v = 1
    def read():
        return v
    del v
    try:
        read()
    except NameError as e:
        print(type(e).__name__, e)
deleted_cell()
x = "global"
def glob_vs_nonlocal():
    x = "enclosing"
    def g():
        global x
        return x
    return g()
print(glob_vs_nonlocal())
