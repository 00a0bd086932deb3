# Generator close(): GeneratorExit inside the generator, finally blocks, refusing to stop.
def cleanup():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  finally in generator")
c = cleanup()
print(next(c))
c.close()
c.close()
print(next(c, "done"))

def refuses():
    try:
        yield 1
    except GeneratorExit:
        yield "ignored"
rf = refuses()
next(rf)
try:
    rf.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(next(rf, "refuses is exhausted now"))
fresh = cleanup()
fresh.close()
print("closing an unstarted generator runs nothing")
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("before start"))
except IndexError as e:
    print("unstarted throw:", e)
