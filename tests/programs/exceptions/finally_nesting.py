# Nested finally blocks, exceptions raised in finally, and finally in loops.
def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            return log
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
print(nested_finally())

def exception_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("from finally")
try:
    exception_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("  finally, n =", n)
    return n
print(count_finally())
