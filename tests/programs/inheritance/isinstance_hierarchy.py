# isinstance/issubclass across a hierarchy, class attributes lookup order, __bases__, __mro__.
class Vehicle:
    wheels = 0
    def info(self):
        return f"{type(self).__name__}: {self.wheels} wheels"
class Car(Vehicle):
    wheels = 4
class SportsCar(Car):
    top_speed = 300
class Bike(Vehicle):
    wheels = 2
class Amphibious(Car, Vehicle):
    floats = True

fleet = [Vehicle(), Car(), SportsCar(), Bike(), Amphibious()]
for v in fleet:
    print(v.info(), isinstance(v, Car), isinstance(v, (Bike, SportsCar)), type(v).__mro__[1].__name__)
print(issubclass(SportsCar, Vehicle), issubclass(Vehicle, Car), issubclass(Amphibious, (Bike, Car)))
print([c.__name__ for c in Amphibious.__mro__], [b.__name__ for b in Amphibious.__bases__])
try:
    class Broken(Vehicle, Car):
        pass
except TypeError as e:
    print(type(e).__name__, e)
Car.wheels = 3
print(SportsCar().wheels, Amphibious().wheels, Bike().wheels)
SportsCar.wheels = 5
del Car.wheels
print(Car().wheels, SportsCar().wheels, Amphibious().wheels)
counts = {}
for v in fleet:
    for cls in type(v).__mro__:
        counts[cls.__name__] = counts.get(cls.__name__, 0) + 1
print(counts)
print(isinstance(True, int), isinstance(1, bool), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(KeyError, (IndexError, LookupError)), isinstance(KeyError(), Exception))
