# yield from: delegation, return values, send/throw pass-through, recursion.
def inner():
    x = yield "inner-1"
    print("  inner received", x)
    y = yield "inner-2"
    print("  inner received", y)
    return "inner-result"

def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer-final"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
print(next(g, "end"))

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))

def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, [4, [5]]], 6], [], [[7]]])))

def tree(n, depth=0):
    yield "  " * depth + str(n)
    for child in range(n - 1, 0, -2):
        yield from tree(child, depth + 1)
print("\n".join(tree(5)))

def catcher():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner handled ValueError"
def delegator():
    yield from catcher()
    yield "delegator continues"
d = delegator()
print(next(d), d.throw(ValueError), next(d))

def sub():
    try:
        yield "sub"
    finally:
        print("  sub finally")
def parent():
    yield from sub()
p = parent()
print(next(p))
p.close()
def ret_only():
    return 42
    yield
def uses_ret():
    v = yield from ret_only()
    yield v
print(list(uses_ret()))
