# An uncaught IndexError on tuple indexing inside a generator expression consumed by sum().
rows = [(1, 2, 3), (4, 5, 6), (7, 8)]
print("rows", len(rows))
print(sum(r[0] for r in rows))
print(sum(r[1] for r in rows))
def third(r):
    return r[2]
print("line")
print("line")
print("line")
print("line")
print("line")
print("line")
print("line")
print(sum(third(r) for r in rows))
