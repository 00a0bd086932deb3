# An uncaught ValueError from unpacking too many values in a for-loop target inside a function.
pairs = [("a", 1), ("b", 2), ("c", 3, "extra")]
def to_dict(items):
    result = {}
    for key, value in items:
        result[key] = value
        print("stored", key, value)
    return result
print("converting")
print(to_dict(pairs[:2]))
print("now with a bad row")
print("1")
print("2")
print("3")
print("4")
print("5")
print(to_dict(pairs))
