# Exceptions raised inside except/finally blocks, nested try, and handler scoping.
def level3():
    raise ValueError("level3 failed")
def level2():
    try:
        level3()
    except ValueError as e:
        raise RuntimeError("level2 wraps") from e
def level1():
    try:
        level2()
    finally:
        print("level1 finally")

try:
    level1()
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__cause__))

def handler_raises():
    try:
        [].pop()
    except IndexError:
        {}["missing"]
try:
    handler_raises()
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))

def nested_same_type():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise ValueError("outer")
    except ValueError as e:
        return f"{e} (context {e.__context__})"
print(nested_same_type())

def exc_info_after_handler():
    try:
        raise KeyError("x")
    except KeyError:
        pass
    try:
        raise TypeError("fresh")
    except TypeError as e:
        return e.__context__
print("context of a later exception:", exc_info_after_handler())

def deep_finally(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        deep_finally(n - 1)
    finally:
        print("  unwinding", n)
try:
    deep_finally(3)
except LookupError as e:
    print("caught", e)
count = 0
while True:
    try:
        count += 1
        if count == 1:
            raise ValueError("first pass")
        break
    except ValueError:
        continue
print("loop passes:", count)
