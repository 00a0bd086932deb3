# An exception raised while executing a class body, inside a method called at class-creation time.
def compute_default(kind):
    table = {"int": 0, "str": ""}
    return table[kind]
class Settings:
    name = "settings"
    count = compute_default("int")
    label = compute_default("str")
    print("class body running", name, count, repr(label))
    ratio = compute_default("float")
    print("never")
print("not reached either")
print("x")
print("y")
print("z")
