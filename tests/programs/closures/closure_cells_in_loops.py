# Each call creates fresh cells; loops inside a closure share one cell per variable.
def make_adders():
    adders = []
    for n in range(4):
        def adder(x, n=n):
            return x + n
        adders.append(adder)
    return adders
print([a(10) for a in make_adders()])

def make_adders_shared():
    adders = []
    for n in range(4):
        def adder(x):
            return x + n
        adders.append(adder)
    return adders
print([a(10) for a in make_adders_shared()])

def fresh_per_call(v):
    def get():
        return v
    return get
getters = [fresh_per_call(i) for i in range(3)]
print([g() for g in getters])

def toggler():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle
t1, t2 = toggler(), toggler()
print(t1(), t1(), t1(), t2())

def fib_closure():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        a, b = b, a + b
        return a
    return nxt
nf = fib_closure()
print([nf() for _ in range(12)])

def outer_modifies():
    items = []
    def add(x):
        items.append(x)
    for i in range(3):
        add(i * i)
    items = items + ["rebind"]
    add("after rebind")
    return items
print(outer_modifies())
