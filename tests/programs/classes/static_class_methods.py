# staticmethod and classmethod: alternate constructors, counters, calling through instances.
class Date:
    created = 0

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).created += 1

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def today_like(cls):
        return cls(2024, 1, 1)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def days_in_month(self):
        if self.m == 2:
            return 29 if self.is_leap(self.y) else 28
        return 30 if self.m in (4, 6, 9, 11) else 31

    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class EuroDate(Date):
    def __repr__(self):
        return f"{self.d:02}.{self.m:02}.{self.y}"

d1 = Date.from_string("2024-02-10")
d2 = EuroDate.from_string("2023-02-10")
print(d1, d2, type(d2).__name__)
print(d1.days_in_month(), d2.days_in_month(), Date.is_leap(1900), d1.is_leap(2000))
print(Date.created, EuroDate.created, "created" in EuroDate.__dict__)
print(EuroDate.today_like(), d1.today_like(), d2.from_string("1999-12-31"))
print(type(Date.__dict__["from_string"]).__name__, type(Date.__dict__["is_leap"]).__name__)
sm = staticmethod(lambda x: x * 2)
class Holder:
    double = sm
    @classmethod
    def name(cls):
        return cls.__name__
print(Holder.double(4), Holder().double(5), Holder.name(), Holder().name())
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return cls
print(Registry.register("a").register("b").items)
