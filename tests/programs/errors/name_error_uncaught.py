# NameError for a name that does not exist anywhere (no similar name, so no suggestion).
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl_wrong_spelling_xyz

def safe_compute(values):
    try:
        return compute(values)
    except NameError as e:
        return f"{type(e).__name__}: {e}"

print(safe_compute([1, 2]))
try:
    del never_defined_qqq
except NameError as e:
    print("del:", e)
print(compute([1, 2]))
