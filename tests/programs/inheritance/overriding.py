# Method overriding, template methods, abstract-style NotImplementedError, class attributes by subclass.
class Animal:
    sound = "..."
    legs = 4
    def speak(self):
        return f"{type(self).__name__} says {self.sound}"
    def intro(self):
        return f"I have {self.legs} legs. " + self.speak()
    def move(self):
        raise NotImplementedError(f"{type(self).__name__} must implement move()")

class Dog(Animal):
    sound = "woof"
    def move(self):
        return "runs"

class Bird(Animal):
    sound = "tweet"
    legs = 2
    def move(self):
        return "flies"
    def speak(self):
        return super().speak() + "!"

class Fish(Animal):
    legs = 0

for a in (Dog(), Bird(), Fish()):
    print(a.intro())
    try:
        print("  moves:", a.move())
    except NotImplementedError as e:
        print("  ", type(e).__name__, e)

class Report:
    def render(self):
        return "\n".join([self.header(), *self.body(), self.footer()])
    def header(self):
        return "== report =="
    def body(self):
        return []
    def footer(self):
        return "== end =="
class Sales(Report):
    def __init__(self, data):
        self.data = data
    def body(self):
        return [f"{k}: {v}" for k, v in self.data]
    def footer(self):
        return f"total {sum(v for _, v in self.data)}\n" + super().footer()
print(Sales([("north", 10), ("south", 32)]).render())
print(Report().render())
print(isinstance(Dog(), Animal), issubclass(Fish, Dog), Dog.__base__.__name__, Bird.legs, Animal.legs)
print([cls.__name__ for cls in (Dog, Bird, Fish) if issubclass(cls, Animal)], Fish().sound)
