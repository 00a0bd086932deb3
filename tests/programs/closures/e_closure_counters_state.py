# Closures as objects: independent state per call, shared state between sibling closures, closures in dicts.
def make_account(balance):
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            raise ValueError(f"insufficient funds: {balance} < {n}")
        balance -= n
        history.append(("wd", n))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
a = make_account(100)
b = make_account(5)
print(a["deposit"](50), a["withdraw"](30), b["deposit"](1))
try:
    b["withdraw"](100)
except ValueError as e:
    print(type(e).__name__, e)
print(a["report"](), b["report"]())
def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([m(10) for m in make_multipliers()])
def generator_closure():
    state = {"n": 0}
    def gen():
        while state["n"] < 3:
            state["n"] += 1
            yield state["n"]
    return gen, state
g, st = generator_closure()
print(list(g()), st, list(g()))
def compose(*fns):
    def run(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return run
print(compose(str, lambda v: v * 2, abs)(-21), compose()(5))
def once(fn):
    done = False
    result = None
    def wrapper(*a):
        nonlocal done, result
        if not done:
            done, result = True, fn(*a)
        return result
    return wrapper
init = once(lambda v: f"initialized with {v}")
print(init(1), init(2))
