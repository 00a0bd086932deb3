# Lambdas and call mechanics: immediate calls, callables returned from calls, keyword unpacking order, recursion via names.
print((lambda: "no args")(), (lambda *a: a)(1, 2), (lambda **k: sorted(k))(b=1, a=2), (lambda a, /, b: a - b)(5, b=2))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[n](10) for n in adders])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(compose(inc, inc), dbl)(1))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20), (lambda: (yield 1)) is not None)
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(lambda v: v % 3 == 0, range(10))), list(filter(None, [0, 1, "", "a", None, []])))
log = []
def arg(v):
    log.append(v)
    return v
def target(*a, **k):
    return a, k
print(target(arg(1), *[arg(2), arg(3)], k=arg(4), **{"z": arg(5)}), log)
log.clear()
print(target(arg("a"), x=arg("b"), *[arg("c")]), log)
class Callable:
    def __init__(self):
        self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return ("called", a, k, self.n)
c = Callable()
print(c(), c(1, x=2), callable(c), callable(Callable), callable(lambda: 0), callable(5), callable("s"))
values = [5, "abc", None]
try:
    values[0]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    values[1]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    values[2]()
except TypeError as e:
    print(type(e).__name__, e)
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
print((lambda: None).__name__, (lambda: 0).__qualname__, type(lambda: 0).__name__)
def outer():
    return lambda: inner_name
inner_name = "resolved late"
print(outer()())
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b]
print([op(7, 3) for op in ops], [(lambda x=i: x * x)() for i in range(4)])
print(max([3, 1, 2], key=lambda v: -v), min("hello", key=lambda ch: (ch != "l", ch)))
