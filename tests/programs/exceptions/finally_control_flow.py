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
