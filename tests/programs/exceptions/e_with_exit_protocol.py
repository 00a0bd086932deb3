# with statements: __exit__ receives the exception triple, a truthy return suppresses, nested managers unwind.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as x:
    print("body", x)
with CM("quiet", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with CM("loud"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", type(e).__name__, e)
with CM("outer", True), CM("inner") as y:
    print("nested body", y)
    raise IndexError("inner sees it first")
print("outer suppressed")
class ReturnsString:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "truthy"
with ReturnsString():
    1 / 0
print("string return suppresses too")
class Raises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with Raises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class BadEnter:
    def __enter__(self):
        raise OSError("enter failed")
    def __exit__(self, *a):
        print("exit must not run")
try:
    with CM("first"), BadEnter():
        print("never")
except OSError as e:
    print(type(e).__name__, e)
def in_function():
    with CM("func", suppress=True):
        return "returned"
    return "not reached"
print(in_function())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
