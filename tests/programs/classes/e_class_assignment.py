# __class__ assignment between compatible user classes, and its TypeErrors for builtins.
class Cat:
    sound = "meow"
    def speak(self):
        return f"{self.name} says {self.sound}"
class Dog:
    sound = "woof"
    def speak(self):
        return f"{self.name} barks {self.sound}"
pet = Cat()
pet.name = "rex"
print(pet.speak(), type(pet).__name__)
pet.__class__ = Dog
print(pet.speak(), type(pet).__name__, isinstance(pet, Cat), pet.__dict__)
for bad in [int, "Dog", None]:
    try:
        pet.__class__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (5).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, c.id, a.instances)
a.instances = "shadowed"
print(a.instances, b.instances, Counter.instances)
del a.instances
print(a.instances)
class Attrs:
    x = 1
Attrs.y = 2
setattr(Attrs, "z", 3)
del Attrs.x
print(sorted(k for k in vars(Attrs) if not k.startswith("_")), hasattr(Attrs, "x"))
try:
    del Attrs.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Attrs.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object().attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
class Doc:
    "The docstring."
    def m(self):
        "Method doc."
print(Doc.__doc__, Doc.m.__doc__, Doc().m.__doc__, Counter.__doc__)
print(Doc.__name__, Doc.__qualname__, Doc.__module__, Doc.m.__qualname__, "m" in Doc.__dict__)
class Outer:
    class Inner:
        def f(self):
            pass
print(Outer.Inner.__qualname__, Outer.Inner.f.__qualname__, Outer.Inner.__name__)
