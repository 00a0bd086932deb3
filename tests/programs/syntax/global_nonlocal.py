# global and nonlocal declarations.
counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print("counter", counter)

def make_global():
    global created_later
    created_later = "made inside a function"

make_global()
print(created_later)

def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    inc(); inc(); inc()
    return get()

print("outer", outer())

def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a *= 10
        inner()
        inner()
    mid()
    return a

print("deep", deep())

def shadow():
    counter = 100          # local, does not touch the global
    return counter

print(shadow(), counter)

def unbound():
    try:
        print(value)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    value = 3
    return value

print(unbound())

def read_global():
    return counter * 2

print(read_global())

x = "module"
def layers():
    x = "layers"
    def f():
        global x
        return x
    def g():
        return x
    return f(), g()
print(layers())
