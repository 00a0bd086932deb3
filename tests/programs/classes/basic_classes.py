# Classes: __init__, instance vs class attributes, methods, __dict__, __class__.
class Dog:
    species = "canis familiaris"
    count = 0

    def __init__(self, name, age):
        self.name = name
        self.age = age
        Dog.count += 1

    def describe(self):
        return f"{self.name} is {self.age}"

    def birthday(self):
        self.age += 1
        return self

    def __repr__(self):
        return f"Dog({self.name!r}, {self.age})"

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.describe(), fido.describe(), Dog.count, rex.species)
print(rex.birthday().birthday(), rex.__dict__, rex.__class__.__name__, type(rex) is Dog)
rex.species = "overridden on instance"
print(rex.species, fido.species, Dog.species, "species" in rex.__dict__)
del rex.species
print(rex.species)
Dog.species = "changed on class"
print(fido.species)
print(Dog.describe(fido), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(isinstance(rex, Dog), isinstance(rex, object), issubclass(Dog, object))
rex.nickname = "R"
print(sorted(rex.__dict__), vars(fido))
try:
    fido.nickname
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.x = 1
print(e.__dict__, Empty.__name__, Empty.__doc__, Empty.__bases__)
class Documented:
    """A documented class."""
print(Documented.__doc__, Documented().__doc__)
print(repr(Dog), str(Empty), type(Dog).__name__, type(type))
