# generator.send/throw: values in and out, throw into a handler, throw before start, tracebacks kept.
def echo():
    received = []
    try:
        while True:
            try:
                x = yield len(received)
                received.append(x)
            except KeyError as e:
                received.append(("handled", e.args[0]))
    finally:
        print("echo received", received)
g = echo()
print(g.send(None), g.send("a"), g.send("b"), g.throw(KeyError("k")), g.send("c"))
try:
    g.throw(ValueError("unhandled"))
except ValueError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted"))
def simple():
    yield 1
s = simple()
try:
    s.send(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.throw(IndexError("before start"))
except IndexError as e:
    print(type(e).__name__, e)
print(list(s))
t = simple()
try:
    t.throw(IndexError)
except IndexError as e:
    print(type(e).__name__, repr(e))
def catcher():
    while True:
        try:
            yield
        except Exception as e:
            yield f"caught {type(e).__name__}: {e}"
c = catcher()
next(c)
print(c.throw(ZeroDivisionError("zd")))
next(c)
print(c.throw(TypeError, TypeError("via type and value")))
def finisher():
    try:
        yield 1
    except RuntimeError:
        return "returned after throw"
f = finisher()
next(f)
try:
    f.throw(RuntimeError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def stop_inside():
    yield 1
    raise StopIteration("inner")
try:
    list(stop_inside())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def running():
    yield gen_ref.send(None) if False else 1
    yield next(gen_ref)
gen_ref = running()
next(gen_ref)
try:
    next(gen_ref)
except ValueError as e:
    print(type(e).__name__, e)
