# Closures used for memoization, event handlers, and configuration.
def memoize(fn):
    cache = {}
    hits = [0]
    def wrapped(*args):
        if args in cache:
            hits[0] += 1
            return cache[args]
        result = cache[args] = fn(*args)
        return result
    wrapped.stats = lambda: (len(cache), hits[0])
    return wrapped

@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(30, 15), binom.stats())

def make_emitter():
    handlers = {}
    def on(event, fn):
        handlers.setdefault(event, []).append(fn)
    def emit(event, *args):
        return [fn(*args) for fn in handlers.get(event, [])]
    return on, emit
on, emit = make_emitter()
log = []
on("save", lambda name: log.append(f"saved {name}") or "logger")
on("save", lambda name: name.upper())
on("load", lambda: "loaded")
print(emit("save", "doc"), emit("load"), emit("none"), log)

def make_formatter(prefix, width):
    def fmt(value):
        return f"{prefix}{value:>{width}}"
    return fmt
money = make_formatter("$", 8)
pct = make_formatter("%", 4)
print(money(12.5), pct(7), money("x"))

def make_multipliers():
    return {name: (lambda factor: lambda x: x * factor)(f) for name, f in (("double", 2), ("triple", 3))}
m = make_multipliers()
print(m["double"](21), m["triple"](5))
def pipeline(*steps):
    def run(value):
        for st in steps:
            value = st(value)
        return value
    return run
clean = pipeline(str.strip, str.lower, lambda s: s.replace(" ", "-"))
print(clean("  Hello Big World "))
