# An uncaught exception raised from __repr__ while printing, with a custom exception class and args.
class Broken:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        if self.name == "bad":
            raise RuntimeError("repr failed", self.name, 42)
        return f"Broken({self.name})"
items = [Broken("ok"), Broken("fine")]
print(items)
print("adding a bad one")
items.append(Broken("bad"))
print(len(items))
print("a")
print("b")
print("c")
print("d")
print("e")
print("f")
print("g")
print(items)
