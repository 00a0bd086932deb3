# Keyword arguments reaching **kwargs, keyword names that shadow builtins, functions as values in containers.
def describe(**kw):
    return ", ".join(f"{k}={v!r}" for k, v in kw.items())
print(describe(a=1, b="two", c=[3]), describe(), describe(**{"with space": 1, "1st": 2}))
def passthrough(*args, **kwargs):
    return describe(**kwargs), args
print(passthrough(1, 2, x=3), passthrough(**dict(zip("ab", range(2)))))
def shadowing(list=None, dict=None, str="s", type=5):
    return list, dict, str, type
print(shadowing(), shadowing(list=[1], type="t"))
def order(a, b, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"
print(order(1, 2, 3, c=5, e=6))
print(order(*range(2), c=0, **{"d": 9, "z": 0}))
print(order(c=3, b=2, a=1))
dispatch = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b, "neg": lambda a: -a}
print(dispatch["add"](2, 3), dispatch["mul"](4, 5), dispatch["neg"](7), sorted(dispatch))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
def apply(fn, /, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(dict, a=1), apply(apply, len, "abc"))
def kwonly_defaults(*, a=1, b):
    return a, b
print(kwonly_defaults(b=2), kwonly_defaults(a=0, b=0))
try:
    kwonly_defaults()
except TypeError as e:
    print(type(e).__name__, e)
def many_defaults(a=1, b=2, c=3, d=4):
    return a + b * 10 + c * 100 + d * 1000
print(many_defaults(), many_defaults(9), many_defaults(d=0), many_defaults(1, 1, d=1, c=1))
def recursive_kw(n, *, acc=()):
    return acc if n == 0 else recursive_kw(n - 1, acc=acc + (n,))
print(recursive_kw(5))
def f_with_doc():
    """Docstring here."""
    return f_with_doc.__doc__
print(f_with_doc(), f_with_doc.__name__, (lambda: 0).__doc__)
funcs = {f.__name__: f for f in (describe, order, apply)}
print(sorted(funcs), funcs["apply"](len, [1, 2]))
