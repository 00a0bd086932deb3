# raise ... from None hides the original exception in the traceback.
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError(f"expected a numeric string, got {s!r}") from None

def total(items):
    return sum(to_int(s) for s in items)

print(total(["1", "2"]))
try:
    total(["x"])
except TypeError as e:
    print("caught:", e, "| cause:", e.__cause__, "| suppressed context:", e.__suppress_context__)
print(total([]))
print(total(["3", "four"]))
