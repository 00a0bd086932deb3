# map/filter/reduce-style pipelines with hand-written helpers, currying, composition.
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed

def curry(fn, arity):
    def curried(*args):
        if len(args) >= arity:
            return fn(*args)
        return lambda *more: curried(*(args + more))
    return curried

def reduce(fn, items, initial):
    acc = initial
    for it in items:
        acc = fn(acc, it)
    return acc

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(5), compose(str, abs, inc)(-10))
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
print(reduce(lambda a, b: a * b, range(1, 11), 1), reduce(lambda a, s: a + len(s), ["ab", "c"], 0))
words = ["Apple", "bob", "Civic", "deed", "Echo", "level"]
pipeline = compose(
    lambda xs: sorted(xs),
    lambda xs: [w.lower() for w in xs],
    lambda xs: [w for w in xs if w.lower() == w.lower()[::-1]],
)
print(pipeline(words))
def partial(fn, *pargs, **pkw):
    def p(*args, **kw):
        return fn(*pargs, *args, **{**pkw, **kw})
    return p
power = lambda base, exp: base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(9), two_to(10), square(base=3, exp=3))
def group_by(items, keyfn):
    out = {}
    for it in items:
        out.setdefault(keyfn(it), []).append(it)
    return out
print(group_by(range(10), lambda n: n % 3), group_by(words, len))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))), list(map(pow, [2, 3], [3, 2])))
print(sorted(words, key=compose(len, str.lower)), max(words, key=lambda w: (len(w), w)))
