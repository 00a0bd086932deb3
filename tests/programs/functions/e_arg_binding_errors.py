# Argument binding: positional-only, keyword-only, defaults, *args/**kwargs and every TypeError message.
def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7))
calls = [lambda: f(1, 2, 3), lambda: f(1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5, e=6), lambda: f(1, 2, 3, e=5, g=1),
         lambda: f(1, 2, c=3, e=5, c2=1), lambda: f(), lambda: f(1, 2, 3, c=3, e=5), lambda: f(1, 2, e=1)]
for call in calls:
    try:
        call()
    except TypeError as ex:
        print(type(ex).__name__, ex)
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(), g(1, *[2, 3], *(), x=1, **{"y": 2}, **{}), g(*"ab", **dict(z=0)))
try:
    g(**{"a": 1}, **{"a": 2})
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    g(**{1: 2})
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    g(1, *5)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    g(**[1])
except TypeError as ex:
    print(type(ex).__name__, ex)
def h(a, b=2, *rest, c, **kw):
    return a, b, rest, c, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, d=6), h(a=1, c=2, b=3))
try:
    h(1, 2, 3, a=4, c=5)
except TypeError as ex:
    print(type(ex).__name__, ex)
def only_kw(*, x):
    return x
try:
    only_kw(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def no_args():
    return "none"
try:
    no_args(1)
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    no_args(x=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def pos_only(x, /):
    return x
try:
    pos_only(x=1)
except TypeError as ex:
    print(type(ex).__name__, ex)
def kw_and_pos_only(x, /, **kw):
    return x, kw
print(kw_and_pos_only(1, x=2))
def many(a, b, c, d):
    pass
for args in [(1,), (1, 2), (1, 2, 3)]:
    try:
        many(*args)
    except TypeError as ex:
        print(type(ex).__name__, ex)
class K:
    def m(self, a):
        return a
try:
    K().m()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    K().m(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
