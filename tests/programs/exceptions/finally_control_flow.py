# return/break/continue inside finally override or swallow exceptions.
def finally_return_overrides():
    try:
        return "from try"
    finally:
        return "from finally"
print(finally_return_overrides())

def finally_return_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "exception swallowed"
print(finally_return_swallows())

def break_in_finally():
    results = []
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("also swallowed")
            results.append(i)
        finally:
            if i == 2:
                break
    return results
print(break_in_finally())

def continue_in_finally():
    results = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            results.append(i)
        finally:
            continue
    return results
print(continue_in_finally())

def finally_value_not_affecting_return():
    x = 1
    try:
        return x
    finally:
        x = 100
print(finally_value_not_affecting_return())

def mutable_return():
    data = [1]
    try:
        return data
    finally:
        data.append("added in finally")
print(mutable_return())

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
