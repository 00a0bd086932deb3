# raise ... from None hides the original exception in the traceback.
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected a numeric string, got {s!r}") from None

def total(items):
    return sum(to_int(s) for s in items)

print(total(["1", "2"]))
print(total(["3", "four"]))
