# NameError for a name that does not exist anywhere.
def compute(values):
    total = 0
    for v in values:
        total += v
    return totl_wrong_spelling_xyz

print(compute([1, 2]))
