# Lambdas: defaults, closures, immediately invoked, in sort keys.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))

square = lambda x: x * x
print(list(map(square, range(5))))

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))

print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3, y=4))
print((lambda: "no args")())

# late binding in closures vs default-argument capture
late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])

compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))

print(square.__name__)
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print([cond(n) for n in (-2, 0, 7)])

kw_only = lambda a, *, b: a - b
print(kw_only(10, b=3))
try:
    kw_only(10, 3)
except TypeError as e:
    print(type(e).__name__, e)

fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))
